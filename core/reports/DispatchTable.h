#pragma once

#include "reports/DispatchReport.h"
#include "reports/TableExport.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

// The dispatch report as a table, the one layout shared by the text output, CSV, XLSX and a view's model:
// its columns, their headers (in the user's language) and each cell as a value (numbers stay numbers,
// percentages are 0 to 100) or as text. Row -1 is the total.
class DispatchTable final
{
    Q_DECLARE_TR_FUNCTIONS(DispatchTable)

public:
    enum class Column
    {
        Rank,
        Area,
        Code,
        Children,
        Updated,
        Created,
        UpdatePercent,
        MissingRecords,
        WrongRecords,
        Surveyed,
        ToSurvey,
        SurveyPercent,
        LeftBehind,
        Covered,
        CoveragePercent,
        Activities,
        ActivityChildren,
        ZeroUpdates
    };

    static QList<Column> columns();
    static QString header(Column column);
    static bool isPercent(Column column);
    // The value of a cell (row -1: the total): a number, or text (the rank of the total and the zero-update
    // mark of an area that had updates are empty; the total's zero-update cell is the number of such areas).
    static QVariant value(const DispatchReport::Report& report, int row, Column column);
    static QString text(const DispatchReport::Report& report, int row, Column column);

    // "Weekly dispatch report: 水唇镇, 2026-W49 (2026-11-30 to 2026-12-06)".
    static QString title(const DispatchReport::Report& report);
    // What the columns mean, in one paragraph (under the table in XLSX, in the text output).
    static QString note(const DispatchReport::Report& report);
    // The table with its header row first and the total last, as text, without the area codes (the CLI's
    // text output).
    static QList<QStringList> textRows(const DispatchReport::Report& report);
    static TableExport::Table table(const DispatchReport::Report& report);
    // The JSON form (docs/cli.md, "report dispatch").
    static QJsonObject json(const DispatchReport::Report& report);
};
