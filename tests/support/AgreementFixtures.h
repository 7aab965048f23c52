#pragma once

#include "TestDatabase.h"
#include "domain/CareAgreement.h"
#include "storage/AgreementRepository.h"
#include "storage/CaseRepository.h"

// A left-behind child whose grandmother is the entrusted guardian, and an agreement for the child whose
// caregiver passes the check: the fixed records of the agreement and document tests.
namespace AgreementFixtures {

inline const QString kGrandmotherId = TestDatabase::makeId(TestDatabase::kCounty, QDate(1962, 4, 9), 22);
inline const QString kFatherId = TestDatabase::makeId(TestDatabase::kCounty, QDate(1988, 1, 15), 31);

inline ChildFile childWithGuardian(const QString& name, QDate birth, int sequence, QDate today)
{
    ChildFile f = TestDatabase::leftBehindChild(name, birth, sequence, today);
    f.child.insert(QStringLiteral("school_name"), QStringLiteral("南跃小学"));
    f.persons[QStringLiteral("father")].insert(QStringLiteral("id_number"), kFatherId);
    f.persons[QStringLiteral("father")].insert(QStringLiteral("phone"), QStringLiteral("13800138000"));
    f.persons[QStringLiteral("father")].insert(QStringLiteral("work_place"),
                                               QStringLiteral("深圳市南山区电子厂"));
    f.persons.insert(QStringLiteral("guardian"),
                     {{QStringLiteral("name"), QStringLiteral("张桂英")},
                      {QStringLiteral("id_number"), kGrandmotherId},
                      {QStringLiteral("relation_to_child"), QStringLiteral("祖母")},
                      {QStringLiteral("phone"), QStringLiteral("13912345678")},
                      {QStringLiteral("address"), QStringLiteral("水唇镇南跃村三组12号")},
                      {QStringLiteral("capable"), 1}});
    return f;
}

// Draws up (and stores) an agreement for the child with every Art. 22 question answered "no".
inline Result<QString> addAgreement(CaseDatabase& db, const QString& childId, QDate from, QDate to)
{
    AgreementRepository repo(db);
    Result<CareAgreement> a = repo.propose(childId, from, to);
    if (!a)
        return Result<QString>::failure(a.error());
    for (const char* q : {"caregiver_abuse", "caregiver_habits", "caregiver_neglect",
                          "caregiver_infringement", "caregiver_abandonment", "caregiver_unsuitable"})
        a->fields.insert(QLatin1String(q), 0);
    return repo.create(a.value());
}

} // namespace AgreementFixtures
