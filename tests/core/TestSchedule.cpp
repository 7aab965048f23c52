// The monthly schedule: working days, month ends, exits and 16th birthdays mid-month, holiday periods, and
// the schedule computed from a real database.
#include "TestDatabase.h"

#include "domain/ScheduleRules.h"
#include "reports/ScheduleQuery.h"
#include "storage/CaseRepository.h"
#include "storage/VisitRepository.h"

#include <QTest>

Q_DECLARE_METATYPE(ScheduleChild)

using K = ScheduleItem::Kind;
using S = ScheduleItem::State;

namespace {
QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// "kind:state:due:visited" per item, for compact comparisons.
QStringList describe(const QList<ScheduleItem>& items)
{
    QStringList out;
    for (const ScheduleItem& i : items)
        out << ScheduleItem::kindCode(i.kind) + QLatin1Char(':') + ScheduleItem::stateCode(i.state) +
                   QLatin1Char(':') + i.dueDate.toString(Qt::ISODate) + QLatin1Char(':') +
                   i.visitedOn.toString(Qt::ISODate);
    return out;
}

ScheduleSettings noHolidays()
{
    ScheduleSettings s;
    s.holidays.clear();
    return s;
}
} // namespace

class TestSchedule final : public QObject
{
    Q_OBJECT

private slots:
    void workingDays_data();
    void workingDays();
    void settingsParsing();
    void rules_data();
    void rules();
    void holidayPeriods();
    void overAgeYearsFromTheSetting();
    void scheduleFromDatabase();
};

void TestSchedule::workingDays_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QString>("holidays");
    QTest::addColumn<QString>("extra");
    QTest::addColumn<QDate>("fifth");
    QTest::newRow("Thursday: over one weekend")
        << d("2024-05-09") << QString() << QString() << d("2024-05-16");
    QTest::newRow("Friday") << d("2024-05-10") << QString() << QString() << d("2024-05-17");
    QTest::newRow("Saturday: the weekend does not count")
        << d("2024-05-11") << QString() << QString() << d("2024-05-17");
    QTest::newRow("Sunday") << d("2024-05-12") << QString() << QString() << d("2024-05-17");
    QTest::newRow("National Day week with a worked Sunday")
        << d("2024-09-27") << QStringLiteral("2024-10-01..2024-10-07") << QStringLiteral("2024-09-29")
        << d("2024-10-10");
    QTest::newRow("over the year end")
        << d("2024-12-27") << QStringLiteral("2025-01-01") << QString() << d("2025-01-06");
}

void TestSchedule::workingDays()
{
    QFETCH(QDate, from);
    QFETCH(QString, holidays);
    QFETCH(QString, extra);
    QFETCH(QDate, fifth);
    Result<WorkingDays> days = WorkingDays::parse(holidays, extra);
    QVERIFY2(days.ok(), qPrintable(days.error()));
    QCOMPARE(days->addWorkingDays(from, 5), fifth);
}

void TestSchedule::settingsParsing()
{
    QHash<QString, QString> values;
    const auto get = [&values](const QString& k, const QString& fallback) {
        return values.value(k, fallback);
    };
    Result<ScheduleSettings> s = ScheduleSettings::fromSettings(get);
    QVERIFY(s.ok());
    QCOMPARE(s->intervalMonths, 1);
    QCOMPARE(s->firstVisitWorkingDays, 5);
    QCOMPARE(s->holidays.size(), 2); // summer and winter by default
    values.insert(QStringLiteral("holiday_periods"), QStringLiteral("07-01..08-31, 12-25..02-20"));
    s = ScheduleSettings::fromSettings(get);
    QVERIFY(s.ok());
    QCOMPARE(s->holidays.at(1).startMonth, 12);
    QCOMPARE(s->overAgeYears, 16);
    // 一月一访: an interval longer than a month is refused.
    values.insert(QStringLiteral("visit_interval_months"), QStringLiteral("2"));
    s = ScheduleSettings::fromSettings(get);
    QVERIFY(!s.ok());
    QCOMPARE(s.error(), QStringLiteral("The notice asks for a visit every month (一月一访): the setting "
                                       "visit_interval_months can only be 1."));
    values.insert(QStringLiteral("visit_interval_months"), QStringLiteral("1"));
    values.insert(QStringLiteral("over_age_years"), QStringLiteral("18"));
    s = ScheduleSettings::fromSettings(get);
    QVERIFY(s.ok());
    QCOMPARE(s->overAgeYears, 18);
    values.insert(QStringLiteral("over_age_years"), QStringLiteral("19"));
    QVERIFY(!ScheduleSettings::fromSettings(get).ok());
    values.insert(QStringLiteral("over_age_years"), QStringLiteral("16"));
    values.insert(QStringLiteral("holiday_periods"), QStringLiteral("07-01..08-32"));
    s = ScheduleSettings::fromSettings(get);
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("08-32")));
    values.insert(QStringLiteral("holiday_periods"), QString());
    values.insert(QStringLiteral("public_holidays"), QStringLiteral("2024-10-07..2024-10-01"));
    QVERIFY(!ScheduleSettings::fromSettings(get).ok());
    values.insert(QStringLiteral("public_holidays"), QString());
    values.insert(QStringLiteral("visit_interval_months"), QStringLiteral("0"));
    QVERIFY(!ScheduleSettings::fromSettings(get).ok());
}

void TestSchedule::rules_data()
{
    QTest::addColumn<ScheduleChild>("child");
    QTest::addColumn<QDate>("month");
    QTest::addColumn<QDate>("today");
    QTest::addColumn<int>("interval");
    QTest::addColumn<QStringList>("expected");

    const QDate born = d("2014-03-10");
    const auto child = [&](QDate registered, QDate lastBefore = {}, QDate visitedOn = {}, QDate exit = {},
                           QDate birth = {}) {
        ScheduleChild c;
        c.registered = registered;
        c.birthDate = birth.isValid() ? birth : born;
        c.lastBefore = lastBefore;
        c.visitedOn = visitedOn;
        c.exitDate = exit;
        return c;
    };
    QTest::newRow("new case, first visit over a weekend, due")
        << child(d("2024-05-09")) << d("2024-05-01") << d("2024-05-10") << 1
        << QStringList{QStringLiteral("first_visit:due:2024-05-16:")};
    QTest::newRow("new case, first visit late")
        << child(d("2024-05-09")) << d("2024-05-01") << d("2024-05-17") << 1
        << QStringList{QStringLiteral("first_visit:overdue:2024-05-16:")};
    QTest::newRow("registered on the 30th: first visit due next month, listed now")
        << child(d("2024-05-30")) << d("2024-05-01") << d("2024-05-30") << 1
        << QStringList{QStringLiteral("first_visit:due:2024-06-06:")};
    QTest::newRow("registered next month: not on this month's schedule")
        << child(d("2024-06-03")) << d("2024-05-01") << d("2024-05-30") << 1 << QStringList{};
    QTest::newRow("visited on the 31st of January: due by 29 February")
        << child(d("2023-06-01"), d("2024-01-31")) << d("2024-02-01") << d("2024-02-10") << 1
        << QStringList{QStringLiteral("monthly:due:2024-02-29:")};
    QTest::newRow("February missed: overdue in March since 29 February")
        << child(d("2023-06-01"), d("2024-01-15")) << d("2024-03-01") << d("2024-03-01") << 1
        << QStringList{QStringLiteral("monthly:overdue:2024-02-29:")};
    QTest::newRow("last day of the month is still due, not overdue")
        << child(d("2023-06-01"), d("2024-03-15")) << d("2024-04-01") << d("2024-04-30") << 1
        << QStringList{QStringLiteral("monthly:due:2024-04-30:")};
    QTest::newRow("a past month not visited is overdue")
        << child(d("2023-06-01"), d("2024-03-15")) << d("2024-04-01") << d("2024-05-01") << 1
        << QStringList{QStringLiteral("monthly:overdue:2024-04-30:")};
    QTest::newRow("visited this month")
        << child(d("2023-06-01"), d("2024-03-15"), d("2024-04-03")) << d("2024-04-01") << d("2024-04-20") << 1
        << QStringList{QStringLiteral("monthly:visited::2024-04-03")};
    QTest::newRow("every two months: not due the month after")
        << child(d("2023-06-01"), d("2024-03-15")) << d("2024-04-01") << d("2024-04-20") << 2
        << QStringList{};
    QTest::newRow("every two months: due the second month")
        << child(d("2023-06-01"), d("2024-03-15")) << d("2024-05-01") << d("2024-05-20") << 2
        << QStringList{QStringLiteral("monthly:due:2024-05-31:")};
    // Leaving later in the month than its first day: still due that month, by the day before leaving.
    QTest::newRow("exits mid-month, not visited: overdue since the day before")
        << child(d("2023-06-01"), d("2024-04-10"), {}, d("2024-05-15")) << d("2024-05-01") << d("2024-05-20")
        << 1 << QStringList{QStringLiteral("monthly:overdue:2024-05-14:")};
    QTest::newRow("exits mid-month, before the exit: due")
        << child(d("2023-06-01"), d("2024-04-10"), {}, d("2024-05-15")) << d("2024-05-01") << d("2024-05-14")
        << 1 << QStringList{QStringLiteral("monthly:due:2024-05-14:")};
    QTest::newRow("exits on the 2nd: due on the 1st")
        << child(d("2023-06-01"), d("2024-04-10"), {}, d("2024-05-02")) << d("2024-05-01") << d("2024-05-01")
        << 1 << QStringList{QStringLiteral("monthly:due:2024-05-01:")};
    QTest::newRow("exits on the 1st: not due") << child(d("2023-06-01"), d("2024-04-10"), {}, d("2024-05-01"))
                                               << d("2024-05-01") << d("2024-05-01") << 1 << QStringList{};
    QTest::newRow("exits mid-month, visited before: visited")
        << child(d("2023-06-01"), d("2024-04-10"), d("2024-05-03"), d("2024-05-15")) << d("2024-05-01")
        << d("2024-05-20") << 1 << QStringList{QStringLiteral("monthly:visited::2024-05-03")};
    QTest::newRow("exits next month: due this month")
        << child(d("2023-06-01"), d("2024-04-10"), {}, d("2024-06-02")) << d("2024-05-01") << d("2024-05-20")
        << 1 << QStringList{QStringLiteral("monthly:due:2024-05-31:")};
    QTest::newRow("exited last month: gone") << child(d("2023-06-01"), d("2024-03-10"), {}, d("2024-04-30"))
                                             << d("2024-05-01") << d("2024-05-20") << 1 << QStringList{};
    QTest::newRow("turns 16 on 20 May: due by 19 May")
        << child(d("2023-06-01"), d("2024-04-10"), {}, {}, d("2008-05-20")) << d("2024-05-01")
        << d("2024-05-02") << 1 << QStringList{QStringLiteral("monthly:due:2024-05-19:")};
    QTest::newRow("turns 16 on 31 May, new case: first visit by 30 May")
        << child(d("2024-05-27"), {}, {}, {}, d("2008-05-31")) << d("2024-05-01") << d("2024-05-27") << 1
        << QStringList{QStringLiteral("first_visit:due:2024-05-30:")};
    QTest::newRow("turns 16 on 20 May, visited on 2 May: visited")
        << child(d("2023-06-01"), d("2024-04-10"), d("2024-05-02"), {}, d("2008-05-20")) << d("2024-05-01")
        << d("2024-05-02") << 1 << QStringList{QStringLiteral("monthly:visited::2024-05-02")};
    QTest::newRow("turns 16 on 1 June: due all of May")
        << child(d("2023-06-01"), d("2024-04-10"), {}, {}, d("2008-06-01")) << d("2024-05-01")
        << d("2024-05-02") << 1 << QStringList{QStringLiteral("monthly:due:2024-05-31:")};
    QTest::newRow("turned 16 on 1 May: gone")
        << child(d("2023-06-01"), d("2024-04-10"), {}, {}, d("2008-05-01")) << d("2024-05-01")
        << d("2024-05-02") << 1 << QStringList{};

    // Suspected children: a survey visit each month while suspected, apart from the monthly visits.
    const auto suspect = [&](QDate registered, QDate lastBefore = {}, QDate visitedOn = {}, QDate exit = {}) {
        ScheduleChild c = child(registered, lastBefore, visitedOn, exit);
        c.suspected = true;
        return c;
    };
    QTest::newRow("suspected, new case: survey within 5 working days")
        << suspect(d("2024-05-09")) << d("2024-05-01") << d("2024-05-10") << 1
        << QStringList{QStringLiteral("survey:due:2024-05-16:")};
    QTest::newRow("suspected, visited last month: survey again by the month end")
        << suspect(d("2023-06-01"), d("2024-04-10")) << d("2024-05-01") << d("2024-05-10") << 1
        << QStringList{QStringLiteral("survey:due:2024-05-31:")};
    QTest::newRow("suspected, never visited: overdue after the month")
        << suspect(d("2023-06-01")) << d("2024-05-01") << d("2024-06-01") << 1
        << QStringList{QStringLiteral("survey:overdue:2024-05-31:")};
    QTest::newRow("suspected, surveyed this month")
        << suspect(d("2023-06-01"), {}, d("2024-05-03")) << d("2024-05-01") << d("2024-05-10") << 1
        << QStringList{QStringLiteral("survey:visited::2024-05-03")};
    QTest::newRow("suspected, exits on the 10th: survey by the 9th")
        << suspect(d("2023-06-01"), {}, {}, d("2024-05-10")) << d("2024-05-01") << d("2024-05-02") << 1
        << QStringList{QStringLiteral("survey:due:2024-05-09:")};
}

void TestSchedule::overAgeYearsFromTheSetting()
{
    // With over_age_years 18, a child who turns 16 stays on the schedule; one who turns 18 on 20 May is due
    // by 19 May and gone in June.
    ScheduleSettings s = noHolidays();
    s.overAgeYears = 18;
    ScheduleChild c;
    c.registered = d("2023-06-01");
    c.lastBefore = d("2024-04-10");
    c.birthDate = d("2008-05-20");
    QCOMPARE(describe(ScheduleRules::evaluate(c, d("2024-05-01"), d("2024-05-02"), s)),
             QStringList{QStringLiteral("monthly:due:2024-05-31:")});
    c.birthDate = d("2006-05-20");
    QCOMPARE(describe(ScheduleRules::evaluate(c, d("2024-05-01"), d("2024-05-02"), s)),
             QStringList{QStringLiteral("monthly:due:2024-05-19:")});
    QCOMPARE(ScheduleRules::leavesOn(c, 18), d("2024-05-20"));
    QVERIFY(ScheduleRules::evaluate(c, d("2024-06-01"), d("2024-06-02"), s).isEmpty());
}

void TestSchedule::rules()
{
    QFETCH(ScheduleChild, child);
    QFETCH(QDate, month);
    QFETCH(QDate, today);
    QFETCH(int, interval);
    QFETCH(QStringList, expected);
    ScheduleSettings s = noHolidays();
    s.intervalMonths = interval;
    QCOMPARE(describe(ScheduleRules::evaluate(child, month, today, s)), expected);
}

void TestSchedule::holidayPeriods()
{
    ScheduleSettings s;
    Result<QList<HolidayPeriod>> periods =
        ScheduleSettings::parsePeriods(QStringLiteral("07-01..08-31,12-25..02-20"));
    QVERIFY(periods.ok());
    s.holidays = periods.value();
    ScheduleChild c;
    c.registered = d("2023-01-01");
    c.birthDate = d("2014-03-10");
    c.lastBefore = d("2024-06-12");
    // July: the monthly visit and the holiday check, due two weeks into the holiday.
    QCOMPARE(describe(ScheduleRules::evaluate(c, d("2024-07-01"), d("2024-07-02"), s)),
             (QStringList{QStringLiteral("monthly:due:2024-07-31:"),
                          QStringLiteral("holiday_check:due:2024-07-15:")}));
    // Checked on 10 July: visited in July (it counts as the month's visit too) and nothing more in August.
    c.visitedOn = d("2024-07-10");
    c.holidayCheckOn = d("2024-07-10");
    QCOMPARE(describe(ScheduleRules::evaluate(c, d("2024-07-01"), d("2024-07-20"), s)),
             (QStringList{QStringLiteral("monthly:visited::2024-07-10"),
                          QStringLiteral("holiday_check:visited:2024-07-15:2024-07-10")}));
    c.lastBefore = d("2024-07-10");
    c.visitedOn = {};
    QCOMPARE(describe(ScheduleRules::evaluate(c, d("2024-08-01"), d("2024-08-02"), s)),
             QStringList{QStringLiteral("monthly:due:2024-08-31:")});
    // Not checked by August: overdue since 15 July.
    c.holidayCheckOn = {};
    QCOMPARE(describe(ScheduleRules::evaluate(c, d("2024-08-01"), d("2024-08-02"), s)),
             (QStringList{QStringLiteral("monthly:due:2024-08-31:"),
                          QStringLiteral("holiday_check:overdue:2024-07-15:")}));
    // A winter holiday over the new year: January belongs to the period that began on 25 December.
    const auto [from, to] = s.holidays.at(1).overlapping(d("2025-01-01"));
    QCOMPARE(from, d("2024-12-25"));
    QCOMPARE(to, d("2025-02-20"));
    QVERIFY(!s.holidays.at(1).overlapping(d("2025-03-01")).first.isValid());
    // A child who turns 16 in the middle of the summer holiday is not due for its check, but still due for
    // the month's visit before the birthday.
    c.birthDate = d("2008-07-20");
    c.lastBefore = d("2024-06-12");
    QCOMPARE(describe(ScheduleRules::evaluate(c, d("2024-07-01"), d("2024-07-02"), s)),
             QStringList{QStringLiteral("monthly:due:2024-07-19:")});
}

void TestSchedule::scheduleFromDatabase()
{
    QTemporaryDir dir;
    FixedClock clock(QDateTime(QDate(2024, 5, 20), QTime(10, 0)));
    auto db = TestDatabase::open(dir, clock);
    QVERIFY(db);
    QVERIFY(db->setSetting(QStringLiteral("holiday_periods"), QString()).ok());
    CaseRepository cases(*db);
    const QDate today = clock.today();
    QStringList ids;
    for (int i = 0; i < 4; ++i) {
        Result<QString> id = cases.create(TestDatabase::leftBehindChild(
            QStringLiteral("孩子%1").arg(i), QDate(2014, 1, 10 + i), 11 + 2 * i, today));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        ids << id.value();
    }
    VisitRepository visits(*db);
    const auto visit = [&](const QString& child, const char* date, const char* kind = "monthly") {
        Visit v;
        v.childId = child;
        v.values = {{QStringLiteral("kind"), QString::fromLatin1(kind)},
                    {QStringLiteral("visit_date"), QString::fromLatin1(date)},
                    {QStringLiteral("visitor"), QStringLiteral("陈丽")}};
        Result<VisitSaved> saved = visits.save(v);
        if (!saved)
            qWarning() << saved.error();
        return saved ? saved->visitId : QString();
    };
    // 0: visited in April, not yet in May: due. 1: visited in May. 2: last visit in March: overdue.
    // 3: visited in May, but that visit was corrected to April: due again; a cadre visit does not count.
    QVERIFY(!visit(ids[0], "2024-04-03").isEmpty());
    QVERIFY(!visit(ids[1], "2024-04-03").isEmpty());
    QVERIFY(!visit(ids[1], "2024-05-06").isEmpty());
    QVERIFY(!visit(ids[2], "2024-03-28").isEmpty());
    const QString wrong = visit(ids[3], "2024-05-02");
    Visit fix;
    fix.values = {{QStringLiteral("kind"), QStringLiteral("monthly")},
                  {QStringLiteral("visit_date"), QStringLiteral("2024-04-30")},
                  {QStringLiteral("visitor"), QStringLiteral("陈丽")}};
    QVERIFY(visits.correct(wrong, fix, QStringLiteral("wrong date")).ok());
    QVERIFY(!visit(ids[3], "2024-05-10", "party_cadre").isEmpty());

    Result<Schedule> s = ScheduleQuery(*db).month({});
    QVERIFY2(s.ok(), qPrintable(s.error()));
    QCOMPARE(s->month, QDate(2024, 5, 1));
    const auto idsOf = [](const QList<ScheduleEntry>& list) {
        QStringList out;
        for (const ScheduleEntry& e : list)
            out << e.childId;
        std::sort(out.begin(), out.end());
        return out;
    };
    QStringList due{ids[0], ids[3]};
    std::sort(due.begin(), due.end());
    QCOMPARE(idsOf(s->due), due);
    QCOMPARE(idsOf(s->overdue), QStringList{ids[2]});
    QCOMPARE(idsOf(s->visited), QStringList{ids[1]});
    QCOMPARE(s->overdue.first().dueDate, QDate(2024, 4, 30));
    QCOMPARE(s->overdue.first().lastVisit, QDate(2024, 3, 28));
    for (const ScheduleEntry& e : s->due) {
        if (e.childId == ids[3])
            QCOMPARE(e.lastVisit, QDate(2024, 4, 30));
    }
    QCOMPARE(s->byVisitor().value(QStringLiteral("陈丽")).due, 2);
    QCOMPARE(s->byVillage().value(TestDatabase::kVillage).overdue, 1);

    // April, seen from May: 0, 1 and 3 (the correction) visited; 2 overdue.
    ScheduleQuery::Filter april;
    april.month = QDate(2024, 4, 15);
    s = ScheduleQuery(*db).month(april);
    QVERIFY(s.ok());
    QCOMPARE(s->visited.size(), 3);
    QCOMPARE(idsOf(s->overdue), QStringList{ids[2]});

    // Another village: nothing. A child who leaves later in the month is still due that month (by the day
    // before leaving), and gone the month after.
    ScheduleQuery::Filter other;
    other.area = TestDatabase::kOtherVillage;
    QVERIFY(ScheduleQuery(*db).month(other)->due.isEmpty());
    QVERIFY(cases.exitChild(ids[2], QStringLiteral("parents_returned"), today).ok());
    s = ScheduleQuery(*db).month({});
    QCOMPARE(idsOf(s->overdue), QStringList{ids[2]});
    Result<QList<ScheduleEntry>> work = ScheduleQuery(*db).worklist(TestDatabase::kVillage);
    QVERIFY(work.ok());
    QCOMPARE(work->size(), 3);
    ScheduleQuery::Filter june;
    june.month = QDate(2024, 6, 1);
    s = ScheduleQuery(*db).month(june);
    QVERIFY(s.ok());
    for (const ScheduleEntry& e : s->due + s->overdue + s->visited)
        QVERIFY(e.childId != ids[2]);
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "TestSchedule.moc"
