#pragma once

#include "Result.h"

#include <QSet>
#include <QString>

class CaseDatabase;

// Keeps the cached category of children current after records changed by a merge or a conflict
// resolution: collects the children a changed child, person or household record belongs to and
// reclassifies them (one streaming pass; no write to synced fields).
class MergeReclassifier final
{
public:
    explicit MergeReclassifier(CaseDatabase& db);
    void touched(const QString& entity, const QString& recordId);
    Status refresh();
    qsizetype size() const { return m_children.size() + m_persons.size() + m_households.size(); }

private:
    CaseDatabase& m_db;
    QSet<QString> m_children;
    QSet<QString> m_persons;
    QSet<QString> m_households;
};
