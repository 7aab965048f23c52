#include "DispatchTable.h"

#include <QJsonArray>

namespace {
using Column = DispatchTable::Column;
using Row = DispatchReport::Row;

const Row& rowAt(const DispatchReport::Report& report, int row)
{
    return row < 0 ? report.total : report.rows.at(row);
}

QJsonObject rowJson(const Row& r)
{
    return {{QStringLiteral("area"), r.areaCode},
            {QStringLiteral("name"), r.name},
            {QStringLiteral("rank"), r.rank},
            {QStringLiteral("children"), r.children},
            {QStringLiteral("updated"), r.updated},
            {QStringLiteral("created"), r.created},
            {QStringLiteral("updatePercent"), r.updatePercent()},
            {QStringLiteral("zeroUpdates"), r.zeroUpdates()},
            {QStringLiteral("missingRecords"), r.missingRecords},
            {QStringLiteral("missingFacts"), r.missingFacts},
            {QStringLiteral("wrongRecords"), r.wrongRecords},
            {QStringLiteral("wrongFacts"), r.wrongFacts},
            {QStringLiteral("problemRecords"), r.problemRecords},
            {QStringLiteral("surveyed"), r.surveyed},
            {QStringLiteral("toSurvey"), r.toSurvey()},
            {QStringLiteral("surveyPercent"), r.surveyPercent()},
            {QStringLiteral("leftBehind"), r.leftBehind},
            {QStringLiteral("covered"), r.covered},
            {QStringLiteral("coveragePercent"), r.coveragePercent()},
            {QStringLiteral("activities"), r.activities},
            {QStringLiteral("activityChildren"), r.activityChildren}};
}
} // namespace

QList<DispatchTable::Column> DispatchTable::columns()
{
    return {Column::Rank,
            Column::Area,
            Column::Code,
            Column::Children,
            Column::Updated,
            Column::Created,
            Column::UpdatePercent,
            Column::MissingRecords,
            Column::WrongRecords,
            Column::Surveyed,
            Column::ToSurvey,
            Column::SurveyPercent,
            Column::LeftBehind,
            Column::Covered,
            Column::CoveragePercent,
            Column::Activities,
            Column::ActivityChildren,
            Column::ZeroUpdates};
}

QString DispatchTable::header(Column column)
{
    switch (column) {
    case Column::Rank:
        return tr("Rank");
    case Column::Area:
        return tr("Area");
    case Column::Code:
        return tr("Area code");
    case Column::Children:
        return tr("On the register");
    case Column::Updated:
        return tr("Updated");
    case Column::Created:
        return tr("New files");
    case Column::UpdatePercent:
        return tr("Updated %");
    case Column::MissingRecords:
        return tr("Missing information");
    case Column::WrongRecords:
        return tr("Wrong information");
    case Column::Surveyed:
        return tr("Surveyed");
    case Column::ToSurvey:
        return tr("To survey");
    case Column::SurveyPercent:
        return tr("Survey %");
    case Column::LeftBehind:
        return tr("Left-behind");
    case Column::Covered:
        return tr("Signed agreements");
    case Column::CoveragePercent:
        return tr("Coverage");
    case Column::Activities:
        return tr("Activities");
    case Column::ActivityChildren:
        return tr("Children in activities");
    case Column::ZeroUpdates:
        return tr("Zero updates");
    }
    return {};
}

bool DispatchTable::isPercent(Column column)
{
    return column == Column::UpdatePercent || column == Column::SurveyPercent ||
           column == Column::CoveragePercent;
}

QVariant DispatchTable::value(const DispatchReport::Report& report, int row, Column column)
{
    const Row& r = rowAt(report, row);
    const bool total = row < 0;
    switch (column) {
    case Column::Rank:
        return total ? QVariant(QString()) : QVariant(r.rank);
    case Column::Area:
        return total ? tr("Total") : r.name;
    case Column::Code:
        return r.areaCode;
    case Column::Children:
        return r.children;
    case Column::Updated:
        return r.updated;
    case Column::Created:
        return r.created;
    case Column::UpdatePercent:
        return r.updatePercent();
    case Column::MissingRecords:
        return r.missingRecords;
    case Column::WrongRecords:
        return r.wrongRecords;
    case Column::Surveyed:
        return r.surveyed;
    case Column::ToSurvey:
        return r.toSurvey();
    case Column::SurveyPercent:
        return r.surveyPercent();
    case Column::LeftBehind:
        return r.leftBehind;
    case Column::Covered:
        return r.covered;
    case Column::CoveragePercent:
        return r.coveragePercent();
    case Column::Activities:
        return r.activities;
    case Column::ActivityChildren:
        return r.activityChildren;
    case Column::ZeroUpdates:
        if (total)
            return report.zeroUpdateAreas();
        return r.zeroUpdates() ? tr("zero updates") : QString();
    }
    return {};
}

QString DispatchTable::text(const DispatchReport::Report& report, int row, Column column)
{
    const QVariant v = value(report, row, column);
    if (isPercent(column))
        return TableExport::percentText(v.toDouble());
    return v.toString();
}

QString DispatchTable::title(const DispatchReport::Report& report)
{
    return tr("Weekly dispatch report: %1, %2 (%3 to %4)")
        .arg(report.total.name, report.week.toString(), report.week.monday().toString(Qt::ISODate),
             report.week.sunday().toString(Qt::ISODate));
}

QString DispatchTable::note(const DispatchReport::Report& report)
{
    return tr("Updated: children whose file, household, persons, visits, referrals or agreements were "
              "changed in the week, by the clock of the change (any station). Missing and wrong information, "
              "survey and agreements: as on %1. Ranked by the share updated, then fewer records with missing "
              "or wrong information, survey progress and agreement coverage. Activities: group activities "
              "and talks "
              "dated in the week, and the children who took part in them.")
        .arg(report.onDate.toString(Qt::ISODate));
}

QList<QStringList> DispatchTable::textRows(const DispatchReport::Report& report)
{
    QList<Column> shown = columns();
    shown.removeOne(Column::Code); // the codes are in the JSON form; the text stays narrower
    QList<QStringList> rows;
    QStringList headers;
    for (Column c : shown)
        headers << header(c);
    rows << headers;
    for (int i = 0; i <= int(report.rows.size()); ++i) {
        const int row = i < report.rows.size() ? i : -1;
        QStringList cells;
        for (Column c : shown)
            cells << text(report, row, c);
        rows << cells;
    }
    return rows;
}

TableExport::Table DispatchTable::table(const DispatchReport::Report& report)
{
    TableExport::Table t;
    t.sheetName = report.week.toString();
    t.title = title(report);
    t.subtitle = report.areaName;
    const QList<Column> cols = columns();
    for (int c = 0; c < cols.size(); ++c) {
        t.headers << header(cols.at(c));
        if (isPercent(cols.at(c)))
            t.percentColumns.insert(c);
    }
    for (int i = 0; i <= int(report.rows.size()); ++i) {
        const int row = i < report.rows.size() ? i : -1;
        QVariantList cells;
        for (Column c : cols)
            cells << value(report, row, c);
        if (row >= 0 && report.rows.at(row).zeroUpdates())
            t.highlightedRows.insert(i);
        if (row < 0)
            t.boldRows.insert(i);
        t.rows << cells;
    }
    t.note = note(report);
    return t;
}

QJsonObject DispatchTable::json(const DispatchReport::Report& report)
{
    QJsonArray rows;
    for (const Row& r : report.rows)
        rows.append(rowJson(r));
    return {{QStringLiteral("week"), report.week.toString()},
            {QStringLiteral("from"), report.week.monday().toString(Qt::ISODate)},
            {QStringLiteral("to"), report.week.sunday().toString(Qt::ISODate)},
            {QStringLiteral("onDate"), report.onDate.toString(Qt::ISODate)},
            {QStringLiteral("area"), report.areaCode},
            {QStringLiteral("areaName"), report.areaName},
            {QStringLiteral("zeroUpdateAreas"), report.zeroUpdateAreas()},
            {QStringLiteral("rows"), rows},
            {QStringLiteral("total"), rowJson(report.total)}};
}
