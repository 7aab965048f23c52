#pragma once

#include "EntitySchema.h"
#include "FieldClocks.h"
#include "Result.h"
#include "Stamp.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QVariantMap>

#include <map>
#include <memory>
#include <optional>

class CaseDatabase;
class SqliteStatement;

// One field of a record as another station holds it: its stored value and the stamp of the write.
struct RemoteField
{
    QString name;
    QVariant value; // the stored form: text, 0/1 for booleans, null for "no value"
    Stamp stamp;
};

// A whole record as it arrives in a sync package.
struct RemoteRecord
{
    QString id;
    QString areaCode;
    QString createdAt;
    QString createdBy;
    QString updatedAt;
    QString updatedBy;
    QList<RemoteField> fields;
};

// A value that lost a merge although its writer's successor had not seen it: it goes to the conflicts list.
struct LostWrite
{
    QString field;
    QVariant value;
    Stamp stamp;
    Stamp winner;
};

// A record as stored here, read for a merge.
struct StoredRecord
{
    QString areaCode;
    QVariantList values; // in the order of EntitySchema::fieldNames()
    FieldClocks clocks;
    QString updatedAt;
    QString updatedBy;
    // Set by readStored when the stored clocks were exactly the ones given: the row holds every write the
    // incoming record holds, so nothing was read but the area and the merge has nothing to do.
    bool sameClocks = false;
};

struct MergeOutcome
{
    enum class Kind
    {
        Added,
        Updated,
        Unchanged
    };
    Kind kind = Kind::Unchanged;
    QStringList changedFields;
    QList<LostWrite> lost;
};

// The one path through which every field of every synced record is written: values are validated and
// normalized, each changed field gets a new clock stamp (hlc, station) in the record's `clocks`, the record's
// change sequence moves on, and an audit entry records who changed what from what to what, and when.
class RecordWriter final
{
public:
    explicit RecordWriter(CaseDatabase& db);
    ~RecordWriter();
    RecordWriter(const RecordWriter&) = delete;
    RecordWriter& operator=(const RecordWriter&) = delete;

    // Checks and normalizes the given fields (unknown field names are refused).
    Result<QVariantMap> validate(const EntitySchema& schema, const QVariantMap& values) const;

    // Creates a record; returns its id (a new random UUID unless `id` is given).
    Result<QString> create(const EntitySchema& schema, const QString& areaCode, const QVariantMap& values,
                           const QString& id = {});
    // Writes the fields whose value differs from the stored one (and those named in `force`, even when
    // equal: a conflict resolution is a new write); returns the names of the written fields.
    Result<QStringList> update(const EntitySchema& schema, const QString& id, const QVariantMap& changes,
                               const QStringList& force = {});

    // The merge path of sync: per field, the write with the greatest (hlc, station) wins. A losing value
    // whose stamp no known write names as the one it overwrote (audit `prev`) is reported as lost (a
    // conflict). The record gets a new change sequence when anything changed, so it travels on. Values
    // must already be validated, and the caller decides whether the sender may write the record (the
    // stored row's area is in `stored`). Inside a transaction of the caller.
    // `origin` is the station the values came from: a row left exactly as that station sent it remembers
    // it, so that it is not sent back there (no echo); a row that differs from what it sent does not.
    // `clocksIfSame`: the incoming record's clocks text; when the stored row's clocks are exactly that text
    // the rest of the row is not read (sameClocks; a re-sent record costs one indexed look-up).
    Result<std::optional<StoredRecord>> readStored(const EntitySchema& schema, const QString& id,
                                                   const QString& clocksIfSame = {});
    Result<MergeOutcome> merge(const EntitySchema& schema, const RemoteRecord& record,
                               const std::optional<StoredRecord>& stored, const QString& origin = {});
    // Inserts a record of another station unless one with its id exists; true when inserted.
    Result<bool> insertRemote(const EntitySchema& schema, const RemoteRecord& record,
                              const QString& origin = {});
    // readStored + merge (tests and small callers). `likelyNew` (e.g. the table was empty when the import
    // began) tries the insert first: the outcome is the same either way, only faster for new records.
    Result<MergeOutcome> applyRemote(const EntitySchema& schema, const RemoteRecord& record,
                                     bool likelyNew = false, const QString& origin = {});
    // Inserts an audit entry of another station unless it is already there; true when inserted. `row`
    // holds the columns of the audit table except seq and origin.
    Result<bool> importAudit(const QVariantMap& row, const QString& origin = {});
    // The same with the values in the order of auditColumns() (the import's path: no map per entry).
    Result<bool> importAudit(const QVariantList& values, const QString& origin = {});
    static const QStringList& auditColumns();
    // Keeps the conflicts about these fields of a record naming the record's current write as their winner.
    Status updateConflictWinners(const QString& table, const QString& recordId, const FieldClocks& clocks,
                                 const QStringList& fields);
    // True when a known write of this field names `stamp` as the write it overwrote.
    bool isSuperseded(const QString& recordId, const QString& field, const Stamp& stamp);

    // The stored fields of a record (null QVariant for empty ones), plus area_code and the meta columns.
    Result<QVariantMap> read(const EntitySchema& schema, const QString& id) const;

    static QString newId();

private:
    Status audit(const EntitySchema& schema, const QString& recordId, const QString& areaCode,
                 const QString& field, const QVariant& oldValue, const QVariant& newValue, qint64 hlc,
                 const QString& at, const Stamp& prev = {});
    // A prepared statement kept for the life of this writer (merges run the same few statements often).
    QSqlQuery& prepared(const QString& sql);
    // The statements that a sync import runs once per item, on SQLite's C API (SqliteStatement): prepared
    // the first time for a table, kept for the life of this writer.
    enum class Fast
    {
        ReadStored,
        Insert,
        Update,
        Audit,
        Superseded,
        AnyConflict,
    };
    template <typename Sql>
    SqliteStatement& fast(Fast purpose, const EntitySchema* schema, Sql sql);
    QString failure(const char* text, const SqliteStatement& q) const;

    CaseDatabase& m_db;
    QHash<QString, QSqlQuery> m_statements;
    std::map<std::pair<Fast, const EntitySchema*>, std::unique_ptr<SqliteStatement>> m_fast;
};
