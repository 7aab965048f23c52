#pragma once

#include "RecordWriter.h"

#include "Result.h"
#include <QSqlQuery>

#include <QSet>
#include <QString>

class CaseDatabase;

// The "one … per child" rules, made true again after a merge brought together what two stations did in
// good faith (an import, or a merge of two files of one child). Every station computes the same result from
// the same records, so the writes converge:
// - one open referral per kind: a later open referral of a kind (by opened_on, then creation time, then
//   id) is folded into the earliest: its status becomes `folded` and `folded_into` names the earliest, its
//   steps move there, its findings (triggers) and the report fields that the earliest lacks are added to
//   it, and the earliest gets a step `folded` (id RecordIdentity::foldStepId) dated the day the folded one
//   was opened;
// - one current care agreement: of the child's draft, printed and signed agreements, the newest printed or
//   signed one stands (else the newest draft); a draft made after it waits for a person's review
//   (`needs_review`), every other one is marked replaced (and the standing one names the first of them in
//   `replaces` when it names none);
// - one valid version of a visit: when two corrections name the same visit in `supersedes` (made at two
//   stations), the later one (by creation time, then id) is written to supersede the earlier one instead, so
//   that corrections form one chain whose newest link stands.
// Inside the caller's transaction (or its own).
class RuleReconciler final
{
public:
    explicit RuleReconciler(CaseDatabase& db);

    struct Outcome
    {
        int folded = 0;   // referrals folded
        int replaced = 0; // agreements marked replaced
        int toReview = 0; // agreements marked for review
        int chained = 0;  // corrections of one visit put in a chain
    };
    Result<Outcome> reconcile(const QSet<QString>& childIds);

private:
    Status referrals(const QString& childId, Outcome& out);
    Status agreements(const QString& childId, Outcome& out);
    Status corrections(const QString& childId, Outcome& out);

    // The per-child look-ups, prepared once for a reconcile (a full import asks them for every child).
    QSqlQuery& lookup(int which, const QString& sql);

    CaseDatabase& m_db;
    RecordWriter m_writer;
    std::optional<QSqlQuery> m_lookups[3];
};
