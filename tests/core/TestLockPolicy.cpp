#include "TestDatabase.h"
#include "storage/LockPolicy.h"
#include "sync/StationIdentity.h"

#include <QTest>

// When the program locks, and how long it makes a guesser wait (LockPolicy).
class TestLockPolicy final : public QObject
{
    Q_OBJECT

private slots:
    void delaySeconds_data();
    void delaySeconds();
    void idleMinutes_data();
    void idleMinutes();
    void enabledNeedsAPassphrase();
    void failuresAreKept();
};

void TestLockPolicy::delaySeconds_data()
{
    QTest::addColumn<int>("failures");
    QTest::addColumn<int>("seconds");
    QTest::newRow("none") << 0 << 0;
    QTest::newRow("one typo") << 1 << 0;
    QTest::newRow("two") << 2 << 0;
    QTest::newRow("three") << 3 << 2;
    QTest::newRow("four") << 4 << 4;
    QTest::newRow("five") << 5 << 8;
    QTest::newRow("seven") << 7 << 32;
    QTest::newRow("eight: capped") << 8 << 60;
    QTest::newRow("a thousand: capped") << 1000 << 60;
}

void TestLockPolicy::delaySeconds()
{
    QFETCH(int, failures);
    QFETCH(int, seconds);
    QCOMPARE(LockPolicy::delaySeconds(failures), seconds);
}

void TestLockPolicy::idleMinutes_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("never") << 0 << true;
    QTest::newRow("one") << 1 << true;
    QTest::newRow("four hours") << 240 << true;
    QTest::newRow("too long") << 241 << false;
    QTest::newRow("negative") << -1 << false;
}

void TestLockPolicy::idleMinutes()
{
    QFETCH(int, minutes);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 12, 3), QTime(9, 0)));
    auto db = TestDatabase::open(dir, clock);
    QVERIFY(db);
    QCOMPARE(LockPolicy::idleMinutes(*db), LockPolicy::DefaultIdleMinutes);
    const Status s = LockPolicy::setIdleMinutes(*db, minutes);
    QCOMPARE(s.ok(), accepted);
    QCOMPARE(LockPolicy::idleMinutes(*db), accepted ? minutes : LockPolicy::DefaultIdleMinutes);
    if (!accepted)
        QVERIFY2(s.error().contains(QLatin1String("240")), qPrintable(s.error()));
}

void TestLockPolicy::enabledNeedsAPassphrase()
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 12, 3), QTime(9, 0)));
    auto db = TestDatabase::open(dir, clock);
    QVERIFY(db);
    QVERIFY(!LockPolicy::enabled(*db)); // no keys: nothing to ask for
    QVERIFY(
        StationIdentity::create(*db, QStringLiteral("a passphrase long enough"), KeyStore::Strength::Minimum)
            .ok());
    QVERIFY(LockPolicy::enabled(*db));
    QVERIFY(LockPolicy::setIdleMinutes(*db, 0).ok());
    QVERIFY(!LockPolicy::enabled(*db));
}

void TestLockPolicy::failuresAreKept()
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2026, 12, 3), QTime(9, 0)));
    {
        auto db = TestDatabase::open(dir, clock);
        QVERIFY(db);
        QCOMPARE(LockPolicy::failures(*db), 0);
        LockPolicy::setFailures(*db, 5);
    }
    auto again = TestDatabase::open(dir, clock);
    QVERIFY(again);
    QCOMPARE(LockPolicy::failures(*again), 5);
}

QTEST_GUILESS_MAIN(TestLockPolicy)
#include "TestLockPolicy.moc"
