#pragma once

#include "Result.h"

#include <QList>
#include <QString>
#include <QVariant>

class CaseDatabase;

// One entry of the audit trail: who changed which field of which record, from what to what, and when.
struct AuditEntry
{
    QString id;
    QString entity;
    QString recordId;
    QString field;
    QVariant oldValue;
    QVariant newValue;
    qint64 hlc = 0;
    QString station;
    QString operatorName;
    QString at;
};

// The history of a child's file (一人一档): every audit entry of the child, its household and persons, and
// of the visits, referrals, steps, agreements and attachments recorded about the child, together with those
// of the files merged into it (merged_into, at any depth), in the order they were written. The audit trail is
// append-only, so a merge moves nothing there: this is where the merged files' history joins the kept one.
class ChildHistory final
{
public:
    explicit ChildHistory(CaseDatabase& db);

    Result<QList<AuditEntry>> of(const QString& childId) const;
    // The child and the files merged into it, at any depth.
    Result<QStringList> filesOf(const QString& childId) const;

private:
    CaseDatabase& m_db;
};
