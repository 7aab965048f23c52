#pragma once

#include "Result.h"
#include "domain/RiskRules.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

class CaseDatabase;

// Each child's risk level with the reasons in words (RiskRules), from the open referrals, the guardianship
// grade in the file and the visits. Setting risk_no_visit_days (60): how long a left-behind child may go
// without a visit.
class RiskQuery final
{
public:
    explicit RiskQuery(CaseDatabase& db);

    Result<RiskLevel> forChild(const QString& childId) const;
    // For a page of the case list: ids -> risk (unknown ids are left out).
    Result<QHash<QString, RiskLevel>> forChildren(const QStringList& childIds) const;

    struct Row
    {
        QString childId;
        QString name;
        QString village;
        RiskLevel risk;
    };
    // Every active child at or above `minimum` inside `area` (empty: everywhere), highest risk first.
    Result<QList<Row>> list(RiskLevel::Level minimum, const QString& area = {}) const;

private:
    Result<QList<Row>> compute(const QString& where, const QVariantList& binds) const;

    CaseDatabase& m_db;
};
