// Rosters (花名册) and the national system: import-roster, export-national, reconcile.
#include "CliCommand.h"
#include "CliContext.h"

#include "Localization.h"
#include "roster/NationalForm.h"
#include "roster/RosterImport.h"
#include "roster/RosterMapping.h"
#include "roster/RosterReader.h"
#include "roster/RosterReconciler.h"
#include "storage/CaseDatabase.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace {

// The translation context of this file's shared texts.
class RosterCommands
{
    Q_DECLARE_TR_FUNCTIONS(RosterCommands)
};

CliOption mappingOption()
{
    return {QStringLiteral("mapping"), QStringLiteral("FILE"),
            RosterCommands::tr("The column mapping to use (JSON, docs/roster.md); without it the mapping "
                               "remembered for these headers, else one guessed from them.")};
}

// The mapping: --mapping, else the one remembered for these headers, else guessed.
Result<RosterMapping> mappingFor(CliContext& ctx, const CaseDatabase& db, const RosterTable& table)
{
    if (ctx.has(QStringLiteral("mapping")))
        return RosterMapping::load(ctx.value(QStringLiteral("mapping")));
    if (std::optional<RosterMapping> m = RosterMapping::remembered(db, table.headers))
        return *m;
    return RosterMapping::guess(table.headers);
}

// "csv" or "xlsx": --format, else the file name's suffix.
Result<QString> exportFormat(const CliContext& ctx)
{
    QString format = ctx.value(QStringLiteral("format"));
    if (format.isEmpty())
        format = QFileInfo(ctx.value(QStringLiteral("out"))).suffix().toLower();
    if (format != QLatin1String("csv") && format != QLatin1String("xlsx"))
        return Result<QString>::failure(
            RosterCommands::tr("--format takes csv or xlsx, not \"%1\".").arg(format));
    return format;
}

class ImportRosterCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ImportRosterCommand)

public:
    QString name() const override { return QStringLiteral("import-roster"); }
    QString arguments() const override { return QStringLiteral("FILE"); }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    QString summary() const override
    {
        return tr("Import a roster (花名册) or a national-system export from CSV (UTF-8 or GBK) or XLSX.");
    }
    QString details() const override
    {
        return tr(
            "Every row is checked first as if it were typed; then the import is one transaction. Rows "
            "match children by ID number; new children enter as suspected until surveyed. A bad row "
            "refuses the whole import (exit 1) unless --skip-bad is given. The mapping used is remembered "
            "for files with the same headers. docs/roster.md describes the columns.");
    }
    QList<CliOption> options() const override
    {
        return {mappingOption(),
                {QStringLiteral("dry-run"), {}, tr("Check and report every row; write nothing.")},
                {QStringLiteral("skip-bad"), {}, tr("Import the good rows and leave the bad ones out.")}};
    }

    int run(CliContext& ctx) const override
    {
        Result<RosterTable> table = RosterReader::read(ctx.argument(0));
        if (!table)
            return ctx.refuse(table.error());
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<RosterMapping> mapping = mappingFor(ctx, *db, table.value());
        if (!mapping)
            return ctx.refuse(mapping.error());
        RosterImport import(*db);
        Result<RosterImport::Plan> plan = import.plan(table.value(), mapping.value());
        if (!plan)
            return ctx.refuse(plan.error());
        const bool dryRun = ctx.has(QStringLiteral("dry-run"));
        const bool skipBad = ctx.has(QStringLiteral("skip-bad"));
        const int bad = plan->count(RosterImport::Action::Bad);
        std::optional<RosterImport::Outcome> outcome;
        QString refusal;
        if (!dryRun) {
            Result<RosterImport::Outcome> done = import.apply(plan.value(), skipBad);
            if (done) {
                outcome = done.value();
                if (Status s = mapping->remember(*db, table->headers); !s)
                    ctx.err() << s.error() << Qt::endl;
            } else {
                refusal = done.error();
            }
        } else if (bad > 0 && !skipBad) {
            refusal =
                tr("%n row(s) are bad: the import would be refused unless they are skipped (--skip-bad).",
                   nullptr, bad);
        }
        report(ctx, table.value(), plan.value(), dryRun, outcome);
        if (!refusal.isEmpty())
            return ctx.refuse(refusal);
        return 0;
    }

private:
    static void report(CliContext& ctx, const RosterTable& table, const RosterImport::Plan& plan, bool dryRun,
                       const std::optional<RosterImport::Outcome>& outcome)
    {
        using A = RosterImport::Action;
        if (ctx.json()) {
            QJsonArray rows;
            for (const RosterImport::Row& r : plan.rows) {
                QJsonObject o{{QStringLiteral("row"), r.number},
                              {QStringLiteral("action"), RosterImport::actionCode(r.action)},
                              {QStringLiteral("name"), r.name},
                              {QStringLiteral("idNumber"), r.idNumber}};
                if (!r.reason.isEmpty())
                    o.insert(QStringLiteral("reason"), r.reason);
                if (!r.childId.isEmpty())
                    o.insert(QStringLiteral("child"), r.childId);
                if (!r.changed.isEmpty())
                    o.insert(QStringLiteral("changed"), QJsonArray::fromStringList(r.changed));
                rows.append(o);
            }
            ctx.printJson(QJsonObject{{QStringLiteral("format"), table.format},
                                      {QStringLiteral("headerRow"), table.headerRow},
                                      {QStringLiteral("dryRun"), dryRun},
                                      {QStringLiteral("imported"), outcome.has_value()},
                                      {QStringLiteral("new"), plan.count(A::New)},
                                      {QStringLiteral("update"), plan.count(A::Update)},
                                      {QStringLiteral("unchanged"), plan.count(A::Unchanged)},
                                      {QStringLiteral("bad"), plan.count(A::Bad)},
                                      {QStringLiteral("rows"), rows}});
            return;
        }
        QList<QStringList> lines{
            {tr("Row"), tr("Result"), tr("Name"), tr("ID number"), tr("Reason or changes")}};
        for (const RosterImport::Row& r : plan.rows) {
            if (r.action == A::Unchanged)
                continue;
            lines << QStringList{QString::number(r.number), RosterImport::actionLabel(r.action), r.name,
                                 r.idNumber,
                                 r.action == A::Bad ? r.reason : r.changed.join(QStringLiteral(", "))};
        }
        if (lines.size() > 1)
            ctx.printTable(lines);
        const QString counts =
            tr("%1 new, %2 to update, %3 unchanged, %4 bad (of %5 rows; headers in row %6).")
                .arg(plan.count(A::New))
                .arg(plan.count(A::Update))
                .arg(plan.count(A::Unchanged))
                .arg(plan.count(A::Bad))
                .arg(plan.rows.size())
                .arg(table.headerRow);
        ctx.out() << counts << Qt::endl;
        if (dryRun)
            ctx.out() << tr("Dry run: nothing was written.") << Qt::endl;
        else if (outcome)
            ctx.out() << tr("Imported: %1 children added, %2 updated, %3 bad rows skipped.")
                             .arg(outcome->created)
                             .arg(outcome->updated)
                             .arg(outcome->skipped)
                      << Qt::endl;
    }
};

class ExportNationalCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportNationalCommand)

public:
    QString name() const override { return QStringLiteral("export-national"); }
    QString summary() const override
    {
        return tr("Write every child in the layout of the national registration form (CSV or XLSX).");
    }
    QString details() const override
    {
        return tr(
            "The headers and coded answers are in Chinese, as in the national system. CSV is UTF-8 with "
            "a byte order mark, so that Excel opens it. docs/roster.md lists the columns.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("format"), QStringLiteral("csv|xlsx"),
                 tr("The file's format (default: from the file name).")},
                {QStringLiteral("out"), QStringLiteral("FILE"), tr("The file to write (required).")}};
    }

    int run(CliContext& ctx) const override
    {
        if (!ctx.has(QStringLiteral("out")))
            return ctx.usageError(tr("The option --out is required."));
        Result<QString> format = exportFormat(ctx);
        if (!format)
            return ctx.usageError(format.error());
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<TableExport::Table> table = NationalForm::table(*db);
        if (!table)
            return ctx.refuse(table.error());
        const QString out = ctx.value(QStringLiteral("out"));
        const Status s = format.value() == QLatin1String("csv") ? TableExport::writeCsv(table.value(), out)
                                                                : TableExport::writeXlsx(table.value(), out);
        if (!s)
            return ctx.refuse(s.error());
        return ctx.print(QJsonObject{{QStringLiteral("file"), out},
                                     {QStringLiteral("format"), format.value()},
                                     {QStringLiteral("children"), int(table->rows.size())}},
                         tr("%n child(ren) written to %1.", nullptr, int(table->rows.size())).arg(out));
    }
};

class ReconcileCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReconcileCommand)

public:
    QString name() const override { return QStringLiteral("reconcile"); }
    QString arguments() const override { return QStringLiteral("FILE"); }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    QString summary() const override
    {
        return tr("Compare a national-system export with the register: in both, only in the list, only here, "
                  "and the fields that differ.");
    }
    QString details() const override
    {
        return tr("Children are matched by ID number. The result is written to --out (CSV or XLSX) and "
                  "counted on stdout.");
    }
    QList<CliOption> options() const override
    {
        return {mappingOption(),
                {QStringLiteral("format"), QStringLiteral("csv|xlsx"),
                 tr("The result's format (default: from the file name).")},
                {QStringLiteral("out"), QStringLiteral("FILE"),
                 tr("The file to write the result to (required).")}};
    }

    int run(CliContext& ctx) const override
    {
        if (!ctx.has(QStringLiteral("out")))
            return ctx.usageError(tr("The option --out is required."));
        Result<QString> format = exportFormat(ctx);
        if (!format)
            return ctx.usageError(format.error());
        Result<RosterTable> table = RosterReader::read(ctx.argument(0));
        if (!table)
            return ctx.refuse(table.error());
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<RosterMapping> mapping = mappingFor(ctx, *db, table.value());
        if (!mapping)
            return ctx.refuse(mapping.error());
        Result<RosterReconciler::Report> report =
            RosterReconciler(*db).compare(table.value(), mapping.value());
        if (!report)
            return ctx.refuse(report.error());
        const TableExport::Table t = RosterReconciler::table(report.value());
        const QString out = ctx.value(QStringLiteral("out"));
        const Status s = format.value() == QLatin1String("csv") ? TableExport::writeCsv(t, out)
                                                                : TableExport::writeXlsx(t, out);
        if (!s)
            return ctx.refuse(s.error());
        const RosterReconciler::Report& r = report.value();
        return ctx.print(QJsonObject{{QStringLiteral("file"), out},
                                     {QStringLiteral("same"), r.same},
                                     {QStringLiteral("differing"), r.differing},
                                     {QStringLiteral("onlyNational"), r.onlyNational},
                                     {QStringLiteral("onlyHere"), r.onlyHere}},
                         Localization::joinSentences({t.subtitle, tr("The result is in %1.").arg(out)}));
    }
};

const CliRegistration<ImportRosterCommand> registerImportRoster;
const CliRegistration<ExportNationalCommand> registerExportNational;
const CliRegistration<ReconcileCommand> registerReconcile;

} // namespace
