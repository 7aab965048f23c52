#pragma once

#include "RecordWriter.h"
#include "Referral.h"
#include "Result.h"
#include "domain/RiskTrigger.h"
#include "domain/TriggerRules.h"

class CaseDatabase;

// Mandated referrals and their steps. A referral is opened only by a visit whose findings mandate it
// (VisitRepository); while one of a kind is open for a child, the same finding adds a step to it instead of
// opening a second. Steps are append-only records; the referral's status, outcome and report fields are
// written with RecordWriter::update. Every call is one transaction (or joins the caller's).
class ReferralRepository final
{
public:
    explicit ReferralRepository(CaseDatabase& db);

    struct Filter
    {
        bool openOnly = false;
        bool overdueOnly = false;
        QString childId;
        QString area; // a village, township, ... code: referrals of children inside it
        QString kind;
    };
    // Without steps; children's names filled; open ones by due date first, then closed ones newest first.
    Result<QList<Referral>> list(const Filter& filter) const;
    // With steps.
    Result<Referral> load(const QString& id) const;
    Result<QList<Referral>> forChild(const QString& childId) const;
    // The open referral of a kind for a child; empty id when none.
    Result<QString> openOf(const QString& childId, const QString& kind) const;

    // Opens the mandated referral, or adds a "found again" step to the open one of its kind.
    Result<ReferralOutcome> openOrAdd(const QString& childId, const QString& areaCode,
                                      const MandatedReferral& mandated, const QString& visitId, QDate on,
                                      const QString& doneBy);
    // Adds a step and sets the fields it carries; a referral that was open moves to in_progress with any
    // step but a note. Closed referrals are refused.
    Result<ReferralStep> update(const QString& id, const ReferralUpdate& update);
    // Closes with an outcome. A report to the police is refused until it records when, to whom and by
    // whom it was made.
    Status close(const QString& id, const QString& outcome, QDate on = {}, const QString& by = {});

    // What the printed report to the education department needs (dropout referrals only).
    Result<DropoutReport> dropoutReport(const QString& id) const;

    TriggerSettings triggerSettings() const;

private:
    Result<ReferralStep> addStep(const Referral& r, const QString& action, const QString& status, QDate on,
                                 const QString& doneBy, const QString& note, const QString& visitId);
    QList<ReferralStep> stepsOf(const QString& referralId) const;

    CaseDatabase& m_db;
    mutable RecordWriter m_writer;
};
