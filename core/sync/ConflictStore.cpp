#include "ConflictStore.h"

#include "Crypto.h"
#include "MergeReclassifier.h"
#include "domain/AreaCode.h"
#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"
#include "storage/FieldClocks.h"
#include "storage/RecordWriter.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ConflictStore", text);
}

const QString kColumns = QStringLiteral("id, area_code, entity, record_id, field, value, hlc, station_id, "
                                        "winner_hlc, winner_station, detected_at,"
                                        " resolved_at, resolved_by, resolution, resolved_hlc");

Conflict conflictFrom(const QSqlQuery& q)
{
    Conflict c;
    c.id = q.value(0).toString();
    c.area = q.value(1).toString();
    c.entity = q.value(2).toString();
    c.recordId = q.value(3).toString();
    c.field = q.value(4).toString();
    c.value = q.value(5);
    c.stamp = {q.value(6).toLongLong(), q.value(7).toString()};
    c.winner = {q.value(8).toLongLong(), q.value(9).toString()};
    c.detectedAt = q.value(10).toString();
    c.resolvedAt = q.value(11).toString();
    c.resolvedBy = q.value(12).toString();
    c.resolution = q.value(13).toString();
    c.resolvedHlc = q.value(14).toLongLong();
    return c;
}
} // namespace

ConflictStore::ConflictStore(CaseDatabase& db)
    : m_db(db)
{}

QString ConflictStore::idOf(const QString& entity, const QString& recordId, const QString& field,
                            const Stamp& stamp)
{
    const QString key = entity + QLatin1Char('|') + recordId + QLatin1Char('|') + field + QLatin1Char('|') +
                        QString::number(stamp.hlc) + QLatin1Char('@') + stamp.station;
    return QString::fromLatin1(Crypto::hash(key.toUtf8(), 16).toHex());
}

Stamp ConflictStore::currentStamp(const Conflict& c) const
{
    const EntitySchema* schema = EntitySchema::byTable(c.entity);
    if (!schema)
        return {};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT clocks FROM ") + schema->table + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(c.recordId);
    return q.exec() && q.next() ? FieldClocks::parse(q.value(0).toString()).stamp(c.field) : Stamp{};
}

Result<bool> ConflictStore::merge(const Conflict& c, const QString& origin)
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO conflict (") + kColumns +
        QStringLiteral(", seq, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO"
                       " UPDATE SET resolved_at = excluded.resolved_at, resolved_by = excluded.resolved_by,"
                       " resolution = excluded.resolution, resolved_hlc = excluded.resolved_hlc,"
                       " seq = excluded.seq, origin = excluded.origin"
                       " WHERE excluded.resolved_hlc > conflict.resolved_hlc"));
    const QString id = c.id.isEmpty() ? idOf(c.entity, c.recordId, c.field, c.stamp) : c.id;
    const Stamp current = currentStamp(c);
    const Stamp winner = current.isNull() ? c.winner : current;
    for (const QVariant& v :
         {QVariant(id), QVariant(c.area), QVariant(c.entity), QVariant(c.recordId), QVariant(c.field),
          c.value.isNull() ? QVariant() : QVariant(c.value.toString()), QVariant(c.stamp.hlc),
          QVariant(c.stamp.station), QVariant(winner.hlc), QVariant(winner.station), QVariant(c.detectedAt),
          c.resolvedAt.isEmpty() ? QVariant() : QVariant(c.resolvedAt),
          c.resolvedBy.isEmpty() ? QVariant() : QVariant(c.resolvedBy),
          c.resolution.isEmpty() ? QVariant() : QVariant(c.resolution), QVariant(c.resolvedHlc),
          QVariant(m_db.nextSeq()), origin.isEmpty() ? QVariant() : QVariant(origin)})
        q.addBindValue(v);
    if (!q.exec())
        return Result<bool>::failure(tr("The conflict could not be saved: %1").arg(q.lastError().text()));
    return q.numRowsAffected() > 0;
}

Status ConflictStore::forget(const QString& id)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("DELETE FROM conflict WHERE id = ?"));
    q.addBindValue(id);
    return q.exec() ? Status()
                    : Status::failure(tr("The conflict could not be saved: %1").arg(q.lastError().text()));
}

Status ConflictStore::refreshWinners(const QStringList& ids)
{
    QSqlQuery update(m_db.sql());
    update.prepare(QStringLiteral("UPDATE conflict SET winner_hlc = ?, winner_station = ? WHERE id = ?"));
    for (const QString& id : ids) {
        const std::optional<Conflict> c = find(id);
        if (!c)
            continue;
        const Stamp current = currentStamp(*c);
        if (current.isNull() || current == c->winner)
            continue;
        update.addBindValue(current.hlc);
        update.addBindValue(current.station);
        update.addBindValue(id);
        if (!update.exec())
            return Status::failure(tr("The conflict could not be saved: %1").arg(update.lastError().text()));
    }
    return {};
}

QList<Conflict> ConflictStore::list(bool includeResolved) const
{
    QList<Conflict> out;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM conflict") +
           (includeResolved ? QString() : QStringLiteral(" WHERE resolved_hlc = 0")) +
           QStringLiteral(" ORDER BY detected_at, id"));
    while (q.next())
        out << conflictFrom(q);
    return out;
}

std::optional<Conflict> ConflictStore::find(const QString& id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM conflict WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return conflictFrom(q);
    return std::nullopt;
}

QVariant ConflictStore::currentValue(const Conflict& c) const
{
    const EntitySchema* schema = EntitySchema::byTable(c.entity);
    if (!schema || !schema->field(c.field))
        return {};
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT ") + c.field + QStringLiteral(" FROM ") + schema->table +
              QStringLiteral(" WHERE id = ?"));
    q.addBindValue(c.recordId);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

Status ConflictStore::resolve(const QString& id, Keep keep, const QVariant& value)
{
    std::optional<Conflict> c = find(id);
    if (!c)
        return Status::failure(tr("No conflict has the id %1.").arg(id));
    if (c->resolved())
        return Status::failure(tr("This conflict was resolved already."));
    const EntitySchema* schema = EntitySchema::byTable(c->entity);
    if (!schema || !schema->field(c->field))
        return Status::failure(tr("The conflict names a field this program does not know."));
    if (const auto station = m_db.station();
        schema->officeOnly && station && AreaCode::levelOf(station->areaCode) == AreaLevel::Village)
        return Status::failure(
            tr("This conflict is about a spot check, which only the office may change; it is "
               "resolved there."));
    const QVariant chosen = keep == Keep::Mine ? currentValue(*c) : keep == Keep::Theirs ? c->value : value;
    if (Status s = m_db.begin(); !s)
        return s;
    RecordWriter writer(m_db);
    Result<QStringList> written = writer.update(*schema, c->recordId, {{c->field, chosen}}, {c->field});
    if (!written) {
        m_db.rollback();
        return Status::failure(written.error());
    }
    c->resolvedHlc = m_db.hlc().last();
    c->resolvedAt = m_db.clock().now().toString(Qt::ISODateWithMs);
    c->resolvedBy = m_db.station()->id;
    c->resolution = keep == Keep::Mine     ? QStringLiteral("mine")
                    : keep == Keep::Theirs ? QStringLiteral("theirs")
                                           : QStringLiteral("value");
    Result<bool> stored = merge(*c);
    MergeReclassifier refresher(m_db);
    refresher.touched(c->entity, c->recordId);
    if (!stored) {
        m_db.rollback();
        return Status::failure(stored.error());
    }
    if (Status s = refresher.refresh(); !s) {
        m_db.rollback();
        return s;
    }
    return m_db.commit();
}
