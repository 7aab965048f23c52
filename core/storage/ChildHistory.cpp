#include "ChildHistory.h"

#include "CaseDatabase.h"

#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>
#include <tuple>

ChildHistory::ChildHistory(CaseDatabase& db)
    : m_db(db)
{}

Result<QStringList> ChildHistory::filesOf(const QString& childId) const
{
    QStringList files{childId};
    QSet<QString> seen{childId};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM child WHERE merged_into = ? ORDER BY id"));
    for (qsizetype i = 0; i < files.size(); ++i) {
        q.addBindValue(files.at(i));
        if (!q.exec())
            return Result<QStringList>::failure(m_db.errorSentence(q.lastError()));
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!seen.contains(id)) {
                seen.insert(id);
                files << id;
            }
        }
    }
    return files;
}

Result<QList<AuditEntry>> ChildHistory::of(const QString& childId) const
{
    using R = Result<QList<AuditEntry>>;
    Result<QStringList> files = filesOf(childId);
    if (!files)
        return R::failure(files.error());
    // The records that belong to these files: the children, their households and persons, and everything
    // recorded about them (wherever it is now, since a merge moved it).
    QSet<QString> records;
    QSqlQuery q(m_db.sql());
    const QStringList related{
        QStringLiteral("SELECT household_id FROM child WHERE id = ? AND household_id IS NOT NULL"),
        QStringLiteral("SELECT id FROM person WHERE child_id = ?"),
        QStringLiteral("SELECT id FROM visit WHERE child_id = ?"),
        QStringLiteral("SELECT id FROM referral WHERE child_id = ?"),
        QStringLiteral("SELECT id FROM referral_step WHERE child_id = ?"),
        QStringLiteral("SELECT id FROM agreement WHERE child_id = ?"),
        QStringLiteral("SELECT id FROM attachment WHERE owner_id = ?"),
        QStringLiteral("SELECT id FROM activity_participant WHERE child_id = ?"),
    };
    for (const QString& file : files.value()) {
        records.insert(file);
        for (const QString& sql : related) {
            q.prepare(sql);
            q.addBindValue(file);
            if (!q.exec())
                return R::failure(m_db.errorSentence(q.lastError()));
            while (q.next())
                records.insert(q.value(0).toString());
        }
    }
    QList<AuditEntry> out;
    q.prepare(
        QStringLiteral("SELECT id, entity, record_id, field, old_value, new_value, hlc, station_id, operator,"
                       " at FROM audit WHERE record_id = ?"));
    for (const QString& id : std::as_const(records)) {
        q.addBindValue(id);
        if (!q.exec())
            return R::failure(m_db.errorSentence(q.lastError()));
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), q.value(4), q.value(5), q.value(6).toLongLong(),
                        q.value(7).toString(), q.value(8).toString(), q.value(9).toString()});
    }
    std::sort(out.begin(), out.end(), [](const AuditEntry& a, const AuditEntry& b) {
        return std::tie(a.hlc, a.station, a.id) < std::tie(b.hlc, b.station, b.id);
    });
    return out;
}
