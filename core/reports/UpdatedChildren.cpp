#include "UpdatedChildren.h"

#include "storage/CaseDatabase.h"
#include "storage/SqliteStatement.h"
#include "storage/Stamp.h"

#include <QSet>

namespace {

// The writes of the span that changed something: entity, record, and whether it made a child's file.
const char* const kAuditSql =
    "SELECT entity, record_id, entity = 'child' AND field = '*' AND new_value = 'created' FROM audit"
    " WHERE hlc >= ? AND hlc < ?"
    " AND CASE WHEN field = '*' THEN new_value IS NOT 'clock-repaired' ELSE old_value IS NOT new_value END";

class Tracer final
{
public:
    explicit Tracer(CaseDatabase& db)
        : m_db(db)
    {}

    // Adds to `out` the `value` column of the rows of `table` whose `key` column is one of `keys`: by
    // looking each key up when they are few against the table's rows, else in one pass over the table.
    Status trace(const QString& table, const QString& key, const QString& value, const QSet<QString>& keys,
                 QSet<QString>& out)
    {
        if (keys.isEmpty())
            return {};
        SqliteStatement size(m_db.sql(), QStringLiteral("SELECT max(rowid) FROM ") + table);
        if (!size.isValid())
            return failed(size);
        const bool counted = size.exec();
        if (!size.ok())
            return failed(size);
        const qint64 rows = counted ? size.integer(0) : 0; // no row is ever deleted: about the row count
        size.reset();
        if (qint64(keys.size()) * 4 < rows) {
            SqliteStatement lookup(m_db.sql(),
                                   QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?").arg(value, table, key));
            if (!lookup.isValid())
                return failed(lookup);
            for (const QString& k : keys) {
                lookup.add(k);
                for (bool row = lookup.exec(); row; row = lookup.next())
                    out.insert(lookup.text(0));
                if (!lookup.ok())
                    return failed(lookup);
                lookup.reset();
            }
            return {};
        }
        SqliteStatement scan(
            m_db.sql(), QStringLiteral("SELECT %1, %2 FROM %3 WHERE %1 IS NOT NULL").arg(key, value, table));
        if (!scan.isValid())
            return failed(scan);
        for (bool row = scan.exec(); row; row = scan.next()) {
            if (keys.contains(scan.text(0)))
                out.insert(scan.text(1));
        }
        if (!scan.ok())
            return failed(scan);
        return {};
    }

    Status failed(const SqliteStatement& s) { return Status::failure(m_db.errorSentence(s.lastError())); }

private:
    CaseDatabase& m_db;
};

} // namespace

Result<QHash<QString, UpdatedChildren::Child>>
UpdatedChildren::between(CaseDatabase& db, qint64 fromMs, qint64 toMs, const QString& areaPrefix)
{
    using R = Result<QHash<QString, Child>>;
    Tracer tracer(db);
    QSet<QString> touched;
    QSet<QString> created;
    QHash<QString, QSet<QString>> records; // entity -> ids of its records written in the span
    {
        SqliteStatement audit(db.sql(), QString::fromLatin1(kAuditSql));
        if (!audit.isValid())
            return R::failure(tracer.failed(audit).error());
        audit.add(Stamp::make(fromMs, 0)).add(Stamp::make(toMs, 0));
        for (bool row = audit.exec(); row; row = audit.next()) {
            const QString entity = audit.text(0);
            const QString id = audit.text(1);
            if (entity == QLatin1String("child")) {
                touched.insert(id);
                if (audit.integer(2))
                    created.insert(id);
            } else {
                records[entity].insert(id);
            }
        }
        if (!audit.ok())
            return R::failure(tracer.failed(audit).error());
    }
    const QString id = QStringLiteral("id");
    const QString childId = QStringLiteral("child_id");
    for (const char* table : {"person", "visit", "referral", "referral_step", "agreement"}) {
        if (Status s =
                tracer.trace(QLatin1String(table), id, childId, records.value(QLatin1String(table)), touched);
            !s)
            return R::failure(s.error());
    }
    // A household's change is a change of every child in it.
    if (Status s = tracer.trace(QStringLiteral("child"), QStringLiteral("household_id"), id,
                                records.value(QStringLiteral("household")), touched);
        !s)
        return R::failure(s.error());
    // An attachment belongs to an agreement, a visit or the child itself.
    QSet<QString> owners;
    if (Status s = tracer.trace(QStringLiteral("attachment"), id, QStringLiteral("owner_id"),
                                records.value(QStringLiteral("attachment")), owners);
        !s)
        return R::failure(s.error());
    for (const char* table : {"agreement", "visit"}) {
        if (Status s = tracer.trace(QLatin1String(table), id, childId, owners, touched); !s)
            return R::failure(s.error());
    }
    touched.unite(owners); // owners that are children; other ids match no child below

    // The children of the area, not merged away.
    QHash<QString, Child> out;
    if (touched.isEmpty())
        return out;
    QString sql = QStringLiteral("SELECT id, area_code FROM child WHERE merged_into IS NULL");
    if (!areaPrefix.isEmpty())
        sql += QStringLiteral(" AND area_code >= ? AND area_code < ?");
    SqliteStatement children(db.sql(), sql);
    if (!children.isValid())
        return R::failure(tracer.failed(children).error());
    if (!areaPrefix.isEmpty())
        children.add(areaPrefix).add(QString(areaPrefix + QLatin1Char(':')));
    for (bool row = children.exec(); row; row = children.next()) {
        const QString child = children.text(0);
        if (touched.contains(child))
            out.insert(child, {children.text(1), created.contains(child)});
    }
    if (!children.ok())
        return R::failure(tracer.failed(children).error());
    return out;
}
