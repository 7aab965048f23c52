#pragma once

#include "Result.h"
#include "RosterMapping.h"
#include "RosterTable.h"
#include "storage/ChildFile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class CaseDatabase;

// A roster brought onto the register: first a plan that checks every row exactly as the same fields are
// checked when typed (CaseRepository::check: the ID number's check character, dates, the sex and birth date
// the ID number implies, the village inside the station's area) and says for each row whether it makes a new
// child, updates one, changes nothing, or is bad (and why); nothing is written. Then apply() writes the plan
// in one transaction through CaseRepository, so audit columns, field clocks and the sync sequence are written
// as for a typed edit; bad rows refuse the whole import unless they are skipped.
//
// Rows match children on the register by ID number (a row without one: by name, birth date and sex in the
// village). An empty cell never erases a stored value. A new child enters as suspected (疑似) until the
// survey records the facts that decide the category (RosterMapping lists none of them).
class RosterImport final
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport)

public:
    enum class Action
    {
        New,
        Update,
        Unchanged,
        Bad,
    };

    struct Row
    {
        int number = 0; // the row in the spreadsheet (or line of the CSV file)
        Action action = Action::Bad;
        QString reason;      // why a row is bad
        QString name;        // the child's name as in the row
        QString idNumber;    // as in the row
        QString childId;     // the child updated or unchanged
        QStringList changed; // the fields an update changes (their labels)
        ChildFile file;      // what is written: the whole file for a new child, the changed fields otherwise
    };

    struct Plan
    {
        QList<Row> rows;
        int count(Action action) const;
    };

    struct Outcome
    {
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        int skipped = 0;
    };

    explicit RosterImport(CaseDatabase& db);

    // Refused as a whole (one sentence) only when a required column is missing.
    Result<Plan> plan(const RosterTable& table, const RosterMapping& mapping) const;
    // `progress`, when given, is called with the rows written so far.
    Result<Outcome> apply(const Plan& plan, bool skipBad, const std::function<void(int)>& progress = {});

    static QString actionCode(Action action);
    static QString actionLabel(Action action);

private:
    CaseDatabase& m_db;
};
