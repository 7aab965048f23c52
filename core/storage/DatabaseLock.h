#pragma once

#include "Result.h"

#include <QString>
#include <QStringList>

#include <memory>

// One process per database. The lock is a file next to the database ("<database>.lock") held with flock(2)
// for as long as any connection of this process has the database open. SQLite's own locks are POSIX record
// locks, which the kernel drops as soon as the process closes ANY descriptor of the database file (a file
// dialog that peeks at the database's folder is enough); a flock lock belongs to the one descriptor opened
// here, so no close() elsewhere can drop it, and the kernel releases it when the process ends, even by a
// crash.
//
// Within the process the lock is shared: the GUI opens extra connections in worker threads and tests open the
// same file twice, so every holder of the same database (by its canonical path) counts one reference and the
// last one to go releases the lock.
class DatabaseLock final
{
public:
    ~DatabaseLock();
    DatabaseLock(const DatabaseLock&) = delete;
    DatabaseLock& operator=(const DatabaseLock&) = delete;

    // Takes the lock of the database at `databasePath`, or one more reference to the lock this process holds
    // already. Refused with one sentence when another process holds it (the database is open in another
    // window or program) or when the lock file cannot be created (a read-only folder).
    static Result<std::unique_ptr<DatabaseLock>> acquire(const QString& databasePath);
    // Whether another process holds the lock of the database (this process holding it is not "another").
    static bool isHeldElsewhere(const QString& databasePath);
    // The path a database is known by: absolute, symbolic links resolved; the file itself need not exist.
    static QString canonicalPath(const QString& databasePath);
    // The lock file of a database.
    static QString lockFilePath(const QString& databasePath);
    // The databases this process holds the lock of (canonical paths): the files nothing of ours may open.
    static QStringList heldDatabases();
    // The sentence for "another process has this database open".
    static QString heldElsewhereSentence(const QString& databasePath);

    const QString& databasePath() const { return m_path; }

private:
    explicit DatabaseLock(QString canonicalPath);

    QString m_path;
};
