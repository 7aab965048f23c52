#pragma once

#include "BackupEntry.h"
#include "Result.h"

#include <QString>

#include <optional>

class CaseDatabase;

// Restores a case database from a backup copy (or any copy of a Shouhu database).
//
// A file is refused, with one sentence and nothing changed, when it is not a Shouhu database (not SQLite, or
// without the station and setting tables), fails PRAGMA integrity_check, was made by a newer version of
// Shouhu (a higher schema version than this program knows), or holds another station than the database it
// would replace (unless forced; a database without a station yet takes any). An older schema version is fine:
// the next open migrates it.
//
// The current data are backed up first (reason "restore", in the backup folder), then the file is copied into
// the open database through SQLite's backup API, in one write transaction of its connection: a crash or a
// full disk half-way leaves the database as it was. The station's clock and change counter (settings hlc and
// seq) never go back: the higher of the two values is kept, so changes made after the restore are not taken
// by other stations for ones they have already seen.
class BackupRestorer final
{
public:
    // What a restorable file holds.
    struct Contents
    {
        int schemaVersion = 0;
        QString stationId; // empty: no station yet
        QString stationName;
        qint64 children = 0;
    };
    struct Outcome
    {
        Contents restored;
        std::optional<BackupEntry> previous; // the backup of the data that were replaced
    };

    // Reads and checks `file` (read-only); the refusal is one sentence.
    static Result<Contents> inspect(const QString& file);
    // Replaces the contents of the open database with `file` (see above) and migrates it to this version. The
    // connection goes on with the restored data (the station is the same, the clock did not go back); after a
    // forced restore of another station the caller opens the database again (CaseDatabase keeps the station
    // it read at open).
    static Result<Outcome> restore(CaseDatabase& db, const QString& file, bool force);
    // For a database that no longer opens (damaged): under its lock, the file is written beside the database
    // ("<database>.restoring", checked) and renamed over it, after the damaged file was kept as
    // "<database>.damaged-YYYYMMDD-HHMMSS" (a hard link, or a copy) and its -wal moved beside it. Returns the
    // path of the damaged file kept.
    static Result<QString> replaceDamaged(const QString& databasePath, const QString& file, qint64 nowMs);
};
