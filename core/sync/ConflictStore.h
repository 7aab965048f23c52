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
    // The winner is the record's current write of the field (what is stored, not what the conflict
    // claims), so every station names the same winner once the records agree. `origin`: the peer it came
    // from, when it came in a package (see RecordWriter::merge). True when something changed. Inside the
    // caller's transaction.
    Result<bool> merge(const Conflict& conflict, const QString& origin = {});
    // Removes a conflict found by the import under way that turned out to be no conflict (its value was
    // superseded). Only inside that import's transaction.
    Status forget(const QString& id);
    // Sets the winner of these conflicts to their record's current write of the field.
    Status refreshWinners(const QStringList& ids);
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
    // The current write of the conflict's field in its record; null when the record is not here.
    Stamp currentStamp(const Conflict& conflict) const;

    CaseDatabase& m_db;
};
