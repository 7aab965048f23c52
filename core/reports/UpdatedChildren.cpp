#include "UpdatedChildren.h"

#include "storage/CaseDatabase.h"
#include "storage/SqliteStatement.h"
#include "storage/Stamp.h"

#include <QSet>

namespace {

// The writes of the span about one kind of record that changed something: the record, and whether the write
// made it. Read through the index on entity and clock (schema version 10): only the span's writes.
const char* const kAuditSql =
    "SELECT record_id, field = '*' AND new_value = 'created' FROM audit WHERE entity = ? AND hlc >= ? AND "
    "hlc < ?"
    " AND CASE WHEN field = '*' THEN new_value IS NOT 'clock-repaired' ELSE old_value IS NOT new_value END";

// The children of the area that were not merged away (two more bound values for an area).
const char* const kChildrenSql = "SELECT id, area_code FROM child WHERE merged_into IS NULL";

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
    SqliteStatement audit(db.sql(), QString::fromLatin1(kAuditSql));
    if (!audit.isValid())
        return R::failure(tracer.failed(audit).error());
    // The ids of the records of one kind written in the span (and for children, those it made).
    const auto written = [&](const char* entity, QSet<QString>& ids, QSet<QString>* made) -> Status {
        audit.add(QString::fromLatin1(entity)).add(Stamp::make(fromMs, 0)).add(Stamp::make(toMs, 0));
        for (bool row = audit.exec(); row; row = audit.next()) {
            const QString id = audit.text(0);
            if (made && audit.integer(1))
                made->insert(id);
            ids.insert(id);
        }
        if (!audit.ok())
            return tracer.failed(audit);
        audit.reset();
        return {};
    };
    QSet<QString> touched;
    QSet<QString> created;
    if (Status s = written("child", touched, &created); !s)
        return R::failure(s.error());

    // The children of the area, not merged away, read once some child is touched: when the writes to the
    // files themselves touched all of them (the week a village's first package arrives), the other records
    // need not be traced.
    QHash<QString, Child> area;
    bool areaRead = false;
    qsizetype untouched = 0;
    const auto readArea = [&]() -> Status {
        areaRead = true;
        QString sql = QString::fromLatin1(kChildrenSql);
        if (!areaPrefix.isEmpty())
            sql += QStringLiteral(" AND area_code >= ? AND area_code < ?");
        SqliteStatement children(db.sql(), sql);
        if (!children.isValid())
            return tracer.failed(children);
        if (!areaPrefix.isEmpty())
            children.add(areaPrefix).add(QString(areaPrefix + QLatin1Char(':')));
        for (bool row = children.exec(); row; row = children.next())
            area.insert(children.text(0), {children.text(1), false});
        if (!children.ok())
            return tracer.failed(children);
        untouched = area.size();
        for (const QString& id : std::as_const(touched)) {
            if (area.contains(id))
                --untouched;
        }
        return {};
    };
    if (!touched.isEmpty()) {
        if (Status s = readArea(); !s)
            return R::failure(s.error());
    }
    // Adds children to `touched`, counting those of the area.
    const auto touch = [&](const QSet<QString>& ids) {
        for (const QString& id : ids) {
            if (!touched.contains(id)) {
                touched.insert(id);
                if (area.contains(id))
                    --untouched;
            }
        }
    };
    const auto done = [&]() { return areaRead && untouched == 0; };

    const QString id = QStringLiteral("id");
    const QString childId = QStringLiteral("child_id");
    for (const char* table : {"person", "visit", "referral", "referral_step", "agreement"}) {
        if (done())
            break;
        QSet<QString> records;
        QSet<QString> children;
        if (Status s = written(table, records, nullptr); !s)
            return R::failure(s.error());
        if (Status s = tracer.trace(QLatin1String(table), id, childId, records, children); !s)
            return R::failure(s.error());
        touch(children);
    }
    // A household's change is a change of every child in it.
    if (!done()) {
        QSet<QString> records;
        QSet<QString> children;
        if (Status s = written("household", records, nullptr); !s)
            return R::failure(s.error());
        if (Status s =
                tracer.trace(QStringLiteral("child"), QStringLiteral("household_id"), id, records, children);
            !s)
            return R::failure(s.error());
        touch(children);
    }
    // An attachment belongs to an agreement, a visit or the child itself.
    if (!done()) {
        QSet<QString> records;
        QSet<QString> owners;
        if (Status s = written("attachment", records, nullptr); !s)
            return R::failure(s.error());
        if (Status s =
                tracer.trace(QStringLiteral("attachment"), id, QStringLiteral("owner_id"), records, owners);
            !s)
            return R::failure(s.error());
        QSet<QString> children;
        for (const char* table : {"agreement", "visit"}) {
            if (Status s = tracer.trace(QLatin1String(table), id, childId, owners, children); !s)
                return R::failure(s.error());
        }
        touch(children);
        touch(owners); // owners that are children; other ids match no child
    }

    QHash<QString, Child> out;
    if (touched.isEmpty())
        return out;
    if (!areaRead) {
        if (Status s = readArea(); !s)
            return R::failure(s.error());
    }
    for (auto it = area.cbegin(); it != area.cend(); ++it) {
        if (touched.contains(it.key()))
            out.insert(it.key(), {it->village, created.contains(it.key())});
    }
    return out;
}
