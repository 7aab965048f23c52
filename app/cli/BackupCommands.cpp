// Backups: backup, backups, restore, bench backup. See docs/backups.md.
#include "CliCommand.h"
#include "CliContext.h"
#include "CliPassphrase.h"

#include "demo/DemoGenerator.h"
#include "storage/BackupFile.h"
#include "storage/BackupRestorer.h"
#include "storage/BackupService.h"
#include "storage/CaseDatabase.h"
#include "storage/DatabaseEncryption.h"
#include "storage/DatabaseKeyRing.h"
#include "storage/DatabaseLock.h"
#include "storage/StationSetup.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>
#include <QTemporaryDir>

namespace {

constexpr double kBackupBudgetMs = 5000;

QString size(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString localTime(const QDateTime& utc)
{
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QJsonObject toJson(const BackupEntry& e)
{
    return {{QStringLiteral("file"), e.path},
            {QStringLiteral("created"), e.created.toUTC().toString(Qt::ISODate)},
            {QStringLiteral("size"), e.size},
            {QStringLiteral("reason"), e.reason},
            {QStringLiteral("verified"), e.verified}};
}

class BackupCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override
    {
        return tr("Make a verified backup copy of the database (in its backup folder, or --out FILE).");
    }
    QString details() const override
    {
        return tr("The copy is made with SQLite's online backup API and checked with PRAGMA integrity_check "
                  "before it gets its name; a copy that fails is deleted. Without --out the copy goes into "
                  "the folder \"<database>.backups\" beside the database and the oldest beyond the kept "
                  "number are deleted (see \"shouhu-cli backups --keep\").");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("out"), QStringLiteral("FILE"),
                 tr("Write the copy to FILE (replaced if it exists).")}};
    }
    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        BackupService backups(*db);
        Result<BackupEntry> made = ctx.has(QStringLiteral("out"))
                                       ? backups.backupTo(ctx.value(QStringLiteral("out")))
                                       : backups.backup(BackupService::Reason::Manual);
        if (!made)
            return ctx.refuse(made.error());
        if (ctx.json()) {
            ctx.printJson(toJson(made.value()));
            return 0;
        }
        ctx.out() << tr("A verified backup (%1) was written to %2.")
                         .arg(size(made->size), QDir::toNativeSeparators(made->path))
                  << Qt::endl;
        return 0;
    }
};

class BackupsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BackupsCommand)

public:
    QString name() const override { return QStringLiteral("backups"); }
    QString summary() const override
    {
        return tr("List the backups in the database's backup folder (time, reason, size, verified).");
    }
    QString details() const override
    {
        return tr("Every copy listed passed the integrity check when it was made; --verify checks each again "
                  "now. --keep N sets how many backups are kept (default %1).")
            .arg(BackupService::kDefaultKeep);
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("keep"), QStringLiteral("N"),
                 tr("Keep the last N backups (1 to %1); older ones are deleted now.")
                     .arg(BackupService::kMaxKeep)},
                {QStringLiteral("verify"), {}, tr("Run the integrity check on every copy again.")}};
    }
    int run(CliContext& ctx) const override
    {
        Result<int> keep = ctx.intOption(QStringLiteral("keep"), 0, 1, BackupService::kMaxKeep);
        if (!keep)
            return ctx.refuse(keep.error());
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        BackupService backups(*db);
        if (ctx.has(QStringLiteral("keep"))) {
            if (Status s = backups.setKeep(keep.value()); !s)
                return ctx.refuse(s.error());
            backups.prune();
        }
        QList<BackupEntry> all = backups.list();
        if (ctx.has(QStringLiteral("verify"))) {
            for (BackupEntry& e : all) {
                Result<std::unique_ptr<BackupFile>> f = BackupFile::open(e.path, BackupFile::Mode::ReadOnly);
                e.verified = f && f.value()->integrityCheck() == 0;
            }
        }
        if (ctx.json()) {
            QJsonArray list;
            for (const BackupEntry& e : std::as_const(all))
                list.append(toJson(e));
            ctx.printJson(list);
            return 0;
        }
        const QString folder = QDir::toNativeSeparators(BackupService::folderOf(db->path()));
        if (all.isEmpty()) {
            ctx.out() << tr("There is no backup in %1 yet.").arg(folder) << Qt::endl;
            return 0;
        }
        QList<QStringList> rows{{tr("Made"), tr("Reason"), tr("Size"), tr("Verified"), tr("File")}};
        for (const BackupEntry& e : std::as_const(all))
            rows << QStringList{localTime(e.created), e.reason, size(e.size),
                                e.verified ? tr("yes") : tr("FAILED"), QFileInfo(e.path).fileName()};
        ctx.printTable(rows);
        ctx.out() << tr("%n backup(s) in %1; the last %2 are kept.", nullptr, int(all.size()))
                         .arg(folder)
                         .arg(backups.keep())
                  << Qt::endl;
        return 0;
    }
};

class RestoreCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RestoreCommand)

public:
    QString name() const override { return QStringLiteral("restore"); }
    QString arguments() const override { return QStringLiteral("FILE"); }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    QString summary() const override
    {
        return tr("Replace the database's data with a backup copy (the current data are backed up first).");
    }
    QString details() const override
    {
        return tr("Refused, with nothing changed, for a file that is not a Shouhu database, fails the "
                  "integrity check, was made by a newer version of Shouhu, or belongs to another station "
                  "(unless --force). A database that no longer opens (damaged) is kept beside as "
                  "\"<database>.damaged-TIME\" and replaced.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("force"), {}, tr("Restore a backup of another station all the same.")},
                CliPassphrase::option()};
    }
    int run(CliContext& ctx) const override
    {
        const QString path = ctx.databasePath();
        const QString file = ctx.argument(0);
        if (DatabaseLock::isHeldElsewhere(path))
            return ctx.refuse(DatabaseLock::heldElsewhereSentence(path));
        // An encrypted backup (and database) opens with the station's passphrase.
        const auto unlock = [&ctx](const QString& f) -> Status {
            if (!DatabaseEncryption::needsPassphrase(f))
                return {};
            Result<QString> pass = CliPassphrase::read(ctx);
            if (!pass)
                return Status::failure(tr("The file %1 is encrypted: give the station's passphrase with "
                                          "--passphrase-file or the SHOUHU_PASSPHRASE environment variable.")
                                           .arg(QDir::toNativeSeparators(f)));
            return DatabaseEncryption::unlock(f, pass.value());
        };
        if (Status s = unlock(file); !s)
            return ctx.refuse(s.error());
        // A passphrase that does not open the database never lets it pass for damaged and be replaced, unless
        // it opened the encrypted backup (then it is the station's: the database's first page is damaged).
        if (Status s = unlock(path);
            !s && !(DatabaseEncryption::isEncrypted(file) && DatabaseKeyRing::find(file)))
            return ctx.refuse(s.error());
        // An encrypted backup onto a new laptop: the copy becomes the database, key and all.
        if (!QFileInfo::exists(path) && DatabaseEncryption::isEncrypted(file)) {
            Result<BackupRestorer::Contents> checked = BackupRestorer::inspect(file);
            if (!checked)
                return ctx.refuse(checked.error());
            Result<QString> made = BackupRestorer::replaceDamaged(path, file, Clock::system().nowMs());
            if (!made)
                return ctx.refuse(made.error());
            DatabaseKeyRing::remember(path, *DatabaseKeyRing::find(file));
            Result<std::unique_ptr<CaseDatabase>> created = CaseDatabase::open(path);
            if (!created)
                return ctx.refuse(created.error());
            return ctx.print(
                QJsonObject{{QStringLiteral("restored"), QFileInfo(file).absoluteFilePath()},
                            {QStringLiteral("db"), created.value()->path()},
                            {QStringLiteral("children"), checked->children}},
                tr("The database %1 was made from %2 (%n child(ren)).", nullptr, int(checked->children))
                    .arg(QDir::toNativeSeparators(created.value()->path()), QDir::toNativeSeparators(file)));
        }
        // Checked before anything is created or changed.
        Result<BackupRestorer::Contents> contents = BackupRestorer::inspect(file);
        if (!contents)
            return ctx.refuse(contents.error());
        Result<std::unique_ptr<CaseDatabase>> db = CaseDatabase::open(path);
        if (!db) {
            // Only a damaged database is replaced without being opened; any other refusal stands.
            if (!isDamaged(path))
                return ctx.refuse(db.error());
            Result<QString> kept = BackupRestorer::replaceDamaged(path, file, Clock::system().nowMs());
            if (!kept)
                return ctx.refuse(kept.error());
            // The restored file has the backup's key.
            if (std::optional<DatabaseKey> key = DatabaseKeyRing::find(file))
                DatabaseKeyRing::remember(path, *key);
            Result<std::unique_ptr<CaseDatabase>> reopened = CaseDatabase::open(path);
            if (!reopened)
                return ctx.refuse(reopened.error());
            if (ctx.json()) {
                ctx.printJson(QJsonObject{{QStringLiteral("restored"), QFileInfo(file).absoluteFilePath()},
                                          {QStringLiteral("db"), reopened.value()->path()},
                                          {QStringLiteral("children"), contents->children},
                                          {QStringLiteral("damagedKept"), kept.value()}});
                return 0;
            }
            ctx.out() << tr("The damaged database was kept as %1 and replaced by %2 (%n child(ren)).",
                            nullptr, int(contents->children))
                             .arg(QDir::toNativeSeparators(kept.value()), QDir::toNativeSeparators(file))
                      << Qt::endl;
            return 0;
        }
        // The lock stays held between the restore and the open that migrates the restored file.
        Result<std::unique_ptr<DatabaseLock>> lock = DatabaseLock::acquire(path);
        if (!lock)
            return ctx.refuse(lock.error());
        Result<BackupRestorer::Outcome> outcome =
            BackupRestorer::restore(*db.value(), file, ctx.has(QStringLiteral("force")));
        if (!outcome)
            return ctx.refuse(outcome.error());
        db.value().reset();
        Result<std::unique_ptr<CaseDatabase>> reopened = CaseDatabase::open(path);
        if (!reopened)
            return ctx.refuse(reopened.error());
        const QString previous = outcome->previous ? outcome->previous->path : QString();
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("restored"), QFileInfo(file).absoluteFilePath()},
                                      {QStringLiteral("db"), reopened.value()->path()},
                                      {QStringLiteral("station"), outcome->restored.stationId},
                                      {QStringLiteral("children"), outcome->restored.children},
                                      {QStringLiteral("previousBackup"), previous}});
            return 0;
        }
        if (previous.isEmpty())
            ctx.out() << tr("The database %1 was restored from %2 (%n child(ren)).", nullptr,
                            int(outcome->restored.children))
                             .arg(QDir::toNativeSeparators(reopened.value()->path()),
                                  QDir::toNativeSeparators(file))
                      << Qt::endl;
        else
            ctx.out() << tr("The database %1 was restored from %2 (%n child(ren)); the data it held before "
                            "are kept in the backup %3.",
                            nullptr, int(outcome->restored.children))
                             .arg(QDir::toNativeSeparators(reopened.value()->path()),
                                  QDir::toNativeSeparators(file), QDir::toNativeSeparators(previous))
                      << Qt::endl;
        return 0;
    }

private:
    // The file is there, readable, and SQLite finds it damaged (or not a database at all).
    static bool isDamaged(const QString& path)
    {
        const QFileInfo info(path);
        if (!info.isFile() || !info.isReadable() || !info.isWritable() ||
            !QFileInfo(info.absolutePath()).isWritable())
            return false;
        int code = 0;
        Result<std::unique_ptr<BackupFile>> f = BackupFile::open(path, BackupFile::Mode::ReadOnly, &code);
        if (!f)
            return (code & 0xff) == 11 || (code & 0xff) == 26; // SQLITE_CORRUPT, SQLITE_NOTADB
        return f.value()->integrityCheck() != 0;
    }
};

class BenchBackupCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchBackupCommand)

public:
    QString name() const override { return QStringLiteral("bench backup"); }
    QString summary() const override
    {
        return tr("Measure a verified backup of a city-sized database (budget < %1 s).")
            .arg(kBackupBudgetMs / 1000);
    }
    QString details() const override
    {
        return tr("Runs on a new demo database in a temporary folder (--db is not used): N demo children "
                  "(default 60000), then one backup into the backup folder (the copy and its integrity "
                  "check), timed. The budget is shown as met or missed; the exit code stays 0.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("children"), QStringLiteral("N"),
                 tr("Children in the database (default 60000).")},
                {QStringLiteral("encrypted"),
                 {},
                 tr("Encrypt the database (SQLCipher) before the backup is measured.")}};
    }
    int run(CliContext& ctx) const override
    {
        Result<int> n = ctx.intOption(QStringLiteral("children"), 60000, 1, 100000);
        if (!n)
            return ctx.refuse(n.error());
        QTemporaryDir dir;
        if (!dir.isValid())
            return ctx.refuse(tr("No temporary folder could be made."));
        auto db = CaseDatabase::open(dir.filePath(QStringLiteral("bench.sqlite")));
        if (!db)
            return ctx.refuse(db.error());
        CaseDatabase& database = *db.value();
        Result<StationInfo> station = StationSetup::initialize(
            database, QStringLiteral("county"), QStringLiteral("360730"), tr("Benchmark demo station"));
        if (!station)
            return ctx.refuse(station.error());
        if (Status s = database.setSetting(QStringLiteral("demo"), QStringLiteral("1")); !s)
            return ctx.refuse(s.error());
        if (!ctx.json())
            ctx.err() << tr("Creating %1 demo children…").arg(n.value()) << Qt::endl;
        DemoGenerator::Options options;
        options.children = n.value();
        Result<int> made = DemoGenerator::generate(database, options, [](int, int) { return true; });
        if (!made)
            return ctx.refuse(made.error());
        std::unique_ptr<CaseDatabase> holder = std::move(db.value());
        const bool encrypted = ctx.has(QStringLiteral("encrypted"));
        if (encrypted) {
            // As a station with a passphrase has it: encrypted in place, opened again with its key.
            const QString file = holder->path();
            holder.reset();
            if (Status e = DatabaseEncryption::encrypt(file, QStringLiteral("benchmark passphrase")); !e)
                return ctx.refuse(e.error());
            Result<std::unique_ptr<CaseDatabase>> reopened = CaseDatabase::open(file);
            if (!reopened)
                return ctx.refuse(reopened.error());
            holder = std::move(reopened.value());
        }
        CaseDatabase& measured = *holder;
        const qint64 dbBytes =
            QFileInfo(measured.path()).size() + QFileInfo(measured.path() + QStringLiteral("-wal")).size();
        QElapsedTimer timer;
        timer.start();
        BackupService service(measured);
        Result<BackupEntry> backup = service.backup(BackupService::Reason::Manual);
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!backup)
            return ctx.refuse(backup.error());
        const bool pass = ms < kBackupBudgetMs;
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("children"), made.value()},
                                      {QStringLiteral("encrypted"), encrypted},
                                      {QStringLiteral("databaseBytes"), dbBytes},
                                      {QStringLiteral("backupBytes"), backup->size},
                                      {QStringLiteral("backupMs"), ms},
                                      {QStringLiteral("copyMs"), service.lastCopyMs()},
                                      {QStringLiteral("checkMs"), service.lastCheckMs()},
                                      {QStringLiteral("budgetMs"), kBackupBudgetMs},
                                      {QStringLiteral("pass"), pass}});
            return 0;
        }
        ctx.printTable(
            {{tr("Measure"), tr("Result"), tr("Budget"), QString()},
             {tr("Backup of %1 children (%2), verified").arg(made.value()).arg(size(backup->size)),
              QString::number(ms, 'f', 0) + QStringLiteral(" ms"),
              QStringLiteral("< %1 ms").arg(kBackupBudgetMs),
              pass ? QStringLiteral("PASS") : QStringLiteral("FAIL")},
             {tr("  of which the copy (backup API, fsync)"),
              QString::number(service.lastCopyMs(), 'f', 0) + QStringLiteral(" ms"), QString(), QString()},
             {tr("  of which PRAGMA integrity_check"),
              QString::number(service.lastCheckMs(), 'f', 0) + QStringLiteral(" ms"), QString(), QString()}});
        return 0;
    }
};

const CliRegistration<BackupCommand> registerBackup;
const CliRegistration<BackupsCommand> registerBackups;
const CliRegistration<RestoreCommand> registerRestore;
const CliRegistration<BenchBackupCommand> registerBenchBackup;

} // namespace
