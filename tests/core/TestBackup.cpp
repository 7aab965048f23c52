// Backups of the case database (BackupService) and restores (BackupRestorer), on real files: verified copies
// in the backup folder, retention, the daily rule, owner-only permissions, and the rules of a restore.
#include "TestDatabase.h"
#include "demo/DemoGenerator.h"
#include "storage/BackupFile.h"
#include "storage/BackupRestorer.h"
#include "storage/BackupService.h"
#include "storage/CaseDatabase.h"
#include "storage/SchemaMigrator.h"
#include "storage/SqlCipherDriver.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

namespace {
const QDateTime kNow(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC);

int modeOf(const QString& path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    return int(st.st_mode & 0777);
}

qint64 countRows(QSqlDatabase& db, const QString& table)
{
    QSqlQuery q(db);
    return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toLongLong() : -1;
}

qint64 childrenIn(const QString& file)
{
    Result<std::unique_ptr<BackupFile>> f = BackupFile::open(file, BackupFile::Mode::ReadOnly);
    return f ? f.value()->scalar("SELECT count(*) FROM child").toLongLong() : -1;
}

// Overwrites a page in the middle of the file: SQLite still opens it, the integrity check fails.
void damage(const QString& file)
{
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadWrite));
    const qint64 pages = f.size() / 4096;
    QVERIFY(pages > 6);
    for (qint64 page = 2; page < pages - 1; page += 3) {
        f.seek(page * 4096 + 100);
        f.write(QByteArray(600, '\x5a'));
    }
}
} // namespace

class TestBackup final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<CaseDatabase> m_db;

    void fill(CaseDatabase& db, int children, quint32 seed = 1)
    {
        DemoGenerator::Options o;
        o.children = children;
        o.seed = seed;
        Result<int> made = DemoGenerator::generate(db, o);
        QVERIFY2(made, qPrintable(made.error()));
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_clock = std::make_unique<FixedClock>(kNow);
        m_db = TestDatabase::open(*m_dir, *m_clock);
        QVERIFY(m_db);
        fill(*m_db, 30);
    }
    void cleanup()
    {
        BackupService::setCopyHookForTests({});
        m_db.reset();
        m_dir.reset();
    }

    void backupIsAVerifiedOwnerOnlyCopy()
    {
        BackupService backups(*m_db);
        Result<BackupEntry> made = backups.backup(BackupService::Reason::Manual);
        QVERIFY2(made, qPrintable(made.error()));
        const QString folder = BackupService::folderOf(m_db->path());
        QCOMPARE(folder, m_db->path() + QStringLiteral(".backups"));
        QCOMPARE(QFileInfo(made->path).absolutePath(), folder);
        QCOMPARE(QFileInfo(made->path).fileName(), QStringLiteral("20261128-090000-manual.sqlite"));
        QVERIFY(made->verified);
        QCOMPARE(made->size, QFileInfo(made->path).size());
        QCOMPARE(modeOf(folder), 0700);
        QCOMPARE(modeOf(made->path), 0600);
        QCOMPARE(QFileInfo(made->path).permissions() & 0x0077, QFileDevice::Permissions());
        // A copy of the data, passing the check, one self-contained file (no -wal beside it).
        QCOMPARE(childrenIn(made->path), countRows(m_db->sql(), QStringLiteral("child")));
        Result<std::unique_ptr<BackupFile>> copy = BackupFile::open(made->path, BackupFile::Mode::ReadOnly);
        QVERIFY(copy);
        QCOMPARE(copy.value()->integrityCheck(), 0);
        QCOMPARE(copy.value()->scalar("PRAGMA journal_mode").toString(), QStringLiteral("delete"));
        copy.value()->close();
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("20261128-090000-manual.sqlite")});
        const QList<BackupEntry> listed = backups.list();
        QCOMPARE(listed.size(), 1);
        QCOMPARE(listed.first().path, made->path);
        QCOMPARE(listed.first().created, kNow);
        QCOMPARE(listed.first().reason, QStringLiteral("manual"));
    }

    // An online backup: made while another connection of the process holds data it has not written yet, the
    // copy has the committed state only.
    void backupCopiesTheCommittedState()
    {
        auto other = CaseDatabase::open(m_db->path(), *m_clock);
        QVERIFY(other);
        const qint64 before = countRows(m_db->sql(), QStringLiteral("child"));
        QVERIFY(other.value()->begin());
        QSqlQuery q(other.value()->sql());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM child")));
        Result<BackupEntry> made = BackupService(*m_db).backup(BackupService::Reason::Manual);
        QVERIFY2(made, qPrintable(made.error()));
        other.value()->rollback();
        QCOMPARE(childrenIn(made->path), before);
        // In the middle of a change of its own connection, refused (the copy would hold half of it).
        QVERIFY(m_db->begin());
        Result<BackupEntry> during = BackupService(*m_db).backup(BackupService::Reason::Manual);
        m_db->rollback();
        QVERIFY(!during);
        QVERIFY2(during.error().startsWith(QStringLiteral("No backup could be made")),
                 qPrintable(during.error()));
    }

    void failedCheckDeletesTheCopy()
    {
        BackupService backups(*m_db);
        QVERIFY(backups.setKeep(1));
        Result<BackupEntry> good = backups.backup(BackupService::Reason::Daily);
        QVERIFY(good);
        m_clock->advanceMs(60000);
        QString seen;
        BackupService::setCopyHookForTests([&seen](const QString& copy) {
            seen = copy;
            damage(copy);
        });
        Result<BackupEntry> bad = backups.backup(BackupService::Reason::Import);
        QVERIFY(!bad);
        QVERIFY(!seen.isEmpty());
        QVERIFY2(bad.error().contains(QStringLiteral("integrity check")), qPrintable(bad.error()));
        QCOMPARE(bad.error().count(QLatin1Char('.')), 1); // one sentence
        // The damaged copy is gone; the old backup is kept, although only one is to be kept.
        QVERIFY(!QFileInfo::exists(seen));
        QCOMPARE(QDir(BackupService::folderOf(m_db->path())).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QFileInfo(good->path).fileName()});
        // Before an import: one sentence that nothing was imported.
        const Status refused = backups.beforeImport();
        QVERIFY(!refused);
        QVERIFY2(refused.error().startsWith(QStringLiteral("Nothing was imported, because the backup")),
                 qPrintable(refused.error()));
        QCOMPARE(backups.list().size(), 1);
    }

    void keepsTheLastN_data()
    {
        QTest::addColumn<int>("keep");
        QTest::addColumn<int>("made");
        QTest::addColumn<int>("left");
        QTest::addRow("default 10, 12 made") << 0 << 12 << 10;
        QTest::addRow("3 of 5") << 3 << 5 << 3;
        QTest::addRow("1 of 2") << 1 << 2 << 1;
        QTest::addRow("5 of 2") << 5 << 2 << 2;
    }
    void keepsTheLastN()
    {
        QFETCH(int, keep);
        QFETCH(int, made);
        QFETCH(int, left);
        BackupService backups(*m_db);
        if (keep > 0)
            QVERIFY(backups.setKeep(keep));
        QCOMPARE(backups.keep(), keep > 0 ? keep : BackupService::kDefaultKeep);
        QStringList names;
        for (int i = 0; i < made; ++i) {
            // Every other one in the same second as the one before: "-2" after the time.
            if (i % 2 == 0)
                m_clock->advanceMs(3600 * 1000);
            Result<BackupEntry> b =
                backups.backup(i % 3 ? BackupService::Reason::Import : BackupService::Reason::Daily);
            QVERIFY2(b, qPrintable(b.error()));
            names.prepend(QFileInfo(b->path).fileName());
        }
        QStringList listed;
        for (const BackupEntry& e : backups.list())
            listed << QFileInfo(e.path).fileName();
        QCOMPARE(listed, names.mid(0, left));
        QVERIFY(names.value(names.size() - 2).contains(QStringLiteral("-2-")));
        QVERIFY(!backups.setKeep(0));
    }

    void dailyOnlyWhenTheNewestIsADayOld()
    {
        BackupService backups(*m_db);
        Result<std::optional<BackupEntry>> first = backups.dailyIfDue();
        QVERIFY(first && first.value());
        QCOMPARE(first.value()->reason, QStringLiteral("daily"));
        m_clock->advanceMs(23 * 3600 * 1000);
        Result<std::optional<BackupEntry>> second = backups.dailyIfDue();
        QVERIFY(second && !second.value());
        m_clock->advanceMs(3600 * 1000 + 1000);
        Result<std::optional<BackupEntry>> third = backups.dailyIfDue();
        QVERIFY(third && third.value());
        QCOMPARE(backups.list().size(), 2);
        // An import's backup counts as the newest too.
        m_clock->advanceMs(25 * 3600 * 1000);
        QVERIFY(backups.beforeImport());
        Result<std::optional<BackupEntry>> fourth = backups.dailyIfDue();
        QVERIFY(fourth && !fourth.value());
    }

    void databaseFilesAreOwnerOnly()
    {
        // A new database in a new folder: the folder 0700, the file, its -wal and -shm 0600.
        const QString path = m_dir->filePath(QStringLiteral("new/station.sqlite"));
        {
            auto db = CaseDatabase::open(path, *m_clock);
            QVERIFY(db);
            QVERIFY(db.value()->setSetting(QStringLiteral("x"), QStringLiteral("1")));
            QCOMPARE(modeOf(path), 0600);
            QCOMPARE(modeOf(path + QStringLiteral("-wal")), 0600);
            QCOMPARE(modeOf(path + QStringLiteral("-shm")), 0600);
            QCOMPARE(modeOf(QFileInfo(path).absolutePath()), 0700);
        }
        // A database of an earlier version (0644): narrowed at open.
        m_db.reset();
        const QString old = m_dir->filePath(QStringLiteral("cases.sqlite"));
        QVERIFY(::chmod(QFile::encodeName(old).constData(), 0644) == 0);
        auto db = CaseDatabase::open(old, *m_clock);
        QVERIFY(db);
        QVERIFY(db.value()->setSetting(QStringLiteral("x"), QStringLiteral("1")));
        QCOMPARE(modeOf(old), 0600);
        QCOMPARE(modeOf(old + QStringLiteral("-wal")), 0600);
        // A folder the user chose keeps its permissions.
        QCOMPARE(modeOf(m_dir->path()), 0700); // QTemporaryDir's own
    }

    void restoreRefuses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QTest::addRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
        QTest::addRow("text file") << QStringLiteral("text") << QStringLiteral("is not a Shouhu database");
        QTest::addRow("other SQLite")
            << QStringLiteral("other sqlite") << QStringLiteral("is not a Shouhu database");
        QTest::addRow("damaged") << QStringLiteral("damaged") << QStringLiteral("is damaged");
        QTest::addRow("newer version")
            << QStringLiteral("newer") << QStringLiteral("newer version of Shouhu");
        QTest::addRow("another station")
            << QStringLiteral("other station") << QStringLiteral("another station");
        QTest::addRow("the database itself") << QStringLiteral("itself") << QStringLiteral("database itself");
    }
    void restoreRefuses()
    {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        QString file = m_dir->filePath(QStringLiteral("candidate.sqlite"));
        if (kind == QLatin1String("text")) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("Minutes of the village meeting.\n").repeated(300));
        } else if (kind == QLatin1String("other sqlite")) {
            Result<std::unique_ptr<BackupFile>> f = BackupFile::open(file, BackupFile::Mode::Create);
            QVERIFY(f);
            QCOMPARE(f.value()->exec("CREATE TABLE t (a); INSERT INTO t VALUES (1)"), 0);
        } else if (kind == QLatin1String("damaged") || kind == QLatin1String("newer")) {
            QVERIFY(BackupService(*m_db).backupTo(file));
            if (kind == QLatin1String("damaged")) {
                damage(file);
            } else {
                Result<std::unique_ptr<BackupFile>> f = BackupFile::open(file, BackupFile::Mode::ReadOnly);
                QVERIFY(f);
                f.value()->close();
                QSqlDatabase raw = SqlCipherDriver::addConnection(QStringLiteral("raw"));
                raw.setDatabaseName(file);
                QVERIFY(raw.open());
                QVERIFY(QSqlQuery(raw).exec(
                    QStringLiteral("PRAGMA user_version = %1").arg(SchemaMigrator::latestVersion() + 1)));
                raw.close();
                raw = QSqlDatabase();
                QSqlDatabase::removeDatabase(QStringLiteral("raw"));
            }
        } else if (kind == QLatin1String("other station")) {
            QTemporaryDir other;
            auto db = TestDatabase::open(other, *m_clock, TestDatabase::kVillage, QStringLiteral("village"),
                                         QStringLiteral("ffff000011112222"));
            QVERIFY(db);
            QVERIFY(BackupService(*db).backupTo(file));
        } else if (kind == QLatin1String("itself")) {
            file = m_db->path();
        }
        const QByteArray before = QFileInfo(m_db->path()).exists()
                                      ? QByteArray::number(countRows(m_db->sql(), QStringLiteral("child")))
                                      : QByteArray();
        Result<BackupRestorer::Outcome> r = BackupRestorer::restore(*m_db, file, false);
        QVERIFY(!r);
        QVERIFY2(r.error().contains(says), qPrintable(r.error()));
        QVERIFY2(!r.error().contains(QLatin1Char('\n')), qPrintable(r.error()));
        // Nothing changed, nothing backed up.
        QCOMPARE(QByteArray::number(countRows(m_db->sql(), QStringLiteral("child"))), before);
        QVERIFY(BackupService(*m_db).list().isEmpty());
        if (kind == QLatin1String("other station")) {
            Result<BackupRestorer::Outcome> forced = BackupRestorer::restore(*m_db, file, true);
            QVERIFY2(forced, qPrintable(forced.error()));
            QCOMPARE(countRows(m_db->sql(), QStringLiteral("child")), 0);
            QCOMPARE(forced->restored.stationId, QStringLiteral("ffff000011112222"));
        }
    }

    void restoreReplacesTheData()
    {
        const QString file = m_dir->filePath(QStringLiteral("monday.sqlite"));
        QVERIFY(BackupService(*m_db).backupTo(file));
        const qint64 monday = countRows(m_db->sql(), QStringLiteral("child"));
        // More work after the backup; the clock and the change counter move on.
        fill(*m_db, 20, 7);
        const qint64 tuesday = countRows(m_db->sql(), QStringLiteral("child"));
        QVERIFY(tuesday > monday);
        const qint64 seq = m_db->setting(QStringLiteral("seq")).toLongLong();
        const qint64 hlc = m_db->setting(QStringLiteral("hlc")).toLongLong();
        Result<BackupRestorer::Outcome> r = BackupRestorer::restore(*m_db, file, false);
        QVERIFY2(r, qPrintable(r.error()));
        QCOMPARE(r->restored.children, monday);
        QCOMPARE(countRows(m_db->sql(), QStringLiteral("child")), monday);
        QCOMPARE(BackupFile::integrityCheck(BackupFile::handleOf(m_db->sql())), 0);
        // Tuesday's data are in the backup made first.
        QVERIFY(r->previous);
        QCOMPARE(r->previous->reason, QStringLiteral("restore"));
        QCOMPARE(childrenIn(r->previous->path), tuesday);
        // The counters did not go back.
        QCOMPARE(m_db->setting(QStringLiteral("seq")).toLongLong(), seq);
        QCOMPARE(m_db->setting(QStringLiteral("hlc")).toLongLong(), hlc);
        // Opened again, the database is whole and in WAL mode.
        const QString path = m_db->path();
        m_db.reset();
        auto again = CaseDatabase::open(path, *m_clock);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(countRows(again.value()->sql(), QStringLiteral("child")), monday);
        QSqlQuery q(again.value()->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
    }

    void damagedDatabaseIsKeptAndReplaced()
    {
        const QString file = m_dir->filePath(QStringLiteral("good.sqlite"));
        QVERIFY(BackupService(*m_db).backupTo(file));
        const qint64 children = countRows(m_db->sql(), QStringLiteral("child"));
        const QString path = m_db->path();
        m_db.reset();
        damage(path);
        Result<QString> kept = BackupRestorer::replaceDamaged(path, file, kNow.toMSecsSinceEpoch());
        QVERIFY2(kept, qPrintable(kept.error()));
        QCOMPARE(kept.value(), path + QStringLiteral(".damaged-20261128-090000"));
        QVERIFY(QFileInfo::exists(kept.value()));
        QVERIFY(!QFileInfo::exists(path + QStringLiteral(".restoring")));
        QCOMPARE(modeOf(path), 0600);
        auto again = CaseDatabase::open(path, *m_clock);
        QVERIFY2(again, qPrintable(again.error()));
        QCOMPARE(countRows(again.value()->sql(), QStringLiteral("child")), children);
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "TestBackup.moc"
