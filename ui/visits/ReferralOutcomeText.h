#pragma once

#include "storage/Referral.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// What a visit does to referrals, as the visit form shows it: before saving (what saving will open or
// add a step to) and after (what it opened, each a link "referral:ID"). A police report is said to be
// mandatory and immediate, in red; the rule's reasons follow each referral.
class ReferralOutcomeText final
{
    Q_DECLARE_TR_FUNCTIONS(VisitForm)

public:
    static QString html(const QString& heading, const QList<ReferralOutcome>& referrals, bool done);
};
