#pragma once

#include "ChildFacts.h"
#include "Classification.h"
#include "ClassifierSettings.h"

#include <QDate>

// Decides whether a child is a rural left-behind child (农村留守儿童, 国发〔2016〕13号, with the local rules
// of ClassifierSettings) on a given date, and computes the 事实无人抚养 and 困境 indicators. Pure: the same
// facts and date always give the same result, with the reasons in sentences a child director understands.
//
// Decisions beyond the letter of 国发〔2016〕13号 (which names serious illness or disability as "without
// guardianship capacity"): a parent who is dead, missing (失联), in prison, in compulsory drug rehabilitation
// or otherwise deprived of liberty is also treated as unable to act as guardian. Local practice and the 2016
// national registration form count "one parent away for work, the other dead or missing" as left-behind: the
// child has no parent at home either way, and needs the same visits. Both parents unable and neither away is
// NOT left-behind (no parent is away for work); such children show up through the 事实无人抚养 indicator
// instead.
class Classifier final
{
public:
    explicit Classifier(ClassifierSettings settings = {});

    const ClassifierSettings& settings() const { return m_settings; }

    Classification classify(const ChildFacts& facts, QDate onDate) const;

    // Whole months from `from` to `to`: the largest m >= 0 with from.addMonths(m) <= to (QDate::addMonths
    // clamps to the month end: 2026-11-30 plus 3 months is 2027-02-28). 0 when `to` is before `from` or a
    // date is invalid.
    static int monthsBetween(QDate from, QDate to);

    // The day the child becomes over-age: the birthday number settings.overAgeYears. A child born on 29
    // February turns over-age on 28 February in a non-leap year (QDate::addYears; 民法典 Art. 201: a period
    // without a corresponding day ends on the last day of the month). Invalid for an invalid birth date.
    static QDate overAgeDate(QDate birthDate, const ClassifierSettings& settings);

private:
    ClassifierSettings m_settings;
};
