#include "DatabaseLock.h"

#include "CaseDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QMutexLocker>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#else
#include <QLockFile>
#endif

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DatabaseLock", text);
}

// The locks this process holds, by canonical database path: one descriptor (or QLockFile) and a count.
struct Held
{
#ifdef Q_OS_UNIX
    int fd = -1;
#else
    std::shared_ptr<QLockFile> file;
#endif
    int references = 0;
};

QMutex& registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, Held>& registry()
{
    static QHash<QString, Held> held;
    return held;
}

enum class Outcome
{
    Locked,
    HeldElsewhere,
    ReadOnlyFolder,
    NoLocking,
    Failed
};

#ifdef Q_OS_UNIX
// Opens the lock file (created readable by the owner only) and takes the flock lock without waiting.
Outcome lockFile(const QString& lockPath, Held& held)
{
    const QByteArray native = QFile::encodeName(lockPath);
    bool writable = true;
    int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0 && (errno == EACCES || errno == EPERM || errno == EROFS)) {
        const int created = errno;
        // An existing lock file we may only read still locks: flock needs no write access.
        fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
        writable = false;
        if (fd < 0)
            errno = created;
    }
    if (fd < 0) {
        // A lock file that is there but not ours to open says nothing about the folder.
        const bool denied = errno == EACCES || errno == EPERM || errno == EROFS;
        return denied && !QFileInfo::exists(lockPath) ? Outcome::ReadOnlyFolder : Outcome::Failed;
    }
    int r;
    do {
        r = ::flock(fd, LOCK_EX | LOCK_NB);
    } while (r != 0 && errno == EINTR);
    if (r != 0) {
        const int why = errno;
        ::close(fd);
        return why == EWOULDBLOCK ? Outcome::HeldElsewhere
               : why == ENOLCK    ? Outcome::NoLocking
                                  : Outcome::Failed;
    }
    if (writable) {
        // Who holds it, for a person who looks at the file; nothing reads it.
        const QByteArray who = QByteArray::number(qint64(::getpid())) + ' ' +
                               QCoreApplication::applicationName().toUtf8() + '\n';
        if (::ftruncate(fd, 0) == 0 && ::write(fd, who.constData(), size_t(who.size())) < 0) {
            // Not needed for the lock.
        }
    }
    held.fd = fd;
    return Outcome::Locked;
}

void unlockFile(Held& held)
{
    ::flock(held.fd, LOCK_UN);
    ::close(held.fd);
    held.fd = -1;
}

bool lockedByOther(const QString& lockPath)
{
    const int fd = ::open(QFile::encodeName(lockPath).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool other = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd); // our own descriptor of the lock file: closing it releases only what it took
    return other;
}
#else
Outcome lockFile(const QString& lockPath, Held& held)
{
    auto file = std::make_shared<QLockFile>(lockPath);
    file->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (file->tryLock(0)) {
        held.file = file;
        return Outcome::Locked;
    }
    switch (file->error()) {
    case QLockFile::LockFailedError:
        return Outcome::HeldElsewhere;
    case QLockFile::PermissionError:
        return Outcome::ReadOnlyFolder;
    default:
        return Outcome::Failed;
    }
}

void unlockFile(Held& held)
{
    held.file->unlock();
    held.file.reset();
}

bool lockedByOther(const QString& lockPath)
{
    QLockFile file(lockPath);
    file.setStaleLockTime(0);
    if (file.tryLock(0)) {
        file.unlock();
        return false;
    }
    return file.error() == QLockFile::LockFailedError;
}
#endif
} // namespace

DatabaseLock::DatabaseLock(QString canonicalPath)
    : m_path(std::move(canonicalPath))
{}

DatabaseLock::~DatabaseLock()
{
    const QMutexLocker locker(&registryMutex());
    auto it = registry().find(m_path);
    if (it == registry().end())
        return;
    if (--it->references > 0)
        return;
    unlockFile(*it);
    registry().erase(it);
}

QString DatabaseLock::canonicalPath(const QString& databasePath)
{
    const QFileInfo info(databasePath);
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        return canonical;
    // Not created yet: the folder's canonical path and the file name.
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return (folder.isEmpty() ? info.absolutePath() : folder) + QLatin1Char('/') + info.fileName();
}

QString DatabaseLock::lockFilePath(const QString& databasePath)
{
    return canonicalPath(databasePath) + QStringLiteral(".lock");
}

QString DatabaseLock::heldElsewhereSentence(const QString& databasePath)
{
    return tr("The database %1 is open in another Shouhu window or program; close it there first "
              "(nothing was changed).")
        .arg(QDir::toNativeSeparators(databasePath));
}

Result<std::unique_ptr<DatabaseLock>> DatabaseLock::acquire(const QString& databasePath)
{
    using R = Result<std::unique_ptr<DatabaseLock>>;
    const QString path = canonicalPath(databasePath);
    const QMutexLocker locker(&registryMutex());
    auto it = registry().find(path);
    if (it == registry().end()) {
        Held held;
        switch (lockFile(path + QStringLiteral(".lock"), held)) {
        case Outcome::Locked:
            break;
        case Outcome::HeldElsewhere:
            return R::failure(heldElsewhereSentence(databasePath));
        case Outcome::ReadOnlyFolder:
            return R::failure(CaseDatabase::readOnlyFolderSentence(databasePath));
        case Outcome::NoLocking:
            return R::failure(tr("The folder of %1 does not allow Shouhu to lock the database (a network "
                                 "drive?); keep the database on this computer's own disk.")
                                  .arg(QDir::toNativeSeparators(databasePath)));
        case Outcome::Failed:
            return R::failure(tr("The database %1 cannot be opened: its lock file %2 cannot be created or "
                                 "opened (check its permissions).")
                                  .arg(QDir::toNativeSeparators(databasePath),
                                       QDir::toNativeSeparators(path + QStringLiteral(".lock"))));
        }
        it = registry().insert(path, held);
    }
    ++it->references;
    return std::unique_ptr<DatabaseLock>(new DatabaseLock(path));
}

bool DatabaseLock::isHeldElsewhere(const QString& databasePath)
{
    const QString path = canonicalPath(databasePath);
    const QMutexLocker locker(&registryMutex());
    if (registry().contains(path))
        return false;
    return lockedByOther(path + QStringLiteral(".lock"));
}

QStringList DatabaseLock::heldDatabases()
{
    const QMutexLocker locker(&registryMutex());
    return registry().keys();
}
