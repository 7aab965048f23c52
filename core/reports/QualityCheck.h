#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class CaseDatabase;

// The data-quality checks of the township and city offices (`shouhu-cli check`): for every child on the
// register (status active) inside an area, what is missing, invalid or contradictory, one issue per fact,
// each naming the child, the field (as `relation.field` for a person: `father.work_place_code`) and the rule.
// Rules (codes):
// - missing: a required fact is empty — the child's ID number, hukou address, health and schooling; the
//   for a left-behind child the entrusted guardian's and the caregiver's name and ID number; for a parent
//   away for work, the work place and the date they left;
// - invalid_id_number: the child's or a person's ID number is not a valid number;
// - id_birth_date / id_sex: the child's ID number says another birth date or sex than the record;
// - duplicate_id_number: the same ID number on two active files (any village this station sees);
// - over_age_active: a child who turned 16 is still on the register;
// - category: the stored category differs from what the facts give today;
// - agreement_expired: a left-behind child's current care agreement has expired;
// - caregiver_minor: the caregiver is under 18 (by the ID number, or the birth date recorded);
// - no_recent_visit: a left-behind child with no visit in the last two months.
class QualityCheck final
{
    Q_DECLARE_TR_FUNCTIONS(QualityCheck)

public:
    struct Issue
    {
        QString childId;
        QString childName;
        QString areaCode; // the child's village
        QString field;
        QString rule;
        QString message; // one sentence
    };

    // Issues of the children inside `areaCode` (empty: all), on `today`, in the order of the case list.
    static Result<QList<Issue>> run(CaseDatabase& db, const QString& areaCode, QDate today);
};
