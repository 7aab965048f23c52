#pragma once

#include <QString>

// Ids of records that two stations may create independently for the same thing. Such a record's id is
// derived from what it is, so that both creations are one record and merge field by field like any other
// edit (a random id would make two rows, one of which hides the other's values).
class RecordIdentity final
{
public:
    // A person of a child's file fills one slot of that child: father, mother, the four grandparents, the
    // entrusted guardian, the caregiver (Vocabulary::Relation). Its id is the name-based UUID (version 5,
    // SHA-1, RFC 4122) in the namespace PersonNamespace of the UTF-8 text "<child id>/<relation code>",
    // written lowercase with hyphens (docs/sync-format.md).
    static QString personId(const QString& childId, const QString& relation);

    // The step that records a referral folded into an earlier open one of its kind (RuleReconciler): the
    // name-based UUID (version 5) in FoldNamespace of "referral-fold/<folded referral id>", so that every
    // station that folds it writes one step.
    static QString foldStepId(const QString& foldedReferralId);

    // A child's part in a group activity: the name-based UUID (version 5) in ParticipantNamespace of
    // "<activity id>/<child id>", so that two stations that add the same child to an activity make one
    // record.
    static QString participantId(const QString& activityId, const QString& childId);

    static constexpr const char* PersonNamespace = "3f0e4c6a-8f4e-5b7a-9c1d-2a6b0e9d4c71";
    static constexpr const char* FoldNamespace = "8a6d2f3e-1b4c-5d7e-9f0a-3c5e7b9d1f24";
    static constexpr const char* ParticipantNamespace = "c4b1e7d2-6a3f-5e80-b19c-7d2e4f6a8b35";
};
