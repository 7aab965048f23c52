#include "SchemaMigrator.h"

#include "CaseDatabase.h"
#include "EntitySchema.h"
#include "Localization.h"
#include "NameIndex.h"
#include "PersonSlotMigration.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace {

// A synced table as it was created by a migration: the fields are written out here, frozen, so that a later
// change of EntitySchema never changes what an old migration step does. Columns named in `integers` are
// INTEGER.
QString syncedTable(const QString& table, const QStringList& fields, const QStringList& integers,
                    const QString& extraColumns = {})
{
    QString sql = QStringLiteral("CREATE TABLE ") + table +
                  QStringLiteral(" (id TEXT PRIMARY KEY NOT NULL, area_code TEXT NOT NULL");
    for (const QString& f : fields)
        sql += QStringLiteral(", ") + f +
               (integers.contains(f) ? QStringLiteral(" INTEGER") : QStringLiteral(" TEXT"));
    sql += QStringLiteral(
               ", created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL,"
               " updated_by TEXT NOT NULL, clocks TEXT NOT NULL DEFAULT '', seq INTEGER NOT NULL DEFAULT 0") +
           extraColumns + QStringLiteral(")");
    return sql;
}

QStringList words(const char* text)
{
    return QString::fromLatin1(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
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
        syncedTable(QStringLiteral("household"),
                    words("address income_sources assistance economic_difficulty notes"),
                    words("economic_difficulty")),
        // category and category_reasons are a cache of the classifier's verdict (derived, never synced).
        syncedTable(
            QStringLiteral("child"),
            words("household_id name sex ethnicity birth_date id_number hukou_registered hukou_type"
                  " hukou_county hukou_address current_address health disability_type disability_grade"
                  " illness boarding schooling school_name guardianship_type guardianship_grade"
                  " abuse_suspected status exit_reason exit_date filled_by reviewed_by reviewed_on notes"),
            words("hukou_registered boarding abuse_suspected"),
            QStringLiteral(", category TEXT, category_reasons TEXT, category_on TEXT")),
        syncedTable(
            QStringLiteral("person"),
            words("child_id relation name sex birth_date id_number alive status work_place_code work_place"
                  " away_since phone relation_to_child address capable notes"),
            words("alive capable")),
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
        // Covers the case list and name/ID search, so a search reads this narrow index instead of the wide
        // rows.
        QStringLiteral(
            "CREATE INDEX child_list ON child(status, name, id, id_number, sex, birth_date, area_code,"
            " category, updated_at)"),
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

// Version 4: visits, referrals and referral steps (synced records; written out here, not from EntitySchema,
// so that this step never changes). The indexes serve the child's history and the last visit of a child
// (child, date, kind, visitor), the month's schedule (date, kind, child, visitor: a scan of the last months
// only), corrections, the open-referral list and sync (seq).
QStringList version4()
{
    const QString meta = QStringLiteral(
        ", created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL,"
        " updated_by TEXT NOT NULL, clocks TEXT NOT NULL DEFAULT '', seq INTEGER NOT NULL DEFAULT 0)");
    return {
        QStringLiteral(
            "CREATE TABLE visit (id TEXT PRIMARY KEY NOT NULL, area_code TEXT NOT NULL,"
            " child_id TEXT, kind TEXT, visit_date TEXT, visitor TEXT, visitor_role TEXT, met TEXT,"
            " safety TEXT, safety_concerns TEXT, guardianship_grade TEXT, guardianship_type TEXT,"
            " physical_health TEXT, mental_health TEXT, schooling TEXT, living_environment TEXT,"
            " hazards TEXT, hazard_actions TEXT, contact_frequency TEXT, contact_means TEXT,"
            " needs TEXT, services TEXT, economic_difficulty INTEGER, assistance_eligible TEXT,"
            " survey_clear TEXT, file_changes TEXT, supersedes TEXT, correction_reason TEXT,"
            " notes TEXT") +
            meta,
        QStringLiteral(
            "CREATE TABLE referral (id TEXT PRIMARY KEY NOT NULL, area_code TEXT NOT NULL,"
            " child_id TEXT, kind TEXT, visit_id TEXT, triggers TEXT, opened_on TEXT, due_date TEXT,"
            " status TEXT, outcome TEXT, closed_on TEXT, closed_by TEXT, reported_at TEXT,"
            " reported_to TEXT, reported_by TEXT, schemes TEXT, education_reported_on TEXT,"
            " guardian_notified_on TEXT, returned_on TEXT") +
            meta,
        QStringLiteral("CREATE TABLE referral_step (id TEXT PRIMARY KEY NOT NULL, area_code TEXT NOT NULL,"
                       " referral_id TEXT, child_id TEXT, step_date TEXT, action TEXT, status TEXT,"
                       " done_by TEXT, note TEXT, visit_id TEXT") +
            meta,
        QStringLiteral("CREATE INDEX visit_child ON visit(child_id, visit_date, kind, visitor)"),
        QStringLiteral("CREATE INDEX visit_date ON visit(visit_date, kind, child_id, visitor)"),
        QStringLiteral("CREATE INDEX visit_supersedes ON visit(supersedes) WHERE supersedes IS NOT NULL"),
        QStringLiteral("CREATE INDEX visit_seq ON visit(seq)"),
        QStringLiteral("CREATE INDEX referral_child ON referral(child_id)"),
        QStringLiteral("CREATE INDEX referral_status ON referral(status, due_date)"),
        QStringLiteral("CREATE INDEX referral_seq ON referral(seq)"),
        QStringLiteral("CREATE INDEX referral_step_referral ON referral_step(referral_id)"),
        QStringLiteral("CREATE INDEX referral_step_seq ON referral_step(seq)"),
    };
}

// Version 5: care agreements and attachments (scans or photos of signed papers, the file in base64 in
// `data`), synced records written out here so that this step never changes.
QStringList version5()
{
    const QString meta = QStringLiteral(
        ", created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL,"
        " updated_by TEXT NOT NULL, clocks TEXT NOT NULL DEFAULT '', seq INTEGER NOT NULL DEFAULT 0)");
    return {
        QStringLiteral("CREATE TABLE agreement (id TEXT PRIMARY KEY NOT NULL, area_code TEXT NOT NULL,"
                       " child_id TEXT, status TEXT, replaces TEXT, father_name TEXT, father_id_number TEXT,"
                       " father_phone TEXT, father_work_place TEXT, mother_name TEXT, mother_id_number TEXT,"
                       " mother_phone TEXT, mother_work_place TEXT, caregiver_name TEXT,"
                       " caregiver_id_number TEXT, caregiver_relation TEXT, caregiver_phone TEXT,"
                       " caregiver_address TEXT, caregiver_capable INTEGER, caregiver_abuse INTEGER,"
                       " caregiver_habits INTEGER, caregiver_neglect INTEGER, term_from TEXT, term_to TEXT,"
                       " costs TEXT, printed_on TEXT, signed_on TEXT, witness TEXT, notice_given INTEGER,"
                       " notice_date TEXT, notes TEXT") +
            meta,
        QStringLiteral("CREATE TABLE attachment (id TEXT PRIMARY KEY NOT NULL, area_code TEXT NOT NULL,"
                       " owner_id TEXT, file_name TEXT, mime_type TEXT, data TEXT") +
            meta,
        QStringLiteral("CREATE INDEX agreement_child ON agreement(child_id, status)"),
        QStringLiteral("CREATE INDEX agreement_area ON agreement(area_code, status)"),
        QStringLiteral("CREATE INDEX agreement_seq ON agreement(seq)"),
        QStringLiteral("CREATE INDEX attachment_owner ON attachment(owner_id)"),
        QStringLiteral("CREATE INDEX attachment_seq ON attachment(seq)"),
    };
}

// Version 6: sync hardening. `origin` remembers the peer a row came from while it is exactly as that peer
// sent it (such rows are not sent back to it: no echo); conflicts are found by record; and every person
// takes the id of its slot (PersonSlotMigration, after this SQL).
QStringList version6()
{
    QStringList sql;
    for (const char* table : {"household", "child", "person", "visit", "referral", "referral_step",
                              "agreement", "attachment", "audit", "conflict"})
        sql << QStringLiteral("ALTER TABLE %1 ADD COLUMN origin TEXT").arg(QLatin1String(table));
    sql << QStringLiteral("CREATE INDEX conflict_record ON conflict(record_id, field)");
    return sql;
}

// Version 7: one child, one file. A child merged into another file points to it (`merged_into`), a referral
// folded into an earlier one of its kind points to that one (`folded_into`), and an agreement drawn up while
// another was current waits for a person's review (`needs_review`); ID numbers and the same name and birth
// date in a village are looked up by index (DuplicateFinder, registering).
QStringList version7()
{
    return {
        QStringLiteral("ALTER TABLE child ADD COLUMN merged_into TEXT"),
        QStringLiteral("ALTER TABLE referral ADD COLUMN folded_into TEXT"),
        QStringLiteral("ALTER TABLE agreement ADD COLUMN needs_review INTEGER"),
        QStringLiteral("CREATE INDEX child_id_number ON child(id_number) WHERE id_number IS NOT NULL"),
        QStringLiteral("CREATE INDEX child_same ON child(area_code, name, birth_date)"),
    };
}

// Version 8: Chinese order and pinyin search. The case list orders by `name_key` and finds names by
// `name_pinyin` and `name_initials` (NameIndex, ChineseName: this station's cache, never synced); the list
// index covers them. The rows are filled by the step's code and kept current by every commit.
QStringList version8()
{
    return {
        QStringLiteral("ALTER TABLE child ADD COLUMN name_key TEXT"),
        QStringLiteral("ALTER TABLE child ADD COLUMN name_pinyin TEXT"),
        QStringLiteral("ALTER TABLE child ADD COLUMN name_initials TEXT"),
        QStringLiteral("ALTER TABLE child ADD COLUMN name_indexed TEXT"),
        QStringLiteral("DROP INDEX child_list"),
        QStringLiteral("CREATE INDEX child_list ON child(status, name_key, id, name, id_number, sex, "
                       "birth_date, area_code,"
                       " category, updated_at, name_pinyin, name_initials)"),
        QStringLiteral("CREATE INDEX child_name_stale ON child(id) WHERE name_indexed IS NOT name"),
    };
}

// Version 9: the policy's facts (issue 9). When a parent's status began (62号 counts lost contact, prison,
// compulsory rehabilitation and other loss of liberty from 6 months); where and with whom the child really
// lives (随迁); the caregiver questions of 未成年人保护法 Art. 22 that were missing, and a caregiver's birth
// date from another document when there is no ID number.
QStringList version9()
{
    return {
        QStringLiteral("ALTER TABLE person ADD COLUMN status_since TEXT"),
        QStringLiteral("ALTER TABLE child ADD COLUMN lives_with TEXT"),
        QStringLiteral("ALTER TABLE child ADD COLUMN lives_at TEXT"),
        QStringLiteral("ALTER TABLE agreement ADD COLUMN caregiver_infringement INTEGER"),
        QStringLiteral("ALTER TABLE agreement ADD COLUMN caregiver_abandonment INTEGER"),
        QStringLiteral("ALTER TABLE agreement ADD COLUMN caregiver_unsuitable INTEGER"),
        QStringLiteral("ALTER TABLE agreement ADD COLUMN caregiver_birth_date TEXT"),
        QStringLiteral("ALTER TABLE agreement ADD COLUMN caregiver_birth_document TEXT"),
    };
}

// Version 10: the reports of a week (issue 12). The writes of a span of time are read by kind of record
// and clock (UpdatedChildren: the dispatch report's updates, the spot checks) instead of a scan of the
// whole audit trail, which grows every week.
QStringList version10()
{
    return {
        QStringLiteral("CREATE INDEX audit_entity_hlc ON audit(entity, hlc)"),
    };
}

// Version 11: group activities and talks (notice point 5) and the children (and their guardians) who took
// part: synced records written out here so that this step never changes. The indexes serve a village's
// activities by date, a child's activities, the participants of an activity and sync.
QStringList version11()
{
    const QString meta = QStringLiteral(
        ", created_at TEXT NOT NULL, created_by TEXT NOT NULL, updated_at TEXT NOT NULL,"
        " updated_by TEXT NOT NULL, clocks TEXT NOT NULL DEFAULT '', seq INTEGER NOT NULL DEFAULT 0,"
        " origin TEXT)");
    return {
        QStringLiteral("CREATE TABLE activity (id TEXT PRIMARY KEY NOT NULL, area_code TEXT NOT NULL,"
                       " activity_date TEXT, kind TEXT, topic TEXT, place TEXT, organiser TEXT, notes TEXT") +
            meta,
        QStringLiteral("CREATE TABLE activity_participant (id TEXT PRIMARY KEY NOT NULL,"
                       " area_code TEXT NOT NULL, activity_id TEXT, child_id TEXT, child_took_part INTEGER,"
                       " guardian_took_part INTEGER, guardian_name TEXT") +
            meta,
        QStringLiteral("CREATE INDEX activity_area ON activity(area_code, activity_date)"),
        QStringLiteral("CREATE INDEX activity_date ON activity(activity_date, kind)"),
        QStringLiteral("CREATE INDEX activity_seq ON activity(seq)"),
        QStringLiteral("CREATE INDEX activity_participant_activity ON activity_participant(activity_id)"),
        QStringLiteral("CREATE INDEX activity_participant_child ON activity_participant(child_id)"),
        QStringLiteral("CREATE INDEX activity_participant_seq ON activity_participant(seq)"),
    };
}

// Version 12: daily spot checks (抽查) of updated records, synced records in the child's village. The
// indexes serve a span's checks by day, a child's checks and sync.
QStringList version12()
{
    return {
        QStringLiteral("CREATE TABLE spot_check (id TEXT PRIMARY KEY NOT NULL, area_code TEXT NOT NULL,"
                       " child_id TEXT, sample_date TEXT, period TEXT, result TEXT, checked_on TEXT,"
                       " checker TEXT, note TEXT, created_at TEXT NOT NULL, created_by TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL, updated_by TEXT NOT NULL, clocks TEXT NOT NULL DEFAULT '',"
                       " seq INTEGER NOT NULL DEFAULT 0, origin TEXT)"),
        QStringLiteral("CREATE INDEX spot_check_sample ON spot_check(sample_date, area_code)"),
        QStringLiteral("CREATE INDEX spot_check_child ON spot_check(child_id, sample_date)"),
        QStringLiteral("CREATE INDEX spot_check_seq ON spot_check(seq)"),
    };
}

struct Step
{
    QStringList (*sql)();
    Status (*code)(QSqlDatabase&) = nullptr; // what SQL alone cannot do, after the step's SQL
};

const QList<Step>& steps()
{
    static const QList<Step> all = {{&version1},  {&version2},
                                    {&version3},  {&version4},
                                    {&version5},  {&version6, &PersonSlotMigration::run},
                                    {&version7},  {&version8, &NameIndex::refreshStale},
                                    {&version9},  {&version10},
                                    {&version11}, {&version12}};
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
            return Status::failure(CaseDatabase::errorSentence(q.lastError(), db.databaseName()));
        bool ok = true;
        QSqlError failed;
        QString stepFailed; // the sentence of a step's code
        const Step& step = steps().at(v - 1);
        for (const QString& sql : step.sql()) {
            if (!q.exec(sql)) {
                ok = false;
                failed = q.lastError();
                break;
            }
        }
        if (ok && step.code) {
            if (Status s = step.code(db); !s) {
                ok = false;
                stepFailed = s.error();
            }
        }
        if (ok) {
            ok =
                q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v)) && q.exec(QStringLiteral("COMMIT"));
            if (!ok)
                failed = q.lastError();
        }
        if (!ok) {
            q.exec(QStringLiteral("ROLLBACK"));
            return Status::failure(Localization::joinSentences(
                {QCoreApplication::translate("SchemaMigrator", "Updating the database to version %1 failed.")
                     .arg(v),
                 stepFailed.isEmpty() ? CaseDatabase::errorSentence(failed, db.databaseName())
                                      : stepFailed}));
        }
    }
    return {};
}
