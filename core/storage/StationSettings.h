#pragma once

#include "Result.h"
#include "domain/ClassifierSettings.h"

class CaseDatabase;

// The settings an operator may change at a station, read and written together: the local rules of the
// classifier (settings months_away_threshold, require_cross_county, unsupported_min_months,
// ill_child_in_difficulty) and the idle time before the program locks (LockPolicy). `shouhu-cli settings` and
// the window's Settings dialog both go through here, so the ranges are the same everywhere.
class StationSettings final
{
public:
    struct Values
    {
        ClassifierSettings rules;
        int lockMinutes = 10;
    };

    static constexpr int MinMonthsAway = 1;
    static constexpr int MaxMonthsAway = 24;
    static constexpr int MaxUnsupportedMonths = 60;

    static Values load(const CaseDatabase& db);
    // Every value checked first (one sentence for the first one out of range, nothing written), then all
    // written in one transaction. Whether the verdicts must be brought up to date: compare the rules'
    // signature() before and after.
    static Status save(CaseDatabase& db, const Values& values);
};
