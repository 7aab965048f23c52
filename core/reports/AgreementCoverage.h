#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>

class CaseDatabase;

// How many children in the left-behind category have a signed agreement valid on the day, per village and
// per township, and which children have none (the notice's target is full coverage).
class AgreementCoverage final
{
public:
    struct Line
    {
        QString areaCode;
        QString name;
        int leftBehind = 0;
        int covered = 0;
        double percent() const { return leftBehind ? 100.0 * covered / leftBehind : 100.0; }
    };
    struct Uncovered
    {
        QString childId;
        QString name;
        QString areaCode;
        QString state; // the current agreement's state code, empty when there is none
    };
    struct Report
    {
        QList<Line> villages;
        QList<Line> townships;
        Line total;
        QList<Uncovered> without;
    };

    // For the area (empty: the whole database), on the day.
    static Result<Report> compute(CaseDatabase& db, const QString& areaCode, QDate onDate);
};
