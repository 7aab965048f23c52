#pragma once

#include "Result.h"
#include "RosterMapping.h"
#include "RosterTable.h"
#include "reports/TableExport.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class CaseDatabase;

// A national-system export (or any roster) compared with the register, child by child on the ID number:
// children in both (with the fields whose values differ, one line per field), only in the national list, and
// only here (active children on the register whose ID number the list does not have, or who have none).
// Only the fields RosterMapping fills are compared, each read as the import reads it (codes from words,
// dates from any spreadsheet form), and an empty cell in the list is no difference.
class RosterReconciler final
{
    Q_DECLARE_TR_FUNCTIONS(RosterReconciler)

public:
    enum class Kind
    {
        Same,         // in both, no field differs
        Differs,      // in both, this field differs
        OnlyNational, // only in the national list
        OnlyHere,     // only on this register
    };

    struct Item
    {
        Kind kind = Kind::Same;
        int row = 0; // in the national list; 0 for OnlyHere
        QString idNumber;
        QString name;
        QString childId;
        QString field; // Differs: the field's label
        QString fieldKey;
        QString national; // Differs: the list's value as written
        QString here;     // Differs: the register's value in words
    };

    struct Report
    {
        QList<Item> items;
        int same = 0;
        int differing = 0; // children with at least one difference
        int onlyNational = 0;
        int onlyHere = 0;
    };

    explicit RosterReconciler(CaseDatabase& db);

    Result<Report> compare(const RosterTable& national, const RosterMapping& mapping) const;

    static QString kindCode(Kind kind);
    static QString kindLabel(Kind kind);
    // The report as a table for CSV or XLSX, in the user's language.
    static TableExport::Table table(const Report& report);

private:
    CaseDatabase& m_db;
};
