#pragma once

#include "RecordWriter.h"
#include "Referral.h"
#include "Result.h"
#include "Visit.h"

class CaseDatabase;

// What saving a visit did: its id, the referrals it opened or added a step to, and the number of fields of
// the child's file it changed.
struct VisitSaved
{
    QString visitId;
    QList<ReferralOutcome> referrals;
    int fileFieldsChanged = 0;
};

// What saving a visit would do, without writing anything (cheap enough to run on every change in a form):
// the triggers found, the referrals that would open (or get a step: referralId names the open one), and the
// fields of the child's file the visit would set.
struct VisitPreview
{
    QList<RiskTrigger> triggers;
    QList<ReferralOutcome> referrals;
    QVariantMap fileChanges; // child fields the visit sets (schooling, guardianship, ...)
};

// Visits: saved once and never changed. A correction is a new visit that supersedes the old one; both stay
// in the child's history. Saving a visit, opening the referrals its findings mandate and applying what it
// establishes to the child's file (through CaseRepository::update, so the classifier re-runs) is one
// transaction.
class VisitRepository final
{
public:
    explicit VisitRepository(CaseDatabase& db);

    // Checks and normalizes a visit (fields, the child, the date, the survey checklist only on survey
    // visits, hazard actions only for hazards found, a correction's target); returns it as it would be
    // stored.
    Result<Visit> check(Visit visit) const;
    Result<VisitPreview> preview(const Visit& visit) const;
    Result<VisitSaved> save(const Visit& visit);
    // Saves `corrected` as a new visit of the same child that supersedes `visitId`.
    Result<VisitSaved> correct(const QString& visitId, Visit corrected, const QString& reason = {});
    // Always refused: a saved visit is never changed (use correct()).
    Status update(const QString& visitId, const QVariantMap& changes);

    Result<Visit> load(const QString& visitId) const;
    // The child's visits, newest first, corrected ones included (marked with supersededBy).
    Result<QList<Visit>> forChild(const QString& childId) const;
    // A new visit for the child with the assessment of the last valid visit filled in (the form's defaults);
    // without date, kind, notes, concerns or file changes. Empty values when the child has no visit yet.
    Result<Visit> fromLast(const QString& childId) const;
    Result<SurveyStatus> surveyStatus(const QString& childId) const;

private:
    struct ChildRow
    {
        QString area;
        QDate birth;
        QVariantMap current; // schooling, guardianship_grade, guardianship_type, abuse_suspected
        QDate latestVisit;
        bool specialCare = false; // an intellectual or mental disability (未成年人保护法 Art. 21)
    };
    Result<ChildRow> childRow(const QString& childId) const;
    QVariantMap derivedFileChanges(const Visit& v, const ChildRow& child) const;
    Result<VisitSaved> write(const Visit& checked);

    CaseDatabase& m_db;
    mutable RecordWriter m_writer;
};
