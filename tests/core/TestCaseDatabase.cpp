#include "TestDatabase.h"
#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"
#include "storage/SchemaMigrator.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

// Opening, migrations from every earlier version, refusals, transactions and the hybrid logical clock.
class TestCaseDatabase final : public QObject
{
    Q_OBJECT

private slots:
    void createsLatestSchema()
    {
        QTemporaryDir dir;
        FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0)));
        auto db = CaseDatabase::open(dir.filePath(QStringLiteral("a.sqlite")), clock);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), SchemaMigrator::latestVersion());
        QVERIFY(!db.value()->station());
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA journal_mode")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("wal"));
        QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")) && q.next());
        QCOMPARE(q.value(0).toInt(), 1);
    }

    void migratesFromEachEarlierVersion_data()
    {
        QTest::addColumn<int>("from");
        for (int v = 0; v < SchemaMigrator::latestVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }
    void migratesFromEachEarlierVersion()
    {
        QFETCH(int, from);
        QTemporaryDir dir;
        FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0)));
        const QString path = dir.filePath(QStringLiteral("m.sqlite"));
        {
            auto db = CaseDatabase::open(path, clock, from);
            QVERIFY2(db.ok(), qPrintable(db.error()));
            QCOMPARE(db.value()->schemaVersion(), from);
            if (from >= 1) {
                QVERIFY(db.value()->initStation({QStringLiteral("0011223344556677"),
                                                 QStringLiteral("village"), TestDatabase::kVillage,
                                                 QStringLiteral("v"), QStringLiteral("op")}));
                QVERIFY(db.value()->setSetting(QStringLiteral("marker"), QStringLiteral("kept")));
            }
        }
        auto db = CaseDatabase::open(path, clock);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(db.value()->schemaVersion(), SchemaMigrator::latestVersion());
        if (from >= 1) {
            QVERIFY(db.value()->station());
            QCOMPARE(db.value()->setting(QStringLiteral("marker")), QStringLiteral("kept"));
        }
        QSqlQuery q(db.value()->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM draft")));
    }

    // The migrations write their tables out in full; this keeps them and EntitySchema in step.
    void everySchemaFieldHasAColumn()
    {
        QTemporaryDir dir;
        auto db = CaseDatabase::open(dir.filePath(QStringLiteral("s.sqlite")), Clock::system());
        QVERIFY(db.ok());
        for (const EntitySchema* schema : EntitySchema::all()) {
            QSqlQuery q(db.value()->sql());
            QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(") + schema->table + QStringLiteral(")")));
            QStringList columns;
            while (q.next())
                columns << q.value(1).toString();
            QVERIFY2(!columns.isEmpty(), qPrintable(schema->table));
            QStringList expected = schema->fieldNames();
            expected << QStringLiteral("id") << QStringLiteral("area_code") << QStringLiteral("created_at")
                     << QStringLiteral("created_by") << QStringLiteral("updated_at")
                     << QStringLiteral("updated_by") << QStringLiteral("clocks") << QStringLiteral("seq");
            for (const QString& f : expected)
                QVERIFY2(columns.contains(f), qPrintable(schema->table + QLatin1Char('.') + f));
        }
    }

    void refusesNewerDatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("n.sqlite"));
        {
            auto db = CaseDatabase::open(path, Clock::system());
            QVERIFY(db.ok());
            QSqlQuery(db.value()->sql()).exec(QStringLiteral("PRAGMA user_version = 99"));
        }
        auto db = CaseDatabase::open(path, Clock::system());
        QVERIFY(!db.ok());
        QVERIFY(db.error().contains(QStringLiteral("newer version")));
    }

    void refusesFileThatIsNotADatabase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("garbage.sqlite"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
        f.close();
        auto db = CaseDatabase::open(path, Clock::system());
        QVERIFY(!db.ok());
        QVERIFY(!db.error().isEmpty());
    }

    void rollbackLeavesNothing()
    {
        QTemporaryDir dir;
        FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0)));
        auto db = TestDatabase::open(dir, clock);
        QVERIFY(db);
        QVERIFY(db->begin());
        QVERIFY(db->setSetting(QStringLiteral("x"), QStringLiteral("1")));
        db->rollback();
        QCOMPARE(db->setting(QStringLiteral("x")), QString());
        // A failure inside a nested transaction rolls back the outer one too.
        QVERIFY(db->begin());
        QVERIFY(db->setSetting(QStringLiteral("y"), QStringLiteral("1")));
        QVERIFY(db->begin());
        db->rollback();
        QVERIFY(!db->commit());
        QCOMPARE(db->setting(QStringLiteral("y")), QString());
    }

    void stampsNeverGoBackwards()
    {
        QTemporaryDir dir;
        FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0)));
        auto db = TestDatabase::open(dir, clock);
        QVERIFY(db);
        QVERIFY(db->begin());
        const Stamp a = db->nextStamp();
        const Stamp b = db->nextStamp();
        QVERIFY(a < b);
        clock.advanceMs(-3600 * 1000); // the laptop's clock is set back an hour
        const Stamp c = db->nextStamp();
        QVERIFY(b < c);
        // A clock seen in an import moves the local clock past it.
        db->hlc().observe(Stamp::make(clock.nowMs() + 86400000LL, 5));
        const Stamp d = db->nextStamp();
        QVERIFY(Stamp::millisOf(d.hlc) >= clock.nowMs() + 86400000LL);
        QVERIFY(db->hlc().systemClockLagMs() > 0);
        QVERIFY(db->commit());
        // The clock survives a restart.
        const qint64 last = db->hlc().last();
        db.reset();
        auto again = CaseDatabase::open(dir.filePath(QStringLiteral("cases.sqlite")), clock);
        QVERIFY(again.ok());
        QVERIFY(again.value()->begin());
        QVERIFY(again.value()->nextStamp().hlc > last);
        again.value()->rollback();
    }
};

QTEST_GUILESS_MAIN(TestCaseDatabase)
#include "TestCaseDatabase.moc"
