// One process per database (DatabaseLock), and the one true sentence CaseDatabase says when the database
// cannot be used: a read-only file or folder, a full disk, a file that is not a database, a damaged one.
#include "TestDatabase.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseQuery.h"
#include "storage/DatabaseLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <linux/fs.h>
#include <sys/file.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {
const QDateTime kNow(QDate(2026, 11, 28), QTime(9, 0));

// What another process sees of the lock file: whether it could take the flock lock itself. The child is
// forked and does nothing but open, flock and _exit (no Qt, no SQLite in the child).
bool anotherProcessCanLock(const QString& lockPath)
{
    const QByteArray path = QFile::encodeName(lockPath);
    const pid_t pid = fork();
    if (pid == 0) {
        const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            _exit(2);
        _exit(::flock(fd, LOCK_EX | LOCK_NB) == 0 ? 0 : 1);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// Another process that holds the lock until destroyed (a forked child blocked on a pipe).
class OtherHolder final
{
public:
    explicit OtherHolder(const QString& lockPath)
    {
        const QByteArray path = QFile::encodeName(lockPath);
        int ready[2];
        if (pipe(m_release) != 0 || pipe(ready) != 0)
            return;
        m_pid = fork();
        if (m_pid == 0) {
            ::close(m_release[1]);
            ::close(ready[0]);
            const int fd = ::open(path.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
            const char ok = fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0 ? 'y' : 'n';
            if (::write(ready[1], &ok, 1) != 1)
                _exit(3);
            char c;
            while (::read(m_release[0], &c, 1) > 0) {
            }
            _exit(0);
        }
        ::close(m_release[0]);
        ::close(ready[1]);
        char ok = 'n';
        m_locked = ::read(ready[0], &ok, 1) == 1 && ok == 'y';
        ::close(ready[0]);
    }
    ~OtherHolder()
    {
        ::close(m_release[1]);
        if (m_pid > 0)
            waitpid(m_pid, nullptr, 0);
    }
    bool locked() const { return m_locked; }

private:
    int m_release[2] = {-1, -1};
    pid_t m_pid = -1;
    bool m_locked = false;
};

QByteArray fileHash(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Makes a file or folder read-only for this process, and undoes it when destroyed. For a user, chmod; root
// ignores permission bits, so there the immutable attribute (chattr +i), which stops root too. `ok()` is
// false when neither can be had here (a file system without the attribute).
class ReadOnly final
{
public:
    ReadOnly(const QString& path, bool folder)
        : m_path(QFile::encodeName(path))
        , m_folder(folder)
    {
        if (geteuid() != 0) {
            m_ok = ::chmod(m_path.constData(), folder ? 0555 : 0444) == 0;
            return;
        }
        m_ok = setImmutable(true);
    }
    ~ReadOnly()
    {
        if (!m_ok)
            return;
        if (geteuid() != 0)
            ::chmod(m_path.constData(), m_folder ? 0755 : 0644);
        else
            setImmutable(false);
    }
    bool ok() const { return m_ok; }

private:
    bool setImmutable(bool on)
    {
        const int fd = ::open(m_path.constData(), O_RDONLY | O_CLOEXEC | (m_folder ? O_DIRECTORY : 0));
        if (fd < 0)
            return false;
        int flags = 0;
        bool done = ::ioctl(fd, FS_IOC_GETFLAGS, &flags) == 0;
        if (done) {
            flags = on ? (flags | FS_IMMUTABLE_FL) : (flags & ~FS_IMMUTABLE_FL);
            done = ::ioctl(fd, FS_IOC_SETFLAGS, &flags) == 0;
        }
        ::close(fd);
        return done;
    }

    QByteArray m_path;
    bool m_folder;
    bool m_ok = false;
};

// A database with a station and a few settings, closed.
void makeDatabase(const QString& path)
{
    FixedClock clock(kNow);
    auto db = CaseDatabase::open(path, clock);
    QVERIFY2(db.ok(), qPrintable(db.error()));
    QVERIFY(db.value()->initStation({QStringLiteral("0011223344556677"), QStringLiteral("village"),
                                     TestDatabase::kVillage, QStringLiteral("v"), QStringLiteral("op")}));
    QVERIFY(db.value()->setSetting(QStringLiteral("marker"), QStringLiteral("kept")));
}

QString integrity(const QString& path)
{
    FixedClock clock(kNow);
    auto db = CaseDatabase::open(path, clock);
    if (!db)
        return db.error();
    QSqlQuery q(db.value()->sql());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
        return q.lastError().text();
    return q.value(0).toString();
}

// SQLite's own English texts, which must never reach the user.
const QStringList kSqliteTexts{
    QStringLiteral("attempt to write"),  QStringLiteral("readonly database"),
    QStringLiteral("disk is full"),      QStringLiteral("file is not a database"),
    QStringLiteral("malformed"),         QStringLiteral("unable to open"),
    QStringLiteral("Unable to execute"), QStringLiteral("Unable to fetch row"),
    QStringLiteral("disk I/O error"),
};
} // namespace

class TestDatabaseLock final : public QObject
{
    Q_OBJECT

private slots:
    void lockFileNextToTheDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        FixedClock clock(kNow);
        auto db = CaseDatabase::open(path, clock);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        const QString lock = path + QStringLiteral(".lock");
        QCOMPARE(DatabaseLock::lockFilePath(path), QFileInfo(lock).canonicalFilePath());
        QVERIFY(QFileInfo::exists(lock));
        QCOMPARE(QFileInfo(lock).permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
        QVERIFY(!anotherProcessCanLock(lock));
        QVERIFY(DatabaseLock::heldDatabases().contains(QFileInfo(path).canonicalFilePath()));
        db = Result<std::unique_ptr<CaseDatabase>>::failure(QString()); // closed
        QVERIFY(anotherProcessCanLock(lock));
        QVERIFY(DatabaseLock::heldDatabases().isEmpty());
    }

    // The GUI's worker threads and the tests open the same file several times in one process.
    void sharedWithinTheProcess()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        const QString lock = path + QStringLiteral(".lock");
        FixedClock clock(kNow);
        auto first = CaseDatabase::open(path, clock);
        QVERIFY2(first.ok(), qPrintable(first.error()));
        auto second = CaseDatabase::open(path, clock);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QVERIFY(first.value()->setSetting(QStringLiteral("k"), QStringLiteral("from the first")));
        QCOMPARE(second.value()->setting(QStringLiteral("k")), QStringLiteral("from the first"));
        QVERIFY(!DatabaseLock::isHeldElsewhere(path)); // this process is not "another"

        // A connection in a worker thread, as SyncTask and CategoryRefresher open them.
        QString threadError = QStringLiteral("not run");
        QThread* worker = QThread::create([&] {
            auto db = CaseDatabase::open(path, clock);
            threadError = db ? QString() : db.error();
            if (db)
                threadError = db.value()->setSetting(QStringLiteral("k"), QStringLiteral("from a thread"))
                                  ? QString()
                                  : QStringLiteral("not written");
        });
        worker->start();
        worker->wait();
        delete worker;
        QVERIFY2(threadError.isEmpty(), qPrintable(threadError));
        QCOMPARE(first.value()->setting(QStringLiteral("k")), QStringLiteral("from a thread"));

        // The last holder releases the lock, not the first.
        first = Result<std::unique_ptr<CaseDatabase>>::failure(QString());
        QVERIFY(!anotherProcessCanLock(lock));
        second = Result<std::unique_ptr<CaseDatabase>>::failure(QString());
        QVERIFY(anotherProcessCanLock(lock));
    }

    // The corruption of issue 11: a file dialog opened and closed the database's files in the GUI process,
    // which drops every POSIX lock SQLite held. The flock lock stays.
    void closingTheDatabaseElsewhereKeepsTheLock()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.sqlite"));
        FixedClock clock(kNow);
        auto db = CaseDatabase::open(path, clock);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QVERIFY(db.value()->setSetting(QStringLiteral("k"), QStringLiteral("v")));
        for (const char* suffix : {"", "-wal", "-shm", ".lock"}) {
            QFile peek(path + QLatin1String(suffix));
            QVERIFY2(peek.open(QIODevice::ReadOnly), suffix);
            peek.read(64);
            peek.close();
        }
        QVERIFY(!anotherProcessCanLock(path + QStringLiteral(".lock")));
        QVERIFY(db.value()->setSetting(QStringLiteral("k"), QStringLiteral("still works")));
    }

    void refusedWhileAnotherProcessHoldsIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.sqlite"));
        makeDatabase(path);
        const QByteArray before = fileHash(path);
        {
            OtherHolder other(path + QStringLiteral(".lock"));
            QVERIFY(other.locked());
            QVERIFY(DatabaseLock::isHeldElsewhere(path));
            FixedClock clock(kNow);
            auto db = CaseDatabase::open(path, clock);
            QVERIFY(!db);
            QCOMPARE(db.error(), DatabaseLock::heldElsewhereSentence(QFileInfo(path).absoluteFilePath()));
            QVERIFY(db.error().contains(QStringLiteral("open in another Shouhu window or program")));
            // SQLite never touched the file: no WAL recovered, no -wal or -shm made.
            QCOMPARE(fileHash(path), before);
            QVERIFY(!QFileInfo::exists(path + QStringLiteral("-wal")));
            QVERIFY(!QFileInfo::exists(path + QStringLiteral("-shm")));
            // The same through another name of the file.
            QVERIFY(QFile::link(path, dir.filePath(QStringLiteral("link.sqlite"))));
            QVERIFY(!CaseDatabase::open(dir.filePath(QStringLiteral("link.sqlite")), clock));
        }
        QVERIFY(!DatabaseLock::isHeldElsewhere(path));
        QCOMPARE(integrity(path), QStringLiteral("ok"));
    }

    void newDatabaseNotCreatedWhileLocked()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("new.sqlite"));
        OtherHolder other(path + QStringLiteral(".lock"));
        QVERIFY(other.locked());
        FixedClock clock(kNow);
        QVERIFY(!CaseDatabase::open(path, clock));
        QVERIFY(!QFileInfo::exists(path));
    }

    // Point 6 of the task: each failure gets its own true sentence, and nothing of SQLite's English text.
    void messages_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QTest::addRow("read-only file")
            << QStringLiteral("read-only file") << QStringLiteral("The database file %1 is read-only");
        QTest::addRow("read-only folder, new database")
            << QStringLiteral("read-only folder, new") << QStringLiteral("The folder %2 is read-only");
        QTest::addRow("read-only folder, no lock file yet")
            << QStringLiteral("read-only folder, no lock") << QStringLiteral("The folder %2 is read-only");
        QTest::addRow("read-only folder, lock file there")
            << QStringLiteral("read-only folder, lock") << QStringLiteral("The folder %2 is read-only");
        QTest::addRow("not a database")
            << QStringLiteral("not a database") << QStringLiteral("The file %1 is not a Shouhu database.");
        QTest::addRow("damaged") << QStringLiteral("damaged")
                                 << "The database %1 is damaged; restore it from the latest backup";
        QTest::addRow("disk full (max_page_count)")
            << QStringLiteral("full, page count") << QStringLiteral("the disk holding %1 is full");
        QTest::addRow("disk full (a small tmpfs)")
            << QStringLiteral("full, tmpfs") << QStringLiteral("the disk holding %1 is full");
    }
    void messages()
    {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        QTemporaryDir tmp;
        const QString folder = tmp.filePath(QStringLiteral("station"));
        QVERIFY(QDir().mkpath(folder));
        const QString path = folder + QStringLiteral("/t.sqlite");
        FixedClock clock(kNow);
        std::unique_ptr<ReadOnly> readOnly;
        QString error;
        QString kept; // a value that must survive the failure
        bool mounted = false;
        const auto unmount = qScopeGuard([&] {
            if (mounted)
                ::umount2(QFile::encodeName(folder).constData(), MNT_DETACH);
        });

        if (kind == QLatin1String("read-only file")) {
            makeDatabase(path);
            readOnly = std::make_unique<ReadOnly>(path, false);
        } else if (kind.startsWith(QLatin1String("read-only folder"))) {
            if (!kind.endsWith(QLatin1String("new")))
                makeDatabase(path);
            if (kind.endsWith(QLatin1String("no lock")))
                QVERIFY(QFile::remove(path + QStringLiteral(".lock")));
            readOnly = std::make_unique<ReadOnly>(folder, true);
        } else if (kind == QLatin1String("not a database")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(
                QByteArray("These are the minutes of the village meeting, not a database.\n").repeated(80));
        } else if (kind == QLatin1String("damaged")) {
            makeDatabase(path);
            {
                auto db = CaseDatabase::open(path, clock);
                QVERIFY(db);
                QVERIFY(db.value()->begin());
                for (int i = 0; i < 400; ++i)
                    QVERIFY(db.value()->setSetting(QStringLiteral("filler%1").arg(i), QString(200, u'x')));
                QVERIFY(db.value()->commit());
            }
            // Every page but the first (the schema) overwritten: the tables' pages are garbage.
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            const qint64 size = f.size();
            QVERIFY(size > 8 * 4096);
            QByteArray junk(4096, '\0');
            for (qint64 at = 4096; at < size; at += 4096) {
                for (int i = 0; i < junk.size(); ++i)
                    junk[i] = char((at / 4096 * 131 + i * 7) & 0xff);
                f.seek(at);
                f.write(junk);
            }
        } else if (kind == QLatin1String("full, page count")) {
            makeDatabase(path);
            kept = QStringLiteral("kept");
        } else if (kind == QLatin1String("full, tmpfs")) {
            if (geteuid() != 0)
                QSKIP("a small file system needs root to mount (the max_page_count row covers SQLITE_FULL)");
            if (::mount("tmpfs", QFile::encodeName(folder).constData(), "tmpfs", 0, "size=1m") != 0)
                QSKIP("tmpfs cannot be mounted here (the max_page_count row covers SQLITE_FULL)");
            mounted = true;
            makeDatabase(path);
            kept = QStringLiteral("kept");
        }
        if (readOnly && !readOnly->ok())
            QSKIP("this file system has no way to make a file read-only for root (chattr +i)");

        if (kind.startsWith(QLatin1String("full"))) {
            auto db = CaseDatabase::open(path, clock);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            if (kind.endsWith(QLatin1String("page count"))) {
                QSqlQuery q(db.value()->sql());
                QVERIFY(q.exec(QStringLiteral("PRAGMA page_count")) && q.next());
                QVERIFY(q.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(q.value(0).toInt() + 2)));
            }
            // Saves of 64 KB until the disk is full.
            for (int i = 0; i < 200 && error.isEmpty(); ++i) {
                QVERIFY(db.value()->begin());
                Status s = db.value()->setSetting(QStringLiteral("big%1").arg(i), QString(64 * 1024, u'字'));
                if (s)
                    s = db.value()->commit();
                else
                    db.value()->rollback();
                error = s ? QString() : s.error();
            }
            QVERIFY2(!error.isEmpty(), "the disk never became full");
        } else {
            auto db = CaseDatabase::open(path, clock);
            if (db) {
                const Result<int> count = CaseQuery(*db.value()).count({});
                QVERIFY2(!count, "a damaged database counted its children");
                error = count.error();
            } else {
                error = db.error();
            }
        }
        const QString expected = QString(says)
                                     .replace(QStringLiteral("%1"), QDir::toNativeSeparators(path))
                                     .replace(QStringLiteral("%2"), QDir::toNativeSeparators(folder));
        QVERIFY2(error.contains(expected), qPrintable(error));
        for (const QString& english : kSqliteTexts)
            QVERIFY2(!error.contains(english, Qt::CaseInsensitive), qPrintable(error));
        QVERIFY2(!error.contains(QStringLiteral("not a Shouhu database")) ||
                     kind == QLatin1String("not a database"),
                 qPrintable(error));

        // Nothing lost.
        readOnly.reset();
        if (!kept.isEmpty()) {
            auto db = CaseDatabase::open(path, clock);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QCOMPARE(db.value()->setting(QStringLiteral("marker")), kept);
            QSqlQuery q(db.value()->sql());
            QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        }
        if (kind.startsWith(QLatin1String("read-only")) && !kind.endsWith(QLatin1String("new"))) {
            QCOMPARE(integrity(path), QStringLiteral("ok"));
            auto db = CaseDatabase::open(path, clock);
            QVERIFY(db);
            QCOMPARE(db.value()->setting(QStringLiteral("marker")), QStringLiteral("kept"));
        }
    }

    // Every SQLite result code that has its own sentence, as the Qt driver reports it (extended codes).
    void sentencesByCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("says");
        QTest::addRow("SQLITE_FULL") << QStringLiteral("13") << QStringLiteral("is full");
        QTest::addRow("SQLITE_IOERR_WRITE") << QStringLiteral("778") << QStringLiteral("input/output error");
        QTest::addRow("SQLITE_READONLY")
            << QStringLiteral("8") << QStringLiteral("is read-only, so nothing can be saved");
        QTest::addRow("SQLITE_READONLY_DIRECTORY") << QStringLiteral("1544") << QStringLiteral("The folder");
        QTest::addRow("SQLITE_READONLY_DBMOVED")
            << QStringLiteral("1032") << QStringLiteral("moved or deleted");
        QTest::addRow("SQLITE_NOTADB") << QStringLiteral("26") << QStringLiteral("not a Shouhu database");
        QTest::addRow("SQLITE_CORRUPT") << QStringLiteral("11") << QStringLiteral("damaged");
        QTest::addRow("SQLITE_CORRUPT_INDEX") << QStringLiteral("779") << QStringLiteral("damaged");
        QTest::addRow("SQLITE_BUSY") << QStringLiteral("5") << QStringLiteral("busy in another program");
        QTest::addRow("SQLITE_CANTOPEN") << QStringLiteral("14") << QStringLiteral("cannot be opened");
        QTest::addRow("SQLITE_NOMEM") << QStringLiteral("7") << QStringLiteral("not enough memory");
        QTest::addRow("other") << QStringLiteral("1") << QStringLiteral("(SQLite error 1)");
    }
    void sentencesByCode()
    {
        QFETCH(QString, code);
        QFETCH(QString, says);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("x.sqlite"));
        const QSqlError error(QStringLiteral("driver text"), QStringLiteral("database or disk is full"),
                              QSqlError::StatementError, code);
        const QString sentence = CaseDatabase::errorSentence(error, path);
        QVERIFY2(sentence.contains(says), qPrintable(sentence));
        QVERIFY2(!sentence.contains(QStringLiteral("driver text")), qPrintable(sentence));
        QVERIFY2(!sentence.contains(QStringLiteral("database or disk is full")), qPrintable(sentence));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseLock)
#include "TestDatabaseLock.moc"
