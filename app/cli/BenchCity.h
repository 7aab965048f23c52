#pragma once

#include "Result.h"

#include <QCoreApplication>

class CaseDatabase;
class CliContext;

// The city database of the office benchmarks (`bench dispatch`, `bench office`): a new database becomes a
// city station (赣州市, or 汕尾市 when the list has no 3607) filled with demo children; a demo database with
// fewer children than wanted is filled up; a database with real children is used as it is.
class BenchCity final
{
    Q_DECLARE_TR_FUNCTIONS(BenchCity)

public:
    // The number of demo children made (0: the database had enough). Progress on stderr (not with --json).
    static Result<int> prepare(CliContext& ctx, CaseDatabase& db, int wanted);
    // The middle of the sorted times (the median of an odd count).
    static double median(QList<double> times);
};
