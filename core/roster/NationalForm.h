#pragma once

#include "Result.h"
#include "reports/TableExport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class CaseDatabase;

// The children on the register in the layout of the national registration form (全国农村留守儿童信息登记表,
// 2016; DOMAIN.md): one row per child, the form's columns with their Chinese headers and Chinese words for
// the coded answers (the national system is in Chinese whatever this program's language), written as CSV
// (UTF-8 with a byte order mark) or XLSX through TableExport. RosterReader and RosterMapping read the file
// back: every header names its field (docs/roster.md lists them).
class NationalForm final
{
    Q_DECLARE_TR_FUNCTIONS(NationalForm)

public:
    struct Column
    {
        QString header;
        // A field key of RosterMapping, or one of the form's own: "number" (序号), "village_name",
        // "category", and a parent's "status", "work_place", "away_since".
        QString key;
    };
    static const QList<Column>& columns();

    // Every child not merged into another file, by village and name.
    static Result<TableExport::Table> table(CaseDatabase& db);
    // format: "csv" or "xlsx".
    static Status write(CaseDatabase& db, const QString& format, const QString& path);
};
