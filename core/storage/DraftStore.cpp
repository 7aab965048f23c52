#include "DraftStore.h"

#include "CaseDatabase.h"

#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

DraftStore::DraftStore(CaseDatabase& db)
    : m_db(db)
{}

Status DraftStore::save(const Draft& draft)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO draft (key, kind, record_id, title, payload, saved_at) VALUES (?,?,?,?,?,?)"
        " ON CONFLICT(key) DO UPDATE SET title = excluded.title, payload = excluded.payload,"
        " saved_at = excluded.saved_at"));
    q.addBindValue(draft.key);
    q.addBindValue(draft.kind);
    q.addBindValue(draft.recordId);
    q.addBindValue(draft.title);
    q.addBindValue(QString::fromUtf8(QJsonDocument(draft.payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(m_db.clock().now().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return {};
}

Status DraftStore::remove(const QString& key)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM draft WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return Status::failure(q.lastError().text());
    return {};
}

namespace {
DraftStore::Draft fromRow(const QSqlQuery& q)
{
    return {q.value(0).toString(),
            q.value(1).toString(),
            q.value(2).toString(),
            q.value(3).toString(),
            QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(),
            QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs)};
}
} // namespace

QList<DraftStore::Draft> DraftStore::all() const
{
    QList<Draft> out;
    QSqlQuery q(m_db.sql());
    q.exec(
        QStringLiteral("SELECT key, kind, record_id, title, payload, saved_at FROM draft ORDER BY saved_at"));
    while (q.next())
        out << fromRow(q);
    return out;
}

std::optional<DraftStore::Draft> DraftStore::find(const QString& key) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT key, kind, record_id, title, payload, saved_at FROM draft WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return fromRow(q);
    return std::nullopt;
}
