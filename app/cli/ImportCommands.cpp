// Sync packages coming in: import (one package, many, or a folder), inspect, import-report.
#include "CliCommand.h"
#include "CliContext.h"
#include "CliFormat.h"
#include "CliPassphrase.h"

#include "Localization.h"
#include "domain/Vocabulary.h"
#include "storage/BackupService.h"
#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"
#include "storage/FieldValidator.h"
#include "sync/ClockRepair.h"
#include "sync/ConflictStore.h"
#include "sync/ImportLedger.h"
#include "sync/PackageReader.h"
#include "sync/PackageWriter.h"
#include "sync/StationIdentity.h"
#include "sync/TrustStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {
// The translation context of this file's texts.
class ImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)
};

void printReport(CliContext& ctx, const ImportReport& r)
{
    if (ctx.json()) {
        ctx.printJson(r.toJson());
        return;
    }
    if (r.alreadyImported)
        ctx.out() << ImportCommands::tr("This package was imported already on %1; nothing was changed.")
                         .arg(r.importedAt)
                  << Qt::endl;
    ctx.out() << ImportCommands::tr("Package %1 from %2: %3 added, %4 updated, %5 unchanged, %6 conflicts.")
                     .arg(r.packageId, r.senderName)
                     .arg(r.total.added)
                     .arg(r.total.updated)
                     .arg(r.total.unchanged)
                     .arg(r.total.conflicts)
              << Qt::endl;
    QList<QStringList> rows{{ImportCommands::tr("Village"), ImportCommands::tr("Added"),
                             ImportCommands::tr("Updated"), ImportCommands::tr("Unchanged"),
                             ImportCommands::tr("Conflicts")}};
    for (auto it = r.perVillage.cbegin(); it != r.perVillage.cend(); ++it)
        rows << QStringList{CliFormat::area(it.key()), QString::number(it->added),
                            QString::number(it->updated), QString::number(it->unchanged),
                            QString::number(it->conflicts)};
    if (rows.size() > 1)
        ctx.printTable(rows);
    if (r.total.conflicts > 0)
        ctx.out() << ImportCommands::tr("Review the conflicts with \"shouhu-cli conflicts\".") << Qt::endl;
    if (r.referralsFolded > 0)
        ctx.out() << ImportCommands::tr(
                         "%n later referral(s) folded into the earlier open referral of their kind.", nullptr,
                         r.referralsFolded)
                  << Qt::endl;
    if (r.agreementsReplaced > 0)
        ctx.out() << ImportCommands::tr(
                         "%n care agreement(s) marked replaced: a child has one current agreement.", nullptr,
                         r.agreementsReplaced)
                  << Qt::endl;
    if (r.agreementsToReview > 0)
        ctx.out() << ImportCommands::tr(
                         "%n care agreement(s) wait for review (\"shouhu-cli agreement review\").", nullptr,
                         r.agreementsToReview)
                  << Qt::endl;
    if (!r.duplicates.isEmpty()) {
        ctx.out() << ImportCommands::tr("Possible duplicates (one child, two files):") << Qt::endl;
        QList<QStringList> dups{{ImportCommands::tr("Village"), ImportCommands::tr("Keep"),
                                 ImportCommands::tr("Other"), ImportCommands::tr("Why")}};
        for (const ImportReport::PossibleDuplicate& d : r.duplicates)
            dups << QStringList{CliFormat::area(d.areaCode), d.keepName + QStringLiteral(" ") + d.keepId,
                                d.otherName + QStringLiteral(" ") + d.otherId,
                                d.reason == QLatin1String("id_number")
                                    ? ImportCommands::tr("same ID number")
                                    : ImportCommands::tr("same name and birth date")};
        ctx.printTable(dups);
        ctx.out() << ImportCommands::tr(
                         "Merge them with \"shouhu-cli merge-children KEEP OTHER\" after checking.")
                  << Qt::endl;
    }
    if (!r.clockWarning.isEmpty())
        ctx.err() << r.clockWarning << Qt::endl;
}

class ImportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)
public:
    QString name() const override { return QStringLiteral("import"); }
    QString arguments() const override { return QStringLiteral("FILE.shpkg…|FOLDER"); }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return -1; }
    QString summary() const override
    {
        return ImportCommands::tr(
            "Check and merge sync packages from enrolled stations (several files, or every package in a "
            "folder).");
    }
    QString details() const override
    {
        return ImportCommands::tr(
            "Each package is imported in its own transaction: a refused one changes nothing and is named, "
            "the others are imported. Exit 1 when any was refused.");
    }
    QList<CliOption> options() const override { return {CliPassphrase::option()}; }
    int run(CliContext& ctx) const override
    {
        // The files: those named, and every .shpkg in a folder named (by name).
        QStringList files;
        for (const QString& a : ctx.arguments()) {
            const QFileInfo info(a);
            if (info.isDir()) {
                const QStringList inFolder =
                    QDir(a).entryList({QStringLiteral("*.shpkg")}, QDir::Files | QDir::Readable, QDir::Name);
                if (inFolder.isEmpty())
                    return ctx.refuse(ImportCommands::tr("The folder %1 holds no package (.shpkg).").arg(a));
                for (const QString& f : inFolder)
                    files << QDir(a).filePath(f);
            } else {
                files << a;
            }
        }
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        std::optional<StationKeys> keys;
        bool backedUp = false;
        struct Outcome
        {
            QString file;
            QString error;
            std::optional<ImportReport> report;
        };
        QList<Outcome> outcomes;
        for (const QString& file : std::as_const(files)) {
            Outcome o{file, {}, {}};
            // A package imported before changes nothing: said without asking for the passphrase.
            Result<std::optional<ImportReport>> before = PackageReader::previousImport(*db, file);
            if (!before) {
                o.error = before.error();
            } else if (before.value()) {
                o.report = before.value();
            } else {
                if (!keys) {
                    Result<StationKeys> k = CliPassphrase::keys(ctx, *db, false);
                    if (!k)
                        return ctx.refuse(k.error());
                    keys = std::move(k.value());
                }
                // Once per run, before the first package that is imported: no backup, no import.
                if (!backedUp) {
                    if (Status s = BackupService(*db).beforeImport(); !s)
                        return ctx.refuse(s.error());
                    backedUp = true;
                }
                Result<ImportReport> r = PackageReader::import(*db, *keys, file);
                if (r)
                    o.report = r.value();
                else
                    o.error = r.error();
            }
            outcomes << o;
        }
        const bool anyFailed =
            std::any_of(outcomes.cbegin(), outcomes.cend(), [](const Outcome& o) { return !o.report; });
        if (files.size() == 1) {
            if (!outcomes.first().report)
                return ctx.refuse(outcomes.first().error);
            printReport(ctx, *outcomes.first().report);
            return 0;
        }
        if (ctx.json()) {
            QJsonArray list;
            for (const Outcome& o : std::as_const(outcomes)) {
                QJsonObject item{{QStringLiteral("file"), o.file},
                                 {QStringLiteral("ok"), o.report.has_value()}};
                if (o.report)
                    item.insert(QStringLiteral("report"), o.report->toJson());
                else
                    item.insert(QStringLiteral("error"), o.error);
                list.append(item);
            }
            ctx.printJson(list);
            return anyFailed ? 1 : 0;
        }
        // One report for the lot: a line per package, then the villages' counts added up.
        QMap<QString, ImportReport::Counts> villages;
        int imported = 0, already = 0;
        QList<QStringList> rows{
            {ImportCommands::tr("Package"), ImportCommands::tr("From"), ImportCommands::tr("Result")}};
        for (const Outcome& o : std::as_const(outcomes)) {
            const QString name = QFileInfo(o.file).fileName();
            if (!o.report) {
                rows << QStringList{name, QString(), o.error};
                continue;
            }
            const ImportReport& r = *o.report;
            if (r.alreadyImported) {
                ++already;
                rows << QStringList{name, r.senderName, ImportCommands::tr("imported already")};
                continue;
            }
            ++imported;
            rows << QStringList{name, r.senderName,
                                ImportCommands::tr("%1 added, %2 updated, %3 conflicts")
                                    .arg(r.total.added)
                                    .arg(r.total.updated)
                                    .arg(r.total.conflicts)};
            for (auto it = r.perVillage.cbegin(); it != r.perVillage.cend(); ++it)
                villages[it.key()] += it.value();
        }
        ctx.printTable(rows);
        if (!villages.isEmpty()) {
            QList<QStringList> table{{ImportCommands::tr("Village"), ImportCommands::tr("Added"),
                                      ImportCommands::tr("Updated"), ImportCommands::tr("Unchanged"),
                                      ImportCommands::tr("Conflicts")}};
            for (auto it = villages.cbegin(); it != villages.cend(); ++it)
                table << QStringList{CliFormat::area(it.key()), QString::number(it->added),
                                     QString::number(it->updated), QString::number(it->unchanged),
                                     QString::number(it->conflicts)};
            ctx.printTable(table);
        }
        ctx.out() << ImportCommands::tr("%1 of %2 packages imported, %3 imported already, %4 refused.")
                         .arg(imported)
                         .arg(outcomes.size())
                         .arg(already)
                         .arg(outcomes.size() - imported - already)
                  << Qt::endl;
        return anyFailed ? 1 : 0;
    }
};

class InspectCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InspectCommand)
public:
    QString name() const override { return QStringLiteral("inspect"); }
    QString arguments() const override { return QStringLiteral("FILE.shpkg"); }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    QString summary() const override
    {
        return ImportCommands::tr("Show who sent a package to whom, when, and how much it holds.");
    }
    int run(CliContext& ctx) const override
    {
        Result<PackageHeader> h = PackageReader::inspect(ctx.argument(0));
        if (!h)
            return ctx.refuse(h.error());
        if (ctx.json()) {
            ctx.printJson(h->toJson());
            return 0;
        }
        QList<QStringList> rows{{ImportCommands::tr("Package"), h->packageId},
                                {ImportCommands::tr("Sender"),
                                 h->senderName + QStringLiteral(" (") + h->sender + QLatin1Char(')')},
                                {ImportCommands::tr("Recipient"), h->recipient},
                                {ImportCommands::tr("Created"), h->createdAt},
                                {ImportCommands::tr("Area"), CliFormat::area(h->scope)},
                                {ImportCommands::tr("Full"), CliFormat::yesNo(h->full)}};
        for (auto it = h->counts.cbegin(); it != h->counts.cend(); ++it)
            rows << QStringList{it.key(), QString::number(it.value())};
        ctx.printTable(rows);
        return 0;
    }
};

class ImportReportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportReportCommand)
public:
    QString name() const override { return QStringLiteral("import-report"); }
    QString arguments() const override { return QStringLiteral("[PACKAGE_ID]"); }
    int maxArguments() const override { return 1; }
    QString summary() const override
    {
        return ImportCommands::tr("Reopen the report of an imported package, or list them all.");
    }
    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        ImportLedger ledger(*db);
        if (ctx.arguments().isEmpty()) {
            const QList<ImportReport> all = ledger.list();
            if (ctx.json()) {
                QJsonArray a;
                for (const ImportReport& r : all)
                    a << r.toJson();
                ctx.printJson(a);
                return 0;
            }
            QList<QStringList> rows{{ImportCommands::tr("Package"), ImportCommands::tr("Sender"),
                                     ImportCommands::tr("Imported"), ImportCommands::tr("Added"),
                                     ImportCommands::tr("Updated"), ImportCommands::tr("Conflicts")}};
            for (const ImportReport& r : all)
                rows << QStringList{r.packageId,
                                    r.senderName,
                                    r.importedAt,
                                    QString::number(r.total.added),
                                    QString::number(r.total.updated),
                                    QString::number(r.total.conflicts)};
            ctx.printTable(rows);
            return 0;
        }
        const auto r = ledger.find(ctx.argument(0));
        if (!r)
            return ctx.refuse(
                ImportCommands::tr("No package with the id %1 was imported here.").arg(ctx.argument(0)));
        printReport(ctx, *r);
        return 0;
    }
};

const CliRegistration<ImportCommand> registerImport;
const CliRegistration<InspectCommand> registerInspect;
const CliRegistration<ImportReportCommand> registerImportReport;

} // namespace
