#pragma once

#include "Result.h"
#include "domain/ChildFacts.h"
#include "domain/Sex.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

class CaseDatabase;

// What the data-quality checks (QualityCheck) read, for every child on the register inside an area: a few
// set-based queries over the whole area (the children, their households, their persons, the last visit of
// each, the current care agreement of each, every active ID number of the station for the duplicates),
// joined in memory by child, instead of one child's file loaded after the other. Only what the rules read is
// kept, read as a child's file (ChildFile) holds it: a fact "recorded" when ChildFile's text of it is not
// blank, the classifier's facts as ChildFile::facts() gives them. A city's 60,000 children take a few tens
// of megabytes. TestQualityCheckSameIssues holds the checks on these records to the checks on each child's
// loaded file.
class CheckedChildren final
{
public:
    // The entrusted guardian or the caregiver (a person's slot).
    struct Entrusted
    {
        bool named = false;    // the name is recorded
        bool numbered = false; // the ID number is recorded
        QDate numberBirth;     // the birth date the ID number gives (invalid: no valid number)
        QDate birthDate;       // the birth date recorded (the caregiver's only)
    };

    // A person's ID number that is not a valid one.
    struct InvalidNumber
    {
        QString relation;
        QString reason; // IdNumber::reason()
    };

    struct Child
    {
        QString id;
        QString areaCode;
        QString name;
        QString nameKey; // ChineseName::sortKey(name)
        Sex sex = Sex::Unknown;
        QString idNumber;
        bool hukouAddressRecorded = false;
        bool healthRecorded = false;
        bool schoolingRecorded = false;
        ChildFacts facts; // what the classifier reads (birth date, hukou, parents, household, ...)
        bool awaySinceRecorded[2] = {false, false}; // the father's, the mother's
        Entrusted guardian;
        Entrusted caregiver;
        QList<InvalidNumber>
            invalidNumbers;        // the persons', by relation code as ChildFile::persons is ordered
        QString category;          // the stored category (the classifier's cache)
        QString createdAt;         // when the file was made (ISO date and time)
        QDate lastVisit;           // the latest visit of any kind (invalid: none)
        bool hasAgreement = false; // a current agreement: the newest neither replaced nor waiting for review
        QVariant agreementStatus;
        QVariant agreementTermTo;
    };

    struct Register
    {
        QList<Child> children; // in the order of their ids, as CaseRepository::forEachChild walks them
        // The valid ID numbers on more than one active file of the station (any village): normalized number
        // -> the files' ids; and the names of those files.
        QHash<QString, QStringList> duplicates;
        QHash<QString, QString> names;
    };

    // The active children inside the area (its code's significant digits, "441523101"; empty: all).
    // `today` decides which ID numbers are valid (a birth date in the future is not).
    static Result<Register> load(CaseDatabase& db, const QString& areaPrefix, QDate today);
};
