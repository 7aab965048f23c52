#pragma once

#include "Result.h"
#include "reports/DashboardFigures.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class CaseDatabase;

// The office dashboard (issue 12, "Dashboard"): for the station's area or an area inside it, the children by
// category, the new and the exited of the month (by reason), survey progress against the deadline, agreement
// coverage, the month's visits done, due and overdue, the open and overdue mandatory referrals, the
// data-quality issues and the records updated this week; the same for each part of the area one level down
// (a city's townships, a township's villages), with the last package received from a station inside it.
//
// One definition per figure: each figure is a set of children given either by one WHERE clause on the
// children's table (counted grouped by village, listed with the same clause), or by the core query that
// already defines it (ScheduleQuery for the visits, QualityCheck, UpdatedChildren), whose children are
// counted and listed from the same set. So the count and its list can never disagree (TestDashboard).
class Dashboard final
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)

public:
    struct Options
    {
        QString area; // empty: the station's area; else inside it
        QDate
            today; // default: the database clock's; the month's schedule is always that of the clock's today
        bool quality = true; // the data-quality checks take most of the time on a city's database
    };

    // Refused with one sentence for an area not in the official list or outside the station's area, and a
    // database error. Reads only; a GUI runs it off its thread, on a connection of its own.
    static Result<DashboardFigures> compute(CaseDatabase& db, const Options& options);

    struct Child
    {
        QString id;
        QString name;
        QString areaCode; // the child's village
    };
    // The children behind a figure inside the area (empty: the station's), by village then name.
    static Result<QList<Child>> children(CaseDatabase& db, const DashboardFigures::Figure& figure,
                                         const Options& options);

    // The charts' series, inside the area (empty: the station's). The visits of the child director's
    // follow-up (monthly, survey, holiday check; corrected ones not counted) in each month of today's year
    // up to today's month, January first; and the children updated in each of the last `weeks` ISO weeks,
    // the oldest first, this week last (UpdatedChildren, as the figure counts them).
    static Result<QList<int>> visitsByMonth(CaseDatabase& db, const Options& options);
    struct Week
    {
        QDate monday;
        int updated = 0;
    };
    static Result<QList<Week>> updatesByWeek(CaseDatabase& db, const Options& options, int weeks);

    // The figure's name in the user's language ("Visits overdue"; a category or exit reason by its label).
    static QString label(const DashboardFigures::Figure& figure);

    // The parts of the area the dashboard shows rows for: a city's townships (across its counties), else
    // the area's parts one level down; none for a village.
    static QStringList partsOf(const QString& area);
};
