#include "DatabaseEncryption.h"

#include "BackupEntry.h"
#include "BackupFile.h"
#include "BackupService.h"
#include "CaseDatabase.h"
#include "DatabaseKeyRing.h"
#include "DatabaseLock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <cstdio>
#include <sqlcipher/sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace {

const QByteArray PlainHeader("SQLite format 3\0", 16);
constexpr qint64 PageBytes = 4096; // SQLCipher 4's page size

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// A raw connection that closes itself.
struct Connection
{
    sqlite3* handle = nullptr;
    ~Connection() { sqlite3_close(handle); }
    int exec(const QByteArray& sql) const
    {
        const int rc = sqlite3_exec(handle, sql.constData(), nullptr, nullptr, nullptr);
        return rc == SQLITE_OK ? rc : sqlite3_extended_errcode(handle);
    }
    qint64 scalar(const QByteArray& sql, int* rc) const
    {
        sqlite3_stmt* stmt = nullptr;
        qint64 out = -1;
        *rc = sqlite3_prepare_v2(handle, sql.constData(), -1, &stmt, nullptr);
        if (*rc == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW)
            out = sqlite3_column_int64(stmt, 0);
        else if (*rc == SQLITE_OK)
            *rc = sqlite3_extended_errcode(handle);
        sqlite3_finalize(stmt);
        return out;
    }
};

bool syncPath(const QString& path, bool directory)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(),
                          (directory ? O_RDONLY | O_DIRECTORY : O_RDWR) | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path)
    Q_UNUSED(directory)
    return true;
#endif
}

QString quoted(const QString& name)
{
    QString n = name;
    n.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + n + QLatin1Char('"');
}

} // namespace

bool DatabaseEncryption::isEncrypted(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    // SQLCipher writes whole pages of 4096 bytes; anything else (a document, a truncated file) is not one.
    if (f.size() < PageBytes || f.size() % PageBytes != 0)
        return false;
    return f.read(16) != PlainHeader;
}

QByteArray DatabaseEncryption::saltOf(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray head = f.read(DatabaseKey::SaltBytes);
    return head.size() == DatabaseKey::SaltBytes ? head : QByteArray();
}

bool DatabaseEncryption::needsPassphrase(const QString& path)
{
    return isEncrypted(path) && !DatabaseKeyRing::find(path);
}

QString DatabaseEncryption::wrongPassphraseSentence(const QString& path)
{
    return tr("The passphrase does not open the database %1; check it and try again.").arg(native(path));
}

QString DatabaseEncryption::passphraseNeededSentence(const QString& path)
{
    return tr("The database %1 is encrypted: give the station's passphrase to open it.").arg(native(path));
}

Status DatabaseEncryption::unlock(const QString& path, const QString& passphrase)
{
    if (!isEncrypted(path))
        return {};
    Result<DatabaseKey> key = DatabaseKey::derive(passphrase, saltOf(path));
    if (!key)
        return Status::failure(key.error());
    int code = SQLITE_OK;
    Result<std::unique_ptr<BackupFile>> probe =
        BackupFile::open(path, BackupFile::Mode::ReadOnly, &code, key.value());
    // Any other failure (a damaged page, a read-only folder) is for the open to put in its sentence.
    if (!probe && (code & 0xff) == SQLITE_NOTADB) {
        // The first page does not check: a wrong passphrase, unless the same key opens a backup of the same
        // salt (then the page is damaged, and the open says so).
        bool opensABackup = false;
        for (const BackupEntry& b : BackupService::list(path)) {
            if (saltOf(b.path) == key.value().salt() &&
                BackupFile::open(b.path, BackupFile::Mode::ReadOnly, nullptr, key.value())) {
                opensABackup = true;
                break;
            }
        }
        if (!opensABackup)
            return Status::failure(wrongPassphraseSentence(path));
    }
    DatabaseKeyRing::remember(path, key.value());
    return {};
}

Status DatabaseEncryption::exportEncrypted(const QString& source, const QString& target,
                                           const DatabaseKey& key)
{
    const auto failed = [&](int rc) {
        return Status::failure(
            tr("The database %1 could not be encrypted (SQLite error %2); it was left as it was.")
                .arg(native(source))
                .arg(rc));
    };
    QFile::remove(target);
    QFile::remove(target + QStringLiteral("-journal"));
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(target).constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return failed(errno == ENOSPC ? SQLITE_FULL : SQLITE_CANTOPEN);
    ::close(fd);
#endif
    int rc = SQLITE_OK;
    {
        Connection plain;
        rc = sqlite3_open_v2(QFile::encodeName(source).constData(), &plain.handle,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_EXRESCODE, nullptr);
        if (rc == SQLITE_OK)
            sqlite3_busy_timeout(plain.handle, 5000);
        if (rc == SQLITE_OK)
            rc = plain.exec("PRAGMA wal_checkpoint(TRUNCATE)");
        int userVersion = 0;
        if (rc == SQLITE_OK)
            userVersion = int(plain.scalar("PRAGMA user_version", &rc));
        if (rc == SQLITE_OK) {
            sqlite3_stmt* attach = nullptr;
            rc = sqlite3_prepare_v2(plain.handle, "ATTACH DATABASE ?1 AS encrypted KEY ?2", -1, &attach,
                                    nullptr);
            const QByteArray file = QFile::encodeName(target);
            const QByteArray literal = key.sqlLiteral().mid(1, key.sqlLiteral().size() - 2); // without quotes
            if (rc == SQLITE_OK) {
                sqlite3_bind_text(attach, 1, file.constData(), int(file.size()), SQLITE_STATIC);
                sqlite3_bind_text(attach, 2, literal.constData(), int(literal.size()), SQLITE_STATIC);
                rc = sqlite3_step(attach) == SQLITE_DONE ? SQLITE_OK : sqlite3_extended_errcode(plain.handle);
            }
            sqlite3_finalize(attach);
        }
        if (rc == SQLITE_OK)
            rc = plain.exec("SELECT sqlcipher_export('encrypted')");
        if (rc == SQLITE_OK)
            rc = plain.exec("PRAGMA encrypted.user_version = " + QByteArray::number(userVersion));
        // Every table, row for row.
        if (rc == SQLITE_OK) {
            QStringList tables;
            sqlite3_stmt* list = nullptr;
            rc = sqlite3_prepare_v2(
                plain.handle,
                "SELECT name FROM main.sqlite_master WHERE type = 'table' AND name NOT LIKE "
                "'sqlite\\_%' ESCAPE '\\'",
                -1, &list, nullptr);
            while (rc == SQLITE_OK && sqlite3_step(list) == SQLITE_ROW)
                tables << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(list, 0)));
            sqlite3_finalize(list);
            for (const QString& t : std::as_const(tables)) {
                int a = SQLITE_OK;
                int b = SQLITE_OK;
                const qint64 before = plain.scalar("SELECT count(*) FROM main." + quoted(t).toUtf8(), &a);
                const qint64 after = plain.scalar("SELECT count(*) FROM encrypted." + quoted(t).toUtf8(), &b);
                if (a != SQLITE_OK || b != SQLITE_OK || before != after) {
                    rc = a != SQLITE_OK ? a : (b != SQLITE_OK ? b : SQLITE_CORRUPT);
                    break;
                }
            }
        }
        if (rc == SQLITE_OK)
            rc = plain.exec("DETACH DATABASE encrypted");
    }
    if (rc == SQLITE_OK) {
        Result<std::unique_ptr<BackupFile>> check =
            BackupFile::open(target, BackupFile::Mode::ReadOnly, &rc, key);
        if (check)
            rc = check.value()->integrityCheck();
    }
    if (rc == SQLITE_OK && !syncPath(target, false))
        rc = SQLITE_IOERR;
    if (rc != SQLITE_OK) {
        QFile::remove(target);
        QFile::remove(target + QStringLiteral("-journal"));
        return failed(rc);
    }
    return {};
}

Status DatabaseEncryption::replaceWithEncrypted(const QString& path, const DatabaseKey& key, bool walDatabase)
{
    const QString temporary = path + QStringLiteral(".encrypting");
    if (Status s = exportEncrypted(path, temporary, key); !s)
        return s;
    if (walDatabase) {
        // The plain database was checkpointed and closed: a WAL left now would be applied to the encrypted
        // file at the next open.
        const QFileInfo wal(path + QStringLiteral("-wal"));
        if (wal.exists() && wal.size() > 0) {
            QFile::remove(temporary);
            return Status::failure(
                tr("The database %1 could not be encrypted: it is still in use; it was left as it was.")
                    .arg(native(path)));
        }
        QFile::remove(path + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
    if (std::rename(QFile::encodeName(temporary).constData(), QFile::encodeName(path).constData()) != 0) {
        QFile::remove(temporary);
        return Status::failure(
            tr("The database %1 could not be encrypted: the encrypted copy could not take its place; it was "
               "left as it was.")
                .arg(native(path)));
    }
    syncPath(QFileInfo(path).absolutePath(), true);
    return {};
}

Status DatabaseEncryption::encrypt(const QString& path, const QString& passphrase)
{
    if (!QFileInfo::exists(path))
        return Status::failure(tr("There is no database at %1.").arg(native(path)));
    if (DatabaseLock::heldDatabases().contains(DatabaseLock::canonicalPath(path)))
        return Status::failure(
            tr("The database %1 is open in this program; it can be encrypted only when closed.")
                .arg(native(path)));
    Result<std::unique_ptr<DatabaseLock>> lock = DatabaseLock::acquire(path);
    if (!lock)
        return Status::failure(lock.error());
    std::optional<DatabaseKey> key;
    if (isEncrypted(path)) {
        key = DatabaseKeyRing::find(path);
        if (!key) {
            if (Status s = unlock(path, passphrase); !s)
                return s;
            key = DatabaseKeyRing::find(path);
        }
    } else {
        Result<DatabaseKey> made = DatabaseKey::derive(passphrase, DatabaseKey::newSalt());
        if (!made)
            return Status::failure(made.error());
        if (Status s = replaceWithEncrypted(path, made.value(), true); !s)
            return s;
        key = made.value();
        DatabaseKeyRing::remember(path, *key);
    }
    // The backups: a plain copy beside an encrypted database would give it all away.
    for (const BackupEntry& b : BackupService::list(path)) {
        if (isEncrypted(b.path))
            continue;
        if (Status s = replaceWithEncrypted(b.path, *key, false); !s) {
            qWarning().noquote() << "could not encrypt the backup" << b.path << ":" << s.error();
            QFile::remove(b.path); // never leave it in plain text
        }
    }
    return {};
}

Status DatabaseEncryption::changePassphrase(CaseDatabase& db, const QString& newPassphrase)
{
    const std::optional<DatabaseKey> old = db.key();
    if (!old)
        return {};
    Result<DatabaseKey> key = DatabaseKey::derive(newPassphrase, old->salt());
    if (!key)
        return Status::failure(key.error());
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("PRAGMA rekey = ") + QString::fromLatin1(key.value().sqlLiteral())))
        return Status::failure(db.errorSentence(q.lastError()));
    db.setKey(key.value());
    DatabaseKeyRing::remember(db.path(), key.value());
    for (const BackupEntry& b : BackupService::list(db.path())) {
        int code = SQLITE_OK;
        Result<std::unique_ptr<BackupFile>> file =
            BackupFile::open(b.path, BackupFile::Mode::ReadWrite, &code, *old);
        if (file)
            code = file.value()->exec(QByteArray("PRAGMA rekey = " + key.value().sqlLiteral()).constData());
        if (!file || code != SQLITE_OK)
            qWarning().noquote() << "the backup" << b.path << "keeps the old passphrase: SQLite error"
                                 << code;
    }
    return {};
}
