#pragma once

#include "RecordWriter.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class CaseDatabase;

// What a merge of two files of one child did.
struct ChildMergeOutcome
{
    QString keptId;
    QString mergedId;
    bool swapped = false;    // the rule kept the file given second
    QStringList filled;      // fields of the kept file filled from the other ("child.school_name", ...)
    int conflicts = 0;       // differing values put on the conflicts list for review
    int moved = 0;           // visits, referrals, steps, agreements, attachments and activity parts moved
    int foldedReferrals = 0; // referrals folded afterwards (RuleReconciler)
    int agreementsReplaced = 0;
};

// 一人一档: merges two files of the same child in one village into one. The file kept is chosen by a rule
// every station computes the same way (DuplicateFinder::keeps: the older creation time, then the smaller
// id), whatever the order given, so that the same merge at two stations converges. The kept file's empty
// fields (child, household, each person slot) are filled from the other; values that differ go to the
// conflicts list (the other file's value as the losing write) for a person to review; every visit,
// referral, referral step, care agreement and attachment of the other file moves to the kept one; the other
// file leaves the register as entered in error, pointing to the kept one (merged_into). Then the "one … per
// child" rules are reconciled (RuleReconciler) and both files reclassified. Every write goes through
// RecordWriter, so a merge syncs like any edit. One transaction.
class ChildMerger final
{
    Q_DECLARE_TR_FUNCTIONS(ChildMerger)

public:
    explicit ChildMerger(CaseDatabase& db);

    Result<ChildMergeOutcome> merge(const QString& firstId, const QString& secondId);

private:
    Status fill(const EntitySchema& schema, const QString& keptId, const QString& otherId,
                const QString& area, const QString& prefix, const QStringList& skip, ChildMergeOutcome& out);
    Result<int> move(const QString& table, const QString& column, const QString& fromId, const QString& toId);

    CaseDatabase& m_db;
    RecordWriter m_writer;
};
