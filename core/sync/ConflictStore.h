#pragma once

#include "Result.h"
#include "storage/Stamp.h"

#include <QList>
#include <QString>
#include <QVariant>

#include <optional>

class CaseDatabase;

// A value that lost a merge to a concurrent write: kept so that a person decides.
struct Conflict
{
    QString id; // derived from entity, record, field and the losing stamp: the same everywhere
    QString area;
    QString entity;
    QString recordId;
    QString field;
    QVariant value; // the losing value
    Stamp stamp;    // the losing write
    Stamp winner;   // the write it lost to
    QString detectedAt;
    QString resolvedAt;
    QString resolvedBy;
    QString resolution; // mine, theirs or value
    qint64 resolvedHlc = 0;

    bool resolved() const { return resolvedHlc != 0; }
};

// The conflicts list: filled by merges, synced between stations (insert if absent; a resolution travels
// too), resolved by a person with a new write through the normal write path that wins everywhere.
class ConflictStore final
{
public:
    explicit ConflictStore(CaseDatabase& db);

    static QString idOf(const QString& entity, const QString& recordId, const QString& field,
                        const Stamp& stamp);

    // Inserts the conflict unless it is known; a resolution that is newer than the known one replaces it.
    // True when something changed. Inside the caller's transaction.
    Result<bool> merge(const Conflict& conflict);
    QList<Conflict> list(bool includeResolved = false) const;
    std::optional<Conflict> find(const QString& id) const;
    // The current (winning) value of the conflict's field.
    QVariant currentValue(const Conflict& conflict) const;

    enum class Keep
    {
        Mine,   // the value now in the record
        Theirs, // the losing value
        Value,  // a new value typed by the person
    };
    Status resolve(const QString& id, Keep keep, const QVariant& value = {});

private:
    CaseDatabase& m_db;
};
