#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// `shouhu-cli dashboard` as a township clerk runs it, on 2026-12-10 (SHOUHU_TEST_NOW): three children
// (parents away, hukou not recorded: suspected) in two villages, one of them surveyed, the survey's deadline
// set with `settings`; every number's list (`--list`) has as many children as the number; a village's own
// dashboard; refusals in one sentence.
class TestDashboardCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QStringList m_ids; // 张佳怡 and 王小明 in 南跃村, 李娜娜 in 南进村

    TestSupport::CliRun cli(QStringList args)
    {
        args.prepend(m_dir.filePath(QStringLiteral("t.db")));
        args.prepend(QStringLiteral("--db"));
        return TestSupport::runCli(args, {}, {QStringLiteral("SHOUHU_TEST_NOW=2026-12-10T10:00:00")});
    }

    QString write(const QString& name, const QByteArray& json)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(json);
        return f.fileName();
    }

    QJsonObject dashboard(const QStringList& extra = {})
    {
        const TestSupport::CliRun r =
            cli(QStringList{QStringLiteral("dashboard"), QStringLiteral("--json")} + extra);
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out).object();
    }

private slots:
    void initTestCase();
    void figures();
    void everyNumberHasItsChildren();
    void villageRows();
    void oneVillage();
    void text();
    void refusals();
};

void TestDashboardCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("township"),
                  QStringLiteral("--area"), QStringLiteral("441523101"), QStringLiteral("--name"),
                  QStringLiteral("水唇镇")})
                 .exitCode,
             0);
    const QList<std::pair<const char*, const char*>> children = {
        {"441523101201", "张佳怡"}, {"441523101201", "王小明"}, {"441523101202", "李娜娜"}};
    for (const auto& [village, name] : children) {
        const QString file =
            write(QStringLiteral("child.json"),
                  QStringLiteral(R"({"area_code":"%1","name":"%2","sex":"F","birth_date":"2015-03-04",
                   "father":{"name":"张伟","status":"away_for_work","away_since":"2023-02-01","work_place_code":"440305"},
                   "mother":{"name":"李娜","status":"away_for_work","away_since":"2023-02-01",
                             "work_place_code":"440305"}})")
                      .arg(QLatin1String(village), QString::fromUtf8(name))
                      .toUtf8());
        const TestSupport::CliRun added = cli({QStringLiteral("--json"), QStringLiteral("add-child"), file});
        QVERIFY2(added.exitCode == 0, added.err.constData());
        m_ids << QJsonDocument::fromJson(added.out).object().value(QStringLiteral("id")).toString();
    }
    const QString visit = write(QStringLiteral("visit.json"), R"({"kind":"survey","visit_date":"2026-12-09",
        "visitor":"陈丽","visitor_role":"child_director","met":["child"]})");
    const TestSupport::CliRun visited =
        cli({QStringLiteral("visit"), QStringLiteral("add"), visit, QStringLiteral("--child"), m_ids.at(0)});
    QVERIFY2(visited.exitCode == 0, visited.err.constData());
    const TestSupport::CliRun set = cli({QStringLiteral("--json"), QStringLiteral("settings"),
                                         QStringLiteral("--survey-deadline"), QStringLiteral("2026-12-31")});
    QVERIFY2(set.exitCode == 0, set.err.constData());
    QCOMPARE(QJsonDocument::fromJson(set.out).object().value(QStringLiteral("surveyDeadline")).toString(),
             QStringLiteral("2026-12-31"));
}

void TestDashboardCli::figures()
{
    const QJsonObject d = dashboard();
    QCOMPARE(d.value(QStringLiteral("area")).toString(), QStringLiteral("441523101000"));
    QCOMPARE(d.value(QStringLiteral("today")).toString(), QStringLiteral("2026-12-10"));
    QCOMPARE(d.value(QStringLiteral("surveyDeadline")).toString(), QStringLiteral("2026-12-31"));
    QCOMPARE(d.value(QStringLiteral("daysLeft")).toInt(), 21);
    const QJsonObject f = d.value(QStringLiteral("figures")).toObject();
    QCOMPARE(f.value(QStringLiteral("children")).toInt(), 3);
    QCOMPARE(f.value(QStringLiteral("new")).toInt(), 3); // all registered this month
    QCOMPARE(f.value(QStringLiteral("exited")).toInt(), 0);
    QCOMPARE(f.value(QStringLiteral("surveyed")).toInt(), 1);
    QCOMPARE(f.value(QStringLiteral("to_survey")).toInt(), 2);
    // Without hukou facts the classifier cannot decide: suspected, each due a survey visit this month.
    QCOMPARE(d.value(QStringLiteral("byCategory")).toObject().value(QStringLiteral("suspected")).toInt(), 3);
    QCOMPARE(f.value(QStringLiteral("left_behind")).toInt(), 0);
    QCOMPARE(f.value(QStringLiteral("visits_done")).toInt(), 1);
    QCOMPARE(f.value(QStringLiteral("visits_due")).toInt(), 2);
    QCOMPARE(f.value(QStringLiteral("updated_this_week")).toInt(), 3);
    // No ID numbers and no hukou addresses: every child has issues.
    QCOMPARE(f.value(QStringLiteral("quality")).toInt(), 3);
    QVERIFY(d.value(QStringLiteral("qualityIssues")).toInt() >= 6);
}

void TestDashboardCli::everyNumberHasItsChildren()
{
    const QJsonObject f = dashboard().value(QStringLiteral("figures")).toObject();
    QVERIFY(!f.isEmpty());
    for (auto it = f.constBegin(); it != f.constEnd(); ++it) {
        const TestSupport::CliRun r =
            cli({QStringLiteral("dashboard"), QStringLiteral("--json"), QStringLiteral("--list"), it.key()});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QVERIFY2(list.size() == it.value().toInt(), qPrintable(it.key()));
        for (const QJsonValue& c : list)
            QVERIFY(m_ids.contains(c.toObject().value(QStringLiteral("id")).toString()));
    }
    const TestSupport::CliRun surveyed = cli({QStringLiteral("dashboard"), QStringLiteral("--json"),
                                              QStringLiteral("--list"), QStringLiteral("surveyed")});
    const QJsonArray list = QJsonDocument::fromJson(surveyed.out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("id")).toString(), m_ids.at(0));
    QCOMPARE(list.first().toObject().value(QStringLiteral("name")).toString(), QStringLiteral("张佳怡"));
}

void TestDashboardCli::villageRows()
{
    const QJsonArray areas = dashboard().value(QStringLiteral("areas")).toArray();
    QCOMPARE(areas.size(), 16);
    QHash<QString, QJsonObject> byCode;
    for (const QJsonValue& a : areas)
        byCode.insert(a.toObject().value(QStringLiteral("code")).toString(), a.toObject());
    const QJsonObject a = byCode.value(QStringLiteral("441523101201"));
    QCOMPARE(a.value(QStringLiteral("figures")).toObject().value(QStringLiteral("children")).toInt(), 2);
    QCOMPARE(a.value(QStringLiteral("figures")).toObject().value(QStringLiteral("surveyed")).toInt(), 1);
    QVERIFY(a.value(QStringLiteral("lastPackage")).isNull());
    QCOMPARE(byCode.value(QStringLiteral("441523101202"))
                 .value(QStringLiteral("figures"))
                 .toObject()
                 .value(QStringLiteral("to_survey"))
                 .toInt(),
             1);
}

void TestDashboardCli::oneVillage()
{
    const QJsonObject d = dashboard({QStringLiteral("--area"), QStringLiteral("441523101202")});
    QCOMPARE(d.value(QStringLiteral("figures")).toObject().value(QStringLiteral("children")).toInt(), 1);
    QVERIFY(d.value(QStringLiteral("areas")).toArray().isEmpty());
    const TestSupport::CliRun r =
        cli({QStringLiteral("dashboard"), QStringLiteral("--json"), QStringLiteral("--area"),
             QStringLiteral("441523101202"), QStringLiteral("--list"), QStringLiteral("to_survey")});
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
}

void TestDashboardCli::text()
{
    const TestSupport::CliRun r = cli({QStringLiteral("dashboard")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    for (const char* expected :
         {"On the register", "To survey", "2026-12-31 (21 days left)", "南跃村民委员会"})
        QVERIFY2(out.contains(QString::fromUtf8(expected)), qPrintable(out));
    const TestSupport::CliRun list =
        cli({QStringLiteral("dashboard"), QStringLiteral("--list"), QStringLiteral("to_survey")});
    QVERIFY(QString::fromUtf8(list.out).contains(QStringLiteral("李娜娜")));
    QVERIFY(!QString::fromUtf8(list.out).contains(QStringLiteral("张佳怡")));
}

void TestDashboardCli::refusals()
{
    // Another township: refused in one sentence.
    TestSupport::CliRun r =
        cli({QStringLiteral("dashboard"), QStringLiteral("--area"), QStringLiteral("441523102")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(TestSupport::isOneSentence(r.err), r.err.constData());
    // An unknown figure: a usage error.
    r = cli({QStringLiteral("dashboard"), QStringLiteral("--list"), QStringLiteral("everyone")});
    QCOMPARE(r.exitCode, 2);
    // A deadline typed wrong changes nothing.
    for (const char* bad : {"2026-13-01", "1926-12-31"}) {
        r = cli({QStringLiteral("settings"), QStringLiteral("--survey-deadline"), QLatin1String(bad),
                 QStringLiteral("--lock-minutes"), QStringLiteral("5")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(TestSupport::isOneSentence(r.err), r.err.constData());
    }
    const QJsonObject d = dashboard();
    QCOMPARE(d.value(QStringLiteral("surveyDeadline")).toString(), QStringLiteral("2026-12-31"));
    r = cli({QStringLiteral("--json"), QStringLiteral("settings")});
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("lockIdleMinutes")).toInt(), 10);
}

QTEST_GUILESS_MAIN(TestDashboardCli)
#include "TestDashboardCli.moc"
