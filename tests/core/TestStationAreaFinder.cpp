#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "storage/StationAreaFinder.h"
#include "storage/StationSetup.h"

#include <QSet>
#include <QTest>

// The first-run wizard's area search on the real area list (2023 codes).
class TestStationAreaFinder final : public QObject
{
    Q_OBJECT

private slots:
    void finds_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("first"); // the first place found ("" when none)
        QTest::addColumn<int>("atLeast");   // how many places at least
        QTest::addColumn<int>("atMost");    // and at most
        QTest::addColumn<int>("provinces"); // in how many provinces at least
        QTest::addColumn<QString>("inAll"); // a name every place's full name holds
        QTest::newRow("two words narrow to one village") << "village"
                                                         << "丰山镇 丰四"
                                                         << "420921101201" << 1 << 1 << 1 << "孝昌县";
        QTest::newRow("a township lists its villages, in both provinces that have one")
            << "village"
            << "丰山镇"
            << "" << 20 << 100 << 2 << "丰山镇";
        QTest::newRow("a province word narrows the township's villages")
            << "village"
            << "湖北 丰山镇"
            << "420921101001" << 3 << 100 << 1 << "湖北省";
        QTest::newRow("spaces around and between words") << "village"
                                                         << "  丰山镇   丰四 "
                                                         << "420921101201" << 1 << 1 << 1 << "丰四";
        QTest::newRow("a code's beginning and a name") << "village"
                                                       << "441523 南跃"
                                                       << "441523101201" << 1 << 1 << 1 << "陆河县";
        QTest::newRow("a common township name in many provinces") << "township"
                                                                  << "城关镇"
                                                                  << "" << 20 << 100 << 5 << "城关镇";
        QTest::newRow("a county lists its townships for a township station")
            << "township"
            << "孝昌县"
            << "" << 5 << 100 << 1 << "孝昌县";
        QTest::newRow("a village's name for a township station finds nothing") << "township"
                                                                               << "丰四村委会"
                                                                               << "" << 0 << 0 << 0 << "";
        QTest::newRow("words that never meet") << "village"
                                               << "丰山镇 南跃"
                                               << "" << 0 << 0 << 0 << "";
        QTest::newRow("nothing typed") << "village"
                                       << "   "
                                       << "" << 0 << 0 << 0 << "";
        QTest::newRow("an unknown role") << "mayor"
                                         << "丰山镇"
                                         << "" << 0 << 0 << 0 << "";
    }

    void finds()
    {
        QFETCH(QString, role);
        QFETCH(QString, text);
        QFETCH(QString, first);
        QFETCH(int, atLeast);
        QFETCH(int, atMost);
        QFETCH(int, provinces);
        QFETCH(QString, inAll);
        const QList<AreaCatalog::Match> found = StationAreaFinder::find(role, text, 100);
        QVERIFY2(found.size() >= atLeast && found.size() <= atMost,
                 qPrintable(QString::number(found.size())));
        if (!first.isEmpty())
            QCOMPARE(found.first().code, first);
        QSet<QString> seen;
        QSet<QString> inProvinces;
        for (const AreaCatalog::Match& m : found) {
            QVERIFY2(StationSetup::fitsRole(role, m.code), qPrintable(m.code));
            QVERIFY2(m.fullName.contains(inAll), qPrintable(m.fullName));
            QVERIFY2(!seen.contains(m.code), qPrintable(m.code)); // each place once
            seen.insert(m.code);
            inProvinces.insert(m.code.left(2));
        }
        QVERIFY(inProvinces.size() >= provinces);
    }
};

QTEST_GUILESS_MAIN(TestStationAreaFinder)
#include "TestStationAreaFinder.moc"
