#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class CaseDatabase;

// A child's file as the duplicate checks name it.
struct ChildSummary
{
    QString id;
    QString name;
    QString areaCode;
    QString idNumber;
    QString birthDate;
    QString sex;
    QString status;
    QString mergedInto; // the kept file, when this one was merged into it
    QString createdAt;
};

// Two files that may describe one child (一人一档): the file to keep (by the rule every station computes the
// same way, keeperOf) and the other.
struct DuplicatePair
{
    enum class Reason
    {
        SameIdNumber, // the same citizen ID number
        SameDetails,  // the same name, birth date (and sex) in the same village, one without an ID number
    };
    ChildSummary keep;
    ChildSummary other;
    Reason reason = Reason::SameIdNumber;

    QString reasonCode() const;
};

// Finds files that describe the same child: the same ID number (any village this station sees), or the
// same name and birth date in one village when one of them has no ID number (a sex given in both must
// agree). Files merged into another (merged_into) are no longer duplicates.
class DuplicateFinder final
{
public:
    explicit DuplicateFinder(CaseDatabase& db);

    // Every possible duplicate on this station, by village and name.
    Result<QList<DuplicatePair>> all() const;
    // Those involving one of these children (after an import: the children it touched).
    Result<QList<DuplicatePair>> involving(const QSet<QString>& childIds) const;

    // The file on the register (any status, merged or not) with this ID number, other than `exceptId`.
    Result<std::optional<ChildSummary>> withIdNumber(const QString& idNumber,
                                                     const QString& exceptId = {}) const;
    // Files in the village with this name and birth date (and sex, when both have one), other than
    // `exceptId`, not merged away.
    Result<QList<ChildSummary>> withSameDetails(const QString& areaCode, const QString& name,
                                                const QString& sex, const QString& birthDate,
                                                const QString& exceptId = {}) const;
    Result<std::optional<ChildSummary>> summary(const QString& childId) const;

    // True when `a` is the file to keep of the two: the older creation time, then the smaller id.
    static bool keeps(const ChildSummary& a, const ChildSummary& b);

private:
    Result<QList<DuplicatePair>> pairs(const QString& extraWhere, const QStringList& binds) const;

    CaseDatabase& m_db;
};
