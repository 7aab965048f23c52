#include "PersonSlotMigration.h"

#include "FieldClocks.h"
#include "RecordIdentity.h"
#include "sync/ConflictStore.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {
// The person table's fields at version 6 (frozen).
const QStringList& personFields()
{
    static const QStringList fields =
        QString::fromLatin1("child_id relation name sex birth_date id_number alive status "
                            "work_place_code work_place away_since phone relation_to_child "
                            "address capable notes")
            .split(QLatin1Char(' '));
    return fields;
}

struct Row
{
    QString id;
    QString area;
    QVariantList values;
    QString createdAt, createdBy, updatedAt, updatedBy;
    FieldClocks clocks;
};

QString storedText(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

Status failed(const QSqlQuery& q)
{
    return Status::failure(QCoreApplication::translate("PersonSlotMigration",
                                                       "The people of the children's files could not be "
                                                       "given their new ids: %1")
                               .arg(q.lastError().text()));
}

class Migration final
{
public:
    explicit Migration(QSqlDatabase& db)
        : m_db(db)
    {}

    Status run()
    {
        QSqlQuery q(m_db);
        if (!q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'seq'")))
            return failed(q);
        m_seq = q.next() ? q.value(0).toLongLong() : 0;
        const QStringList& fields = personFields();
        if (!q.exec(QStringLiteral("SELECT id, area_code, ") + fields.join(QLatin1Char(',')) +
                    QStringLiteral(", created_at, created_by, updated_at, updated_by, clocks FROM person"
                                   " ORDER BY id")))
            return failed(q);
        QMap<QString, QList<Row>> bySlot;
        while (q.next()) {
            Row r;
            r.id = q.value(0).toString();
            r.area = q.value(1).toString();
            for (int i = 0; i < fields.size(); ++i)
                r.values << q.value(2 + i);
            const int m = 2 + int(fields.size());
            r.createdAt = q.value(m).toString();
            r.createdBy = q.value(m + 1).toString();
            r.updatedAt = q.value(m + 2).toString();
            r.updatedBy = q.value(m + 3).toString();
            r.clocks = FieldClocks::parse(q.value(m + 4).toString());
            const QString child = storedText(r.values.at(0));
            const QString relation = storedText(r.values.at(1));
            if (child.isEmpty() || relation.isEmpty())
                continue; // not a slot: left as it is
            bySlot[RecordIdentity::personId(child, relation)].append(std::move(r));
        }
        q.finish();
        for (auto it = bySlot.cbegin(); it != bySlot.cend(); ++it) {
            const Status s = it->size() == 1 ? rekey(it.value().first(), it.key()) : mergeSlot(it.key(), *it);
            if (!s)
                return s;
        }
        QSqlQuery seq(m_db);
        seq.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES ('seq', ?)"
                                   " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        seq.addBindValue(QString::number(m_seq));
        return seq.exec() ? Status() : failed(seq);
    }

private:
    Status rekey(const Row& row, const QString& id)
    {
        if (row.id == id)
            return {};
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE person SET id = ? WHERE id = ?"));
        q.addBindValue(id);
        q.addBindValue(row.id);
        if (!q.exec())
            return failed(q);
        return follow(row.id, id);
    }

    // Audit entries and conflicts of the old id now name the new one.
    Status follow(const QString& oldId, const QString& id)
    {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("UPDATE audit SET record_id = ? WHERE entity = 'person' AND record_id = ?"));
        q.addBindValue(id);
        q.addBindValue(oldId);
        if (!q.exec())
            return failed(q);
        q.prepare(QStringLiteral(
            "SELECT id, field, hlc, station_id FROM conflict WHERE entity = 'person' AND record_id = ?"));
        q.addBindValue(oldId);
        if (!q.exec())
            return failed(q);
        QList<QStringList> moves;
        while (q.next()) {
            const Stamp stamp{q.value(2).toLongLong(), q.value(3).toString()};
            moves << QStringList{q.value(0).toString(), ConflictStore::idOf(QStringLiteral("person"), id,
                                                                            q.value(1).toString(), stamp)};
        }
        for (const QStringList& m : std::as_const(moves)) {
            QSqlQuery u(m_db);
            u.prepare(
                QStringLiteral("UPDATE OR IGNORE conflict SET id = ?, record_id = ?, seq = ? WHERE id = ?"));
            u.addBindValue(m.at(1));
            u.addBindValue(id);
            u.addBindValue(++m_seq);
            u.addBindValue(m.at(0));
            if (!u.exec())
                return failed(u);
            // A conflict known under both ids already: the old copy goes.
            u.prepare(QStringLiteral("DELETE FROM conflict WHERE id = ? AND record_id <> ?"));
            u.addBindValue(m.at(0));
            u.addBindValue(id);
            if (!u.exec())
                return failed(u);
        }
        return {};
    }

    Status mergeSlot(const QString& id, const QList<Row>& rows)
    {
        const QStringList& fields = personFields();
        Row merged = rows.first();
        for (const Row& r : rows) {
            if (r.createdAt < merged.createdAt) {
                merged.createdAt = r.createdAt;
                merged.createdBy = r.createdBy;
            }
            if (r.updatedAt > merged.updatedAt) {
                merged.updatedAt = r.updatedAt;
                merged.updatedBy = r.updatedBy;
            }
        }
        merged.clocks = FieldClocks();
        struct Loser
        {
            QString field;
            QVariant value;
            Stamp stamp;
        };
        QList<Loser> losers;
        for (int i = 0; i < fields.size(); ++i) {
            const QString& f = fields.at(i);
            int best = -1;
            for (int k = 0; k < rows.size(); ++k) {
                const Stamp s = rows.at(k).clocks.stamp(f);
                if (!s.isNull() && (best < 0 || rows.at(best).clocks.stamp(f) < s))
                    best = k;
            }
            if (best < 0) {
                merged.values[i] = QVariant();
                continue;
            }
            merged.values[i] = rows.at(best).values.at(i);
            merged.clocks.set(f, rows.at(best).clocks.stamp(f));
            for (int k = 0; k < rows.size(); ++k) {
                const Stamp s = rows.at(k).clocks.stamp(f);
                if (k != best && !s.isNull() &&
                    storedText(rows.at(k).values.at(i)) != storedText(merged.values.at(i)))
                    losers.append({f, rows.at(k).values.at(i), s});
            }
        }
        QSqlQuery q(m_db);
        for (const Row& r : rows) {
            q.prepare(QStringLiteral("DELETE FROM person WHERE id = ?"));
            q.addBindValue(r.id);
            if (!q.exec())
                return failed(q);
        }
        q.prepare(QStringLiteral("INSERT INTO person (id, area_code, ") + fields.join(QLatin1Char(',')) +
                  QStringLiteral(", created_at, created_by, updated_at, updated_by, clocks, seq) VALUES (") +
                  QStringList(fields.size() + 8, QStringLiteral("?")).join(QLatin1Char(',')) +
                  QStringLiteral(")"));
        q.addBindValue(id);
        q.addBindValue(merged.area);
        for (const QVariant& v : std::as_const(merged.values))
            q.addBindValue(v);
        q.addBindValue(merged.createdAt);
        q.addBindValue(merged.createdBy);
        q.addBindValue(merged.updatedAt);
        q.addBindValue(merged.updatedBy);
        q.addBindValue(merged.clocks.serialize());
        q.addBindValue(++m_seq);
        if (!q.exec())
            return failed(q);
        for (const Row& r : rows) {
            if (Status s = follow(r.id, id); !s)
                return s;
        }
        for (const Loser& l : std::as_const(losers)) {
            const Stamp winner = merged.clocks.stamp(l.field);
            q.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO conflict (id, area_code, entity, record_id, field, value, hlc,"
                " station_id, winner_hlc, winner_station, detected_at, resolved_hlc, seq)"
                " VALUES (?,?,'person',?,?,?,?,?,?,?,?,0,?)"));
            q.addBindValue(ConflictStore::idOf(QStringLiteral("person"), id, l.field, l.stamp));
            q.addBindValue(merged.area);
            q.addBindValue(id);
            q.addBindValue(l.field);
            q.addBindValue(l.value.isNull() ? QVariant() : QVariant(l.value.toString()));
            q.addBindValue(l.stamp.hlc);
            q.addBindValue(l.stamp.station);
            q.addBindValue(winner.hlc);
            q.addBindValue(winner.station);
            q.addBindValue(merged.updatedAt); // the same at every station that merges the same rows
            q.addBindValue(++m_seq);
            if (!q.exec())
                return failed(q);
        }
        return {};
    }

    QSqlDatabase& m_db;
    qint64 m_seq = 0;
};
} // namespace

Status PersonSlotMigration::run(QSqlDatabase& db)
{
    return Migration(db).run();
}
