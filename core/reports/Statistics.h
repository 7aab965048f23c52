#pragma once

#include "Result.h"

#include <QMap>
#include <QString>

class CaseDatabase;

// Counts of children by category, status and village, for the dashboard and `shouhu-cli stats`.
class Statistics final
{
public:
    struct VillageCounts
    {
        int children = 0;
        QMap<QString, int> byCategory;
    };
    struct Counts
    {
        int children = 0;                       // all children on the register (active and exited)
        QMap<QString, int> byCategory;          // active children by category code
        QMap<QString, int> byStatus;            // status code -> children
        QMap<QString, VillageCounts> byVillage; // village code -> active children
    };

    static Result<Counts> compute(CaseDatabase& db, const QString& withinArea = {});
};
