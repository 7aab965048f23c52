#include "CaseDatabase.h"
#include "NameIndex.h"

#include "DatabaseEncryption.h"
#include "DatabaseKeyRing.h"
#include "DatabaseLock.h"
#include "SchemaMigrator.h"
#include "SqlCipherDriver.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("CaseDatabase", text);
}
QAtomicInt g_connections;

// SQLite's result codes (sqlite3.h; the Qt driver reports the extended ones as the native error code).
enum : int
{
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteNoMem = 7,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteNotADb = 26,
    SqliteReadOnlyDbMoved = SqliteReadOnly | (4 << 8),
    SqliteReadOnlyDirectory = SqliteReadOnly | (6 << 8),
};

// The file size limit of this process (RLIMIT_FSIZE) when the database or its journal has reached it (a write
// past the limit fails with EFBIG, or writes short up to it); 0 otherwise.
qint64 fileSizeLimitReached(const QString& path)
{
#ifdef Q_OS_UNIX
    rlimit limit{};
    if (getrlimit(RLIMIT_FSIZE, &limit) != 0 || limit.rlim_cur == RLIM_INFINITY)
        return 0;
    const qint64 max = qint64(limit.rlim_cur);
    // A write of one WAL frame (a page and its header) or more would have crossed it.
    constexpr qint64 margin = 64 * 1024;
    for (const char* suffix : {"", "-wal", "-journal"}) {
        if (QFileInfo(path + QLatin1String(suffix)).size() + margin >= max)
            return max;
    }
#else
    Q_UNUSED(path);
#endif
    return 0;
}

// The records describe minors: the database and its -wal and -shm files are readable by the owner only
// (0600). SQLite gives the -wal and -shm files the permissions of the database file, so the file is made
// (empty: a new database to SQLite) or narrowed before SQLite opens it. An existing file only loses the
// rights of group and others (a read-only file stays read-only).
void makeOwnerOnly(const QString& path)
{
#ifdef Q_OS_UNIX
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd >= 0) {
        ::close(fd);
        return;
    }
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QByteArray file = native + suffix;
        struct stat st
        {};
        if (::stat(file.constData(), &st) == 0 && (st.st_mode & 077) != 0)
            ::chmod(file.constData(), st.st_mode & 0700);
    }
#else
    Q_UNUSED(path);
#endif
}

QString fileSizeLimitSentence(qint64 limit)
{
    return QCoreApplication::translate(
               "CaseDatabase", "Nothing was saved: this program may not write files larger than %1 (a "
                               "limit set on this computer); ask for the limit to be raised.")
        .arg(QLocale().formattedDataSize(limit, 0, QLocale::DataSizeTraditionalFormat));
}
} // namespace

CaseDatabase::CaseDatabase(QString path, QString connection, const Clock& clock)
    : m_path(std::move(path))
    , m_connection(std::move(connection))
    , m_clock(&clock)
    , m_hlc(clock)
{}

CaseDatabase::~CaseDatabase()
{
    if (m_db.isOpen()) {
        if (m_depth > 0)
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connection);
}

QString CaseDatabase::defaultPath()
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (dir.isEmpty())
        dir = QDir::homePath() + QStringLiteral("/.shouhu");
    return dir + QStringLiteral("/shouhu.sqlite");
}

Result<std::unique_ptr<CaseDatabase>> CaseDatabase::open(const QString& path, const Clock& clock,
                                                         int targetVersion)
{
    using R = Result<std::unique_ptr<CaseDatabase>>;
    const QFileInfo info(path);
    const bool newFolder = !QFileInfo(info.absolutePath()).isDir();
    if (!QDir().mkpath(info.absolutePath()))
        return R::failure(
            tr("The folder %1 cannot be created.").arg(QDir::toNativeSeparators(info.absolutePath())));
    if (newFolder) // a folder of ours (the data folder): the owner's only; a folder the user chose is left
                   // alone
        QFile::setPermissions(info.absolutePath(),
                              QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    // Before SQLite opens the file: a second process must not touch it at all (not even to recover a WAL).
    Result<std::unique_ptr<DatabaseLock>> lock = DatabaseLock::acquire(info.absoluteFilePath());
    if (!lock)
        return R::failure(lock.error());
    // SQLite would open a read-only file for reading (and make read-only -wal and -shm files next to it), and
    // the first save would fail: say so now. (access(2): root, ACLs, read-only mounts and the immutable
    // attribute count as they do for the write.)
    if (info.exists() && !info.isWritable())
        return R::failure(readOnlyFileSentence(info.absoluteFilePath()));
    if (QFileInfo(info.absolutePath()).isWritable() || info.exists())
        makeOwnerOnly(info.absoluteFilePath());
    const QString connection = QStringLiteral("shouhu-%1").arg(g_connections.fetchAndAddRelaxed(1));
    std::unique_ptr<CaseDatabase> db(new CaseDatabase(info.absoluteFilePath(), connection, clock));
    db->m_lock = std::move(lock.value());
    const bool encrypted = DatabaseEncryption::isEncrypted(db->m_path);
    if (encrypted) {
        db->m_key = DatabaseKeyRing::find(db->m_path);
        if (!db->m_key)
            return R::failure(DatabaseEncryption::passphraseNeededSentence(db->m_path));
    }
    db->m_db = SqlCipherDriver::addConnection(connection);
    db->m_db.setDatabaseName(db->m_path);
    if (!db->m_db.open())
        return R::failure(db->errorSentence(db->m_db.lastError()));
    QSqlQuery q(db->m_db);
    // The key before anything reads the file; temporary tables and sorts stay in memory (never a plain
    // temporary file).
    if (db->m_key)
        q.exec(QStringLiteral("PRAGMA key = ") + QString::fromLatin1(db->m_key->sqlLiteral()));
    q.exec(QStringLiteral("PRAGMA temp_store = MEMORY"));
    q.exec(QStringLiteral("PRAGMA busy_timeout = 5000"));
    // The first read: a file that is not SQLite, a damaged one, a wrong key, or a folder where the -wal and
    // -shm files cannot be created fails here.
    if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL"))) {
        if (encrypted && (q.lastError().nativeErrorCode().toInt() & 0xff) == SqliteNotADb)
            return R::failure(DatabaseEncryption::wrongPassphraseSentence(db->m_path));
        return R::failure(db->errorSentence(q.lastError()));
    }
    q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    q.exec(QStringLiteral("PRAGMA synchronous = FULL"));
    q.exec(QStringLiteral("PRAGMA cache_size = -16000"));
    if (Status s = SchemaMigrator::migrate(db->m_db, targetVersion); !s)
        return R::failure(s.error());
    if (Status s = db->loadState(); !s)
        return R::failure(s.error());
    return db;
}

QString CaseDatabase::readOnlyFolderSentence(const QString& path)
{
    return tr("The folder %1 is read-only: Shouhu must create files next to the database there; move the "
              "database to a folder you may write to.")
        .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
}

QString CaseDatabase::readOnlyFileSentence(const QString& path)
{
    return tr("The database file %1 is read-only, so nothing can be saved in it; make it writable (check its "
              "permissions) or work on a copy in a folder of your own.")
        .arg(QDir::toNativeSeparators(path));
}

QString CaseDatabase::errorSentence(const QSqlError& error, const QString& path)
{
    bool known = false;
    const int code = error.nativeErrorCode().toInt(&known);
    // The detail for whoever reads the log; the user gets the sentence.
    qWarning().noquote() << "SQLite error" << error.nativeErrorCode() << "on" << path << ":" << error.text();
    const QString name = QDir::toNativeSeparators(path);
    const bool folderWritable = QFileInfo(QFileInfo(path).absolutePath()).isWritable();
    if (!known)
        return tr("The database %1 could not carry out the request.").arg(name);
    switch (code) {
    case SqliteReadOnlyDirectory:
        return readOnlyFolderSentence(path);
    case SqliteReadOnlyDbMoved:
        return tr("The database file %1 was moved or deleted while it was open; start Shouhu again.")
            .arg(name);
    default:
        break;
    }
    switch (code & 0xff) {
    case SqliteReadOnly:
        return folderWritable ? readOnlyFileSentence(path) : readOnlyFolderSentence(path);
    case SqliteCantOpen:
        if (!folderWritable)
            return readOnlyFolderSentence(path);
        return tr("The database %1 cannot be opened; check that the file and its folder exist and that you "
                  "may "
                  "read and write them.")
            .arg(name);
    case SqliteFull:
        if (const qint64 limit = fileSizeLimitReached(path); limit > 0)
            return fileSizeLimitSentence(limit);
        return tr("Nothing was saved: the disk holding %1 is full; free some space and try again.").arg(name);
    case SqliteIoErr:
        if (const qint64 limit = fileSizeLimitReached(path); limit > 0)
            return fileSizeLimitSentence(limit);
        return tr("The disk could not read or write the database %1 (an input/output error); check the disk, "
                  "then try again.")
            .arg(name);
    case SqliteNotADb:
        return tr("The file %1 is not a Shouhu database.").arg(name);
    case SqliteCorrupt:
        return tr("The database %1 is damaged; restore it from the latest backup copy.").arg(name);
    case SqliteBusy:
    case SqliteLocked:
        return tr("The database %1 is busy in another program; try again in a moment.").arg(name);
    case SqliteNoMem:
        return tr("There is not enough memory to work on the database %1; close other programs and try "
                  "again.")
            .arg(name);
    default:
        return tr("The database %1 could not carry out the request (SQLite error %2).")
            .arg(name, QString::number(code));
    }
}

int CaseDatabase::schemaVersion()
{
    return SchemaMigrator::versionOf(m_db);
}

Status CaseDatabase::loadState()
{
    QSqlQuery q(m_db);
    m_nameIndex = schemaVersion() >= 8;
    // The clock this station has reached, so that a lagging system clock shows right after opening.
    if (q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'hlc'")) && q.next())
        m_hlc.observe(q.value(0).toLongLong());
    m_clockResets = setting(QStringLiteral("clock_resets"));
    if (q.exec(QStringLiteral("SELECT id, role, area_code, name, operator, is_demo FROM station LIMIT 1")) &&
        q.next()) {
        m_station = StationInfo{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                q.value(3).toString(), q.value(4).toString(), q.value(5).toBool()};
    }
    return {};
}

Status CaseDatabase::initStation(const StationInfo& info)
{
    if (m_station)
        return Status::failure(
            tr("This database already belongs to the station \"%1\".").arg(m_station->name));
    if (Status s = begin(); !s)
        return s;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO station (id, role, area_code, name, operator, is_demo, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(info.id);
    q.addBindValue(info.role);
    q.addBindValue(info.areaCode);
    q.addBindValue(info.name);
    q.addBindValue(info.operatorName.isNull() ? QStringLiteral("") : info.operatorName);
    q.addBindValue(info.isDemo ? 1 : 0);
    q.addBindValue(m_clock->now().toString(Qt::ISODateWithMs));
    if (!q.exec()) {
        rollback();
        return Status::failure(errorSentence(q.lastError()));
    }
    if (Status s = commit(); !s)
        return s;
    m_station = info;
    return {};
}

Status CaseDatabase::setOperatorName(const QString& name)
{
    if (!m_station)
        return Status::failure(tr("Set up the station first."));
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE station SET operator = ?"));
    q.addBindValue(name.isNull() ? QStringLiteral("") : name);
    if (!q.exec())
        return Status::failure(errorSentence(q.lastError()));
    m_station->operatorName = name;
    return {};
}

QString CaseDatabase::setting(const QString& key, const QString& fallback) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM setting WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return fallback;
}

Status CaseDatabase::writeClock()
{
    if (Status s = setSetting(QStringLiteral("hlc"), QString::number(m_hlc.last())); !s)
        return s;
    return setSetting(QStringLiteral("seq"), QString::number(m_seq));
}

Status CaseDatabase::setSetting(const QString& key, const QString& value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO setting (key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return Status::failure(errorSentence(q.lastError()));
    return {};
}

ClassifierSettings CaseDatabase::classifierSettings() const
{
    ClassifierSettings s;
    s.monthsAwayThreshold =
        setting(QStringLiteral("months_away_threshold"), QString::number(s.monthsAwayThreshold)).toInt();
    s.requireCrossCounty =
        setting(QStringLiteral("require_cross_county"),
                s.requireCrossCounty ? QStringLiteral("1") : QStringLiteral("0")) == QLatin1String("1");
    bool ok = false;
    const int minMonths = setting(QStringLiteral("unsupported_min_months")).toInt(&ok);
    if (ok && minMonths >= 0 && minMonths <= 60)
        s.unsupportedMinMonths = minMonths;
    s.illChildInDifficulty = setting(QStringLiteral("ill_child_in_difficulty")) == QLatin1String("1");
    const int overAge = setting(QStringLiteral("over_age_years")).toInt(&ok);
    if (ok && overAge >= 6 && overAge <= 18)
        s.overAgeYears = overAge;
    return s;
}

Status CaseDatabase::begin()
{
    if (m_depth++ > 0)
        return {};
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
        m_depth = 0;
        return Status::failure(errorSentence(q.lastError()));
    }
    m_failed = false;
    // The clock and sequence are read inside the write lock, so two programs on one file never reuse them.
    // After a clock repair by another connection the stored clock is the truth, also when it is behind this
    // connection's.
    q.exec(QStringLiteral("SELECT key, value FROM setting WHERE key IN ('hlc', 'seq', 'clock_resets')"));
    qint64 stored = 0;
    QString resets;
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (key == QLatin1String("hlc"))
            stored = q.value(1).toLongLong();
        else if (key == QLatin1String("seq"))
            m_seq = std::max(m_seq, q.value(1).toLongLong());
        else
            resets = q.value(1).toString();
    }
    if (resets != m_clockResets) {
        m_clockResets = resets;
        m_hlc.reset(stored);
    } else {
        m_hlc.observe(stored);
    }
    return {};
}

Status CaseDatabase::commit()
{
    if (m_depth <= 0)
        return {};
    if (--m_depth > 0)
        return {};
    if (m_failed) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return Status::failure(tr("The change was not saved because part of it failed."));
    }
    // Names written in this transaction get their pinyin and sort key (a no-op on older schema versions,
    // open only in migration tests).
    if (m_nameIndex) {
        if (Status s = NameIndex(*this).refreshStale(); !s) {
            QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
            return s;
        }
    }
    if (Status s = writeClock(); !s) {
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return s;
    }
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("COMMIT"))) {
        const QString why = errorSentence(q.lastError());
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
        return Status::failure(why);
    }
    return {};
}

void CaseDatabase::rollback()
{
    if (m_depth <= 0)
        return;
    if (--m_depth > 0) {
        m_failed = true;
        return;
    }
    QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    // What was read from the file is the truth again.
    QSqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT value FROM setting WHERE key = 'seq'"));
    m_seq = q.next() ? q.value(0).toLongLong() : 0;
}

Status CaseDatabase::resetClock(qint64 hlc)
{
    if (m_depth <= 0)
        return Status::failure(tr("The change was not saved because part of it failed."));
    m_clockResets = QString::number(m_clockResets.toLongLong() + 1);
    if (Status s = setSetting(QStringLiteral("clock_resets"), m_clockResets); !s)
        return s;
    m_hlc.reset(hlc);
    return {};
}

Stamp CaseDatabase::nextStamp()
{
    return Stamp{m_hlc.tick(), m_station ? m_station->id : QString()};
}

qint64 CaseDatabase::nextSeq()
{
    return ++m_seq;
}
