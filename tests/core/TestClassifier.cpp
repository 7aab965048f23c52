#include "ClassifierSpecs.h"
#include "domain/Classifier.h"

#include <QTest>

// The left-behind rule (国发〔2016〕13号 with the local settings) as tables; the 事实无人抚养 and 困境
// indicators are in TestChildIndicators. The children and settings are written in ClassifierSpecs' shorthand.

using namespace ClassifierSpecs;

class TestClassifier final : public QObject
{
    Q_OBJECT

private slots:
    void classify_data();
    void classify();
    void livesWith_data();
    void livesWith();
    void monthsBetween_data();
    void monthsBetween();
    void overAgeDate();
    void codes();
};

void TestClassifier::classify_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("rural"); // 1 rural, 0 not, -1 not recorded
    QTest::addColumn<QString>("county");
    QTest::addColumn<QString>("father");
    QTest::addColumn<QString>("mother");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<QString>("settings");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("mustContain"); // in the missing facts when suspected, else in the reasons

    const QDate kid = d("2015-06-01");
    const QDate on = d("2026-08-28");
    const QString away = QStringLiteral("away_for_work 2026-01-15 440305");
    const QString none;
    const auto row = [](const char* name) -> QTestData& { return QTest::newRow(name); };

    // Both parents away; one away and the other unable to act as guardian.
    row("both away, cross-county") << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-03-01 440305")
                                   << away << on << none << "left_behind"
                                   << "Both parents are away for work";
    row("fact sentence names date, months and place")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-03-01 440305") << away << on << none
        << "left_behind"
        << "The father has been away for work since 2026-03-01 (5 month(s)), outside the hukou county";
    row("father away, mother seriously ill")
        << kid << 1 << kCounty << away << QStringLiteral("seriously_ill") << on << none << "left_behind"
        << "The mother is seriously ill";
    row("mother away, father seriously disabled")
        << kid << 1 << kCounty << QStringLiteral("seriously_disabled") << away << on << none << "left_behind"
        << "The mother is away for work and the father cannot act as guardian";
    // Local practice (and the 2016 registration form) counts one parent away and the other dead or missing
    // (失联) as left-behind: there is no parent at home to act as guardian, exactly as with a seriously ill
    // parent.
    row("father away, mother dead") << kid << 1 << kCounty << away << QStringLiteral("dead") << on << none
                                    << "left_behind"
                                    << "The mother has died";
    row("mother away, father missing")
        << kid << 1 << kCounty << QStringLiteral("missing") << away << on << none << "left_behind"
        << "The father is missing";
    row("father away, mother in prison")
        << kid << 1 << kCounty << away << QStringLiteral("in_prison") << on << none << "left_behind"
        << "The mother is in prison";
    row("father away, mother in compulsory detox")
        << kid << 1 << kCounty << away << QStringLiteral("compulsory_detox") << on << none << "left_behind"
        << "compulsory drug rehabilitation";
    row("mother away, father detained")
        << kid << 1 << kCounty << QStringLiteral("detained") << away << on << none << "left_behind"
        << "The father is deprived of liberty";
    row("father away, mother's guardianship revoked")
        << kid << 1 << kCounty << away << QStringLiteral("guardianship_revoked") << on << none
        << "left_behind"
        << "The mother's guardianship has been revoked by a court.";
    row("mother away, father deported")
        << kid << 1 << kCounty << QStringLiteral("deported") << away << on << none << "left_behind"
        << "The father has been deported";
    row("father away, mother declared missing")
        << kid << 1 << kCounty << away << QStringLiteral("declared_missing") << on << none << "left_behind"
        << "The mother has been declared missing by a court.";
    row("lost contact counts for left-behind whatever its length")
        << kid << 1 << kCounty << away << QStringLiteral("missing since=2026-08-01") << on << none
        << "left_behind"
        << "The mother is missing and cannot be contacted.";
    row("mother away, father at home")
        << kid << 1 << kCounty << QStringLiteral("at_home") << away << on << none << "not_left_behind"
        << "The father is at home and can look after the child";
    row("father at home, mother not recorded: decided")
        << kid << 1 << kCounty << QStringLiteral("at_home") << none << on << none << "not_left_behind"
        << "The father is at home";
    row("both seriously ill, none away") << kid << 1 << kCounty << QStringLiteral("seriously_ill")
                                         << QStringLiteral("seriously_ill") << on << none << "not_left_behind"
                                         << "Neither parent is away for work";

    // alive and capable count (13号: one parent away, the other without guardianship capacity); the
    // reasons never contradict the file, and a file that contradicts itself is asked to be corrected.
    row("mother at home but not capable, father away")
        << kid << 1 << kCounty << away << QStringLiteral("at_home capable=0") << on << none << "left_behind"
        << "The mother is at home but is recorded as not able to give care";
    row("verdict names the incapable mother")
        << kid << 1 << kCounty << away << QStringLiteral("at_home capable=0") << on << none << "left_behind"
        << "The father is away for work and the mother cannot act as guardian: a left-behind child.";
    row("at home and capable: not left-behind")
        << kid << 1 << kCounty << away << QStringLiteral("at_home capable=1") << on << none
        << "not_left_behind"
        << "The mother is at home and can look after the child";
    row("at home, capable not recorded: not left-behind")
        << kid << 1 << kCounty << QStringLiteral("at_home") << away << on << none << "not_left_behind"
        << "The father is at home and can look after the child";
    row("both at home, not capable: none away")
        << kid << 1 << kCounty << QStringLiteral("at_home capable=0") << QStringLiteral("at_home capable=0")
        << on << none << "not_left_behind"
        << "Neither parent is away for work";
    row("away in the county and not capable, other away")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 431126 capable=0") << away << on
        << none << "left_behind"
        << "The father is recorded as not able to give care";
    row("away too short and not capable, other away")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-08-01 440305 capable=0") << away << on
        << none << "left_behind"
        << "The mother is away for work and the father cannot act as guardian";
    row("away and not capable: still away")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 440305 capable=0") << away << on
        << none << "left_behind"
        << "Both parents are away for work";
    row("not alive, no status: dead")
        << kid << 1 << kCounty << away << QStringLiteral("- alive=0") << on << none << "left_behind"
        << "The mother is recorded as not alive.";
    row("not alive, dead") << kid << 1 << kCounty << away << QStringLiteral("dead alive=0") << on << none
                           << "left_behind"
                           << "The mother has died.";
    row("not alive but at home: contradiction")
        << kid << 1 << kCounty << away << QStringLiteral("at_home alive=0") << on << none << "suspected"
        << "The mother is recorded as not alive but with the status \"At home\": correct one of them.";
    row("not alive but away: contradiction")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 440305 alive=0") << away << on
        << none << "suspected"
        << "The father is recorded as not alive";
    row("alive but dead: contradiction")
        << kid << 1 << kCounty << away << QStringLiteral("dead alive=1") << on << none << "suspected"
        << "The mother is recorded as alive but with the status \"Dead\"";
    row("seriously ill but capable: contradiction")
        << kid << 1 << kCounty << away << QStringLiteral("seriously_ill capable=1") << on << none
        << "suspected"
        << "The mother is recorded as able to give care but with the status \"Seriously ill\"";
    row("in prison and capable: no contradiction")
        << kid << 1 << kCounty << away << QStringLiteral("in_prison capable=1") << on << none << "left_behind"
        << "The mother is in prison";

    // Three months or more ("3个月以上" includes 3), counted with QDate::addMonths.
    const QString dead = QStringLiteral("dead");
    row("exactly 3 months") << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-05-28 440305")
                            << dead << on << none << "left_behind"
                            << "since 2026-05-28 (3 month(s))";
    row("3 months minus 1 day") << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-05-28 440305")
                                << dead << d("2026-08-27") << none << "not_left_behind"
                                << "only 2 month(s)";
    row("month end clamped: 30 Nov + 3 months = 28 Feb")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-11-30 440305") << dead << d("2027-02-28")
        << none << "left_behind"
        << "since 2026-11-30 (3 month(s))";
    row("month end clamped: 27 Feb is too early")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-11-30 440305") << dead << d("2027-02-27")
        << none << "not_left_behind"
        << "The father does not count as away for work";
    row("left after the survey date")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-09-01 440305") << away << on << none
        << "not_left_behind"
        << "only 0 month(s)";
    row("leaves tomorrow, even with a 0-month setting")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-08-29 440305") << away << on
        << QStringLiteral("months=0") << "not_left_behind"
        << "since 2026-08-29, only 0 month(s)";
    row("6-month setting, 5 months away")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-03-29 440305") << away << on
        << QStringLiteral("months=6") << "not_left_behind"
        << "less than the 6 months the rule requires";
    row("6-month setting, 6 months away")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-02-28 440305") << away << on
        << QStringLiteral("months=6") << "left_behind"
        << "since 2026-02-28 (6 month(s))";
    row("mother long enough, father too short")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-08-01 440305") << away << on << none
        << "not_left_behind"
        << "The father does not count as away for work under the rule";

    // Work place: outside the hukou county (跨县域), when the setting asks for it.
    row("same county, cross-county required")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 431126") << away << on << none
        << "not_left_behind"
        << "The father works inside the child's hukou county (431126)";
    row("both parents in the hukou county")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 431126")
        << QStringLiteral("away_for_work 2026-01-01 431126000000") << on << none << "not_left_behind"
        << "works inside the child's hukou county";
    row("same county, cross-county not required")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 431126")
        << QStringLiteral("away_for_work 2026-01-15 431126") << on << QStringLiteral("cross=0")
        << "left_behind"
        << "The father has been away for work since 2026-01-01 (7 month(s)).";
    row("other county of the same city")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 431127") << away << on << none
        << "left_behind"
        << "outside the hukou county (431127)";
    row("only a city code, other province")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 440300") << dead << on << none
        << "left_behind"
        << "outside the hukou county (440300)";
    row("only a province code, other province")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 44") << away << on << none
        << "left_behind"
        << "Both parents are away";
    row("12-digit village code of the work place")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 440305007001") << away << on
        << none << "left_behind"
        << "Both parents are away";
    row("work place text shown with the code")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 440305 深圳南山") << away << on
        << none << "left_behind"
        << "outside the hukou county (深圳南山)";
    row("only the province of the hukou province")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 43") << away << on << none
        << "suspected"
        << "Only the province or city of the father's work place (43)";
    row("only the city of the hukou city")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 431100") << away << on << none
        << "suspected"
        << "not the county";
    row("work place not recorded") << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01")
                                   << away << on << none << "suspected"
                                   << "The father's work place is not recorded.";
    row("work place in words only") << kid << 1 << kCounty
                                    << QStringLiteral("away_for_work 2026-01-01 - 浙江义乌") << away << on
                                    << none << "suspected"
                                    << "The father's work place (浙江义乌) has no area code recorded.";
    row("work place code invalid") << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 44xx")
                                   << away << on << none << "suspected"
                                   << "is not a valid area code";
    row("hukou county not recorded") << kid << 1 << QString() << away << away << on << none << "suspected"
                                     << "The child's hukou county is not recorded.";
    row("hukou county not needed without the cross-county rule")
        << kid << 1 << QString() << away << away << on << QStringLiteral("cross=0") << "left_behind"
        << "Both parents are away";

    // Cities without a county level (东莞 4419, 中山 4420, 儋州 4604, 嘉峪关 6202): the city plays the
    // county's part for the cross-county test.
    const QString dongguan = QStringLiteral("441900");
    row("东莞: work in 东莞 is inside")
        << kid << 1 << dongguan << QStringLiteral("away_for_work 2026-01-01 441900") << away << on << none
        << "not_left_behind"
        << "The father works inside the child's hukou county (441900)";
    row("东莞: a township of 东莞 is inside")
        << kid << 1 << dongguan << QStringLiteral("away_for_work 2026-01-01 441900003") << away << on << none
        << "not_left_behind"
        << "works inside the child's hukou county";
    row("东莞: 4-digit city code is inside")
        << kid << 1 << dongguan << QStringLiteral("away_for_work 2026-01-01 4419") << away << on << none
        << "not_left_behind"
        << "works inside the child's hukou county";
    row("东莞: 广州 is outside") << kid << 1 << dongguan << QStringLiteral("away_for_work 2026-01-01 4401")
                                 << QStringLiteral("away_for_work 2026-01-01 440106") << on << none
                                 << "left_behind"
                                 << "Both parents are away for work";
    row("东莞: only the province") << kid << 1 << dongguan << QStringLiteral("away_for_work 2026-01-01 44")
                                   << away << on << none << "suspected"
                                   << "Only the province or city of the father's work place (44)";
    row("东莞: stored as 4 digits by an earlier version")
        << kid << 1 << QStringLiteral("4419") << QStringLiteral("away_for_work 2026-01-01 440106") << away
        << on << none << "left_behind"
        << "outside the hukou county (440106)";
    row("中山 child, parent in 东莞")
        << kid << 1 << QStringLiteral("442000") << QStringLiteral("away_for_work 2026-01-01 441900") << away
        << on << none << "left_behind"
        << "outside the hukou county (441900)";
    row("儋州: inside") << kid << 1 << QStringLiteral("460400")
                        << QStringLiteral("away_for_work 2026-01-01 460400100") << away << on << none
                        << "not_left_behind"
                        << "works inside the child's hukou county";
    row("嘉峪关: 酒泉 is outside") << kid << 1 << QStringLiteral("620200")
                                   << QStringLiteral("away_for_work 2026-01-01 6209") << away << on << none
                                   << "left_behind"
                                   << "outside the hukou county (6209)";
    row("嘉峪关's placeholder county is the city")
        << kid << 1 << QStringLiteral("620201") << QStringLiteral("away_for_work 2026-01-01 6202") << away
        << on << none << "not_left_behind"
        << "works inside the child's hukou county";
    row("a city with counties is not a hukou county")
        << kid << 1 << QStringLiteral("431100") << away << away << on << none << "suspected"
        << "The child's hukou county (431100) is not the code of a county.";

    // Hong Kong, Macao, Taiwan and abroad: always outside the county, even with no hukou county recorded.
    row("father in Hong Kong") << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 HK") << away
                               << on << none << "left_behind"
                               << "outside the hukou county (Hong Kong, China)";
    row("mother in Macao, father dead")
        << kid << 1 << kCounty << dead << QStringLiteral("away_for_work 2026-01-01 MO") << on << none
        << "left_behind"
        << "outside the hukou county (Macao, China)";
    row("both in Taiwan") << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 TW")
                          << QStringLiteral("away_for_work 2026-02-01 TW") << on << none << "left_behind"
                          << "Both parents are away for work";
    row("abroad, no hukou county recorded")
        << kid << 1 << QString() << QStringLiteral("away_for_work 2026-01-01 JP")
        << QStringLiteral("away_for_work 2026-01-01 ZZ") << on << none << "left_behind"
        << "outside the hukou county (Japan)";
    row("abroad but too short") << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-08-01 SG")
                                << away << on << none << "not_left_behind"
                                << "only 0 month(s)";
    row("abroad with the place in words")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 AE 迪拜") << away << on << none
        << "left_behind"
        << "outside the hukou county (迪拜)";
    row("lower-case country code is not a code")
        << kid << 1 << kCounty << QStringLiteral("away_for_work 2026-01-01 jp") << away << on << none
        << "suspected"
        << "is not a valid area code";

    // Missing facts: suspected, naming what to record; decided when the known facts suffice.
    row("father's status not recorded") << kid << 1 << kCounty << none << away << on << none << "suspected"
                                        << "The father's status is not recorded.";
    row("no statuses at all") << kid << 1 << kCounty << none << none << on << none << "suspected"
                              << "The mother's status is not recorded.";
    row("departure date not recorded")
        << kid << 1 << kCounty << away << QStringLiteral("away_for_work - 440305") << on << none
        << "suspected"
        << "The date the mother left for work is not recorded.";
    row("departure date not recorded, father dead")
        << kid << 1 << kCounty << dead << QStringLiteral("away_for_work - 440305") << on << none
        << "suspected"
        << "The date the mother left for work is not recorded.";
    row("date not recorded but same county: decided")
        << kid << 1 << kCounty << away << QStringLiteral("away_for_work - 431126") << on << none
        << "not_left_behind"
        << "The mother works inside the child's hukou county";

    // Age: under 16 (不满十六周岁); on the 16th birthday the child is over-age.
    row("day before the 16th birthday")
        << d("2010-08-28") << 1 << kCounty << away << away << d("2026-08-27") << none << "left_behind"
        << "The child is under 16 (turns 16 on 2026-08-28).";
    row("16th birthday") << d("2010-08-28") << 1 << kCounty << away << away << on << none << "over_age"
                         << "The child turned 16 on 2026-08-28";
    row("over-age whatever the facts")
        << d("2005-01-01") << -1 << QString() << none << none << on << none << "over_age"
        << "turned 16 on 2021-01-01";
    // Born 29 Feb: QDate::addYears gives 28 Feb in a non-leap year, as 民法典 Art. 201 (no corresponding day
    // → the last day of the month). A 16th birthday falls in a non-leap year only across a century (2100).
    row("29 Feb birth, day before 28 Feb 2100")
        << d("2084-02-29") << 1 << kCounty << QStringLiteral("away_for_work 2099-01-01 440305")
        << QStringLiteral("away_for_work 2099-06-01 440305") << d("2100-02-27") << none << "left_behind"
        << "turns 16 on 2100-02-28";
    row("29 Feb birth, over-age on 28 Feb 2100")
        << d("2084-02-29") << 1 << kCounty << QStringLiteral("away_for_work 2099-01-01 440305")
        << QStringLiteral("away_for_work 2099-06-01 440305") << d("2100-02-28") << none << "over_age"
        << "turned 16 on 2100-02-28";
    row("29 Feb birth, age setting 17, non-leap year")
        << d("2008-02-29") << 1 << kCounty << away << away << d("2025-02-28") << QStringLiteral("age=17")
        << "over_age"
        << "turned 17 on 2025-02-28";
    row("no birth date") << QDate() << 1 << kCounty << away << away << on << none << "suspected"
                         << "The birth date is not recorded.";
    row("no birth date, father at home: decided")
        << QDate() << 1 << kCounty << QStringLiteral("at_home") << away << on << none << "not_left_behind"
        << "The father is at home";

    // Household registration.
    row("urban hukou") << kid << 0 << kCounty << away << away << on << none << "not_left_behind"
                       << "The child's hukou is not rural";
    row("hukou type not recorded") << kid << -1 << kCounty << away << away << on << none << "suspected"
                                   << "The hukou type (rural or not) is not recorded.";
    row("hukou type not recorded, mother at home: decided")
        << kid << -1 << kCounty << away << QStringLiteral("at_home") << on << none << "not_left_behind"
        << "The mother is at home";
}

void TestClassifier::classify()
{
    QFETCH(QDate, birth);
    QFETCH(int, rural);
    QFETCH(QString, county);
    QFETCH(QString, father);
    QFETCH(QString, mother);
    QFETCH(QDate, on);
    QFETCH(QString, settings);
    QFETCH(QString, expected);
    QFETCH(QString, mustContain);

    ChildFacts f;
    f.birthDate = birth;
    if (rural >= 0)
        f.ruralHukou = rural == 1;
    f.hukouCountyCode = county;
    f.father = parentFacts(father);
    f.mother = parentFacts(mother);

    const Classification c = Classifier(settingsFrom(settings)).classify(f, on);
    const QString reasons = c.reasons.join(QLatin1Char('\n'));
    const QString missing = c.missingFacts.join(QLatin1Char('\n'));
    QVERIFY2(categoryCode(c.category) == expected, qPrintable(categoryCode(c.category) + QLatin1String(": ") +
                                                              reasons + QLatin1Char('\n') + missing));
    QVERIFY(!c.reasons.isEmpty());
    QStringList distinct = c.missingFacts;
    distinct.removeDuplicates(); // a fact both parents lack (the hukou county) is asked for once
    QCOMPARE(distinct.size(), c.missingFacts.size());
    if (c.category == Category::Suspected) {
        QVERIFY2(missing.contains(mustContain), qPrintable(missing));
    } else {
        QVERIFY2(c.missingFacts.isEmpty(), qPrintable(missing));
        QVERIFY2(reasons.contains(mustContain), qPrintable(reasons));
    }
    QCOMPARE(c.overAgeOn, birth.isValid() ? birth.addYears(settingsFrom(settings).overAgeYears) : QDate());
}

void TestClassifier::livesWith_data()
{
    QTest::addColumn<QString>("father");
    QTest::addColumn<QString>("mother");
    QTest::addColumn<QString>("livesWith");
    QTest::addColumn<QString>("livesAt");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("mustContain");
    const QString away = QStringLiteral("away_for_work 2026-01-15 440305");
    const auto row = [](const char* name) -> QTestData& { return QTest::newRow(name); };
    row("with both parents where they work") << away << away << "both_parents"
                                             << "440305"
                                             << "not_left_behind"
                                             << "The child lives with the father where the father works "
                                                "(随迁, in 440305): not a left-behind child.";
    row("with the mother abroad")
        << away << QStringLiteral("away_for_work 2026-01-15 JP") << "mother"
        << "JP"
        << "not_left_behind"
        << "The child lives with the mother where the mother works (随迁, in Japan)";
    row("with the father, place not recorded")
        << away << QStringLiteral("seriously_ill") << "father"
        << ""
        << "not_left_behind"
        << "The child lives with the father where the father works (随迁): not a left-behind child.";
    row("with the grandparents: left-behind") << away << away << "grandparents"
                                              << ""
                                              << "left_behind"
                                              << "Both parents are away for work";
    row("alone: left-behind") << away << away << "alone"
                              << ""
                              << "left_behind"
                              << "Both parents are away";
    row("not recorded: left-behind") << away << away << ""
                                     << ""
                                     << "left_behind"
                                     << "Both parents are away";
    row("with the father at home, not capable, mother away")
        << QStringLiteral("at_home capable=0") << away << "father"
        << ""
        << "left_behind"
        << "The mother is away for work and the father cannot act as guardian";
    row("with a parent in prison: contradiction") << QStringLiteral("in_prison") << away << "father"
                                                  << ""
                                                  << "suspected"
                                                  << "The child is recorded as living with the father, whose "
                                                     "status is \"In prison\": correct one of them.";
    row("with both parents, mother dead: contradiction")
        << away << QStringLiteral("dead") << "both_parents"
        << ""
        << "suspected"
        << "living with the mother, whose status is \"Dead\"";
}

void TestClassifier::livesWith()
{
    QFETCH(QString, father);
    QFETCH(QString, mother);
    QFETCH(QString, livesWith);
    QFETCH(QString, livesAt);
    QFETCH(QString, expected);
    QFETCH(QString, mustContain);
    ChildFacts f;
    f.birthDate = d("2015-06-01");
    f.ruralHukou = true;
    f.hukouCountyCode = kCounty;
    f.father = parentFacts(father);
    f.mother = parentFacts(mother);
    f.livesWith = livesWith;
    f.livesAt = livesAt;
    const Classification c = Classifier().classify(f, d("2026-08-28"));
    const QString said = (c.reasons + c.missingFacts).join(QLatin1Char('\n'));
    QVERIFY2(categoryCode(c.category) == expected, qPrintable(said));
    QVERIFY2(said.contains(mustContain), qPrintable(said));
    QCOMPARE(c.missingFacts.isEmpty(), c.category != Category::Suspected);
}

void TestClassifier::monthsBetween_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("expected");

    QTest::newRow("3 months to the day") << d("2026-05-28") << d("2026-08-28") << 3;
    QTest::newRow("a day short") << d("2026-05-28") << d("2026-08-27") << 2;
    QTest::newRow("30 Nov to 28 Feb") << d("2026-11-30") << d("2027-02-28") << 3;
    QTest::newRow("30 Nov to 27 Feb") << d("2026-11-30") << d("2027-02-27") << 2;
    QTest::newRow("30 Nov to 28 Feb, leap year") << d("2027-11-30") << d("2028-02-28") << 2;
    QTest::newRow("30 Nov to 29 Feb, leap year") << d("2027-11-30") << d("2028-02-29") << 3;
    QTest::newRow("31 Jan to 30 Mar") << d("2026-01-31") << d("2026-03-30") << 1;
    QTest::newRow("31 Jan to 31 Mar") << d("2026-01-31") << d("2026-03-31") << 2;
    QTest::newRow("across a year") << d("2025-12-15") << d("2026-01-14") << 0;
    QTest::newRow("across a year, whole month") << d("2025-12-15") << d("2026-01-15") << 1;
    QTest::newRow("six years from 29 Feb") << d("2020-02-29") << d("2026-02-28") << 72;
    QTest::newRow("same day") << d("2026-08-28") << d("2026-08-28") << 0;
    QTest::newRow("to before from") << d("2026-08-28") << d("2026-01-01") << 0;
    QTest::newRow("invalid from") << QDate() << d("2026-01-01") << 0;
    QTest::newRow("invalid to") << d("2026-01-01") << QDate() << 0;
}

void TestClassifier::monthsBetween()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, expected);
    QCOMPARE(Classifier::monthsBetween(from, to), expected);
}

void TestClassifier::overAgeDate()
{
    const ClassifierSettings s;
    QCOMPARE(Classifier::overAgeDate(d("2010-08-28"), s), d("2026-08-28"));
    QCOMPARE(Classifier::overAgeDate(d("2084-02-29"), s), d("2100-02-28"));
    QCOMPARE(Classifier::overAgeDate(d("2008-02-29"), s), d("2024-02-29"));
    QVERIFY(!Classifier::overAgeDate(QDate(), s).isValid());
    ClassifierSettings eighteen;
    eighteen.overAgeYears = 18;
    QCOMPARE(Classifier::overAgeDate(d("2010-08-28"), eighteen), d("2028-08-28"));
}

void TestClassifier::codes()
{
    const QStringList parentCodes = {QStringLiteral("at_home"),
                                     QStringLiteral("away_for_work"),
                                     QStringLiteral("dead"),
                                     QStringLiteral("missing"),
                                     QStringLiteral("seriously_ill"),
                                     QStringLiteral("seriously_disabled"),
                                     QStringLiteral("in_prison"),
                                     QStringLiteral("compulsory_detox"),
                                     QStringLiteral("detained"),
                                     QStringLiteral("declared_missing"),
                                     QStringLiteral("guardianship_revoked"),
                                     QStringLiteral("deported")};
    QSet<ParentStatus> seen;
    for (const QString& code : parentCodes) {
        const ParentStatus s = parentStatusFromCode(code);
        QVERIFY2(s != ParentStatus::Unknown, qPrintable(code));
        QCOMPARE(parentStatusCode(s), code);
        seen.insert(s);
    }
    QCOMPARE(seen.size(), parentCodes.size());
    QCOMPARE(parentStatusFromCode(u""), ParentStatus::Unknown);
    QCOMPARE(parentStatusFromCode(u"At_Home"), ParentStatus::Unknown);
    QCOMPARE(parentStatusCode(ParentStatus::Unknown), QString());

    const QStringList categoryCodes = {QStringLiteral("not_left_behind"), QStringLiteral("left_behind"),
                                       QStringLiteral("suspected"), QStringLiteral("over_age")};
    const QStringList labels = {QStringLiteral("Not left-behind"), QStringLiteral("Left-behind"),
                                QStringLiteral("Suspected"), QStringLiteral("Over-age")};
    for (qsizetype i = 0; i < categoryCodes.size(); ++i) {
        const std::optional<Category> c = categoryFromCode(categoryCodes.at(i));
        QVERIFY(c.has_value());
        QCOMPARE(categoryCode(*c), categoryCodes.at(i));
        QCOMPARE(categoryLabel(*c), labels.at(i)); // no translator installed: the English source text
    }
    QVERIFY(!categoryFromCode(u"leftbehind").has_value());
}

QTEST_GUILESS_MAIN(TestClassifier)
#include "TestClassifier.moc"
