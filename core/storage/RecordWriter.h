#pragma once

#include "EntitySchema.h"
#include "Result.h"

#include <QStringList>
#include <QVariantMap>

class CaseDatabase;

// The one path through which every field of every synced record is written: values are validated and
// normalized, each changed field gets a new clock stamp (hlc, station) in the record's `clocks`, the record's
// change sequence moves on, and an audit entry records who changed what from what to what, and when.
class RecordWriter final
{
public:
    explicit RecordWriter(CaseDatabase& db);

    // Checks and normalizes the given fields (unknown field names are refused).
    Result<QVariantMap> validate(const EntitySchema& schema, const QVariantMap& values) const;

    // Creates a record; returns its id (a new random UUID unless `id` is given).
    Result<QString> create(const EntitySchema& schema, const QString& areaCode, const QVariantMap& values,
                           const QString& id = {});
    // Writes the fields whose value differs from the stored one; returns the names of the changed fields.
    Result<QStringList> update(const EntitySchema& schema, const QString& id, const QVariantMap& changes);

    // The stored fields of a record (null QVariant for empty ones), plus area_code and the meta columns.
    Result<QVariantMap> read(const EntitySchema& schema, const QString& id) const;

    static QString newId();

private:
    Status audit(const EntitySchema& schema, const QString& recordId, const QString& areaCode,
                 const QString& field, const QVariant& oldValue, const QVariant& newValue, qint64 hlc,
                 const QString& at);

    CaseDatabase& m_db;
};
