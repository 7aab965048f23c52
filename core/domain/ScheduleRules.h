#pragma once

#include "Result.h"
#include "WorkingDays.h"

#include <QDate>
#include <QList>
#include <QString>

#include <functional>

// A school holiday that adds one holiday safety check per child: month and day of its first and last day
// (it may run over the new year, e.g. 12-25..02-20).
struct HolidayPeriod
{
    int startMonth = 7;
    int startDay = 1;
    int endMonth = 8;
    int endDay = 31;

    // The instance of this period that overlaps `month` (any day of it), or an empty pair.
    std::pair<QDate, QDate> overlapping(QDate monthStart) const;
};

// The settings of the schedule (keys in the setting table):
//   visit_interval_months     (1)  months between the child director's visits: only 1, the notice says
//                                  一月一访 (a visit every month)
//   over_age_years            (16) the child leaves the schedule on this birthday (the classifier's setting)
//   first_visit_working_days  (5)  a new case is due for its first visit within this many working days
//   holiday_periods ("07-01..08-31,01-15..02-20")  the holidays that add a safety check
//   public_holidays, extra_working_days ("")       dates and ranges that change the working days
struct ScheduleSettings
{
    int intervalMonths = 1;
    int firstVisitWorkingDays = 5;
    int overAgeYears = 16;
    QList<HolidayPeriod> holidays;
    WorkingDays workingDays;
    // A holiday check is due this many days after the holiday starts (capped at its last day).
    int holidayCheckWithinDays = 14;

    static QString defaultHolidayPeriods() { return QStringLiteral("07-01..08-31,01-15..02-20"); }
    // Reads the settings through `setting(key, fallback)`; a malformed value is refused with a sentence.
    static Result<ScheduleSettings>
    fromSettings(const std::function<QString(const QString&, const QString&)>& setting);
    static Result<QList<HolidayPeriod>> parsePeriods(const QString& text);
};

// What the schedule knows of one child for one month. Visits that count for the child director's monthly
// follow-up are those of kind monthly, survey and holiday_check (not the cadres' or social workers'): they
// are done by the child director in person.
struct ScheduleChild
{
    QDate registered; // the day the case was registered (created)
    QDate birthDate;  // invalid when unknown
    QDate exitDate;   // invalid while the child is active
    QDate lastBefore; // the last counting visit before the month; invalid when none
    QDate visitedOn;  // the last counting visit in the month; invalid when none
    QDate
        holidayCheckOn; // a holiday check within the holiday period overlapping the month; invalid when none
    bool suspected =
        false; // a suspected left-behind child: due a survey visit (摸底排查), not the monthly one
};

struct ScheduleItem
{
    enum class Kind
    {
        FirstVisit,   // a new case's first visit, due within 5 working days of registration
        Monthly,      // the child director's visit of the month
        HolidayCheck, // the holiday safety check, once per holiday period
        Survey,       // a suspected child's survey visit (the notice: survey every suspected child)
    };
    enum class State
    {
        Due,
        Overdue,
        Visited,
    };
    Kind kind = Kind::Monthly;
    State state = State::Due;
    QDate dueDate;
    QDate visitedOn; // for Visited

    static QString kindCode(Kind kind);
    static QString stateCode(State state);
};

// Who is due when (pure). The rules, as decided and documented in docs/visit-json.md:
// - A child is on the month's schedule from registration (or from an earlier visit) until the day the child
//   leaves it: the exit date or the birthday number over_age_years (16). A child who leaves later in the
//   month than its first day is still due that month, by the day before leaving (the visit happens
//   before); one who leaves on the first day is not.
// - A suspected child is due a survey visit each month while suspected (shown apart from the monthly
//   visits): by the end of the month, or for a new case within `firstVisitWorkingDays` working days.
// - Not visited before: the first visit is due `firstVisitWorkingDays` working days after registration.
// - Otherwise due by the last day of the month `intervalMonths` after the month of the last visit; a child
//   not yet due this month is not listed.
// - Each holiday period overlapping the month adds a holiday check, due `holidayCheckWithinDays` after the
//   period starts, listed in the months of the period until it is done (and in the month it was done).
// - Not visited and the due date before `today`: overdue; otherwise due.
class ScheduleRules final
{
public:
    static QList<ScheduleItem> evaluate(const ScheduleChild& child, QDate monthStart, QDate today,
                                        const ScheduleSettings& settings);
    // The day the child leaves the schedule: the earlier of the exit date and the birthday number
    // `overAgeYears`.
    static QDate leavesOn(const ScheduleChild& child, int overAgeYears = 16);
};
