#include "RecordWriter.h"

#include "CaseDatabase.h"
#include "FieldClocks.h"
#include "FieldValidator.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("RecordWriter", text);
}

QString storedText(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}
} // namespace

RecordWriter::RecordWriter(CaseDatabase& db)
    : m_db(db)
{}

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
    FieldClocks clocks;
    QStringList columns{QStringLiteral("id"), QStringLiteral("area_code")};
    QVariantList binds{recordId, areaCode};
    for (auto it = valid->cbegin(); it != valid->cend(); ++it) {
        if (it.value().isNull())
            continue;
        columns << it.key();
        binds << it.value();
        clocks.set(it.key(), stamp);
    }
    columns << QStringLiteral("created_at") << QStringLiteral("created_by") << QStringLiteral("updated_at")
            << QStringLiteral("updated_by") << QStringLiteral("clocks") << QStringLiteral("seq");
    binds << at << stamp.station << at << stamp.station << clocks.serialize() << m_db.nextSeq();
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("INSERT INTO ") + schema.table + QStringLiteral(" (") +
              columns.join(QLatin1Char(',')) + QStringLiteral(") VALUES (") +
              QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QStringLiteral(")"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
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
                                         const QVariantMap& changes)
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
        if (storedText(old) == storedText(it.value()))
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
        clocks.set(it.key(), stamp);
        if (Status s = audit(schema, id, area, it.key(), old, it.value(), stamp.hlc, at); !s) {
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
         << QStringLiteral("clocks = ?") << QStringLiteral("seq = ?");
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
    if (Status s = m_db.commit(); !s)
        return Result<QStringList>::failure(s.error());
    return changed;
}

Status RecordWriter::audit(const EntitySchema& schema, const QString& recordId, const QString& areaCode,
                           const QString& field, const QVariant& oldValue, const QVariant& newValue,
                           qint64 hlc, const QString& at)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "INSERT INTO audit (id, area_code, entity, record_id, field, old_value, new_value, hlc,"
        " station_id, operator, at, seq) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"));
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
    if (!q.exec())
        return Status::failure(tr("The audit entry could not be written: %1").arg(q.lastError().text()));
    return {};
}
