// End-to-end: visits, schedule, referrals and risk through shouhu-cli, on a real database file.
#include "TestSupport.h"

#include "domain/IdNumber.h"

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

class TestVisitCli final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void visitOpensReferralAndCloseRule();
    void correctionAndList();
    void scheduleJson();
    void refusals();

private:
    CliRun cli(const QStringList& args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_dir->filePath(QStringLiteral("v.sqlite"))} +
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
    QJsonObject visitJson(const QString& kind = QStringLiteral("monthly")) const
    {
        return {
            {QStringLiteral("kind"), kind},
            {QStringLiteral("visit_date"), QDate::currentDate().toString(Qt::ISODate)},
            {QStringLiteral("visitor"), QStringLiteral("陈丽")},
            {QStringLiteral("visitor_role"), QStringLiteral("child_director")},
            {QStringLiteral("met"), QJsonArray{QStringLiteral("child"), QStringLiteral("grandparent")}},
            {QStringLiteral("hazards"), QJsonObject{{QStringLiteral("water"), QStringLiteral("已提醒")}}}};
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_child;
};

void TestVisitCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("village"),
                  QStringLiteral("--area"), kVillage, QStringLiteral("--name"), QStringLiteral("笆篱村"),
                  QStringLiteral("--operator"), QStringLiteral("陈丽")})
                 .exitCode,
             0);
    const QString left = QDate::currentDate().addYears(-1).toString(Qt::ISODate);
    const QJsonObject parent{{QStringLiteral("status"), QStringLiteral("away_for_work")},
                             {QStringLiteral("work_place_code"), QStringLiteral("440300")},
                             {QStringLiteral("away_since"), left}};
    const QJsonObject child{{QStringLiteral("name"), QStringLiteral("王小明")},
                            {QStringLiteral("id_number"), makeId(QDate(2014, 6, 30), 123)},
                            {QStringLiteral("hukou_type"), QStringLiteral("rural")},
                            {QStringLiteral("schooling"), QStringLiteral("primary")},
                            {QStringLiteral("father"), parent},
                            {QStringLiteral("mother"), parent}};
    const CliRun r =
        cli({QStringLiteral("--json"), QStringLiteral("add-child"), write(QStringLiteral("c.json"), child)});
    QCOMPARE(r.exitCode, 0);
    m_child = json(r).object().value(QStringLiteral("id")).toString();
    QVERIFY(!m_child.isEmpty());
}

void TestVisitCli::visitOpensReferralAndCloseRule()
{
    QJsonObject v = visitJson();
    v.insert(QStringLiteral("safety_concerns"), QJsonArray{QStringLiteral("injury")});
    CliRun r = cli({QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("--child"), m_child,
                    write(QStringLiteral("v.json"), v)});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("The visit was saved with the id"));
    QVERIFY(r.out.contains("Opened: Report to the police"));
    r = cli({QStringLiteral("--json"), QStringLiteral("referrals"), QStringLiteral("--open")});
    QCOMPARE(r.exitCode, 0);
    const QJsonArray open = json(r).array();
    QCOMPARE(open.size(), 1);
    const QString id = open.first().toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(open.first().toObject().value(QStringLiteral("kind")).toString(),
             QStringLiteral("police_report"));

    // The same finding again: a step on the open referral, not a second one.
    r = cli({QStringLiteral("--json"), QStringLiteral("visit"), QStringLiteral("add"),
             QStringLiteral("--child"), m_child, write(QStringLiteral("v.json"), v)});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r)
                 .object()
                 .value(QStringLiteral("referrals"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("opened")),
             QJsonValue(false));
    QCOMPARE(json(cli({QStringLiteral("--json"), QStringLiteral("referrals")})).array().size(), 1);

    r = cli({QStringLiteral("referral"), QStringLiteral("close"), id, QStringLiteral("--outcome"),
             QStringLiteral("已处理")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(isOneSentence(r.err));
    QVERIFY(r.err.contains("when, to whom and by whom"));

    const QJsonObject report{{QStringLiteral("reported_at"),
                              QString(QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(" 10:05"))},
                             {QStringLiteral("reported_to"), QStringLiteral("镇派出所")},
                             {QStringLiteral("reported_by"), QStringLiteral("陈丽")},
                             {QStringLiteral("note"), QStringLiteral("电话报警")}};
    r = cli(
        {QStringLiteral("referral"), QStringLiteral("update"), id, write(QStringLiteral("u.json"), report)});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("referral"), QStringLiteral("close"), id, QStringLiteral("--outcome"),
             QStringLiteral("已处理")});
    QCOMPARE(r.exitCode, 0);
    r = cli({QStringLiteral("--json"), QStringLiteral("referral"), QStringLiteral("show"), id});
    const QJsonObject shown = json(r).object();
    QCOMPARE(shown.value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    QCOMPARE(shown.value(QStringLiteral("steps")).toArray().size(),
             4); // opened, found again, reported, closed
    QVERIFY(json(cli({QStringLiteral("--json"), QStringLiteral("referrals"), QStringLiteral("--open")}))
                .array()
                .isEmpty());
    r = cli({QStringLiteral("--json"), QStringLiteral("risk"), QStringLiteral("--child"), m_child});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r).object().value(QStringLiteral("level")).toString(), QStringLiteral("none"));
}

void TestVisitCli::correctionAndList()
{
    CliRun r = cli({QStringLiteral("--json"), QStringLiteral("visit"), QStringLiteral("add"),
                    QStringLiteral("--child"), m_child,
                    write(QStringLiteral("v.json"), visitJson(QStringLiteral("survey")))});
    QCOMPARE(r.exitCode, 0);
    const QString first = json(r).object().value(QStringLiteral("id")).toString();
    QJsonObject fixed = visitJson(QStringLiteral("survey"));
    fixed.insert(QStringLiteral("survey_clear"),
                 QJsonArray{QStringLiteral("data"), QStringLiteral("basic_situation")});
    r = cli({QStringLiteral("--json"), QStringLiteral("visit"), QStringLiteral("correct"), first,
             write(QStringLiteral("f.json"), fixed), QStringLiteral("--reason"), QStringLiteral("漏填六清")});
    QCOMPARE(r.exitCode, 0);
    const QString second = json(r).object().value(QStringLiteral("id")).toString();
    r = cli({QStringLiteral("--json"), QStringLiteral("visit"), QStringLiteral("list"),
             QStringLiteral("--child"), m_child});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject list = json(r).object();
    const QJsonArray visits = list.value(QStringLiteral("visits")).toArray();
    QCOMPARE(visits.size(), 2);
    for (const QJsonValue& v : visits) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("id")).toString() == first)
            QCOMPARE(o.value(QStringLiteral("superseded_by")).toString(), second);
        else
            QCOMPARE(o.value(QStringLiteral("supersedes")).toString(), first);
    }
    QCOMPARE(
        list.value(QStringLiteral("survey")).toObject().value(QStringLiteral("missing")).toArray().size(), 4);
    r = cli(
        {QStringLiteral("visit"), QStringLiteral("correct"), first, write(QStringLiteral("f.json"), fixed)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(isOneSentence(r.err));
    r = cli({QStringLiteral("visit"), QStringLiteral("list"), QStringLiteral("--child"), m_child});
    QVERIFY(r.out.contains("corrected by"));
}

void TestVisitCli::scheduleJson()
{
    CliRun r = cli({QStringLiteral("--json"), QStringLiteral("schedule")});
    QCOMPARE(r.exitCode, 0);
    QJsonObject s = json(r).object();
    for (const char* key : {"due", "overdue", "visited"})
        QVERIFY2(s.value(QLatin1String(key)).isArray(), key);
    // A new case: its first visit is due within 5 working days.
    const QJsonArray due = s.value(QStringLiteral("due")).toArray();
    QCOMPARE(due.size(), 1);
    const QJsonObject entry = due.first().toObject();
    for (const char* key : {"id", "name", "village", "lastVisit", "dueDate"})
        QVERIFY2(entry.contains(QLatin1String(key)), key);
    QCOMPARE(entry.value(QStringLiteral("id")).toString(), m_child);
    QCOMPARE(entry.value(QStringLiteral("village")).toString(), kVillage);
    QCOMPARE(entry.value(QStringLiteral("kind")).toString(), QStringLiteral("first_visit"));
    QVERIFY(cli({QStringLiteral("settings")}).exitCode == 0);
    QCOMPARE(cli({QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("--child"), m_child,
                  write(QStringLiteral("v.json"), visitJson())})
                 .exitCode,
             0);
    s = json(cli({QStringLiteral("--json"), QStringLiteral("schedule"), QStringLiteral("--village"),
                  kVillage}))
            .object();
    QCOMPARE(s.value(QStringLiteral("visited")).toArray().size(), 1);
    QCOMPARE(s.value(QStringLiteral("visited"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("visitor"))
                 .toString(),
             QStringLiteral("陈丽"));
    s = json(cli({QStringLiteral("--json"), QStringLiteral("schedule"), QStringLiteral("--village"),
                  QStringLiteral("431022104222")}))
            .object();
    QVERIFY(s.value(QStringLiteral("visited")).toArray().isEmpty());
    r = cli({QStringLiteral("schedule"), QStringLiteral("--month"), QStringLiteral("2024-13")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(isOneSentence(r.err));
}

void TestVisitCli::refusals()
{
    CliRun r =
        cli({QStringLiteral("visit"), QStringLiteral("add"), write(QStringLiteral("v.json"), visitJson())});
    QCOMPARE(r.exitCode, 2); // no --child
    QJsonObject future = visitJson();
    future.insert(QStringLiteral("visit_date"), QDate::currentDate().addDays(2).toString(Qt::ISODate));
    r = cli({QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("--child"), m_child,
             write(QStringLiteral("v.json"), future)});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(isOneSentence(r.err));
    r = cli({QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("--child"),
             QStringLiteral("nobody"), write(QStringLiteral("v.json"), visitJson())});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("No child"));
    r = cli({QStringLiteral("referral"), QStringLiteral("close"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 2); // no --outcome
    QCOMPARE(json(cli({QStringLiteral("--json"), QStringLiteral("visit"), QStringLiteral("list"),
                       QStringLiteral("--child"), m_child}))
                 .object()
                 .value(QStringLiteral("visits"))
                 .toArray()
                 .size(),
             0);
}

QTEST_GUILESS_MAIN(TestVisitCli)
#include "TestVisitCli.moc"
