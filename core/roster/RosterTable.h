#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// A roster as read from its file: the header row and the data rows below it, each with the row number the
// user sees in the spreadsheet (or the line in a CSV file), trimmed cells, empty rows left out.
struct RosterTable
{
    struct Row
    {
        int number = 0;
        QStringList cells;
        QString cell(int column) const { return column >= 0 ? cells.value(column) : QString(); }
    };

    QString format; // "csv-utf8", "csv-gbk", "csv-utf16", "xlsx"
    int headerRow = 0;
    QStringList headers;
    QList<Row> rows;
};
