#include "TestDatabase.h"
#include "TestSupport.h"
#include "storage/LockPolicy.h"
#include "storage/SpotCheckRepository.h"
#include "storage/StationSettings.h"

#include <QTest>

// The settings an operator changes (the classifier's local rules and the lock's idle time): every value out
// of range is refused with one sentence and nothing at all is written; a good set is written whole.
class TestStationSettings final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 12, 3), QTime(9, 0))};

private slots:
    void defaults()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        const StationSettings::Values v = StationSettings::load(*db);
        QCOMPARE(v.rules.monthsAwayThreshold, 3);
        QVERIFY(v.rules.requireCrossCounty);
        QCOMPARE(v.rules.unsupportedMinMonths, 6);
        QVERIFY(!v.rules.illChildInDifficulty);
        QCOMPARE(v.lockMinutes, LockPolicy::DefaultIdleMinutes);
    }

    // The spot check's sample size: the setting SpotCheckRepository draws with, its range checked.
    void spotCheckSize_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("ok");
        QTest::newRow("one") << 1 << true;
        QTest::newRow("twenty-five") << 25 << true;
        QTest::newRow("the most") << 500 << true;
        QTest::newRow("none") << 0 << false;
        QTest::newRow("too many") << 501 << false;
    }
    void spotCheckSize()
    {
        QFETCH(int, size);
        QFETCH(bool, ok);
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        QCOMPARE(StationSettings::load(*db).spotCheckSize, SpotCheckRepository::DefaultSampleSize);
        StationSettings::Values v = StationSettings::load(*db);
        v.spotCheckSize = size;
        v.lockMinutes = 30;
        const Status s = StationSettings::save(*db, v);
        QCOMPARE(s.ok(), ok);
        QCOMPARE(SpotCheckRepository(*db).sampleSize(), ok ? size : SpotCheckRepository::DefaultSampleSize);
        QCOMPARE(StationSettings::load(*db).lockMinutes, ok ? 30 : LockPolicy::DefaultIdleMinutes);
    }

    void save_data()
    {
        QTest::addColumn<int>("monthsAway");
        QTest::addColumn<int>("unsupported");
        QTest::addColumn<int>("lockMinutes");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("the notice's 3 months") << 3 << 6 << 10 << true;
        QTest::newRow("six months, never lock") << 6 << 0 << 0 << true;
        QTest::newRow("the longest values") << 24 << 60 << 240 << true;
        QTest::newRow("away after 0 months") << 0 << 6 << 10 << false;
        QTest::newRow("away after 25 months") << 25 << 6 << 10 << false;
        QTest::newRow("62号 after -1 months") << 3 << -1 << 10 << false;
        QTest::newRow("62号 after 61 months") << 3 << 61 << 10 << false;
        QTest::newRow("lock after -1 minutes") << 3 << 6 << -1 << false;
        QTest::newRow("lock after 241 minutes") << 3 << 6 << 241 << false;
    }

    void save()
    {
        QFETCH(int, monthsAway);
        QFETCH(int, unsupported);
        QFETCH(int, lockMinutes);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        const StationSettings::Values before = StationSettings::load(*db);
        StationSettings::Values v = before;
        v.rules.monthsAwayThreshold = monthsAway;
        v.rules.unsupportedMinMonths = unsupported;
        v.rules.requireCrossCounty = false; // valid: must be written only when everything else is
        v.rules.illChildInDifficulty = true;
        v.lockMinutes = lockMinutes;
        const Status s = StationSettings::save(*db, v);
        QCOMPARE(s.ok(), accepted);
        const StationSettings::Values after = StationSettings::load(*db);
        QVERIFY(!db->inTransaction());
        if (accepted) {
            QCOMPARE(after.rules.signature(), v.rules.signature());
            QCOMPARE(after.lockMinutes, lockMinutes);
        } else {
            QVERIFY2(TestSupport::isOneSentence(s.error().toUtf8()), qPrintable(s.error()));
            QCOMPARE(after.rules.signature(), before.rules.signature());
            QCOMPARE(after.lockMinutes, before.lockMinutes);
        }
    }
};

QTEST_GUILESS_MAIN(TestStationSettings)
#include "TestStationSettings.moc"
