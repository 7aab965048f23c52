#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

// What an import did, kept in the import ledger so it can be reopened: records added, updated and
// unchanged, new conflicts, in total and per village.
class ImportReport final
{
public:
    struct Counts
    {
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        int conflicts = 0;

        Counts& operator+=(const Counts& o)
        {
            added += o.added;
            updated += o.updated;
            unchanged += o.unchanged;
            conflicts += o.conflicts;
            return *this;
        }
    };

    QString packageId;
    QString sender;
    QString senderName;
    QString createdAt;
    QString importedAt;
    bool alreadyImported = false;
    Counts total;
    QMap<QString, Counts> perVillage; // village area code -> counts
    QMap<QString, Counts> perEntity;  // record kind (child, household, person, ...) -> counts
    int auditAdded = 0;
    int revocations = 0;
    QString clockWarning; // set when this station's system clock is behind what it has seen

    // Files that may describe one child (DuplicateFinder), among the children this import touched: a person
    // decides whether to merge them (ChildMerger).
    struct PossibleDuplicate
    {
        QString keepId;
        QString keepName;
        QString otherId;
        QString otherName;
        QString areaCode;
        QString reason; // id_number or same_details
    };
    QList<PossibleDuplicate> duplicates;
    int referralsFolded = 0;    // later open referrals of a kind folded into the earlier (RuleReconciler)
    int agreementsReplaced = 0; // agreements marked replaced by the one-current-agreement rule
    int agreementsToReview = 0; // drafts that wait for a person's review

    // Only in the report of several packages imported in one action (never stored): a line per package
    // (its name and what became of it) and the number of packages refused.
    QStringList batch;
    int refusedPackages = 0;

    // Adds another import's counts, duplicates and warnings to this one (the report of several packages).
    void add(const ImportReport& other);

    QJsonObject toJson() const;
    static ImportReport fromJson(const QJsonObject& json);
};
