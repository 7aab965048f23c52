#include "domain/IsoWeek.h"

#include <QTest>

// ISO 8601 weeks as the dispatch report reads and writes them (2026-W49): which texts are weeks, and which
// days a week holds across the turn of the year.
class TestIsoWeek final : public QObject
{
    Q_OBJECT

private slots:
    void parseWeek_data();
    void parseWeek();
    void weekOfDay_data();
    void weekOfDay();
};

void TestIsoWeek::parseWeek_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty: refused
    QTest::newRow("the week of the issue") << "2026-W49"
                                           << "2026-W49";
    QTest::newRow("small w, spaces") << " 2026-w05 "
                                     << "2026-W05";
    QTest::newRow("week 53 of a long year") << "2026-W53"
                                            << "2026-W53";
    QTest::newRow("week 53 of a short year") << "2025-W53"
                                             << "";
    QTest::newRow("week 54") << "2026-W54"
                             << "";
    QTest::newRow("week 0") << "2026-W00"
                            << "";
    QTest::newRow("a month, not a week") << "2026-13"
                                         << "";
    QTest::newRow("one digit") << "2026-W5"
                               << "";
    QTest::newRow("no dash") << "2026W49"
                             << "";
    QTest::newRow("empty") << ""
                           << "";
    QTest::newRow("a date") << "2026-12-01"
                            << "";
}

void TestIsoWeek::parseWeek()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);
    Result<IsoWeek> w = IsoWeek::parse(text);
    QCOMPARE(w.ok(), !canonical.isEmpty());
    if (w) {
        QCOMPARE(w->toString(), canonical);
    } else {
        QVERIFY(w.error().contains(QLatin1String("is not a week")));
        QVERIFY(w.error().endsWith(QLatin1Char('.')));
        QVERIFY(w.error().count(QLatin1String(". ")) == 0); // one sentence
    }
}

void TestIsoWeek::weekOfDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QString>("week");
    QTest::addColumn<QDate>("monday");
    QTest::newRow("Thursday of W49") << QDate(2026, 12, 3) << "2026-W49" << QDate(2026, 11, 30);
    QTest::newRow("Monday of W49") << QDate(2026, 11, 30) << "2026-W49" << QDate(2026, 11, 30);
    QTest::newRow("Sunday of W49") << QDate(2026, 12, 6) << "2026-W49" << QDate(2026, 11, 30);
    QTest::newRow("1 January 2026 (Thursday)") << QDate(2026, 1, 1) << "2026-W01" << QDate(2025, 12, 29);
    QTest::newRow("1 January 2027 in 2026's W53") << QDate(2027, 1, 1) << "2026-W53" << QDate(2026, 12, 28);
    QTest::newRow("29 December 2025 in 2026-W01") << QDate(2025, 12, 29) << "2026-W01" << QDate(2025, 12, 29);
}

void TestIsoWeek::weekOfDay()
{
    QFETCH(QDate, day);
    QFETCH(QString, week);
    QFETCH(QDate, monday);
    const IsoWeek w = IsoWeek::of(day);
    QCOMPARE(w.toString(), week);
    QCOMPARE(w.monday(), monday);
    QCOMPARE(w.sunday(), monday.addDays(6));
    QCOMPARE(IsoWeek::parse(week)->monday(), monday);
    QCOMPARE(w.endMs() - w.startMs(), qint64(7) * 24 * 3600 * 1000); // China has no summer time
}

QTEST_GUILESS_MAIN(TestIsoWeek)
#include "TestIsoWeek.moc"
