#pragma once

#include "Result.h"
#include "RosterTable.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QString>

// Reads a roster (花名册) or a national-system export from a CSV file (UTF-8 with or without a byte order
// mark, UTF-16 with one, or GBK, told apart by the bytes; comma, semicolon or tab separated, RFC 4180
// quoting) or an XLSX workbook (its first sheet: shared and inline strings, numbers, dates stored as Excel
// serial numbers; ZipReader and QXmlStreamReader). The file is hostile input: its size, the rows, columns and
// each cell's length are bounded, and a file beyond a bound is refused with one sentence.
//
// The header row is the row among the first ten that names the most known roster columns (RosterMapping),
// so a title line above the table is skipped.
class RosterReader final
{
    Q_DECLARE_TR_FUNCTIONS(RosterReader)

public:
    static constexpr qint64 MaxFileBytes = 50LL * 1024 * 1024;
    static constexpr int MaxRows = 100000;
    static constexpr int MaxColumns = 200;
    static constexpr int MaxCellLength = 4000;

    static Result<RosterTable> read(const QString& path);
    // The bytes of a file (the format is told by the bytes, not by the file name).
    static Result<RosterTable> readBytes(const QByteArray& bytes);

    // The date of an Excel serial day number (1900 date system, with Excel's phantom 29 February 1900).
    static QDate excelDate(double serial);
};
