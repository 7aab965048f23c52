// End-to-end: shouhu-cli driven as a user or a script would, on real database files.
#include "TestSupport.h"

#include "domain/IdNumber.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::CliRun;
using TestSupport::isOneSentence;
using TestSupport::runCli;

namespace {
const QString kTownship = QStringLiteral("431022104");
const QString kVillage = QStringLiteral("431022104221");

// A valid ID number born on `birth` in the county of kVillage; odd sequence = male.
QString makeId(QDate birth, int sequence)
{
    const QString first17 = QStringLiteral("431022") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QJsonValue json(const CliRun& r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << r.out << r.err;
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void initStation();
    void initRefused_data();
    void initRefused();
    void checkId_data();
    void checkId();
    void checkIdJson();
    void addChild();
    void addChildInvalidIdWritesNothing();
    void addChildFromStdin();
    void editThenShow();
    void birthDateDisagreeingWithId();
    void usageErrors_data();
    void usageErrors();
    void help();
    void demoStatsSearch();
    void demoNeedsStation();
    void classifyOverAge();
    void classifyFutureDateNeedsDemo();
    void exitChild();

private:
    QStringList db() const
    {
        return {QStringLiteral("--db"), m_dir->filePath(QStringLiteral("case.sqlite"))};
    }
    CliRun cli(const QStringList& args, const QByteArray& input = {}) const
    {
        return runCli(db() + args, input);
    }
    void initTownship() const
    {
        const CliRun r =
            cli({QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("township"),
                 QStringLiteral("--area"), kTownship, QStringLiteral("--name"), QStringLiteral("笆篱镇")});
        QCOMPARE(r.exitCode, 0);
    }
    QString writeFile(const QString& name, const QJsonObject& o) const
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(o).toJson());
        return path;
    }
    QJsonObject childJson() const
    {
        return QJsonObject{
            {QStringLiteral("area_code"), kVillage},
            {QStringLiteral("name"), QStringLiteral("王小明")},
            {QStringLiteral("id_number"), makeId(QDate(2015, 6, 30), 123)},
            {QStringLiteral("hukou_type"), QStringLiteral("rural")},
            {QStringLiteral("schooling"), QStringLiteral("primary")},
            {QStringLiteral("household"),
             QJsonObject{{QStringLiteral("address"), QStringLiteral("笆篱村三组")},
                         {QStringLiteral("income_sources"),
                          QJsonArray{QStringLiteral("work_away"), QStringLiteral("farming")}}}},
            {QStringLiteral("father"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("王大山")},
                         {QStringLiteral("status"), QStringLiteral("away_for_work")},
                         {QStringLiteral("work_place_code"), QStringLiteral("440300")},
                         {QStringLiteral("away_since"), QStringLiteral("2023-02-01")}}},
            {QStringLiteral("mother"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("李小花")},
                         {QStringLiteral("status"), QStringLiteral("away_for_work")},
                         {QStringLiteral("work_place_code"), QStringLiteral("330100")},
                         {QStringLiteral("away_since"), QStringLiteral("2023-02-01")}}},
            {QStringLiteral("guardian"),
             QJsonObject{{QStringLiteral("name"), QStringLiteral("王奶奶")},
                         {QStringLiteral("relation_to_child"), QStringLiteral("祖母")},
                         {QStringLiteral("phone"), QStringLiteral("13800138000")}}},
        };
    }
    int countMatches(const QStringList& searchArgs) const
    {
        const CliRun r =
            cli(QStringList{QStringLiteral("search")} + searchArgs + QStringList{QStringLiteral("--json")});
        if (r.exitCode != 0)
            return -1;
        return int(json(r).toArray().size());
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCli::initStation()
{
    const CliRun r =
        cli({QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("village"),
             QStringLiteral("--area"), kVillage, QStringLiteral("--name"), QStringLiteral("某村"),
             QStringLiteral("--operator"), QStringLiteral("张主任"), QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject o = json(r).toObject();
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$"))
                .match(o.value(QStringLiteral("id")).toString())
                .hasMatch());
    QCOMPARE(o.value(QStringLiteral("role")).toString(), QStringLiteral("village"));
    QCOMPARE(o.value(QStringLiteral("area")).toString(), kVillage);
    QCOMPARE(o.value(QStringLiteral("operator")).toString(), QStringLiteral("张主任"));

    // A second init on the same database is refused.
    const CliRun again =
        cli({QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("township"),
             QStringLiteral("--area"), kTownship, QStringLiteral("--name"), QStringLiteral("x")});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(isOneSentence(again.err));
    QVERIFY(again.err.contains("already"));
}

void TestCli::initRefused_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QString>("area");
    QTest::newRow("village given a county code") << "village"
                                                 << "431022";
    QTest::newRow("county given a township code") << "county" << kTownship;
    QTest::newRow("township given a village code") << "township" << kVillage;
    QTest::newRow("city given a county code") << "city"
                                              << "431022";
    QTest::newRow("unknown village") << "village"
                                     << "110101001999";
    QTest::newRow("malformed code") << "county"
                                    << "12345";
    QTest::newRow("unknown role") << "province"
                                  << "43";
}

void TestCli::initRefused()
{
    QFETCH(QString, role);
    QFETCH(QString, area);
    const CliRun r = cli({QStringLiteral("init"), QStringLiteral("--role"), role, QStringLiteral("--area"),
                          area, QStringLiteral("--name"), QStringLiteral("站")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(isOneSentence(r.err), r.err.constData());
    QVERIFY(r.out.isEmpty());
    // Nothing was set up: a correct init still works.
    initTownship();
}

void TestCli::checkId_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected");
    QTest::newRow("valid") << "11010519491231002X" << 0 << "1949-12-31";
    QTest::newRow("valid, lower-case x") << "11010519491231002x" << 0 << "Female";
    QTest::newRow("bad checksum") << "110105194912310021" << 1 << "check character";
    QTest::newRow("impossible date") << "110105194902300021" << 1 << "not a real date";
    QTest::newRow("too short") << "1101051949" << 1 << "18 characters";
}

void TestCli::checkId()
{
    QFETCH(QString, id);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    const CliRun r = runCli({QStringLiteral("check-id"), id});
    QCOMPARE(r.exitCode, exitCode);
    QVERIFY2(QString::fromUtf8(r.out).contains(expected), r.out.constData());
}

void TestCli::checkIdJson()
{
    const CliRun r =
        runCli({QStringLiteral("check-id"), QStringLiteral("--json"), QStringLiteral("11010519491231002X"),
                QStringLiteral("440524188001010014"), QStringLiteral("110105194912310021")});
    QCOMPARE(r.exitCode, 1); // one of them is not valid
    const QJsonArray a = json(r).toArray();
    QCOMPARE(a.size(), 3);
    for (const QJsonValue& v : a) {
        const QJsonObject o = v.toObject();
        for (const char* key : {"id", "valid", "reason", "birthDate", "sex", "county"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }
    QCOMPARE(a.at(0)[QStringLiteral("valid")].toBool(), true);
    QCOMPARE(a.at(0)[QStringLiteral("sex")].toString(), QStringLiteral("F"));
    QCOMPARE(a.at(0)[QStringLiteral("birthDate")].toString(), QStringLiteral("1949-12-31"));
    QVERIFY(a.at(0)[QStringLiteral("county")].toString().contains(QStringLiteral("朝阳区")));
    QCOMPARE(a.at(1)[QStringLiteral("sex")].toString(), QStringLiteral("M"));
    QCOMPARE(a.at(2)[QStringLiteral("valid")].toBool(), false);
    QVERIFY(!a.at(2)[QStringLiteral("reason")].toString().isEmpty());

    QCOMPARE(runCli({QStringLiteral("check-id"), QStringLiteral("11010519491231002X")}).exitCode, 0);
}

void TestCli::addChild()
{
    initTownship();
    const CliRun r = cli({QStringLiteral("add-child"), writeFile(QStringLiteral("c.json"), childJson()),
                          QStringLiteral("--json")});
    QCOMPARE(r.exitCode, 0);
    const QString id = json(r)[QStringLiteral("id")].toString();
    QVERIFY(!id.isEmpty());
    const QJsonArray found =
        json(cli({QStringLiteral("search"), QStringLiteral("王小明"), QStringLiteral("--json")})).toArray();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.at(0)[QStringLiteral("id")].toString(), id);
    // The ID number filled in the birth date and sex.
    const QJsonObject shown =
        json(cli({QStringLiteral("show-child"), id, QStringLiteral("--json")})).toObject();
    QCOMPARE(shown[QStringLiteral("birth_date")].toString(), QStringLiteral("2015-06-30"));
    QCOMPARE(shown[QStringLiteral("sex")].toString(), QStringLiteral("M"));
    QCOMPARE(shown[QStringLiteral("father")][QStringLiteral("name")].toString(), QStringLiteral("王大山"));
    QCOMPARE(shown[QStringLiteral("household")][QStringLiteral("income_sources")].toString(),
             QStringLiteral("work_away,farming"));
    // Text form.
    const CliRun text = cli({QStringLiteral("show-child"), id});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("王大山")));
    QVERIFY(text.out.contains("Away for work"));
}

void TestCli::addChildInvalidIdWritesNothing()
{
    initTownship();
    QJsonObject child = childJson();
    child[QStringLiteral("id_number")] = QStringLiteral("431022201506301230"); // wrong check character
    const CliRun r = cli({QStringLiteral("add-child"), writeFile(QStringLiteral("c.json"), child)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(isOneSentence(r.err), r.err.constData());
    QVERIFY(r.err.contains("check character"));
    QCOMPARE(countMatches({QString(), QStringLiteral("--status"), QStringLiteral("all")}), 0);

    // Not JSON at all.
    QFile f(m_dir->filePath(QStringLiteral("bad.json")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ name: ");
    f.close();
    const CliRun bad = cli({QStringLiteral("add-child"), f.fileName()});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(isOneSentence(bad.err));
    QCOMPARE(countMatches({QString(), QStringLiteral("--status"), QStringLiteral("all")}), 0);
}

void TestCli::addChildFromStdin()
{
    initTownship();
    const CliRun r =
        cli({QStringLiteral("add-child"), QStringLiteral("-")}, QJsonDocument(childJson()).toJson());
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(countMatches({QStringLiteral("小明")}), 1);
}

void TestCli::editThenShow()
{
    initTownship();
    const QString id =
        json(cli({QStringLiteral("add-child"), writeFile(QStringLiteral("c.json"), childJson()),
                  QStringLiteral("--json")}))[QStringLiteral("id")]
            .toString();
    QVERIFY(!id.isEmpty());
    const QJsonObject change{
        {QStringLiteral("schooling"), QStringLiteral("junior")},
        {QStringLiteral("school_name"), QStringLiteral("笆篱中学")},
        {QStringLiteral("father"), QJsonObject{{QStringLiteral("phone"), QStringLiteral("13912345678")}}}};
    const CliRun edit = cli({QStringLiteral("edit-child"), id, writeFile(QStringLiteral("e.json"), change),
                             QStringLiteral("--json")});
    QCOMPARE(edit.exitCode, 0);
    QCOMPARE(json(edit)[QStringLiteral("changed")].toInt(), 3);
    const QJsonObject shown =
        json(cli({QStringLiteral("show-child"), id, QStringLiteral("--json")})).toObject();
    QCOMPARE(shown[QStringLiteral("schooling")].toString(), QStringLiteral("junior"));
    QCOMPARE(shown[QStringLiteral("school_name")].toString(), QStringLiteral("笆篱中学"));
    QCOMPARE(shown[QStringLiteral("father")][QStringLiteral("phone")].toString(),
             QStringLiteral("13912345678"));
    QCOMPARE(shown[QStringLiteral("father")][QStringLiteral("name")].toString(),
             QStringLiteral("王大山")); // kept

    // A refused edit changes nothing.
    const CliRun refused =
        cli({QStringLiteral("edit-child"), id,
             writeFile(QStringLiteral("r.json"),
                       QJsonObject{{QStringLiteral("schooling"), QStringLiteral("college")}})});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY(isOneSentence(refused.err));
    QCOMPARE(
        json(cli({QStringLiteral("show-child"), id, QStringLiteral("--json")}))[QStringLiteral("schooling")]
            .toString(),
        QStringLiteral("junior"));
    // An unknown child.
    QCOMPARE(cli({QStringLiteral("show-child"), QStringLiteral("no-such-id")}).exitCode, 1);
}

void TestCli::birthDateDisagreeingWithId()
{
    initTownship();
    QJsonObject child = childJson();
    child[QStringLiteral("birth_date")] = QStringLiteral("2015-07-01");
    const CliRun r = cli({QStringLiteral("add-child"), writeFile(QStringLiteral("c.json"), child)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(isOneSentence(r.err), r.err.constData());
    QVERIFY(r.err.contains("does not match"));
    QCOMPARE(countMatches({QString(), QStringLiteral("--status"), QStringLiteral("all")}), 0);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no command") << QStringList{};
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
    QTest::newRow("unknown option") << QStringList{QStringLiteral("stats"), QStringLiteral("--colour")};
    QTest::newRow("unknown global option")
        << QStringList{QStringLiteral("--colour"), QStringLiteral("stats")};
    QTest::newRow("missing argument") << QStringList{QStringLiteral("check-id")};
    QTest::newRow("too many arguments")
        << QStringList{QStringLiteral("show-child"), QStringLiteral("a"), QStringLiteral("b")};
    QTest::newRow("missing option value") << QStringList{QStringLiteral("search"), QStringLiteral("--limit")};
    QTest::newRow("init without role")
        << QStringList{QStringLiteral("init"), QStringLiteral("--area"), kTownship, QStringLiteral("--name"),
                       QStringLiteral("x")};
    QTest::newRow("exit-child without date")
        << QStringList{QStringLiteral("exit-child"), QStringLiteral("x"), QStringLiteral("--reason"),
                       QStringLiteral("died")};
    QTest::newRow("bench alone") << QStringList{QStringLiteral("bench")};
    QTest::newRow("flag with a value") << QStringList{QStringLiteral("stats"), QStringLiteral("--json=yes")};
    QTest::newRow("bad language") << QStringList{QStringLiteral("--lang"), QStringLiteral("fr"),
                                                 QStringLiteral("stats")};
    QTest::newRow("help for an unknown command")
        << QStringList{QStringLiteral("help"), QStringLiteral("frobnicate")};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    initTownship();
    const CliRun r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains("Usage"), r.err.constData());
}

void TestCli::help()
{
    const CliRun all = runCli({QStringLiteral("--help")});
    QCOMPARE(all.exitCode, 0);
    for (const char* command : {"init", "demo", "check-id", "add-child", "edit-child", "show-child",
                                "exit-child", "classify", "stats", "search", "bench open-search", "settings"})
        QVERIFY2(all.out.contains(command), command);
    const CliRun one = runCli({QStringLiteral("help"), QStringLiteral("search")});
    QCOMPARE(one.exitCode, 0);
    QVERIFY(one.out.contains("--village"));
    QCOMPARE(runCli({QStringLiteral("search"), QStringLiteral("--help")}).out, one.out);
    QCOMPARE(runCli({QStringLiteral("help"), QStringLiteral("bench")}).exitCode, 0);
    // Chinese by default.
    const CliRun zh = runCli({QStringLiteral("--help")}, {}, {QStringLiteral("SHOUHU_LANG=")});
    QCOMPARE(zh.exitCode, 0);
}

void TestCli::demoStatsSearch()
{
    initTownship();
    const CliRun demo = cli({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("200"),
                             QStringLiteral("--seed"), QStringLiteral("7")});
    QCOMPARE(demo.exitCode, 0);
    QVERIFY(demo.out.contains("200"));
    QVERIFY(demo.err.contains("200")); // the progress line

    const CliRun stats = cli({QStringLiteral("stats"), QStringLiteral("--json")});
    QCOMPARE(stats.exitCode, 0);
    const QJsonObject s = json(stats).toObject();
    QCOMPARE(s[QStringLiteral("children")].toInt(), 200);
    int byCategory = 0;
    for (const QJsonValue& v : s[QStringLiteral("byCategory")].toObject())
        byCategory += v.toInt();
    const int active = s[QStringLiteral("byStatus")][QStringLiteral("active")].toInt();
    QVERIFY(active > 0);
    QCOMPARE(byCategory, active);
    int byVillage = 0;
    const QJsonObject villages = s[QStringLiteral("byVillage")].toObject();
    for (auto it = villages.begin(); it != villages.end(); ++it) {
        QVERIFY(it.key().startsWith(kTownship));
        byVillage += it.value()[QStringLiteral("children")].toInt();
    }
    QCOMPARE(byVillage, active);
    QCOMPARE(cli({QStringLiteral("stats")}).exitCode, 0);

    // The search list and its keys.
    const QJsonArray list = json(cli({QStringLiteral("search"), QStringLiteral("--json"),
                                      QStringLiteral("--limit"), QStringLiteral("30")}))
                                .toArray();
    QCOMPARE(list.size(), 30);
    for (const QJsonValue& v : list) {
        for (const char* key : {"id", "name", "village", "villageName", "category"})
            QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        QCOMPARE(v[QStringLiteral("village")].toString().size(), 12);
        QVERIFY(!v[QStringLiteral("villageName")].toString().isEmpty());
    }
    QCOMPARE(countMatches({QString(), QStringLiteral("--limit"), QStringLiteral("1000")}), active);
    QCOMPARE(countMatches({QString(), QStringLiteral("--offset"), QStringLiteral("190"),
                           QStringLiteral("--limit"), QStringLiteral("1000")}),
             active - 190);

    // A two-character name and a single given-name character taken from the data.
    const QString name = list.at(7)[QStringLiteral("name")].toString();
    QVERIFY(name.size() >= 2);
    for (const QString& text : {name.left(2), name.right(1)}) {
        const QJsonArray found = json(cli({QStringLiteral("search"), text, QStringLiteral("--json"),
                                           QStringLiteral("--limit"), QStringLiteral("1000")}))
                                     .toArray();
        QVERIFY2(!found.isEmpty(), qPrintable(text));
        bool hasName = false;
        for (const QJsonValue& v : found) {
            QVERIFY(v[QStringLiteral("name")].toString().contains(text));
            hasName = hasName || v[QStringLiteral("name")].toString() == name;
        }
        QVERIFY(hasName);
    }
    // Filters.
    const QString village = list.at(0)[QStringLiteral("village")].toString();
    const QJsonArray inVillage =
        json(cli({QStringLiteral("search"), QStringLiteral("--village"), village, QStringLiteral("--json"),
                  QStringLiteral("--limit"), QStringLiteral("1000")}))
            .toArray();
    QCOMPARE(inVillage.size(), villages[village][QStringLiteral("children")].toInt());
    QCOMPARE(
        cli({QStringLiteral("search"), QStringLiteral("--category"), QStringLiteral("nonsense")}).exitCode,
        1);
    QCOMPARE(cli({QStringLiteral("search"), QStringLiteral("--status"), QStringLiteral("gone")}).exitCode, 1);
}

void TestCli::demoNeedsStation()
{
    const CliRun r = cli({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("10")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(isOneSentence(r.err));
    QVERIFY(r.err.contains("init"));
    initTownship();
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("0")}).exitCode, 1);
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("100001")}).exitCode,
             1);
    // Demo data never goes into a register with real children.
    QCOMPARE(cli({QStringLiteral("add-child"), writeFile(QStringLiteral("c.json"), childJson())}).exitCode,
             0);
    const CliRun mixed = cli({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("10")});
    QCOMPARE(mixed.exitCode, 1);
    QCOMPARE(countMatches({QString(), QStringLiteral("--status"), QStringLiteral("all")}), 1);
}

void TestCli::classifyOverAge()
{
    initTownship();
    QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("50"),
                  QStringLiteral("--json")})
                 .exitCode,
             0);
    const int active = countMatches({QString(), QStringLiteral("--limit"), QStringLiteral("1000")});
    QVERIFY(active > 0);

    const CliRun today = cli({QStringLiteral("classify")});
    QCOMPARE(today.exitCode, 0);
    QVERIFY(today.out.contains("Left-behind"));

    const QString later = QDate::currentDate().addYears(20).toString(Qt::ISODate);
    const CliRun r = cli({QStringLiteral("classify"), QStringLiteral("--date"), later});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains(QString(QStringLiteral("%1 children turned 16 and were exited as over-age"))
                                .arg(active)
                                .toUtf8()),
             r.out.constData());
    QCOMPARE(countMatches({QString(), QStringLiteral("--limit"), QStringLiteral("1000")}), 0);
    const QJsonArray exited =
        json(cli({QStringLiteral("search"), QStringLiteral("--status"), QStringLiteral("exited"),
                  QStringLiteral("--json"), QStringLiteral("--limit"), QStringLiteral("1000")}))
            .toArray();
    QCOMPARE(exited.size(), active);
    const QString id = exited.at(0)[QStringLiteral("id")].toString();
    const QJsonObject file =
        json(cli({QStringLiteral("show-child"), id, QStringLiteral("--json")})).toObject();
    QCOMPARE(file[QStringLiteral("exit_reason")].toString(), QStringLiteral("over_age"));

    // A second run has nobody left to exit; --child shows one verdict in JSON.
    const CliRun again = cli({QStringLiteral("classify"), QStringLiteral("--date"), later,
                              QStringLiteral("--child"), id, QStringLiteral("--json")});
    QCOMPARE(again.exitCode, 0);
    const QJsonArray one = json(again).toArray();
    QCOMPARE(one.size(), 1);
    QCOMPARE(one.at(0)[QStringLiteral("category")].toString(), QStringLiteral("over_age"));
    QCOMPARE(one.at(0)[QStringLiteral("exitedNow")].toBool(), false);
    QVERIFY(!one.at(0)[QStringLiteral("reasons")].toArray().isEmpty());
    QVERIFY(!again.err.contains("over-age"));
}

void TestCli::classifyFutureDateNeedsDemo()
{
    initTownship();
    const QString id =
        json(cli({QStringLiteral("add-child"), writeFile(QStringLiteral("c.json"), childJson()),
                  QStringLiteral("--json")}))[QStringLiteral("id")]
            .toString();
    const CliRun json1 = cli({QStringLiteral("classify"), QStringLiteral("--json")});
    QCOMPARE(json1.exitCode, 0);
    const QJsonArray all = json(json1).toArray();
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.at(0)[QStringLiteral("id")].toString(), id);
    QCOMPARE(all.at(0)[QStringLiteral("category")].toString(), QStringLiteral("left_behind"));
    const CliRun future = cli({QStringLiteral("classify"), QStringLiteral("--date"),
                               QDate::currentDate().addYears(20).toString(Qt::ISODate)});
    QCOMPARE(future.exitCode, 1);
    QVERIFY(isOneSentence(future.err));
    QCOMPARE(countMatches({QString()}), 1);
    QCOMPARE(
        cli({QStringLiteral("classify"), QStringLiteral("--date"), QStringLiteral("2024-02-30")}).exitCode,
        1);
}

void TestCli::exitChild()
{
    initTownship();
    const QString id =
        json(cli({QStringLiteral("add-child"), writeFile(QStringLiteral("c.json"), childJson()),
                  QStringLiteral("--json")}))[QStringLiteral("id")]
            .toString();
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    const CliRun bad = cli({QStringLiteral("exit-child"), id, QStringLiteral("--reason"),
                            QStringLiteral("bored"), QStringLiteral("--date"), today});
    QCOMPARE(bad.exitCode, 1);
    QVERIFY(isOneSentence(bad.err));
    QCOMPARE(countMatches({QString()}), 1);

    const CliRun r = cli({QStringLiteral("exit-child"), id, QStringLiteral("--reason"),
                          QStringLiteral("moved_away"), QStringLiteral("--date"), today});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Moved away"));
    const QJsonObject file =
        json(cli({QStringLiteral("show-child"), id, QStringLiteral("--json")})).toObject();
    QCOMPARE(file[QStringLiteral("status")].toString(), QStringLiteral("exited"));
    QCOMPARE(file[QStringLiteral("exit_reason")].toString(), QStringLiteral("moved_away"));
    QCOMPARE(file[QStringLiteral("exit_date")].toString(), today);
    QCOMPARE(countMatches({QString()}), 0);
    QCOMPARE(countMatches({QString(), QStringLiteral("--status"), QStringLiteral("exited")}), 1);
}

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
