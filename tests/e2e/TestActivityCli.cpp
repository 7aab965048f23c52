// End-to-end: group activities and talks through shouhu-cli on a real database file: add, list, show,
// update (the list replaced), the week's count in the dispatch report, and refusals in one sentence with
// nothing written.
#include "TestSupport.h"

#include "domain/IdNumber.h"
#include "domain/IsoWeek.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::CliRun;
using TestSupport::isOneSentence;
using TestSupport::runCli;

namespace {
const QString kTownship = QStringLiteral("431022104000");
const QString kVillage = QStringLiteral("431022104221");

QString makeId(QDate birth, int sequence)
{
    const QString first17 = QStringLiteral("431022") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QJsonDocument json(const CliRun& r)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    if (error.error != QJsonParseError::NoError)
        qWarning() << "not JSON:" << r.out << r.err;
    return doc;
}
} // namespace

class TestActivityCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addListShowUpdate();
    void countedInTheDispatchReport();
    void refusals_data();
    void refusals();

private:
    CliRun cli(const QStringList& args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_dir->filePath(QStringLiteral("t.sqlite"))} +
                      args);
    }
    QString write(const QString& name, const QJsonObject& o) const
    {
        const QString path = m_dir->filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(o).toJson());
        return path;
    }
    QString addChild(const QString& name, int sequence)
    {
        const QJsonObject child{{QStringLiteral("name"), name},
                                {QStringLiteral("area_code"), kVillage},
                                {QStringLiteral("id_number"), makeId(QDate(2014, 6, 30), sequence)},
                                {QStringLiteral("hukou_type"), QStringLiteral("rural")}};
        const CliRun r = cli(
            {QStringLiteral("--json"), QStringLiteral("add-child"), write(QStringLiteral("c.json"), child)});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return json(r).object().value(QStringLiteral("id")).toString();
    }
    QJsonObject talk() const
    {
        return {{QStringLiteral("date"), QDate::currentDate().toString(Qt::ISODate)},
                {QStringLiteral("kind"), QStringLiteral("mental_health")},
                {QStringLiteral("topic"), QStringLiteral("心理健康知识讲座")},
                {QStringLiteral("place"), QStringLiteral("镇未保站")},
                {QStringLiteral("participants"),
                 QJsonArray{QJsonObject{{QStringLiteral("child"), m_a},
                                        {QStringLiteral("guardian_name"), QStringLiteral("王奶奶")}},
                            QJsonObject{{QStringLiteral("child"), m_b}}}}};
    }
    int activityCount() const
    {
        const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("activity"), QStringLiteral("list")});
        return r.exitCode == 0 ? int(json(r).array().size()) : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_a, m_b;
};

void TestActivityCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    // A township station records activities in each of its villages.
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("township"),
                  QStringLiteral("--area"), kTownship, QStringLiteral("--name"), QStringLiteral("镇民政办"),
                  QStringLiteral("--operator"), QStringLiteral("陈丽")})
                 .exitCode,
             0);
    m_a = addChild(QStringLiteral("王小明"), 123);
    m_b = addChild(QStringLiteral("李小红"), 124);
    QVERIFY(!m_a.isEmpty() && !m_b.isEmpty());
}

void TestActivityCli::addListShowUpdate()
{
    CliRun r = cli({QStringLiteral("--json"), QStringLiteral("activity"), QStringLiteral("add"),
                    write(QStringLiteral("a.json"), talk())});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject added = json(r).object();
    const QString id = added.value(QStringLiteral("id")).toString();
    QCOMPARE(added.value(QStringLiteral("children")).toInt(), 2);
    QCOMPARE(added.value(QStringLiteral("guardians")).toInt(), 1);

    r = cli({QStringLiteral("--json"), QStringLiteral("activity"), QStringLiteral("list")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray list = json(r).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("area_code")).toString(), kVillage);
    QCOMPARE(list.first().toObject().value(QStringLiteral("children")).toInt(), 2);

    r = cli({QStringLiteral("activity"), QStringLiteral("show"), id});
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.out.contains("王奶奶") && r.out.contains("李小红") && r.out.contains("2 children"),
             r.out.constData());

    // The shown JSON, edited, goes back in: 李小红 taken off the list.
    r = cli({QStringLiteral("--json"), QStringLiteral("activity"), QStringLiteral("show"), id});
    QJsonObject shown = json(r).object();
    QJsonArray people = shown.value(QStringLiteral("participants")).toArray();
    QCOMPARE(people.size(), 2);
    for (qsizetype i = people.size() - 1; i >= 0; --i) {
        if (people.at(i).toObject().value(QStringLiteral("child")).toString() == m_b)
            people.removeAt(i);
    }
    shown.insert(QStringLiteral("participants"), people);
    r = cli({QStringLiteral("--json"), QStringLiteral("activity"), QStringLiteral("update"), id,
             write(QStringLiteral("u.json"), shown)});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r).object().value(QStringLiteral("children")).toInt(), 1);
    QCOMPARE(activityCount(), 1);
}

void TestActivityCli::countedInTheDispatchReport()
{
    QCOMPARE(cli({QStringLiteral("activity"), QStringLiteral("add"), write(QStringLiteral("a.json"), talk())})
                 .exitCode,
             0);
    const CliRun r = cli({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("dispatch"),
                          QStringLiteral("--week"), IsoWeek::of(QDate::currentDate()).toString()});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = json(r).object();
    QCOMPARE(report.value(QStringLiteral("total")).toObject().value(QStringLiteral("activities")).toInt(), 1);
    QCOMPARE(
        report.value(QStringLiteral("total")).toObject().value(QStringLiteral("activityChildren")).toInt(),
        2);
    bool found = false;
    for (const QJsonValue& row : report.value(QStringLiteral("rows")).toArray()) {
        if (row.toObject().value(QStringLiteral("area")).toString() == kVillage) {
            found = true;
            QCOMPARE(row.toObject().value(QStringLiteral("activities")).toInt(), 1);
        }
    }
    QVERIFY(found);
}

void TestActivityCli::refusals_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown kind") << "kind" << QJsonValue(QStringLiteral("party"))
                                  << "not one of the choices";
    QTest::newRow("a number for the topic") << "topic" << QJsonValue(7) << "must be text";
    QTest::newRow("an impossible date") << "date" << QJsonValue(QStringLiteral("2024-02-30")) << "not a date";
    QTest::newRow("a date in the future")
        << "date" << QJsonValue(QDate::currentDate().addDays(2).toString(Qt::ISODate)) << "in the future";
    QTest::newRow("an unknown key") << "colour" << QJsonValue(QStringLiteral("red")) << "unknown key";
    QTest::newRow("no such child") << "participants"
                                   << QJsonValue(QJsonArray{QJsonObject{
                                          {QStringLiteral("child"),
                                           QStringLiteral("5d1c3f52-0000-4000-8000-000000000000")}}})
                                   << "No child with the id";
}

void TestActivityCli::refusals()
{
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    QFETCH(QString, expected);
    QJsonObject a = talk();
    a.insert(key, value);
    const CliRun r =
        cli({QStringLiteral("activity"), QStringLiteral("add"), write(QStringLiteral("bad.json"), a)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(isOneSentence(r.err), r.err.constData());
    QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
    QCOMPARE(activityCount(), 0);
}

QTEST_GUILESS_MAIN(TestActivityCli)
#include "TestActivityCli.moc"
