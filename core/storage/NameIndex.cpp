#include "NameIndex.h"

#include "CaseDatabase.h"
#include "domain/ChineseName.h"

#include <QList>
#include <QPair>
#include <QSqlError>
#include <QSqlQuery>

NameIndex::NameIndex(CaseDatabase& db)
    : m_db(db)
{}

namespace {
// The refresh; the error of the statement that failed (invalid when none did).
QSqlError refresh(QSqlDatabase& db)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM child WHERE name_indexed IS NOT name")))
        return q.lastError();
    QList<QPair<QString, QString>> stale;
    while (q.next())
        stale.append({q.value(0).toString(), q.value(1).toString()});
    QSqlQuery update(db);
    update.prepare(QStringLiteral("UPDATE child SET name_key = ?, name_pinyin = ?, name_initials = ?,"
                                  " name_indexed = name WHERE id = ?"));
    for (const auto& [id, name] : std::as_const(stale)) {
        const ChineseName::Forms forms = ChineseName::forms(name); // one transliteration for the three
        update.addBindValue(forms.sortKey);
        update.addBindValue(forms.compactPinyin);
        update.addBindValue(forms.initials);
        update.addBindValue(id);
        if (!update.exec())
            return update.lastError();
    }
    return {};
}
} // namespace

Status NameIndex::refreshStale()
{
    const QSqlError e = refresh(m_db.sql());
    return e.isValid() ? Status::failure(m_db.errorSentence(e)) : Status();
}

Status NameIndex::refreshStale(QSqlDatabase& db)
{
    const QSqlError e = refresh(db);
    return e.isValid() ? Status::failure(CaseDatabase::errorSentence(e, db.databaseName())) : Status();
}
