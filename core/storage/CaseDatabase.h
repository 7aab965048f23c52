#pragma once

#include "Clock.h"
#include "DatabaseKey.h"
#include "HybridLogicalClock.h"
#include "Result.h"
#include "Stamp.h"
#include "StationInfo.h"
#include "domain/ClassifierSettings.h"

#include <QSqlDatabase>
#include <QString>

class DatabaseLock;
class QSqlError;

#include <memory>
#include <optional>

// The case database of one station: a SQLite file (WAL, foreign keys). This is the only place in the code
// that opens a database connection: through Shouhu's SQLCipher driver (SqlCipherDriver), keyed right after it
// is opened when the file is encrypted (DatabaseEncryption, DatabaseKeyRing).
//
// One process per database: every CaseDatabase holds a DatabaseLock on the file, shared by all connections
// of this process (the GUI's worker threads open their own), so a second program is refused at open() with
// one sentence before SQLite touches the file.
class CaseDatabase final
{
public:
    ~CaseDatabase();
    CaseDatabase(const CaseDatabase&) = delete;
    CaseDatabase& operator=(const CaseDatabase&) = delete;

    // Opens (creating if needed) and migrates the database at `path`. `targetVersion` is for migration tests.
    // Refused with one sentence when another process has the database open, the file or its folder is
    // read-only, the file is not a SQLite database or is damaged.
    static Result<std::unique_ptr<CaseDatabase>>
    open(const QString& path, const Clock& clock = Clock::system(), int targetVersion = -1);
    // The folder and file the GUI uses when no --db is given: the user's data folder (never a folder the user
    // browses, such as Documents).
    static QString defaultPath();

    // One sentence in the user's language for an error of SQLite on the database at `path`, told apart by
    // SQLite's (extended) result code: a full disk, the file size limit of the process, a read-only file or
    // folder, a file that is not a database, a damaged database, ... SQLite's own English text goes to the
    // log (qWarning), never into the sentence.
    static QString errorSentence(const QSqlError& error, const QString& path);
    QString errorSentence(const QSqlError& error) const { return errorSentence(error, m_path); }
    static QString readOnlyFolderSentence(const QString& path);
    static QString readOnlyFileSentence(const QString& path);

    QSqlDatabase& sql() { return m_db; }
    // The key the database is encrypted with (none for a plain one); setKey() after PRAGMA rekey.
    const std::optional<DatabaseKey>& key() const { return m_key; }
    void setKey(const DatabaseKey& key) { m_key = key; }
    const QString& path() const { return m_path; }
    const Clock& clock() const { return *m_clock; }
    int schemaVersion();

    // This station. Empty until `initStation` ran (the first-run wizard or `shouhu-cli init`).
    std::optional<StationInfo> station() const { return m_station; }
    Status initStation(const StationInfo& info);
    Status setOperatorName(const QString& name);

    QString setting(const QString& key, const QString& fallback = {}) const;
    Status setSetting(const QString& key, const QString& value);
    ClassifierSettings classifierSettings() const;

    // Transactions: BEGIN IMMEDIATE ... COMMIT; nested calls join the outer transaction.
    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    // The stamp for a local field write (inside a transaction), and the next local change sequence number.
    Stamp nextStamp();
    qint64 nextSeq();
    HybridLogicalClock& hlc() { return m_hlc; }
    // Sets this station's clock back to `hlc` (inside a transaction; written at COMMIT): only for the repair
    // of a clock that ran ahead (ClockRepair). Every connection to the file follows at its next begin().
    Status resetClock(qint64 hlc);

private:
    CaseDatabase(QString path, QString connection, const Clock& clock);
    Status loadState();
    // The clock and sequence reached, written inside the transaction before COMMIT.
    Status writeClock();

    std::unique_ptr<DatabaseLock> m_lock; // released after the connection is closed
    std::optional<DatabaseKey> m_key;
    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    const Clock* m_clock;
    HybridLogicalClock m_hlc;
    qint64 m_seq = 0;
    QString m_clockResets; // the setting `clock_resets` as last read: when it changes, the stored clock rules
    int m_depth = 0;
    bool m_failed = false;
    bool m_nameIndex = false; // the schema has the name index columns (version 8 and later)
    std::optional<StationInfo> m_station;
};
