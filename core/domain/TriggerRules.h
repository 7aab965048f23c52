#pragma once

#include "RiskTrigger.h"

#include <QList>

// How long each referral may stay open before it is overdue (settings referral_due_days_safety_net and
// referral_due_days_dropout). A police report is due the day of the visit.
struct TriggerSettings
{
    int safetyNetDueDays = 30;
    int dropoutDueDays = 15;
};

// The mandated actions of the notice (point 4) and of 未成年人保护法 Art. 21, as pure rules: a visit's
// findings -> the triggers -> the referrals they open. Exactly these rules open referrals; nothing else does.
//
//   living alone (any age; under 16 cites Art. 21), guardian unable, guardian not doing the job, suspected
//   domestic violence, accidental injury, a child under 8 left unattended      -> police_report, due the same
//   day household in economic difficulty and possibly eligible for a scheme         -> safety_net dropped out
//   at 6-15, or not in school at 6-13 (compulsory schooling)       -> dropout
// A child of 8 or older left unattended is not a mandated report. An unknown age counts as the younger age.
class TriggerRules final
{
public:
    static QList<RiskTrigger> evaluate(const VisitFindings& findings);
    // One referral per kind, in the order police_report, safety_net, dropout.
    static QList<MandatedReferral> referrals(const QList<RiskTrigger>& triggers,
                                             const VisitFindings& findings,
                                             const TriggerSettings& settings = {});
    static QList<MandatedReferral> referrals(const VisitFindings& findings,
                                             const TriggerSettings& settings = {})
    {
        return referrals(evaluate(findings), findings, settings);
    }
    // The referral kind a trigger code mandates; empty for an unknown code.
    static QString referralKindOf(const QString& triggerCode);
    static QDate dueDate(const QString& kind, QDate visitDate, const TriggerSettings& settings);
    // Whether a child is of school age on `on` by the 31 August rule: 6 by 31 August before the school year
    // that began on the last 1 September. False for an unknown date.
    static bool schoolAge(QDate birthDate, QDate on);
    // Completed years on `on`; -1 when the birth date is unknown.
    static int ageOn(QDate birthDate, QDate on);
};
