#pragma once

#include "Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

class CaseDatabase;

// What the user is typing, saved every few seconds so that it survives a crash or a power cut and is offered
// back on the next start. Drafts are local to this laptop and never synced.
class DraftStore final
{
public:
    struct Draft
    {
        QString key;      // e.g. "child:<uuid>" or "child:new"
        QString kind;     // "child"
        QString recordId; // empty for a new record
        QString title;    // what to show when offering it back
        QJsonObject payload;
        QDateTime savedAt;
    };

    explicit DraftStore(CaseDatabase& db);
    Status save(const Draft& draft);
    Status remove(const QString& key);
    QList<Draft> all() const;
    std::optional<Draft> find(const QString& key) const;

private:
    CaseDatabase& m_db;
};
