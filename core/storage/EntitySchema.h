#pragma once

#include "FieldSpec.h"

#include <QList>
#include <QString>

// The synced record types and their fields. Every synced table has, besides these fields, the columns
// id (random UUID), area_code (which station may write it), created_at/created_by, updated_at/updated_by,
// clocks (the per-field write clocks, see FieldClocks) and seq (this database's change sequence).
class EntitySchema final
{
public:
    QString table;
    QList<FieldSpec> fields;

    const FieldSpec* field(QStringView name) const;
    QStringList fieldNames() const;

    static const EntitySchema& household();
    static const EntitySchema& child();
    static const EntitySchema& person();
    static const QList<const EntitySchema*>& all();
    static const EntitySchema* byTable(QStringView table);
};
