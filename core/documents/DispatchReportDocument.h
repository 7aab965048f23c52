#pragma once

#include "PrintDocument.h"
#include "Result.h"
#include "reports/DispatchReport.h"

#include <QDate>

// The weekly dispatch report on paper (template resources/documents/dispatch-report.html): A4 landscape, in
// Chinese, the area and the week with its dates in the title, one row per area in rank order with the
// total last, the areas with zero updates shaded and marked 零更新 (so that a black-and-white print shows
// them too) and named above the table, and what each column counts under it. Runs over as many pages as
// it needs, the header row repeated.
class DispatchReportDocument final
{
public:
    static Result<PrintDocument> build(const DispatchReport::Report& report, const QString& stationName,
                                       QDate today);
    // "2026年第49周（2026年11月30日至12月6日）".
    static QString weekText(const IsoWeek& week);
};
