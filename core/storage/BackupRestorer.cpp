#include "BackupRestorer.h"

#include "BackupFile.h"
#include "BackupService.h"
#include "CaseDatabase.h"
#include "DatabaseLock.h"
#include "SchemaMigrator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlcipher/sqlite3.h>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("BackupRestorer", text);
}

QString native(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

bool samePath(const QString& a, const QString& b)
{
    return DatabaseLock::canonicalPath(a) == DatabaseLock::canonicalPath(b);
}

QSqlError sqliteError(int code)
{
    return QSqlError(QString(), QStringLiteral("SQLite error %1").arg(code), QSqlError::StatementError,
                     QString::number(code));
}

// Writes `from` into a new file `to` (0600; encrypted with `key`, the key `from` was opened with) through the
// backup API and checks it; SQLITE_OK or the code.
int copyToNewFile(sqlite3* from, const QString& to, const std::optional<DatabaseKey>& key)
{
    int code = SQLITE_OK;
    {
        Result<std::unique_ptr<BackupFile>> out = BackupFile::open(to, BackupFile::Mode::Create, &code, key);
        if (!out)
            return code;
        code = BackupFile::copy(from, out.value()->handle());
        if (code == SQLITE_OK)
            code = out.value()->exec("PRAGMA journal_mode = DELETE");
        if (code == SQLITE_OK)
            code = out.value()->integrityCheck();
        const int closed = out.value()->close();
        if (code == SQLITE_OK)
            code = closed;
    }
    return code;
}
} // namespace

Result<BackupRestorer::Contents> BackupRestorer::inspect(const QString& file)
{
    using R = Result<Contents>;
    const QFileInfo info(file);
    if (!info.exists())
        return R::failure(tr("The file %1 does not exist.").arg(native(file)));
    if (!info.isFile() || !info.isReadable())
        return R::failure(tr("The file %1 cannot be read.").arg(native(file)));
    const QString notShouhu =
        tr("The file %1 is not a Shouhu database; nothing was changed.").arg(native(file));
    int code = SQLITE_OK;
    Result<std::unique_ptr<BackupFile>> opened = BackupFile::open(file, BackupFile::Mode::ReadOnly, &code);
    if (!opened) {
        if ((code & 0xff) == SQLITE_CORRUPT)
            return R::failure(tr("The file %1 is damaged (SQLite cannot read it); choose another backup; "
                                 "nothing was changed.")
                                  .arg(native(file)));
        if ((code & 0xff) == SQLITE_CANTOPEN || (code & 0xff) == SQLITE_PERM)
            return R::failure(tr("The file %1 cannot be read.").arg(native(file)));
        return R::failure(notShouhu);
    }
    BackupFile& f = *opened.value();
    const qint64 tables = f.scalar("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                   " AND name IN ('station', 'setting', 'child')")
                              .toLongLong();
    const int version = int(f.scalar("PRAGMA user_version").toLongLong());
    if (tables != 3 || version <= 0)
        return R::failure(notShouhu);
    QString problem;
    if (f.integrityCheck(&problem) != SQLITE_OK) {
        qWarning().noquote() << "Restore candidate" << file << "failed the integrity check:" << problem;
        return R::failure(tr("The file %1 is damaged (it fails SQLite's integrity check); choose another "
                             "backup; nothing was changed.")
                              .arg(native(file)));
    }
    if (version > SchemaMigrator::latestVersion())
        return R::failure(tr("The file %1 was made by a newer version of Shouhu (database version %2; this "
                             "one knows up to %3): restore it with that version; nothing was changed.")
                              .arg(native(file))
                              .arg(version)
                              .arg(SchemaMigrator::latestVersion()));
    Contents c;
    c.schemaVersion = version;
    c.stationId = f.scalar("SELECT id FROM station LIMIT 1").toString();
    c.stationName = f.scalar("SELECT name FROM station LIMIT 1").toString();
    c.children = f.scalar("SELECT count(*) FROM child").toLongLong();
    return c;
}

Result<BackupRestorer::Outcome> BackupRestorer::restore(CaseDatabase& db, const QString& file, bool force)
{
    using R = Result<Outcome>;
    if (samePath(file, db.path()))
        return R::failure(tr("The file %1 is the database itself; choose a backup.").arg(native(file)));
    if (db.inTransaction())
        return R::failure(tr("Finish the change under way first; nothing was restored."));
    Result<Contents> contents = inspect(file);
    if (!contents)
        return R::failure(contents.error());
    if (db.station() && contents->stationId != db.station()->id && !force) {
        if (contents->stationId.isEmpty())
            return R::failure(tr("The file %1 holds no station (a database never set up), so it would wipe "
                                 "this station's register; nothing was changed.")
                                  .arg(native(file)));
        return R::failure(
            tr("The file %1 is a backup of another station (\"%2\", id %3), not of this one "
               "(\"%4\"); nothing was changed.")
                .arg(native(file), contents->stationName, contents->stationId, db.station()->name));
    }
    Outcome outcome;
    outcome.restored = contents.value();
    // The current data first: a restore can itself be undone.
    if (db.station()) {
        Result<BackupEntry> previous = BackupService(db).make(BackupService::Reason::Restore);
        if (!previous)
            return R::failure(tr("Nothing was restored, because the backup of the current data failed: %1.")
                                  .arg(previous.error()));
        outcome.previous = previous.value();
    }
    // The clock and counter reached so far (they must not go back).
    qint64 hlc = db.setting(QStringLiteral("hlc")).toLongLong();
    qint64 seq = db.setting(QStringLiteral("seq")).toLongLong();
    {
        int code = SQLITE_OK;
        Result<std::unique_ptr<BackupFile>> source =
            BackupFile::open(file, BackupFile::Mode::ReadOnly, &code);
        if (!source)
            return R::failure(tr("The file %1 cannot be read.").arg(native(file)));
        code = BackupFile::copy(source.value()->handle(), BackupFile::handleOf(db.sql()));
        if (code != SQLITE_OK)
            return R::failure(db.errorSentence(sqliteError(code)));
    }
    QSqlQuery q(db.sql());
    // The copy replaced the pages; the connection's schema is read again by the next statement.
    if (const int code = BackupFile::integrityCheck(BackupFile::handleOf(db.sql())); code != SQLITE_OK)
        return R::failure(db.errorSentence(sqliteError(code)));
    // A backup of an earlier version is brought up to this one, so the open connection can go on.
    if (Status s = SchemaMigrator::migrate(db.sql()); !s)
        return R::failure(s.error());
    q.prepare(QStringLiteral("SELECT key, value FROM setting WHERE key IN ('hlc', 'seq')"));
    if (q.exec()) {
        while (q.next()) {
            if (q.value(0).toString() == QLatin1String("hlc"))
                hlc = std::max(hlc, q.value(1).toLongLong());
            else
                seq = std::max(seq, q.value(1).toLongLong());
        }
    }
    bool ok = q.exec(QStringLiteral("BEGIN IMMEDIATE"));
    for (const auto& [key, value] : {std::pair<const char*, qint64>{"hlc", hlc}, {"seq", seq}}) {
        if (!ok || value <= 0)
            continue;
        q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"
                                 " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
        q.addBindValue(QString::fromLatin1(key));
        q.addBindValue(QString::number(value));
        ok = q.exec();
    }
    if (!ok || !q.exec(QStringLiteral("COMMIT"))) {
        const QSqlError error = q.lastError();
        QSqlQuery(db.sql()).exec(QStringLiteral("ROLLBACK"));
        qWarning().noquote() << "Restoring the clock after a restore failed:" << error.text();
    }
    return outcome;
}

Result<QString> BackupRestorer::replaceDamaged(const QString& databasePath, const QString& file, qint64 nowMs)
{
    using R = Result<QString>;
    const QString path = QFileInfo(databasePath).absoluteFilePath();
    if (samePath(file, path))
        return R::failure(tr("The file %1 is the database itself; choose a backup.").arg(native(file)));
    Result<std::unique_ptr<DatabaseLock>> lock = DatabaseLock::acquire(path);
    if (!lock)
        return R::failure(lock.error());
    Result<Contents> contents = inspect(file);
    if (!contents)
        return R::failure(contents.error());
    const QString restoring = path + QStringLiteral(".restoring");
    QFile::remove(restoring);
    QFile::remove(restoring + QStringLiteral("-journal"));
    int code = SQLITE_OK;
    {
        Result<std::unique_ptr<BackupFile>> source =
            BackupFile::open(file, BackupFile::Mode::ReadOnly, &code);
        if (!source)
            return R::failure(tr("The file %1 cannot be read.").arg(native(file)));
        code = copyToNewFile(source.value()->handle(), restoring, source.value()->key());
    }
    if (code != SQLITE_OK) {
        QFile::remove(restoring);
        QFile::remove(restoring + QStringLiteral("-journal"));
        return R::failure(tr("Nothing was restored: %1.").arg(BackupService::failureClause(code, restoring)));
    }
    // The damaged file stays (a hard link: the database's name never stops naming a whole file), and its WAL
    // goes with it, so that it is never applied to the restored file.
    const QString kept =
        path + QStringLiteral(".damaged-") +
        QDateTime::fromMSecsSinceEpoch(nowMs).toUTC().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    if (QFileInfo::exists(path)) {
        bool linked = false;
#ifdef Q_OS_UNIX
        linked = ::link(QFile::encodeName(path).constData(), QFile::encodeName(kept).constData()) == 0;
#endif
        if (!linked && !QFile::copy(path, kept)) {
            QFile::remove(restoring);
            return R::failure(
                tr("Nothing was restored: the damaged database could not be kept as %1.").arg(native(kept)));
        }
        if (QFileInfo::exists(path + QStringLiteral("-wal")))
            QFile::rename(path + QStringLiteral("-wal"), kept + QStringLiteral("-wal"));
        QFile::remove(path + QStringLiteral("-shm"));
    }
#ifdef Q_OS_UNIX
    const bool renamed =
        ::rename(QFile::encodeName(restoring).constData(), QFile::encodeName(path).constData()) == 0;
#else
    QFile::remove(path);
    const bool renamed = QFile::rename(restoring, path);
#endif
    if (!renamed)
        return R::failure(tr("Nothing was restored: %1 could not be replaced.").arg(native(path)));
    return kept;
}
