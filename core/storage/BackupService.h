#pragma once

#include "BackupEntry.h"
#include "Result.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

class CaseDatabase;

// Backups of the open case database, made with SQLite's online backup API on its own connection (so the copy
// is one consistent state, also while the database is in use, and an encrypted database is copied as it is).
//
// The backups of "<folder>/t.sqlite" live in "<folder>/t.sqlite.backups/" (created readable by the owner
// only, 0700; each copy 0600), named "YYYYMMDD-HHMMSS-REASON.sqlite" in UTC (a "-2", "-3" … after the time
// when two are made in one second), so that the names sort by age. A copy is written under a hidden temporary
// name, checked with PRAGMA integrity_check on a connection of its own and only then renamed: every file with
// a backup's name passed the check, and a copy that fails is deleted (and the failure said). After a new
// backup the oldest beyond the last N (the setting `backup_keep`, default 10) are deleted.
//
// Made automatically before every import (once per import action, however many packages) and once a day by
// the GUI (at start, when the newest backup is more than a day old).
class BackupService final
{
public:
    enum class Reason
    {
        Daily,
        Import,
        Manual,
        Restore,
    };
    static constexpr int kDefaultKeep = 10;
    static constexpr int kMaxKeep = 1000;

    explicit BackupService(CaseDatabase& db);

    // The backup folder of a database, and its backups, newest first.
    static QString folderOf(const QString& databasePath);
    static QList<BackupEntry> list(const QString& databasePath);
    QList<BackupEntry> list() const;

    // How many backups are kept (the setting backup_keep); changing it prunes at the next backup.
    int keep() const;
    Status setKeep(int count);

    // A new verified backup in the folder, then the old ones beyond keep() deleted. Refused with one sentence
    // (no file left behind) when the copy cannot be written (a full disk, a read-only folder) or fails the
    // check.
    Result<BackupEntry> backup(Reason reason);
    // backup() with the failure as a clause (for a sentence of the caller's: "Nothing was restored, because
    // …").
    Result<BackupEntry> make(Reason reason);
    // A verified copy at `file` (replaced if it exists; never the database itself), written beside it and
    // renamed.
    Result<BackupEntry> backupTo(const QString& file);
    // The backup before an import; the failure is one sentence saying that nothing was imported.
    Status beforeImport();
    // A daily backup when the newest one is older than a day (or there is none); nothing (std::nullopt) when
    // one is recent.
    Result<std::optional<BackupEntry>> dailyIfDue();

    // How long the last copy (with its fsync) and its integrity check took, in ms (for the benchmark).
    double lastCopyMs() const { return m_copyMs; }
    double lastCheckMs() const { return m_checkMs; }

    // For tests: called with the path of every copy after it is written and before it is checked.
    static void setCopyHookForTests(std::function<void(const QString& copy)> hook);
    // The clause after "No backup could be made: " for SQLite's result `code` on writing `file`, a copy of
    // about `expectedBytes` (to tell the file size limit of the process from a full disk).
    static QString failureClause(int code, const QString& file, qint64 expectedBytes = 0);

    // Deletes the oldest backups beyond keep().
    void prune();

private:
    // Writes and checks a copy at `temporary`; the failure is the clause of failureClause().
    Status writeVerified(const QString& temporary);

    CaseDatabase& m_db;
    double m_copyMs = 0;
    double m_checkMs = 0;
};
