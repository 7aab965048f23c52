#include "BackupFile.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QThread>

#include "DatabaseEncryption.h"
#include "DatabaseKeyRing.h"

#include <sqlcipher/sqlite3.h>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

BackupFile::BackupFile(sqlite3* handle, QString path)
    : m_handle(handle)
    , m_path(std::move(path))
{}

BackupFile::~BackupFile()
{
    close();
}

int BackupFile::close()
{
    if (!m_handle)
        return SQLITE_OK;
    const int rc = sqlite3_close(m_handle);
    m_handle = nullptr;
    return rc;
}

Result<std::unique_ptr<BackupFile>> BackupFile::open(const QString& path, Mode mode, int* code,
                                                     const std::optional<DatabaseKey>& key)
{
    using R = Result<std::unique_ptr<BackupFile>>;
    if (mode == Mode::ReadOnly && !key && DatabaseEncryption::isEncrypted(path)) {
        // A copy of a database this process unlocked: its key (the same salt).
        const QByteArray salt = DatabaseEncryption::saltOf(path);
        for (const DatabaseKey& k : DatabaseKeyRing::all()) {
            if (k.salt() == salt)
                return open(path, mode, code, k);
        }
        if (code)
            *code = SQLITE_NOTADB;
        return R::failure(QString::number(SQLITE_NOTADB));
    }
    const QByteArray native = QFile::encodeName(path);
    if (mode == Mode::Create) {
#ifdef Q_OS_UNIX
        const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
        if (fd < 0) {
            if (code)
                *code = errno == ENOSPC || errno == EFBIG ? SQLITE_FULL : SQLITE_CANTOPEN;
            return R::failure(QString::number(code ? *code : SQLITE_CANTOPEN));
        }
        ::close(fd);
#else
        QFile f(path);
        if (!f.open(QIODevice::NewOnly)) {
            if (code)
                *code = SQLITE_CANTOPEN;
            return R::failure(QString::number(SQLITE_CANTOPEN));
        }
#endif
    }
    sqlite3* handle = nullptr;
    const int flags = (mode == Mode::ReadOnly ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE) |
                      SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE;
    int rc = sqlite3_open_v2(native.constData(), &handle, flags, nullptr);
    if (rc == SQLITE_OK)
        rc = sqlite3_busy_timeout(handle, 5000);
    if (rc == SQLITE_OK) // a wrong key is our sentence, not SQLCipher's log on stderr
        sqlite3_exec(handle, "PRAGMA cipher_log_source = NONE", nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK && key) {
        const QByteArray pragma = "PRAGMA key = " + key->sqlLiteral();
        rc = sqlite3_exec(handle, pragma.constData(), nullptr, nullptr, nullptr);
    }
    // A file that is not a database (or an encrypted one opened without its key) fails at the first read.
    if (rc == SQLITE_OK && mode != Mode::Create)
        rc = sqlite3_exec(handle, "SELECT count(*) FROM sqlite_master", nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK) {
        if (handle)
            rc = sqlite3_extended_errcode(handle) ? sqlite3_extended_errcode(handle) : rc;
        sqlite3_close(handle);
        if (code)
            *code = rc;
        return R::failure(QString::number(rc));
    }
    std::unique_ptr<BackupFile> file(new BackupFile(handle, path));
    file->m_key = key;
    return file;
}

sqlite3* BackupFile::handleOf(QSqlDatabase& db)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3* const*>(h.constData());
    return nullptr;
}

int BackupFile::copy(sqlite3* from, sqlite3* to)
{
    if (!from || !to)
        return SQLITE_MISUSE;
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return sqlite3_extended_errcode(to);
    int rc = SQLITE_OK;
    // One step for every page: the copy is of one state of the source, and the destination is written in
    // one transaction. Another connection writing the source at the start makes it busy: wait for it.
    for (int attempt = 0; attempt < 100; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED)
            break;
        QThread::msleep(50);
    }
    sqlite3_backup_finish(backup);
    if (rc == SQLITE_DONE)
        return SQLITE_OK;
    // The destination's code says more (SQLITE_FULL, SQLITE_IOERR_WRITE, ...) than the step's.
    const int destination = sqlite3_extended_errcode(to);
    return destination != SQLITE_OK ? destination : rc;
}

int BackupFile::integrityCheck(sqlite3* handle, QString* problem)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(handle, "PRAGMA integrity_check(1)", -1, &stmt, nullptr);
    if (rc != SQLITE_OK)
        return sqlite3_extended_errcode(handle);
    rc = sqlite3_step(stmt);
    int result = SQLITE_OK;
    if (rc == SQLITE_ROW) {
        const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0));
        const QString answer = QString::fromUtf8(text ? text : "");
        if (answer != QLatin1String("ok")) {
            result = SQLITE_CORRUPT;
            if (problem)
                *problem = answer;
        }
    } else {
        result = sqlite3_extended_errcode(handle);
        if (result == SQLITE_OK)
            result = rc;
    }
    sqlite3_finalize(stmt);
    return result;
}

int BackupFile::exec(const char* sql)
{
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr);
    return rc == SQLITE_OK ? rc : sqlite3_extended_errcode(m_handle);
}

QVariant BackupFile::scalar(const char* sql, int* code)
{
    sqlite3_stmt* stmt = nullptr;
    int rc = sqlite3_prepare_v2(m_handle, sql, -1, &stmt, nullptr);
    QVariant out;
    if (rc == SQLITE_OK) {
        rc = sqlite3_step(stmt);
        if (rc == SQLITE_ROW) {
            switch (sqlite3_column_type(stmt, 0)) {
            case SQLITE_INTEGER:
                out = qint64(sqlite3_column_int64(stmt, 0));
                break;
            case SQLITE_NULL:
                break;
            default:
                out = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
            }
            rc = SQLITE_OK;
        } else if (rc == SQLITE_DONE) {
            rc = SQLITE_OK;
        }
    }
    if (rc != SQLITE_OK)
        rc = sqlite3_extended_errcode(m_handle);
    sqlite3_finalize(stmt);
    if (code)
        *code = rc;
    return out;
}
