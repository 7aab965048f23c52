#include "ImportLedger.h"

#include "storage/CaseDatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

ImportLedger::ImportLedger(CaseDatabase& db)
    : m_db(db)
{}

std::optional<ImportReport> ImportLedger::find(const QString& packageId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT report FROM import_ledger WHERE package_id = ?"));
    q.addBindValue(packageId);
    if (q.exec() && q.next())
        return ImportReport::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    return std::nullopt;
}

QList<ImportReport> ImportLedger::list() const
{
    QList<ImportReport> out;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT report FROM import_ledger ORDER BY imported_at DESC, package_id"));
    while (q.next())
        out << ImportReport::fromJson(QJsonDocument::fromJson(q.value(0).toByteArray()).object());
    return out;
}

Status ImportLedger::record(const ImportReport& report, qint64 createdHlc)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO import_ledger (package_id, sender, created_hlc, imported_at, report)"
                       " VALUES (?,?,?,?,?)"));
    q.addBindValue(report.packageId);
    q.addBindValue(report.sender);
    q.addBindValue(createdHlc);
    q.addBindValue(report.importedAt);
    q.addBindValue(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)));
    return q.exec() ? Status() : Status::failure(q.lastError().text());
}
