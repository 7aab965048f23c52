#pragma once

#include "Result.h"

#include <QStringList>
#include <functional>

class CaseDatabase;

// A year of plausible, fictitious visit history for demo children: a survey visit each, the child director's
// monthly visits to left-behind children (most months, some missed), holiday checks in the summer, a few
// cadre and social-worker visits, and findings that open referrals of each kind, some of them since worked
// through and closed. Written through the same paths as user input (RecordWriter; findings through
// VisitRepository and ReferralRepository). Deterministic for a seed.
class VisitDemo final
{
public:
    struct Counts
    {
        int visits = 0;
        int referrals = 0;
    };
    // `progress(done, total)` counts children; it may return false to stop (what was written stays).
    static Result<Counts> generate(CaseDatabase& db, const QStringList& childIds, quint32 seed,
                                   const std::function<bool(int, int)>& progress = {});
};
