#pragma once

#include "Result.h"

#include <QSqlDatabase>

// Numbered schema migrations under PRAGMA user_version. Each step runs in one transaction with the version
// bump, so a database is always exactly at one version.
class SchemaMigrator final
{
public:
    static int latestVersion();
    static int versionOf(QSqlDatabase& db);
    // Brings the database from its version up to `target` (default: latest). Refuses a newer database.
    static Status migrate(QSqlDatabase& db, int target = -1);
};
