#pragma once

#include "Result.h"
#include "domain/ClassifierSettings.h"

#include <QDate>

class CaseDatabase;

// The settings an operator may change at a station, read and written together: the local rules of the
// classifier (settings months_away_threshold, require_cross_county, unsupported_min_months,
// ill_child_in_difficulty), the idle time before the program locks (LockPolicy) and the survey's deadline
// (setting survey_deadline, an ISO date; none by default), against which the dashboard counts the days left.
// `shouhu-cli settings` and the window's Settings dialog both go through here, so the ranges are the same
// everywhere.
class StationSettings final
{
public:
    struct Values
    {
        ClassifierSettings rules;
        int lockMinutes = 10;
        QDate surveyDeadline; // invalid: none set
        int spotCheckSize =
            10; // records drawn for a spot check (setting spot_check_size, SpotCheckRepository)
    };

    static constexpr int MinMonthsAway = 1;
    static constexpr int MaxMonthsAway = 24;
    static constexpr int MaxUnsupportedMonths = 60;
    // The survey's deadline must lie in these years (a typing error such as 2062 or 1926 is refused).
    static constexpr int MinDeadlineYear = 2000;
    static constexpr int MaxDeadlineYear = 2099;
    static constexpr int MinSpotCheckSize = 1;
    static constexpr int MaxSpotCheckSize = 500;

    static Values load(const CaseDatabase& db);
    // Every value checked first (one sentence for the first one out of range, nothing written), then all
    // written in one transaction. Whether the verdicts must be brought up to date: compare the rules'
    // signature() before and after.
    static Status save(CaseDatabase& db, const Values& values);

    // The survey's deadline alone (`shouhu-cli settings --survey-deadline`): an invalid date clears it; one
    // outside MinDeadlineYear..MaxDeadlineYear is refused with one sentence.
    static QDate surveyDeadline(const CaseDatabase& db);
    static Status setSurveyDeadline(CaseDatabase& db, QDate deadline);
    static Status checkSurveyDeadline(QDate deadline);
};
