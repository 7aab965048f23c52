#pragma once

#include "Result.h"
#include "domain/AreaCode.h"
#include "domain/IsoWeek.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class CaseDatabase;

// The weekly dispatch report (每周调度) of a township, county or city office: for each area one level down
// (a township's villages, a county's or a city's townships, or the areas one level below any area asked
// for) and one ISO week, how many children's records were updated that week, how many records lack or get
// wrong a required fact, survey and agreement progress, which areas had no update at all, and their ranking.
//
// What counts as an update (docs/cli.md, "report dispatch"): a write recorded in the audit trail whose
// hybrid logical clock falls in the week (Monday 00:00 to the next Monday 00:00, local time) — any field of
// the child's own file, of its household or of one of its persons, and any visit, referral, referral step,
// agreement or attachment of the child, whichever station made it (audit entries travel with sync, with the
// clock of the station that wrote them). Writes that change nothing are not counted: a clock repair's
// rewrites. Children counted: every file not merged away, exited ones too (an exit is an update).
//
// The other figures are the state on the report's day, min(the week's Sunday, today): the children on the
// register (status active), QualityCheck's issues on that day (its rules classified by issueKind()),
// survey visits dated up to that day, and AgreementCoverage on that day. Activities: those dated in the
// week, and the children who took part in them (the activities do not count as updates and do not rank).
class DispatchReport final
{
    Q_DECLARE_TR_FUNCTIONS(DispatchReport)

public:
    // How QualityCheck's rules count here: a fact not recorded, a fact recorded wrong, or neither (work to
    // do rather than information: an expired agreement, a visit overdue).
    enum class IssueKind
    {
        Missing,
        Wrong,
        Other
    };
    static IssueKind issueKind(const QString& rule);

    struct Row
    {
        QString areaCode; // 12 digits
        QString name;     // the official name (AreaCatalog); for a city's townships after the county's
        int children = 0; // on the register (active) on the report's day: all of them are to be surveyed
        int updated = 0;  // children whose records changed in the week (see above)
        int created = 0;  // of them, files made in the week
        int missingRecords = 0; // active children with at least one "missing" issue
        int missingFacts = 0;   // the "missing" issues
        int wrongRecords = 0;   // active children with at least one "wrong" issue
        int wrongFacts = 0;
        int problemRecords = 0;   // active children with a missing or a wrong fact (each counted once)
        int surveyed = 0;         // active children with a survey visit dated up to the report's day
        int leftBehind = 0;       // active children in the left-behind category
        int covered = 0;          // of them, with a signed agreement valid on the report's day
        int activities = 0;       // group activities and talks dated in the week (ActivityRepository)
        int activityChildren = 0; // distinct children who took part in them
        int rank = 0;             // 1 = best; equal figures share a rank; 0 for the total

        bool zeroUpdates() const { return updated == 0; }
        int toSurvey() const { return children - surveyed; }
        // Percentages (0 to 100): updated of the children on the register (at most 100: exited children
        // count as updated but are no longer on the register), surveyed, covered. 100 for coverage when
        // there is no left-behind child, 0 for the others when there is no child.
        double updatePercent() const;
        double surveyPercent() const;
        double coveragePercent() const;
    };

    struct Options
    {
        IsoWeek week;
        // The area whose parts are the rows; empty: the station's area (a city station's rows are then its
        // townships, across its counties). Must lie inside the station's area.
        QString area;
        QDate today;
    };

    struct Report
    {
        IsoWeek week;
        QDate onDate;     // the report's day: min(the week's Sunday, today)
        QString areaCode; // the area reported on (12 digits)
        QString areaName; // its full name (province to the area)
        AreaLevel rowLevel = AreaLevel::Invalid;
        QList<Row> rows; // in rank order, then by area code
        Row total;       // the whole area
        int zeroUpdateAreas() const;
    };

    // Refused with one sentence for an invalid week, a week that has not begun on `today`, an area not in
    // the official list or outside the station's area, and a database error. Takes seconds on a city's
    // database (the data-quality checks above all: see `bench dispatch`): a GUI runs it off its thread, on
    // a connection of its own. The rows and the total fill a table model through DispatchTable; the paper
    // form is DispatchReportDocument.
    static Result<Report> compute(CaseDatabase& db, const Options& options);

    // The rows' areas: `area`'s parts one level down, or for a city asked by default its townships; a
    // village is its own single row.
    static QStringList rowAreas(const QString& area, bool cityByTownship);

    // Gives every row its rank and sorts the rows: the higher share of children updated first, then the
    // lower share of records with missing or wrong facts, the higher survey progress, the higher agreement
    // coverage; equal on all four, equal rank, by area code. Areas without children on the register and
    // without updates come last.
    static void rank(QList<Row>& rows);
};
