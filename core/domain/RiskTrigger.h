#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

// What a visit found that forces an action: a Vocabulary "risk_trigger" code, the referral kind it mandates
// (Vocabulary "referral_kind": police_report, safety_net, dropout) and the finding in words.
struct RiskTrigger
{
    QString code;
    QString referralKind;
    QString reason;

    bool operator==(const RiskTrigger& other) const = default;
};

// A referral that a visit's findings make mandatory: its kind, the triggers behind it (codes and sentences),
// the due date, and for a safety-net referral the schemes the household may be eligible for.
struct MandatedReferral
{
    QString kind;
    QStringList triggers;
    QStringList reasons;
    QDate dueDate;
    QStringList schemes;
};

// The facts of one visit that the trigger rules read, with the child's birth date (invalid when unknown).
struct VisitFindings
{
    QDate visitDate;
    QDate birthDate;
    QStringList safetyConcerns; // Vocabulary "safety_concern" codes
    QString schooling;          // Vocabulary "schooling" code found on the visit (may be empty)
    bool economicDifficulty = false;
    QStringList assistanceEligible; // Vocabulary "assistance" codes
    // The child needs special care for a physical or mental reason (未成年人保护法 Art. 21: an intellectual
    // or mental disability), whatever the age.
    bool needsSpecialCare = false;
};
