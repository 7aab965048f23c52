#pragma once

#include "RecordWriter.h"
#include "Result.h"
#include "SpotCheck.h"

#include <QDate>
#include <QList>

class CaseDatabase;

// Daily spot checks (抽查, the notice's work requirements: named staff check the survey and update data every
// day). A township, county or city office draws a random sample of the children whose records were updated
// on a day or in an ISO week (UpdatedChildren: the dispatch report's definition of an update), never the
// same child twice for one day or week; the checker marks each one verified, or a problem with a note for
// the village. Every draw and every mark is one transaction.
class SpotCheckRepository final
{
public:
    enum class Period
    {
        Day,
        Week
    };

    static constexpr int DefaultSampleSize = 10;
    static constexpr int MaxSampleSize = 500;

    explicit SpotCheckRepository(CaseDatabase& db);

    // The sample size used when none is given: the station setting (StationSettings::spotCheckSize, whose
    // range is checked there).
    int sampleSize() const;
    Status setSampleSize(int size);

    // Draws up to `size` children (sampleSize() when 0) of `area` (empty: the station's) updated on `day`
    // (Period::Day) or in its ISO week, not drawn for that day or week yet, at random (`seed` 0: a random
    // seed; tests give one). Returns the new checks, by village and name. Refused at a village station
    // (an office checks the villages' work) and for a day after today.
    Result<QList<SpotCheck>> draw(Period period, QDate day, int size = 0, const QString& area = {},
                                  quint32 seed = 0);
    // Marks a check: `result` verified or problem (a problem needs a note saying what is wrong).
    Status mark(const QString& id, const QString& result, const QString& note, const QString& checker = {});

    Result<SpotCheck> load(const QString& id) const;
    // The checks drawn for the day (Period::Day) or its ISO week in the area, by village and name.
    Result<QList<SpotCheck>> list(Period period, QDate day, const QString& area = {}) const;
    // Their results per village, and the total last (areaCode = the area).
    Result<QList<SpotCheckTally>> tally(Period period, QDate day, const QString& area = {}) const;

    static QString periodCode(Period p)
    {
        return p == Period::Day ? QStringLiteral("day") : QStringLiteral("week");
    }

private:
    // The first and last day drawn_on may have for the day or its week.
    static std::pair<QDate, QDate> span(Period period, QDate day);
    Result<QString> areaOrStation(const QString& area) const;

    CaseDatabase& m_db;
    RecordWriter m_writer;
};
