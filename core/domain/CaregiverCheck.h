#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

// The check of a caregiver before an agreement is printed (未成年人保护法 Art. 22): an adult (18 or over,
// from the ID number's birth date), able to give care, and none of the exclusions: a record of abuse or
// violence, drug, alcohol or gambling habits, a long neglect of the duty of care. Unanswered questions fail
// the check: the form must ask them.
class CaregiverCheck final
{
public:
    QString idNumber;            // the caregiver's citizen ID number
    std::optional<bool> capable; // able to give care
    std::optional<bool> abuse;   // record of abuse or violence
    std::optional<bool> habits;  // drug, alcohol or gambling habits
    std::optional<bool> neglect; // long neglect of the duty of care
    // Art. 22 (一) and (四): sexual assault or other infringement; abandonment or trafficking; otherwise
    // unsuitable to be entrusted.
    std::optional<bool> infringement;
    std::optional<bool> abandonment;
    std::optional<bool> unsuitable;
    // Without an ID number, the birth date read from another document (household register, passport, …)
    // and which document it was.
    QDate birthDate;
    QString birthDocument;

    // Why the caregiver may not be entrusted, one sentence each; empty when the check passes.
    QStringList problems(QDate onDate) const;
    bool passes(QDate onDate) const { return problems(onDate).isEmpty(); }
};
