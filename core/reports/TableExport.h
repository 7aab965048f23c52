#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVariant>

// A report's table written for a spreadsheet: CSV (UTF-8 with a byte order mark, so that Excel reads the
// Chinese right; CRLF line ends, fields quoted as RFC 4180 wants) or XLSX (libxlsxwriter: a title above
// the table, bold headers, highlighted rows, percentages as numbers in a percent format, A4 landscape when
// printed from Excel). Files are written atomically: complete, or not at all (QSaveFile).
class TableExport final
{
    Q_DECLARE_TR_FUNCTIONS(TableExport)

public:
    struct Table
    {
        QString sheetName; // the XLSX sheet's name (at most 31 characters are kept)
        QString title;     // XLSX only: the first line, above the table
        QString subtitle;  // XLSX only: a second line (may be empty)
        QStringList headers;
        // Cells: numbers (int, double) stay numbers; a Percent cell is a double from 0 to 100.
        QList<QVariantList> rows;
        QSet<int> percentColumns;
        QSet<int> highlightedRows; // indexes into rows: shaded
        QSet<int> boldRows;        // indexes into rows: a total
        QString note;              // XLSX only: a line under the table (may be empty)
    };

    // The CSV bytes, starting with the UTF-8 byte order mark.
    static QByteArray csv(const Table& table);
    static Status writeCsv(const Table& table, const QString& path);
    static Status writeXlsx(const Table& table, const QString& path);
    // How a percentage cell reads in text: "80.0%".
    static QString percentText(double percent);
    // Writes the bytes as the file's whole content, atomically (the text and JSON forms of a report).
    static Status writeFile(const QString& path, const QByteArray& bytes);
};
