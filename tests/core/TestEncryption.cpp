#include "TestDatabase.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "storage/BackupFile.h"
#include "storage/BackupRestorer.h"
#include "storage/BackupService.h"
#include "storage/CaseRepository.h"
#include "storage/DatabaseEncryption.h"
#include "storage/DatabaseKey.h"
#include "storage/DatabaseKeyRing.h"
#include "sync/KeyStore.h"
#include "sync/StationIdentity.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>
#include <QTimeZone>

#include <sys/stat.h>

// Encryption at rest (SQLCipher through our own Qt driver): a station with a passphrase keeps its database
// and backups encrypted; the passphrase and the file are all it takes to open it, and nothing else does.
class TestEncryption final : public QObject
{
    Q_OBJECT

    const QString m_pass = QStringLiteral("长城长 2026 村里的钥匙");
    const QString m_name = QStringLiteral("欧阳测试娃");
    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC)};
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path() const { return m_dir->filePath(QStringLiteral("cases.sqlite")); }

    // A plain station database with keys, demo children and one child of a known name, closed.
    void makePlainStation()
    {
        auto db = TestDatabase::open(*m_dir, m_clock);
        QVERIFY(db);
        DemoGenerator::Options o;
        o.children = 20;
        QVERIFY(DemoGenerator::generate(*db, o));
        ChildFile f = TestDatabase::leftBehindChild(m_name, QDate(2016, 3, 4), 17, m_clock.today());
        QVERIFY(CaseRepository(*db).create(f));
        QVERIFY(StationIdentity::create(*db, m_pass, KeyStore::Strength::Minimum));
        QVERIFY(BackupService(*db).backup(BackupService::Reason::Manual));
    }
    static int count(CaseDatabase& db, const QString& table)
    {
        QSqlQuery q(db.sql());
        return q.exec(QStringLiteral("SELECT count(*) FROM ") + table) && q.next() ? q.value(0).toInt() : -1;
    }
    static QByteArray bytesOf(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase() { qputenv("SHOUHU_KDF", "minimum"); }
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        if (m_dir)
            DatabaseKeyRing::forget(path());
        m_dir.reset();
    }

    // SQLCipher is the only SQLite in the process: Qt's SQLite driver (built on the system SQLite, with the
    // same symbols) is never loaded.
    void onlySqlCipherIsLoaded()
    {
        auto db = TestDatabase::open(*m_dir, m_clock);
        QVERIFY(db);
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA cipher_version")) && q.next());
        QVERIFY2(q.value(0).toString().startsWith(QLatin1Char('4')), qPrintable(q.value(0).toString()));
        const QByteArray maps = bytesOf(QStringLiteral("/proc/self/maps"));
        QVERIFY(maps.contains("libsqlcipher"));
        QVERIFY2(!maps.contains("libsqlite3"), "the system SQLite is loaded");
        QVERIFY2(!maps.contains("libqsqlite"), "Qt's SQLite driver is loaded");
    }

    // The cost of the key is named by the salt; an unknown one (a newer version) is refused in one sentence.
    void saltNamesTheCost_data()
    {
        QTest::addColumn<int>("strength");
        QTest::newRow("interactive") << int(DatabaseKey::Strength::Interactive);
        QTest::newRow("minimum") << int(DatabaseKey::Strength::Minimum);
        QTest::newRow("moderate") << int(DatabaseKey::Strength::Moderate);
    }
    void saltNamesTheCost()
    {
        QFETCH(int, strength);
        const QByteArray salt = DatabaseKey::newSalt(DatabaseKey::Strength(strength));
        QCOMPARE(salt.size(), DatabaseKey::SaltBytes);
        QCOMPARE(quint8(salt[0]) & 0x03, strength);
        QVERIFY(salt != DatabaseKey::newSalt(DatabaseKey::Strength(strength)));
        if (strength == int(DatabaseKey::Strength::Minimum)) {
            Result<DatabaseKey> a = DatabaseKey::derive(m_pass, salt);
            Result<DatabaseKey> b = DatabaseKey::derive(m_pass, salt);
            Result<DatabaseKey> other = DatabaseKey::derive(m_pass + QLatin1Char('x'), salt);
            QVERIFY(a && b && other);
            QVERIFY(a.value() == b.value());
            QVERIFY(!(a.value() == other.value()));
            QVERIFY(a->sqlLiteral().startsWith("\"x'"));
            QCOMPARE(a->sqlLiteral().size(), 2 + 2 + 96 + 1);
        }
        QByteArray unknown = salt;
        unknown[0] = char(quint8(unknown[0]) | 0x03);
        Result<DatabaseKey> refused = DatabaseKey::derive(m_pass, unknown);
        QVERIFY(!refused);
        QVERIFY(TestSupport::isOneSentence(refused.error().toUtf8()));
        QVERIFY(!DatabaseKey::derive(QString(), salt));
    }

    // Plain → encrypted in place: nothing of a child readable in the file, its backups encrypted too, the
    // rows all there, and the file opens only with the passphrase.
    void encryptsInPlace()
    {
        makePlainStation();
        QVERIFY(bytesOf(path()).contains(m_name.toUtf8()));
        const QList<BackupEntry> before = BackupService::list(path());
        QCOMPARE(before.size(), 1);
        QVERIFY(bytesOf(before.first().path).contains(m_name.toUtf8()));
        QVERIFY(!DatabaseEncryption::isEncrypted(path()));

        QVERIFY(DatabaseEncryption::encrypt(path(), m_pass));
        QVERIFY(DatabaseEncryption::isEncrypted(path()));
        const QByteArray file = bytesOf(path());
        QVERIFY(!file.contains(m_name.toUtf8()));
        QVERIFY(!file.startsWith("SQLite format 3"));
        QVERIFY(!QFile::exists(path() + QStringLiteral(".encrypting")));
        struct stat st
        {};
        QCOMPARE(::stat(QFile::encodeName(path()).constData(), &st), 0);
        QCOMPARE(int(st.st_mode & 0777), 0600);
        const QList<BackupEntry> after = BackupService::list(path());
        QCOMPARE(after.size(), 1);
        QVERIFY(DatabaseEncryption::isEncrypted(after.first().path));
        QVERIFY(!bytesOf(after.first().path).contains(m_name.toUtf8()));

        // A new process knows no key: refused in one sentence, then the wrong and the right passphrase.
        DatabaseKeyRing::forget(path());
        QVERIFY(DatabaseEncryption::needsPassphrase(path()));
        Result<std::unique_ptr<CaseDatabase>> locked = CaseDatabase::open(path(), m_clock);
        QVERIFY(!locked);
        QCOMPARE(locked.error(), DatabaseEncryption::passphraseNeededSentence(path()));
        Status wrong = DatabaseEncryption::unlock(path(), QStringLiteral("not the passphrase"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error(), DatabaseEncryption::wrongPassphraseSentence(path()));
        QVERIFY(TestSupport::isOneSentence(wrong.error().toUtf8()));
        QVERIFY(DatabaseEncryption::unlock(path(), m_pass));
        Result<std::unique_ptr<CaseDatabase>> opened = CaseDatabase::open(path(), m_clock);
        QVERIFY2(opened, qPrintable(opened.error()));
        CaseDatabase& db = *opened.value();
        QCOMPARE(count(db, QStringLiteral("child")), 21);
        QVERIFY(db.key().has_value());
        QVERIFY(StationIdentity::unlock(db, m_pass));
        QSqlQuery q(db.sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("ok"));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM child WHERE name = '") + m_name +
                       QLatin1Char('\'')) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 1);

        // An edit goes to the WAL encrypted too.
        QVERIFY(q.exec(QStringLiteral("UPDATE child SET name = '欧阳改名字' WHERE name = '") + m_name +
                       QLatin1Char('\'')));
        QVERIFY(!bytesOf(path() + QStringLiteral("-wal")).contains(QStringLiteral("欧阳改名字").toUtf8()));

        // A backup of the encrypted database is encrypted, verified, and opens with the database's key.
        Result<BackupEntry> made = BackupService(db).backup(BackupService::Reason::Manual);
        QVERIFY2(made, qPrintable(made.error()));
        QVERIFY(DatabaseEncryption::isEncrypted(made->path));
        QVERIFY(!bytesOf(made->path).contains(QStringLiteral("欧阳改名字").toUtf8()));
        Result<std::unique_ptr<BackupFile>> copy = BackupFile::open(made->path, BackupFile::Mode::ReadOnly);
        QVERIFY(copy);
        QCOMPARE(copy.value()->integrityCheck(), 0);
        QCOMPARE(copy.value()->scalar("SELECT count(*) FROM child").toInt(), 21);
        copy.value()->close();
        // Restored into the encrypted database: the name as it was in the backup.
        QVERIFY(q.exec(QStringLiteral("UPDATE child SET name = '又改了名' WHERE name = '欧阳改名字'")));
        Result<BackupRestorer::Outcome> restored = BackupRestorer::restore(db, made->path, true);
        QVERIFY2(restored, qPrintable(restored.error()));
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM child WHERE name = '欧阳改名字'")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(DatabaseEncryption::isEncrypted(db.path()));
        // Without the key (another process), the copy does not open.
        opened.value().reset();
        DatabaseKeyRing::forget(path());
        QVERIFY(!BackupFile::open(made->path, BackupFile::Mode::ReadOnly));
    }

    // The database open in this process (or another) is not encrypted under it; a leftover of a killed run
    // is cleaned up; an encrypted database is left as it is.
    void encryptRefusesAnOpenDatabase()
    {
        makePlainStation();
        {
            auto db = CaseDatabase::open(path(), m_clock);
            QVERIFY(db);
            Status s = DatabaseEncryption::encrypt(path(), m_pass);
            QVERIFY(!s);
            QVERIFY(TestSupport::isOneSentence(s.error().toUtf8()));
            QVERIFY(!DatabaseEncryption::isEncrypted(path()));
        }
        QFile leftover(path() + QStringLiteral(".encrypting"));
        QVERIFY(leftover.open(QIODevice::WriteOnly));
        leftover.write("half of an earlier try");
        leftover.close();
        QVERIFY(DatabaseEncryption::encrypt(path(), m_pass));
        QVERIFY(!QFile::exists(path() + QStringLiteral(".encrypting")));
        const QByteArray once = bytesOf(path());
        QVERIFY(DatabaseEncryption::encrypt(path(), m_pass));
        QCOMPARE(bytesOf(path()), once);
    }

    // A new passphrase re-keys the database and its backups (the same salt); the old one opens nothing.
    void passphraseChangeRekeys()
    {
        makePlainStation();
        QVERIFY(DatabaseEncryption::encrypt(path(), m_pass));
        const QString fresh = QStringLiteral("a brand new passphrase 2027");
        {
            auto db = CaseDatabase::open(path(), m_clock);
            QVERIFY(db);
            QVERIFY(BackupService(*db.value()).backup(BackupService::Reason::Manual));
            Status s = StationIdentity::changePassphrase(*db.value(), m_pass, fresh);
            QVERIFY2(s, qPrintable(s.error()));
            QCOMPARE(count(*db.value(), QStringLiteral("child")), 21);
        }
        DatabaseKeyRing::forget(path());
        QVERIFY(!DatabaseEncryption::unlock(path(), m_pass));
        QVERIFY(DatabaseEncryption::unlock(path(), fresh));
        auto db = CaseDatabase::open(path(), m_clock);
        QVERIFY(db);
        QVERIFY(StationIdentity::unlock(*db.value(), fresh));
        QCOMPARE(count(*db.value(), QStringLiteral("child")), 21);
        for (const BackupEntry& b : BackupService::list(path())) {
            Result<std::unique_ptr<BackupFile>> copy = BackupFile::open(b.path, BackupFile::Mode::ReadOnly);
            QVERIFY2(copy, qPrintable(b.path));
            QCOMPARE(copy.value()->integrityCheck(), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestEncryption)
#include "TestEncryption.moc"
