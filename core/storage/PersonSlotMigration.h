#pragma once

#include "Result.h"

#include <QSqlDatabase>

// Schema version 6, the part that SQL alone cannot do: every person gets the id of its slot
// (RecordIdentity::personId of its child and relation). Two rows of one slot (both stations added the
// child's caregiver, before ids were derived) become one: per field the write with the greatest stamp wins
// and each different losing value is kept in the conflicts list, as a merge would. Audit entries and
// conflicts follow the new id (a conflict's id is derived from its record id, so it is derived again). The
// merged rows get a new change sequence so that they travel. Inside the migration's transaction; the
// columns are written out here as they were at version 6, so later schema changes never change this step.
class PersonSlotMigration final
{
public:
    static Status run(QSqlDatabase& db);
};
