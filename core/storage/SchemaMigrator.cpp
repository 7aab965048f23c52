#include "SchemaMigrator.h"

#include "EntitySchema.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

QString syncedTable(const EntitySchema& s, const QString& extraColumns = {})
{
    QString sql = QStringLiteral("CREATE TABLE ") + s.table +
                  QStringLiteral(" (id TEXT PRIMARY KEY NOT NULL, area_code TEXT NOT NULL");
    for (const FieldSpec& f : s.fields) {
        const bool integer = f.type == FieldSpec::Type::Bool;
        sql +=
            QStringLiteral(", ") + f.name + (integer ? QStringLiteral(" INTEGER") : QStringLiteral(" TEXT"));
    }
    sql += QStringLiteral(
               ", created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL,"
               " updated_by TEXT NOT NULL, clocks TEXT NOT NULL DEFAULT '', seq INTEGER NOT NULL DEFAULT 0") +
           extraColumns + QStringLiteral(")");
    return sql;
}

// Version 1: station, settings, the synced records (household, child, person) and the audit trail.
QStringList version1()
{
    return {
        QStringLiteral(
            "CREATE TABLE station (id TEXT PRIMARY KEY NOT NULL, role TEXT NOT NULL, area_code TEXT NOT NULL,"
            " name TEXT NOT NULL, operator TEXT NOT NULL DEFAULT '', is_demo INTEGER NOT NULL DEFAULT 0,"
            " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE setting (key TEXT PRIMARY KEY NOT NULL, value TEXT)"),
        syncedTable(EntitySchema::household()),
        // category and category_reasons are a cache of the classifier's verdict (derived, never synced).
        syncedTable(EntitySchema::child(),
                    QStringLiteral(", category TEXT, category_reasons TEXT, category_on TEXT")),
        syncedTable(EntitySchema::person()),
        QStringLiteral(
            "CREATE TABLE audit (id TEXT PRIMARY KEY NOT NULL, area_code TEXT NOT NULL, entity TEXT NOT NULL,"
            " record_id TEXT NOT NULL, field TEXT NOT NULL, old_value TEXT, new_value TEXT,"
            " hlc INTEGER NOT NULL, station_id TEXT NOT NULL, operator TEXT NOT NULL DEFAULT '',"
            " at TEXT NOT NULL, seq INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE INDEX child_area ON child(area_code)"),
        QStringLiteral("CREATE INDEX child_household ON child(household_id)"),
        QStringLiteral("CREATE INDEX person_child ON person(child_id)"),
        QStringLiteral("CREATE INDEX audit_record ON audit(record_id)"),
    };
}

// Version 2: drafts that survive a crash, and the indexes the case list and search need.
QStringList version2()
{
    return {
        QStringLiteral(
            "CREATE TABLE draft (key TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, record_id TEXT,"
            " title TEXT, payload TEXT NOT NULL, saved_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX child_name ON child(name)"),
        QStringLiteral("CREATE INDEX child_status_category ON child(status, category)"),
        QStringLiteral("CREATE INDEX child_birth ON child(birth_date)"),
        QStringLiteral("CREATE INDEX child_seq ON child(seq)"),
        QStringLiteral("CREATE INDEX person_seq ON person(seq)"),
        QStringLiteral("CREATE INDEX household_seq ON household(seq)"),
        QStringLiteral("CREATE INDEX audit_seq ON audit(seq)"),
    };
}

// Version 3: sync. The station's keys (private keys sealed with the passphrase), the enrolled stations,
// revocations that travel in packages, the import ledger, the conflicts list, and in the audit trail the
// stamp each field write overwrote (`prev`, "hlc@station"), which tells a superseded value from a lost one.
QStringList version3()
{
    return {
        QStringLiteral("CREATE TABLE station_key (id INTEGER PRIMARY KEY CHECK (id = 1),"
                       " sign_public BLOB NOT NULL, enc_public BLOB NOT NULL, sealed_secret BLOB NOT NULL,"
                       " created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE peer (id TEXT PRIMARY KEY NOT NULL, role TEXT NOT NULL,"
                       " area_code TEXT NOT NULL, name TEXT NOT NULL, sign_public BLOB NOT NULL,"
                       " enc_public BLOB NOT NULL, fingerprint TEXT NOT NULL, enrolled_at TEXT NOT NULL,"
                       " revoked_at TEXT, acked_seq INTEGER NOT NULL DEFAULT 0,"
                       " received_upto INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TABLE revocation (station_id TEXT PRIMARY KEY NOT NULL, revoked_at TEXT NOT NULL,"
            " revoked_by TEXT NOT NULL, seq INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TABLE import_ledger (package_id TEXT PRIMARY KEY NOT NULL, sender TEXT NOT NULL,"
            " created_hlc INTEGER NOT NULL, imported_at TEXT NOT NULL, report TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE conflict (id TEXT PRIMARY KEY NOT NULL, area_code TEXT NOT NULL,"
                       " entity TEXT NOT NULL, record_id TEXT NOT NULL, field TEXT NOT NULL, value TEXT,"
                       " hlc INTEGER NOT NULL, station_id TEXT NOT NULL, winner_hlc INTEGER NOT NULL,"
                       " winner_station TEXT NOT NULL, detected_at TEXT NOT NULL, resolved_at TEXT,"
                       " resolved_by TEXT, resolution TEXT, resolved_hlc INTEGER NOT NULL DEFAULT 0,"
                       " seq INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("ALTER TABLE audit ADD COLUMN prev TEXT"),
        QStringLiteral("CREATE INDEX audit_prev ON audit(record_id, field, prev)"),
        QStringLiteral("CREATE INDEX conflict_seq ON conflict(seq)"),
        QStringLiteral("CREATE INDEX conflict_open ON conflict(resolved_hlc, detected_at)"),
        QStringLiteral("CREATE INDEX revocation_seq ON revocation(seq)"),
    };
}

const QList<QStringList (*)()>& steps()
{
    static const QList<QStringList (*)()> all = {&version1, &version2, &version3};
    return all;
}

} // namespace

int SchemaMigrator::latestVersion()
{
    return int(steps().size());
}

int SchemaMigrator::versionOf(QSqlDatabase& db)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

Status SchemaMigrator::migrate(QSqlDatabase& db, int target)
{
    if (target < 0)
        target = latestVersion();
    const int from = versionOf(db);
    if (from < 0)
        return Status::failure(
            QCoreApplication::translate("SchemaMigrator", "The file is not a Shouhu database."));
    if (from > latestVersion())
        return Status::failure(QCoreApplication::translate(
            "SchemaMigrator",
            "This database was made by a newer version of Shouhu; please update the program."));
    for (int v = from + 1; v <= target; ++v) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Status::failure(
                QCoreApplication::translate("SchemaMigrator", "The database is busy or cannot be written: %1")
                    .arg(q.lastError().text()));
        bool ok = true;
        QString failed;
        for (const QString& sql : steps().at(v - 1)()) {
            if (!q.exec(sql)) {
                ok = false;
                failed = q.lastError().text();
                break;
            }
        }
        if (ok)
            ok =
                q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v)) && q.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            q.exec(QStringLiteral("ROLLBACK"));
            return Status::failure(QCoreApplication::translate(
                                       "SchemaMigrator", "Updating the database to version %1 failed: %2")
                                       .arg(v)
                                       .arg(failed));
        }
    }
    return {};
}
