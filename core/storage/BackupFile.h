#pragma once

#include "DatabaseKey.h"
#include "Result.h"

#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

class QSqlDatabase;
struct sqlite3;

// A database file opened with SQLite's own C API, outside Qt's driver: the copies of the backups and the
// files a restore reads. Also the online backup between two connections (sqlite3_backup_init/step/finish)
// and the integrity check. Every file of a backup is opened here, so that an encrypted build keys them in
// this one place (SQLCipher: the same key and salt as the case database, given right after sqlite3_open_v2;
// the backup API then copies pages between two connections keyed alike).
class BackupFile final
{
public:
    enum class Mode
    {
        ReadOnly,
        // An existing file, for writing (a backup rekeyed under a new passphrase).
        ReadWrite,
        // A new file (it must not exist): created empty, readable by the owner only (0600), before SQLite
        // opens it, so that its journal gets the same permissions.
        Create,
    };

    ~BackupFile();
    BackupFile(const BackupFile&) = delete;
    BackupFile& operator=(const BackupFile&) = delete;

    // Opens `path`; the failure is SQLite's (extended) result code, as a number in the error text. A new
    // file is encrypted with `key` when one is given (SQLCipher); an encrypted file is opened with `key`, or
    // when none is given, with the first key of the DatabaseKeyRing that opens it (a backup of a database
    // this process unlocked).
    static Result<std::unique_ptr<BackupFile>> open(const QString& path, Mode mode, int* code = nullptr,
                                                    const std::optional<DatabaseKey>& key = std::nullopt);
    // The sqlite3 handle of a Qt SQLite connection (null for another driver).
    static sqlite3* handleOf(QSqlDatabase& db);
    // Copies the whole database `from` into `to` (both "main") in one step of the backup API: `to` ends up a
    // page-for-page copy of one consistent state of `from` (a read transaction of its own on `from`), written
    // in one transaction of `to` (so a crash leaves `to` as it was). Busy or locked: retried for a few
    // seconds. Returns SQLITE_OK or SQLite's extended result code.
    static int copy(sqlite3* from, sqlite3* to);
    // PRAGMA integrity_check: SQLITE_OK when it says "ok"; otherwise SQLite's code, or SQLITE_CORRUPT with
    // the first problem reported in `problem`.
    static int integrityCheck(sqlite3* handle, QString* problem = nullptr);

    sqlite3* handle() const { return m_handle; }
    // The key the file was opened with (none for a plain file).
    const std::optional<DatabaseKey>& key() const { return m_key; }
    const QString& path() const { return m_path; }
    // Runs SQL without results; SQLITE_OK or the extended code.
    int exec(const char* sql);
    // The first column of the first row of a query (invalid when there is none or on an error, then `code`
    // is set).
    QVariant scalar(const char* sql, int* code = nullptr);
    int integrityCheck(QString* problem = nullptr) { return integrityCheck(m_handle, problem); }
    // Closes the connection now (what the destructor does); SQLITE_OK or the code.
    int close();

private:
    BackupFile(sqlite3* handle, QString path);

    sqlite3* m_handle;
    QString m_path;
    std::optional<DatabaseKey> m_key;
};
