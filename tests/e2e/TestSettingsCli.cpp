// End-to-end: the station's settings and the benchmarks, through shouhu-cli on real database files.
#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::CliRun;
using TestSupport::runCli;

namespace {
QJsonObject json(const CliRun& r)
{
    return QJsonDocument::fromJson(r.out).object();
}
} // namespace

class TestSettingsCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void classifierRules();
    void lockMinutes_data();
    void lockMinutes();
    void benchOpenSearchSmall();
    void benchImportManySmall();

private:
    CliRun cli(const QStringList& args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_dir->filePath(QStringLiteral("case.sqlite"))} +
                      args);
    }
    void initTownship() const
    {
        const CliRun r = cli({QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("township"),
                              QStringLiteral("--area"), QStringLiteral("431022104"), QStringLiteral("--name"),
                              QStringLiteral("笆篱镇")});
        QCOMPARE(r.exitCode, 0);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSettingsCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSettingsCli::classifierRules()
{
    initTownship();
    const CliRun shown = cli({QStringLiteral("settings"), QStringLiteral("--json")});
    QCOMPARE(shown.exitCode, 0);
    QCOMPARE(json(shown)[QStringLiteral("monthsAwayThreshold")].toInt(), 3);
    QCOMPARE(json(shown)[QStringLiteral("requireCrossCounty")].toBool(), true);
    const CliRun changed =
        cli({QStringLiteral("settings"), QStringLiteral("--months-away"), QStringLiteral("6"),
             QStringLiteral("--cross-county"), QStringLiteral("no"), QStringLiteral("--json")});
    QCOMPARE(changed.exitCode, 0);
    QCOMPARE(json(changed)[QStringLiteral("monthsAwayThreshold")].toInt(), 6);
    QCOMPARE(json(changed)[QStringLiteral("requireCrossCounty")].toBool(), false);
    QCOMPARE(json(cli({QStringLiteral("settings"),
                       QStringLiteral("--json")}))[QStringLiteral("monthsAwayThreshold")]
                 .toInt(),
             6);
    QCOMPARE(
        cli({QStringLiteral("settings"), QStringLiteral("--cross-county"), QStringLiteral("maybe")}).exitCode,
        2);
    QCOMPARE(cli({QStringLiteral("settings"), QStringLiteral("--months-away"), QStringLiteral("0")}).exitCode,
             1);
}

void TestSettingsCli::lockMinutes_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<int>("stored"); // what settings shows afterwards
    QTest::newRow("never") << QStringLiteral("0") << 0 << 0;
    QTest::newRow("half an hour") << QStringLiteral("30") << 0 << 30;
    QTest::newRow("four hours") << QStringLiteral("240") << 0 << 240;
    QTest::newRow("too long") << QStringLiteral("241") << 1 << 10;
    QTest::newRow("negative") << QStringLiteral("-5") << 1 << 10;
    QTest::newRow("not a number") << QStringLiteral("soon") << 1 << 10;
}

void TestSettingsCli::lockMinutes()
{
    QFETCH(QString, value);
    QFETCH(int, exitCode);
    QFETCH(int, stored);
    initTownship();
    QCOMPARE(
        json(cli({QStringLiteral("settings"), QStringLiteral("--json")}))[QStringLiteral("lockIdleMinutes")]
            .toInt(),
        10);
    const CliRun r = cli({QStringLiteral("settings"), QStringLiteral("--lock-minutes"), value});
    QCOMPARE(r.exitCode, exitCode);
    if (exitCode != 0) {
        QVERIFY(!r.err.trimmed().isEmpty());
        QVERIFY2(!r.err.trimmed().contains('\n'), r.err.constData());
    }
    QCOMPARE(
        json(cli({QStringLiteral("settings"), QStringLiteral("--json")}))[QStringLiteral("lockIdleMinutes")]
            .toInt(),
        stored);
}

void TestSettingsCli::benchOpenSearchSmall()
{
    // On a new database the benchmark creates a demo station and data first. Budgets are not asserted.
    const CliRun r = cli({QStringLiteral("bench"), QStringLiteral("open-search"),
                          QStringLiteral("--children"), QStringLiteral("120"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = json(r);
    QCOMPARE(o[QStringLiteral("children")].toInt(), 120);
    QCOMPARE(o[QStringLiteral("generatedChildren")].toInt(), 120);
    QCOMPARE(o[QStringLiteral("pageRows")].toInt(), 100);
    QVERIFY(o[QStringLiteral("openFirstPageMs")].toDouble() > 0);
    QVERIFY(o[QStringLiteral("searches")].toArray().size() >= 10);
    QVERIFY(o[QStringLiteral("searchMaxMs")].toDouble() >= o[QStringLiteral("searchMedianMs")].toDouble());
    QVERIFY(o[QStringLiteral("peakMemoryMb")].toDouble() > 0);
    for (const char* budget : {"openFirstPageMs", "searchMaxMs", "peakMemoryMb"})
        QVERIFY(o[QStringLiteral("budgets")].toObject().contains(QLatin1String(budget)));
    // A second run finds enough children and generates none; the text form names the budgets.
    const CliRun text = cli({QStringLiteral("bench"), QStringLiteral("open-search"),
                             QStringLiteral("--children"), QStringLiteral("120")});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains("PASS") || text.out.contains("FAIL"));
    QVERIFY(!text.out.contains("were created first"));
}

// Three small village packages: imported one by one and in one action, the township ends with the same
// children either way (the times are reported, not asserted).
void TestSettingsCli::benchImportManySmall()
{
    const CliRun r = cli({QStringLiteral("bench"), QStringLiteral("import-many"),
                          QStringLiteral("--packages"), QStringLiteral("3"), QStringLiteral("--children"),
                          QStringLiteral("4"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = json(r);
    QCOMPARE(o[QStringLiteral("packages")].toInt(), 3);
    QCOMPARE(o[QStringLiteral("childrenImportedOneByOne")].toInt(), 12);
    QCOMPARE(o[QStringLiteral("childrenImportedTogether")].toInt(), 12);
    QVERIFY(o[QStringLiteral("budgets")].toObject()[QStringLiteral("sameResult")].toBool());
    QVERIFY(o[QStringLiteral("budgets")].toObject().contains(QStringLiteral("together<=1.2xOneByOne")));
    QVERIFY(o.contains(QStringLiteral("oneByOneMs")) && o.contains(QStringLiteral("togetherMs")));
    QCOMPARE(cli({QStringLiteral("bench"), QStringLiteral("import-many"), QStringLiteral("--packages"),
                  QStringLiteral("1")})
                 .exitCode,
             1);
}

QTEST_GUILESS_MAIN(TestSettingsCli)
#include "TestSettingsCli.moc"
