#include "RecordWriter.h"

#include "CaseDatabase.h"
#include "FieldClocks.h"
#include "FieldValidator.h"
#include "SqliteStatement.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVarLengthArray>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("RecordWriter", text);
}

QString storedText(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

// The place of a field in EntitySchema::fields (and fieldNames()), -1 when it is none of them.
int fieldIndex(const EntitySchema& schema, const QString& name)
{
    for (int i = 0; i < int(schema.fields.size()); ++i) {
        if (schema.fields.at(i).name == name)
            return i;
    }
    return -1;
}
} // namespace

RecordWriter::RecordWriter(CaseDatabase& db)
    : m_db(db)
{}

RecordWriter::~RecordWriter() = default;

template <typename Sql>
SqliteStatement& RecordWriter::fast(Fast purpose, const EntitySchema* schema, Sql sql)
{
    std::unique_ptr<SqliteStatement>& slot = m_fast[{purpose, schema}];
    if (!slot)
        slot = std::make_unique<SqliteStatement>(m_db.sql(), sql());
    return *slot;
}

QString RecordWriter::failure(const char* text, const SqliteStatement& q) const
{
    return tr(text).arg(m_db.errorSentence(q.lastError()));
}

QString RecordWriter::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<QVariantMap> RecordWriter::validate(const EntitySchema& schema, const QVariantMap& values) const
{
    QVariantMap out;
    const QDate today = m_db.clock().today();
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const FieldSpec* field = schema.field(it.key());
        if (!field)
            return Result<QVariantMap>::failure(tr("\"%1\" is not a field of this record.").arg(it.key()));
        Result<QVariant> v = FieldValidator::normalize(*field, it.value(), today);
        if (!v)
            return Result<QVariantMap>::failure(v.error());
        out.insert(it.key(), v.value());
    }
    return out;
}

Result<QString> RecordWriter::create(const EntitySchema& schema, const QString& areaCode,
                                     const QVariantMap& values, const QString& id)
{
    if (!m_db.station())
        return Result<QString>::failure(tr("Set up the station first."));
    Result<QVariantMap> valid = validate(schema, values);
    if (!valid)
        return Result<QString>::failure(valid.error());
    for (const FieldSpec& f : schema.fields) {
        if (f.required && valid->value(f.name).isNull())
            return Result<QString>::failure(FieldValidator::fieldLabel(f) + tr(": a value is required."));
    }
    if (Status s = m_db.begin(); !s)
        return Result<QString>::failure(s.error());
    const QString recordId = id.isEmpty() ? newId() : id;
    const Stamp stamp = m_db.nextStamp();
    const QString at = m_db.clock().now().toString(Qt::ISODateWithMs);
    // Every column in one statement (null where there is no value), so that one prepared statement per
    // table serves every record: preparing costs more than running it (bulk creation, demo data).
    const QStringList fields = schema.fieldNames();
    QSqlQuery& q = prepared(
        QStringLiteral("INSERT INTO ") + schema.table + QStringLiteral(" (id, area_code, ") +
        fields.join(QLatin1Char(',')) +
        QStringLiteral(", created_at, created_by, updated_at, updated_by, clocks, seq) VALUES (") +
        QStringList(fields.size() + 8, QStringLiteral("?")).join(QLatin1Char(',')) + QStringLiteral(")"));
    FieldClocks clocks;
    q.addBindValue(recordId);
    q.addBindValue(areaCode);
    for (const QString& f : fields) {
        const QVariant v = valid->value(f);
        q.addBindValue(v);
        if (!v.isNull())
            clocks.set(f, stamp);
    }
    q.addBindValue(at);
    q.addBindValue(stamp.station);
    q.addBindValue(at);
    q.addBindValue(stamp.station);
    q.addBindValue(clocks.serialize());
    q.addBindValue(m_db.nextSeq());
    if (!q.exec()) {
        const QString why = q.lastError().text();
        m_db.rollback();
        return Result<QString>::failure(tr("The record could not be saved: %1").arg(why));
    }
    if (Status s = audit(schema, recordId, areaCode, QStringLiteral("*"), QVariant(),
                         QStringLiteral("created"), stamp.hlc, at);
        !s) {
        m_db.rollback();
        return Result<QString>::failure(s.error());
    }
    if (Status s = m_db.commit(); !s)
        return Result<QString>::failure(s.error());
    return recordId;
}

Result<QVariantMap> RecordWriter::read(const EntitySchema& schema, const QString& id) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    const QStringList meta{QStringLiteral("area_code"),  QStringLiteral("created_at"),
                           QStringLiteral("created_by"), QStringLiteral("updated_at"),
                           QStringLiteral("updated_by"), QStringLiteral("clocks")};
    const QStringList fields = schema.fieldNames();
    q.prepare(QStringLiteral("SELECT ") + (fields + meta).join(QLatin1Char(',')) + QStringLiteral(" FROM ") +
              schema.table + QStringLiteral(" WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Result<QVariantMap>::failure(tr("No record with the id %1.").arg(id));
    QVariantMap out;
    int i = 0;
    for (const QString& f : fields + meta)
        out.insert(f, q.value(i++));
    out.insert(QStringLiteral("id"), id);
    return out;
}

Result<QStringList> RecordWriter::update(const EntitySchema& schema, const QString& id,
                                         const QVariantMap& changes, const QStringList& force)
{
    if (!m_db.station())
        return Result<QStringList>::failure(tr("Set up the station first."));
    Result<QVariantMap> valid = validate(schema, changes);
    if (!valid)
        return Result<QStringList>::failure(valid.error());
    if (Status s = m_db.begin(); !s)
        return Result<QStringList>::failure(s.error());
    Result<QVariantMap> current = read(schema, id);
    if (!current) {
        m_db.rollback();
        return Result<QStringList>::failure(current.error());
    }
    QStringList changed;
    QStringList sets;
    QVariantList binds;
    FieldClocks clocks = FieldClocks::parse(current->value(QStringLiteral("clocks")).toString());
    const Stamp stamp = m_db.nextStamp();
    const QString at = m_db.clock().now().toString(Qt::ISODateWithMs);
    const QString area = current->value(QStringLiteral("area_code")).toString();
    for (auto it = valid->cbegin(); it != valid->cend(); ++it) {
        const QVariant& old = current->value(it.key());
        if (storedText(old) == storedText(it.value()) && !force.contains(it.key()))
            continue;
        const FieldSpec* f = schema.field(it.key());
        if (f && f->required && it.value().isNull()) {
            m_db.rollback();
            return Result<QStringList>::failure(FieldValidator::fieldLabel(*f) +
                                                tr(": a value is required."));
        }
        changed << it.key();
        sets << it.key() + QStringLiteral(" = ?");
        binds << it.value();
        const Stamp prev = clocks.stamp(it.key());
        clocks.set(it.key(), stamp);
        if (Status s = audit(schema, id, area, it.key(), old, it.value(), stamp.hlc, at, prev); !s) {
            m_db.rollback();
            return Result<QStringList>::failure(s.error());
        }
    }
    if (changed.isEmpty()) {
        if (Status s = m_db.commit();
            !s) // nothing was written; this only ends the (possibly nested) transaction
            return Result<QStringList>::failure(s.error());
        return changed;
    }
    sets << QStringLiteral("updated_at = ?") << QStringLiteral("updated_by = ?")
         << QStringLiteral("clocks = ?") << QStringLiteral("seq = ?") << QStringLiteral("origin = NULL");
    binds << at << stamp.station << clocks.serialize() << m_db.nextSeq();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE ") + schema.table + QStringLiteral(" SET ") +
              sets.join(QLatin1Char(',')) + QStringLiteral(" WHERE id = ?"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    q.addBindValue(id);
    if (!q.exec()) {
        const QString why = q.lastError().text();
        m_db.rollback();
        return Result<QStringList>::failure(tr("The record could not be saved: %1").arg(why));
    }
    if (Status s = updateConflictWinners(schema.table, id, clocks, changed); !s) {
        m_db.rollback();
        return Result<QStringList>::failure(s.error());
    }
    if (Status s = m_db.commit(); !s)
        return Result<QStringList>::failure(s.error());
    return changed;
}

Status RecordWriter::audit(const EntitySchema& schema, const QString& recordId, const QString& areaCode,
                           const QString& field, const QVariant& oldValue, const QVariant& newValue,
                           qint64 hlc, const QString& at, const Stamp& prev)
{
    QSqlQuery& q = prepared(QStringLiteral(
        "INSERT INTO audit (id, area_code, entity, record_id, field, old_value, new_value, hlc,"
        " station_id, operator, at, seq, prev) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(newId());
    q.addBindValue(areaCode);
    q.addBindValue(schema.table);
    q.addBindValue(recordId);
    q.addBindValue(field);
    q.addBindValue(oldValue.isNull() ? QVariant() : oldValue);
    q.addBindValue(newValue.isNull() ? QVariant() : newValue);
    q.addBindValue(hlc);
    q.addBindValue(m_db.station()->id);
    q.addBindValue(m_db.station()->operatorName);
    q.addBindValue(at);
    q.addBindValue(m_db.nextSeq());
    q.addBindValue(prev.isNull() ? QVariant() : QVariant(FieldClocks::stampText(prev)));
    if (!q.exec())
        return Status::failure(tr("The audit entry could not be written: %1").arg(q.lastError().text()));
    return {};
}

QSqlQuery& RecordWriter::prepared(const QString& sql)
{
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        it = m_statements.insert(sql, QSqlQuery(m_db.sql()));
        // Forward only: otherwise Qt sets up a cache of 128 rows of every column on each exec, which costs
        // more than SQLite's work for a one-row read.
        it->setForwardOnly(true);
        it->prepare(sql);
    }
    return *it;
}

bool RecordWriter::isSuperseded(const QString& recordId, const QString& field, const Stamp& stamp)
{
    SqliteStatement& q = fast(Fast::Superseded, nullptr, []() -> QString {
        return QStringLiteral("SELECT 1 FROM audit WHERE record_id = ? AND field = ? AND prev = ? LIMIT 1");
    });
    q.add(recordId).add(field).add(FieldClocks::stampText(stamp));
    const bool found = q.exec();
    q.reset();
    return found;
}

const QStringList& RecordWriter::auditColumns()
{
    static const QStringList columns{
        QStringLiteral("id"),        QStringLiteral("area_code"), QStringLiteral("entity"),
        QStringLiteral("record_id"), QStringLiteral("field"),     QStringLiteral("old_value"),
        QStringLiteral("new_value"), QStringLiteral("hlc"),       QStringLiteral("station_id"),
        QStringLiteral("operator"),  QStringLiteral("at"),        QStringLiteral("prev")};
    return columns;
}

Result<bool> RecordWriter::importAudit(const QVariantMap& row, const QString& origin)
{
    QVariantList values;
    for (const QString& c : auditColumns())
        values << row.value(c);
    return importAudit(values, origin);
}

Result<bool> RecordWriter::importAudit(const QVariantList& values, const QString& origin)
{
    // One statement for new and known entries alike: an entry already here (by id) is left as it is.
    SqliteStatement& q = fast(Fast::Audit, nullptr, []() -> QString {
        return QStringLiteral("INSERT INTO audit (") + auditColumns().join(QLatin1Char(',')) +
               QStringLiteral(", seq, origin) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)"
                              " ON CONFLICT(id) DO NOTHING");
    });
    for (int i = 0; i < int(auditColumns().size()); ++i)
        q.add(i < values.size() ? values.at(i) : QVariant());
    q.add(m_db.nextSeq());
    if (origin.isEmpty())
        q.addNull();
    else
        q.add(origin);
    q.exec();
    const bool ok = q.ok();
    const bool added = q.changes() > 0;
    q.reset();
    if (!ok)
        return Result<bool>::failure(
            failure(QT_TRANSLATE_NOOP("RecordWriter", "The audit entry could not be written: %1"), q));
    return added;
}

Result<bool> RecordWriter::insertRemote(const EntitySchema& schema, const RemoteRecord& record,
                                        const QString& origin)
{
    const int n = int(schema.fields.size());
    QVarLengthArray<const QVariant*, 64> values(n, nullptr);
    FieldClocks clocks;
    for (const RemoteField& f : record.fields) {
        const int i = fieldIndex(schema, f.name);
        if (i < 0)
            return Result<bool>::failure(tr("\"%1\" is not a field of this record.").arg(f.name));
        values[i] = &f.value;
        clocks.set(f.name, f.stamp);
    }
    SqliteStatement& insert = fast(Fast::Insert, &schema, [&schema]() -> QString {
        const QStringList fields = schema.fieldNames();
        return QStringLiteral("INSERT INTO ") + schema.table + QStringLiteral(" (id, area_code, ") +
               fields.join(QLatin1Char(',')) +
               QStringLiteral(
                   ", created_at, created_by, updated_at, updated_by, clocks, seq, origin) VALUES (") +
               QStringList(fields.size() + 9, QStringLiteral("?")).join(QLatin1Char(',')) +
               QStringLiteral(") ON CONFLICT(id) DO NOTHING");
    });
    insert.add(record.id).add(record.areaCode);
    for (const QVariant* v : values) {
        if (v)
            insert.add(*v);
        else
            insert.addNull();
    }
    insert.add(record.createdAt).add(record.createdBy).add(record.updatedAt).add(record.updatedBy);
    insert.add(clocks.serialize()).add(m_db.nextSeq());
    if (origin.isEmpty())
        insert.addNull();
    else
        insert.add(origin);
    insert.exec();
    const bool ok = insert.ok();
    const bool inserted = insert.changes() > 0;
    insert.reset();
    if (!ok)
        return Result<bool>::failure(
            failure(QT_TRANSLATE_NOOP("RecordWriter", "The record could not be saved: %1"), insert));
    return inserted;
}

Result<std::optional<StoredRecord>> RecordWriter::readStored(const EntitySchema& schema, const QString& id,
                                                             const QString& clocksIfSame)
{
    using R = Result<std::optional<StoredRecord>>;
    const int n = int(schema.fields.size());
    SqliteStatement& read = fast(Fast::ReadStored, &schema, [&schema]() -> QString {
        return QStringLiteral("SELECT clocks, updated_at, updated_by, area_code, ") +
               schema.fieldNames().join(QLatin1Char(',')) + QStringLiteral(" FROM ") + schema.table +
               QStringLiteral(" WHERE id = ?");
    });
    read.add(id);
    if (!read.exec()) {
        const bool ok = read.ok();
        read.reset();
        if (!ok)
            return R::failure(
                failure(QT_TRANSLATE_NOOP("RecordWriter", "The record could not be read: %1"), read));
        return std::optional<StoredRecord>();
    }
    StoredRecord stored;
    stored.areaCode = read.text(3);
    if (!clocksIfSame.isEmpty() && read.textEquals(0, clocksIfSame.toUtf8())) {
        stored.sameClocks = true;
        read.reset();
        return std::optional<StoredRecord>(std::move(stored));
    }
    stored.values.resize(n);
    for (int i = 0; i < n; ++i)
        stored.values[i] = read.value(4 + i);
    stored.clocks = FieldClocks::parse(read.text(0));
    stored.updatedAt = read.text(1);
    stored.updatedBy = read.text(2);
    read.reset();
    return std::optional<StoredRecord>(std::move(stored));
}

namespace {
MergeOutcome addedOutcome(const RemoteRecord& record)
{
    MergeOutcome outcome;
    for (const RemoteField& f : record.fields)
        outcome.changedFields << f.name;
    outcome.kind = MergeOutcome::Kind::Added;
    return outcome;
}
} // namespace

Result<MergeOutcome> RecordWriter::applyRemote(const EntitySchema& schema, const RemoteRecord& record,
                                               bool likelyNew, const QString& origin)
{
    using R = Result<MergeOutcome>;
    if (likelyNew) {
        Result<bool> inserted = insertRemote(schema, record, origin);
        if (!inserted)
            return R::failure(inserted.error());
        if (inserted.value())
            return addedOutcome(record);
    }
    Result<std::optional<StoredRecord>> stored = readStored(schema, record.id);
    if (!stored)
        return R::failure(stored.error());
    return merge(schema, record, stored.value(), origin);
}

Result<MergeOutcome> RecordWriter::merge(const EntitySchema& schema, const RemoteRecord& record,
                                         const std::optional<StoredRecord>& stored, const QString& origin)
{
    using R = Result<MergeOutcome>;
    if (!stored) {
        // A record this station has never seen: stored as it arrives.
        Result<bool> inserted = insertRemote(schema, record, origin);
        if (!inserted)
            return R::failure(inserted.error());
        if (!inserted.value())
            return R::failure(tr("The record %1 could not be saved: it exists already.").arg(record.id));
        return addedOutcome(record);
    }
    MergeOutcome outcome;
    if (stored->sameClocks)
        return outcome; // every write of the record is the one stored: nothing to merge
    QVariantList values = stored->values;
    FieldClocks clocks = stored->clocks;
    for (const RemoteField& f : record.fields) {
        const int i = fieldIndex(schema, f.name);
        if (i < 0)
            return R::failure(tr("\"%1\" is not a field of this record.").arg(f.name));
        const Stamp local = clocks.stamp(f.name);
        if (f.stamp == local || f.stamp.isNull())
            continue;
        const bool differs = storedText(values.at(i)) != storedText(f.value);
        if (local < f.stamp) {
            if (differs && !local.isNull() && !isSuperseded(record.id, f.name, local))
                outcome.lost.append({f.name, values.at(i), local, f.stamp});
            values[i] = f.value;
            clocks.set(f.name, f.stamp);
            outcome.changedFields << f.name;
        } else if (differs && !isSuperseded(record.id, f.name, f.stamp)) {
            outcome.lost.append({f.name, f.value, f.stamp, local});
        }
    }
    if (outcome.changedFields.isEmpty())
        return outcome;
    QString updatedAt = stored->updatedAt;
    QString updatedBy = stored->updatedBy;
    if (record.updatedAt > updatedAt) {
        updatedAt = record.updatedAt;
        updatedBy = record.updatedBy;
    }
    // The row is now exactly what the sender holds when every stamp here is the sender's: then it need not
    // go back to the sender (no echo). Otherwise it carries something the sender lacks.
    bool asSent = clocks.all().size() == record.fields.size();
    for (const RemoteField& f : record.fields)
        asSent = asSent && clocks.stamp(f.name) == f.stamp;
    SqliteStatement& update = fast(Fast::Update, &schema, [&schema]() -> QString {
        QStringList sets;
        for (const FieldSpec& f : schema.fields)
            sets << f.name + QStringLiteral(" = ?");
        return QStringLiteral("UPDATE ") + schema.table + QStringLiteral(" SET ") +
               sets.join(QLatin1Char(',')) +
               QStringLiteral(
                   ", updated_at = ?, updated_by = ?, clocks = ?, seq = ?, origin = ? WHERE id = ?");
    });
    for (const QVariant& v : std::as_const(values))
        update.add(v);
    update.add(updatedAt).add(updatedBy).add(clocks.serialize()).add(m_db.nextSeq());
    if (asSent && !origin.isEmpty())
        update.add(origin);
    else
        update.addNull();
    update.add(record.id);
    update.exec();
    const bool ok = update.ok();
    update.reset();
    if (!ok)
        return R::failure(
            failure(QT_TRANSLATE_NOOP("RecordWriter", "The record could not be saved: %1"), update));
    if (Status s = updateConflictWinners(schema.table, record.id, clocks, outcome.changedFields); !s)
        return R::failure(s.error());
    outcome.kind = MergeOutcome::Kind::Updated;
    return outcome;
}

Status RecordWriter::updateConflictWinners(const QString& table, const QString& recordId,
                                           const FieldClocks& clocks, const QStringList& fields)
{
    // Most records have no conflict: one indexed look-up says so.
    SqliteStatement& any = fast(Fast::AnyConflict, nullptr, []() -> QString {
        return QStringLiteral("SELECT 1 FROM conflict WHERE record_id = ? LIMIT 1");
    });
    any.add(recordId);
    const bool has = any.exec();
    any.reset();
    if (!has)
        return {};
    QSqlQuery& q = prepared(QStringLiteral(
        "UPDATE conflict SET winner_hlc = ?, winner_station = ? WHERE record_id = ? AND entity = ?"
        " AND field = ? AND (winner_hlc <> ? OR winner_station <> ?)"));
    for (const QString& f : fields) {
        const Stamp winner = clocks.stamp(f);
        q.addBindValue(winner.hlc);
        q.addBindValue(winner.station);
        q.addBindValue(recordId);
        q.addBindValue(table);
        q.addBindValue(f);
        q.addBindValue(winner.hlc);
        q.addBindValue(winner.station);
        if (!q.exec())
            return Status::failure(
                tr("The conflicts list could not be updated: %1").arg(q.lastError().text()));
    }
    return {};
}
