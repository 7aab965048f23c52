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

Status NameIndex::refreshStale()
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT id, name FROM child WHERE name_indexed IS NOT name")))
        return Status::failure(m_db.errorSentence(q.lastError()));
    QList<QPair<QString, QString>> stale;
    while (q.next())
        stale.append({q.value(0).toString(), q.value(1).toString()});
    if (stale.isEmpty())
        return {};
    QSqlQuery update(m_db.sql());
    update.prepare(QStringLiteral("UPDATE child SET name_key = ?, name_pinyin = ?, name_initials = ?,"
                                  " name_indexed = name WHERE id = ?"));
    for (const auto& [id, name] : std::as_const(stale)) {
        update.addBindValue(ChineseName::sortKey(name));
        update.addBindValue(ChineseName::compactPinyin(name));
        update.addBindValue(ChineseName::initials(name));
        update.addBindValue(id);
        if (!update.exec())
            return Status::failure(m_db.errorSentence(update.lastError()));
    }
    return {};
}
