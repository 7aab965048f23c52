#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <functional>

class CaseDatabase;

// A realistic, fictitious data set for the station's area, clearly marked as demo data: real village codes of
// the area, plausible Chinese names, ID numbers with valid check characters that match birth dates and sex,
// and realistic mixes of parents' situations, guardians, schooling, health and household economy.
// Deterministic for a given seed. Written through the same validated path as user edits, in one transaction
// per batch.
class DemoGenerator final
{
    Q_DECLARE_TR_FUNCTIONS(DemoGenerator)

public:
    struct Options
    {
        int children = 200;
        quint32 seed = 1;
    };
    // Returns the number of children created. `progress(done, total)` may return false to cancel
    // (what was written so far stays, in whole households).
    static Result<int> generate(CaseDatabase& db, const Options& options,
                                const std::function<bool(int, int)>& progress = {});
};
