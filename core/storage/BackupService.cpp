#include "BackupService.h"

#include "BackupFile.h"
#include "CaseDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QRegularExpression>

#include <sqlcipher/sqlite3.h>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("BackupService", text);
}

std::function<void(const QString&)>& copyHook()
{
    static std::function<void(const QString&)> hook;
    return hook;
}

const QString kSettingKeep = QStringLiteral("backup_keep");
constexpr auto kOwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

const QRegularExpression& namePattern()
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{8}-\\d{6})(?:-(\\d+))?-(daily|import|manual|restore)\\.sqlite$"));
    return re;
}

QString reasonName(BackupService::Reason reason)
{
    switch (reason) {
    case BackupService::Reason::Daily:
        return QStringLiteral("daily");
    case BackupService::Reason::Import:
        return QStringLiteral("import");
    case BackupService::Reason::Manual:
        return QStringLiteral("manual");
    case BackupService::Reason::Restore:
        return QStringLiteral("restore");
    }
    return QStringLiteral("manual");
}

// The file size limit of this process when `file` has (nearly) reached it, or the copy of `expected` bytes
// would; 0 otherwise. (A failed copy is rolled back: the file may be empty again when this is asked.)
qint64 fileSizeLimitReached(const QString& file, qint64 expected)
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_FSIZE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return 0;
    const qint64 max = qint64(limit.rlim_cur);
    constexpr qint64 margin = 64 * 1024;
    if (expected + margin >= max)
        return max;
    for (const char* suffix : {"", "-journal"}) {
        if (QFileInfo(file + QLatin1String(suffix)).size() + margin >= max)
            return max;
    }
#else
    Q_UNUSED(file);
    Q_UNUSED(expected);
#endif
    return 0;
}

void removeCopy(const QString& file)
{
    QFile::remove(file);
    QFile::remove(file + QStringLiteral("-journal"));
}

// A folder of our own, readable by the owner only.
bool makePrivateFolder(const QString& folder)
{
    if (!QFileInfo(folder).isDir()) {
#ifdef Q_OS_UNIX
        if (::mkdir(QFile::encodeName(folder).constData(), 0700) != 0 && !QFileInfo(folder).isDir())
            return false;
#else
        if (!QDir().mkpath(folder))
            return false;
#endif
    }
    QFile::setPermissions(folder, kOwnerOnly | QFileDevice::ExeOwner);
    return true;
}

// Writes the file's data to the disk (the copy was written without syncs).
bool syncFile(const QString& path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return true;
#endif
}

BackupEntry entryOf(const QString& path, const QDateTime& created, const QString& reason)
{
    BackupEntry e;
    e.path = path;
    e.created = created;
    e.size = QFileInfo(path).size();
    e.reason = reason;
    e.verified = true;
    return e;
}
} // namespace

BackupService::BackupService(CaseDatabase& db)
    : m_db(db)
{}

void BackupService::setCopyHookForTests(std::function<void(const QString&)> hook)
{
    copyHook() = std::move(hook);
}

QString BackupService::folderOf(const QString& databasePath)
{
    return QFileInfo(databasePath).absoluteFilePath() + QStringLiteral(".backups");
}

QList<BackupEntry> BackupService::list(const QString& databasePath)
{
    const QDir folder(folderOf(databasePath));
    QList<BackupEntry> out;
    const QStringList names = folder.entryList(QDir::Files, QDir::Name | QDir::Reversed);
    for (const QString& name : names) {
        const QRegularExpressionMatch m = namePattern().match(name);
        if (!m.hasMatch())
            continue;
        QDateTime created = QDateTime::fromString(m.captured(1), QStringLiteral("yyyyMMdd-HHmmss"));
        created.setTimeSpec(Qt::UTC);
        out << entryOf(folder.filePath(name), created, m.captured(3));
    }
    // By time, then by the counter of one second ("-2" after none): the names' order, newest first.
    std::stable_sort(out.begin(), out.end(), [](const BackupEntry& a, const BackupEntry& b) {
        if (a.created != b.created)
            return a.created > b.created;
        const auto counter = [](const BackupEntry& e) {
            return namePattern().match(QFileInfo(e.path).fileName()).captured(2).toInt();
        };
        return counter(a) > counter(b);
    });
    return out;
}

QList<BackupEntry> BackupService::list() const
{
    return list(m_db.path());
}

int BackupService::keep() const
{
    bool ok = false;
    const int n = m_db.setting(kSettingKeep).toInt(&ok);
    return ok && n >= 1 && n <= kMaxKeep ? n : kDefaultKeep;
}

Status BackupService::setKeep(int count)
{
    if (count < 1 || count > kMaxKeep)
        return Status::failure(tr("Between 1 and %1 backups can be kept.").arg(kMaxKeep));
    return m_db.setSetting(kSettingKeep, QString::number(count));
}

QString BackupService::failureClause(int code, const QString& file, qint64 expectedBytes)
{
    const QString where = QDir::toNativeSeparators(QFileInfo(file).absolutePath());
    switch (code & 0xff) {
    case SQLITE_FULL:
    case SQLITE_IOERR:
        if (const qint64 limit = fileSizeLimitReached(file, expectedBytes); limit > 0)
            return tr("this program may not write files larger than %1 (a limit set on this computer)")
                .arg(QLocale().formattedDataSize(limit, 0, QLocale::DataSizeTraditionalFormat));
        if ((code & 0xff) == SQLITE_FULL)
            return tr("the disk holding %1 is full; free some space and try again").arg(where);
        return tr("the disk could not write in %1 (an input/output error)").arg(where);
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
    case SQLITE_AUTH:
        return tr("the folder %1 is read-only or cannot be created").arg(where);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return tr("the copy failed SQLite's integrity check and was deleted (the database itself may be "
                  "damaged)");
    case SQLITE_NOMEM:
        return tr("there is not enough memory");
    default:
        return tr("SQLite error %1 on writing in %2").arg(QString::number(code), where);
    }
}

Status BackupService::writeVerified(const QString& temporary)
{
    sqlite3* source = BackupFile::handleOf(m_db.sql());
    if (!source || m_db.inTransaction())
        return Status::failure(tr("the database is in the middle of a change"));
    removeCopy(temporary); // a leftover of a program that was killed
    int code = SQLITE_OK;
    {
        Result<std::unique_ptr<BackupFile>> copy =
            BackupFile::open(temporary, BackupFile::Mode::Create, &code, m_db.key());
        if (!copy) {
            removeCopy(temporary);
            return Status::failure(failureClause(code, temporary, 0));
        }
        // The copy is a new file that gets its name only once checked: no journal and no sync while it is
        // written (a crash leaves a .partial file that the next backup deletes); one fsync at the end.
        copy.value()->exec("PRAGMA journal_mode = OFF");
        copy.value()->exec("PRAGMA synchronous = OFF");
        QElapsedTimer timer;
        timer.start();
        code = BackupFile::copy(source, copy.value()->handle());
        // A single file (the database's WAL mode is not copied): nothing else to carry along.
        if (code == SQLITE_OK)
            code = copy.value()->exec("PRAGMA journal_mode = DELETE");
        const int closed = copy.value()->close();
        if (code == SQLITE_OK)
            code = closed;
        if (code == SQLITE_OK && !syncFile(temporary))
            code = SQLITE_IOERR;
        m_copyMs = double(timer.nsecsElapsed()) / 1e6;
    }
    if (code == SQLITE_OK && copyHook())
        copyHook()(temporary);
    if (code == SQLITE_OK) {
        QElapsedTimer timer;
        timer.start();
        Result<std::unique_ptr<BackupFile>> check =
            BackupFile::open(temporary, BackupFile::Mode::ReadOnly, &code, m_db.key());
        if (check) {
            // The check reads every page several times: through memory, not one read call each.
            check.value()->exec("PRAGMA mmap_size = 4294967296");
            check.value()->exec("PRAGMA cache_size = -65536");
            QString problem;
            code = check.value()->integrityCheck(&problem);
            if (code != SQLITE_OK)
                qWarning().noquote() << "Backup" << temporary << "failed the integrity check:" << problem;
        }
        m_checkMs = double(timer.nsecsElapsed()) / 1e6;
    }
    if (code != SQLITE_OK) {
        const QString clause = failureClause(code, temporary,
                                             QFileInfo(m_db.path()).size() +
                                                 QFileInfo(m_db.path() + QStringLiteral("-wal")).size());
        removeCopy(temporary);
        return Status::failure(clause);
    }
    QFile::setPermissions(temporary, kOwnerOnly);
    return {};
}

Result<BackupEntry> BackupService::backup(Reason reason)
{
    Result<BackupEntry> made = make(reason);
    if (!made)
        return Result<BackupEntry>::failure(tr("No backup could be made: %1.").arg(made.error()));
    return made;
}

Result<BackupEntry> BackupService::make(Reason reason)
{
    using R = Result<BackupEntry>;
    const QString folder = folderOf(m_db.path());
    if (!makePrivateFolder(folder))
        return R::failure(failureClause(SQLITE_CANTOPEN, QDir(folder).filePath(QStringLiteral("x"))));
    const QDateTime now = m_db.clock().now().toUTC();
    const QString stamp = now.toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString why = reasonName(reason);
    const QDir dir(folder);
    // Copies left half-written by a program that was killed (no other program has the database open).
    for (const QString& left : dir.entryList({QStringLiteral(".*.partial*")}, QDir::Files | QDir::Hidden))
        QFile::remove(dir.filePath(left));
    QString name = stamp + QLatin1Char('-') + why + QStringLiteral(".sqlite");
    // Two in one second: "-2", "-3", … after the time (whatever their reasons).
    if (!dir.entryList({stamp + QStringLiteral("-*.sqlite")}, QDir::Files).isEmpty()) {
        for (int n = 2;; ++n) {
            if (dir.entryList({QStringLiteral("%1-%2-*.sqlite").arg(stamp).arg(n)}, QDir::Files).isEmpty()) {
                name = QStringLiteral("%1-%2-%3.sqlite").arg(stamp).arg(n).arg(why);
                break;
            }
        }
    }
    const QString final = dir.filePath(name);
    const QString temporary = dir.filePath(QLatin1Char('.') + name + QStringLiteral(".partial"));
    if (Status s = writeVerified(temporary); !s)
        return R::failure(s.error());
    if (!QFile::rename(temporary, final)) {
        removeCopy(temporary);
        return R::failure(failureClause(SQLITE_CANTOPEN, final));
    }
    QDateTime created = QDateTime::fromString(stamp, QStringLiteral("yyyyMMdd-HHmmss"));
    created.setTimeSpec(Qt::UTC);
    // Only now, with the new copy checked and in place, do the oldest go.
    prune();
    return entryOf(final, created, why);
}

Result<BackupEntry> BackupService::backupTo(const QString& file)
{
    using R = Result<BackupEntry>;
    const QFileInfo target(file);
    const QString database = QFileInfo(m_db.path()).canonicalFilePath();
    const QString same = target.exists() ? target.canonicalFilePath() : target.absoluteFilePath();
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".lock"}) {
        if (same == database + QLatin1String(suffix))
            return R::failure(
                tr("The backup cannot be written over the database itself; name another file."));
    }
    if (target.isDir())
        return R::failure(
            tr("%1 is a folder; name the file of the backup.").arg(QDir::toNativeSeparators(file)));
    if (!target.absoluteDir().exists())
        return R::failure(
            tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(target.absolutePath())));
    const QString temporary =
        target.absoluteDir().filePath(QLatin1Char('.') + target.fileName() + QStringLiteral(".partial"));
    if (Status s = writeVerified(temporary); !s)
        return R::failure(tr("No backup could be made: %1.").arg(s.error()));
#ifdef Q_OS_UNIX
    // rename(2) replaces an existing file in one step: FILE is always the old copy or the new one.
    const bool renamed = ::rename(QFile::encodeName(temporary).constData(),
                                  QFile::encodeName(target.absoluteFilePath()).constData()) == 0;
#else
    QFile::remove(target.absoluteFilePath());
    const bool renamed = QFile::rename(temporary, target.absoluteFilePath());
#endif
    if (!renamed) {
        removeCopy(temporary);
        return R::failure(tr("No backup could be made: %1.")
                              .arg(failureClause(SQLITE_CANTOPEN, target.absoluteFilePath())));
    }
    return entryOf(target.absoluteFilePath(), m_db.clock().now().toUTC(), QString());
}

Status BackupService::beforeImport()
{
    Result<BackupEntry> made = make(Reason::Import);
    if (!made)
        return Status::failure(
            tr("Nothing was imported, because the backup made before every import failed: %1.")
                .arg(made.error()));
    return {};
}

Result<std::optional<BackupEntry>> BackupService::dailyIfDue()
{
    using R = Result<std::optional<BackupEntry>>;
    const QList<BackupEntry> all = list();
    const QDateTime now = m_db.clock().now().toUTC();
    if (!all.isEmpty() && all.first().created.addDays(1) > now)
        return R(std::nullopt);
    Result<BackupEntry> made = backup(Reason::Daily);
    if (!made)
        return R::failure(made.error());
    return R(std::optional<BackupEntry>(made.value()));
}

void BackupService::prune()
{
    const QList<BackupEntry> all = list();
    const int n = keep();
    for (qsizetype i = n; i < all.size(); ++i)
        removeCopy(all.at(i).path);
}
