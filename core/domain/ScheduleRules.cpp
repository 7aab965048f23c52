#include "ScheduleRules.h"

#include <QCoreApplication>
#include <QRegularExpression>

std::pair<QDate, QDate> HolidayPeriod::overlapping(QDate monthStart) const
{
    const QDate monthEnd = monthStart.addMonths(1).addDays(-1);
    const bool wraps = endMonth * 100 + endDay < startMonth * 100 + startDay;
    for (int year : {monthStart.year() - 1, monthStart.year()}) {
        const QDate from(year, startMonth, startDay);
        const QDate to(wraps ? year + 1 : year, endMonth, endDay);
        if (from.isValid() && to.isValid() && from <= monthEnd && to >= monthStart)
            return {from, to};
    }
    return {};
}

Result<QList<HolidayPeriod>> ScheduleSettings::parsePeriods(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^(\\d{1,2})-(\\d{1,2})\\.\\.(\\d{1,2})-(\\d{1,2})$"));
    QList<HolidayPeriod> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto m = re.match(part.trimmed());
        HolidayPeriod p;
        if (m.hasMatch())
            p = {m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(), m.captured(4).toInt()};
        // 2024 is a leap year: 02-29 is accepted.
        if (!m.hasMatch() || !QDate(2024, p.startMonth, p.startDay).isValid() ||
            !QDate(2024, p.endMonth, p.endDay).isValid())
            return Result<QList<HolidayPeriod>>::failure(
                QCoreApplication::translate("ScheduleSettings",
                                            "\"%1\" is not a holiday period (write 07-01..08-31).")
                    .arg(part.trimmed()));
        out << p;
    }
    return out;
}

Result<ScheduleSettings>
ScheduleSettings::fromSettings(const std::function<QString(const QString&, const QString&)>& setting)
{
    using R = Result<ScheduleSettings>;
    ScheduleSettings s;
    bool ok = false;
    s.intervalMonths = setting(QStringLiteral("visit_interval_months"), QStringLiteral("1")).toInt(&ok);
    if (!ok || s.intervalMonths != 1)
        return R::failure(QCoreApplication::translate(
            "ScheduleSettings", "The notice asks for a visit every month (一月一访): the setting "
                                "visit_interval_months can only be 1."));
    s.overAgeYears = setting(QStringLiteral("over_age_years"), QStringLiteral("16")).toInt(&ok);
    if (!ok || s.overAgeYears < 6 || s.overAgeYears > 18)
        return R::failure(QCoreApplication::translate(
            "ScheduleSettings", "The setting over_age_years must be an age from 6 to 18."));
    s.firstVisitWorkingDays =
        setting(QStringLiteral("first_visit_working_days"), QStringLiteral("5")).toInt(&ok);
    if (!ok || s.firstVisitWorkingDays < 1 || s.firstVisitWorkingDays > 60)
        return R::failure(QCoreApplication::translate(
            "ScheduleSettings",
            "The setting first_visit_working_days must be a number of days from 1 to 60."));
    Result<QList<HolidayPeriod>> periods =
        parsePeriods(setting(QStringLiteral("holiday_periods"), defaultHolidayPeriods()));
    if (!periods)
        return R::failure(periods.error());
    s.holidays = periods.value();
    Result<WorkingDays> days = WorkingDays::parse(setting(QStringLiteral("public_holidays"), {}),
                                                  setting(QStringLiteral("extra_working_days"), {}));
    if (!days)
        return R::failure(days.error());
    s.workingDays = days.value();
    return s;
}

QString ScheduleItem::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::FirstVisit:
        return QStringLiteral("first_visit");
    case Kind::Monthly:
        return QStringLiteral("monthly");
    case Kind::HolidayCheck:
        return QStringLiteral("holiday_check");
    case Kind::Survey:
        return QStringLiteral("survey");
    }
    return {};
}

QString ScheduleItem::stateCode(State state)
{
    switch (state) {
    case State::Due:
        return QStringLiteral("due");
    case State::Overdue:
        return QStringLiteral("overdue");
    case State::Visited:
        return QStringLiteral("visited");
    }
    return {};
}

QDate ScheduleRules::leavesOn(const ScheduleChild& c, int overAgeYears)
{
    QDate leaves = c.exitDate;
    if (c.birthDate.isValid()) {
        const QDate sixteen = c.birthDate.addYears(overAgeYears);
        if (!leaves.isValid() || sixteen < leaves)
            leaves = sixteen;
    }
    return leaves;
}

QList<ScheduleItem> ScheduleRules::evaluate(const ScheduleChild& c, QDate monthStart, QDate today,
                                            const ScheduleSettings& settings)
{
    using K = ScheduleItem::Kind;
    using S = ScheduleItem::State;
    QList<ScheduleItem> out;
    const QDate monthEnd = monthStart.addMonths(1).addDays(-1);
    const bool known = (c.registered.isValid() && c.registered <= monthEnd) || c.lastBefore.isValid() ||
                       c.visitedOn.isValid();
    const QDate leaves = leavesOn(c, settings.overAgeYears);
    if (!known || (leaves.isValid() && leaves < monthStart))
        return out;
    const bool staysAllMonth = !leaves.isValid() || leaves > monthEnd;
    // On the schedule for part of the month at least: due by the day before leaving.
    const bool dueThisMonth = !leaves.isValid() || leaves > monthStart;
    const auto open = [&](K kind, QDate due) {
        if (leaves.isValid() && due >= leaves)
            due = leaves.addDays(-1);
        out.append({kind, due < today ? S::Overdue : S::Due, due, {}});
    };

    if (c.suspected) {
        if (c.visitedOn.isValid()) {
            out.append({K::Survey, S::Visited, {}, c.visitedOn});
        } else if (dueThisMonth) {
            const bool newCase =
                c.registered.isValid() && c.registered >= monthStart && !c.lastBefore.isValid();
            open(K::Survey,
                 newCase ? settings.workingDays.addWorkingDays(c.registered, settings.firstVisitWorkingDays)
                         : monthEnd);
        }
        return out;
    }

    if (c.visitedOn.isValid()) {
        out.append({c.lastBefore.isValid() ? K::Monthly : K::FirstVisit, S::Visited, {}, c.visitedOn});
    } else if (dueThisMonth) {
        if (!c.lastBefore.isValid()) {
            const QDate from = c.registered.isValid() ? c.registered : monthStart;
            open(K::FirstVisit, settings.workingDays.addWorkingDays(from, settings.firstVisitWorkingDays));
        } else {
            const QDate dueMonth =
                QDate(c.lastBefore.year(), c.lastBefore.month(), 1).addMonths(settings.intervalMonths);
            if (dueMonth <= monthStart)
                open(K::Monthly, dueMonth.addMonths(1).addDays(-1));
        }
    }

    for (const HolidayPeriod& p : settings.holidays) {
        const auto [from, to] = p.overlapping(monthStart);
        if (!from.isValid())
            continue;
        const QDate due = std::min(from.addDays(settings.holidayCheckWithinDays), to);
        if (c.holidayCheckOn.isValid()) {
            if (c.holidayCheckOn >= monthStart && c.holidayCheckOn <= monthEnd)
                out.append({K::HolidayCheck, S::Visited, due, c.holidayCheckOn});
        } else if (staysAllMonth || (leaves.isValid() && leaves > to)) {
            open(K::HolidayCheck, due);
        }
    }
    return out;
}
