// Printing to PDF: print agreement, agreements, child-file, visit-form, dropout-report, worklist.
#include "CliCommand.h"
#include "CliContext.h"

#include "documents/DocumentRenderer.h"
#include "documents/DocumentService.h"
#include "storage/CaseDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace {
// The translation context of this file's texts.
class PrintCommands
{
    Q_DECLARE_TR_FUNCTIONS(PrintCommands)
};

CliOption outOption()
{
    return {
        QStringLiteral("out"), QStringLiteral("FILE.pdf|FOLDER"),
        PrintCommands::tr("The PDF file to write, or a folder to write it in under its own name (for example "
                          "南跃村-走访任务清单-2024-06-03.pdf).")};
}

// Writes the documents to --out (a folder: under `fileName` in it), marks printed agreements, and reports.
int writeOut(CliContext& ctx, CaseDatabase& db, const QList<PrintDocument>& documents,
             const QString& fileName, const QStringList& agreementIds = {}, const QStringList& skipped = {})
{
    QString out = ctx.value(QStringLiteral("out"));
    if (QFileInfo(out).isDir())
        out = QDir(out).filePath(fileName);
    for (const QString& s : skipped)
        ctx.err() << PrintCommands::tr("Skipped %1").arg(s) << '\n';
    ctx.err().flush();
    if (documents.isEmpty())
        return ctx.refuse(PrintCommands::tr("Nothing was printed: no agreement passed the caregiver check."));
    Result<int> pages = DocumentRenderer::writePdf(documents, out);
    if (!pages)
        return ctx.refuse(pages.error());
    if (!agreementIds.isEmpty()) {
        if (Status s = DocumentService(db).printed(agreementIds); !s)
            return ctx.refuse(s.error());
    }
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("file"), out},
                                  {QStringLiteral("pages"), pages.value()},
                                  {QStringLiteral("documents"), int(documents.size())},
                                  {QStringLiteral("skipped"), QJsonArray::fromStringList(skipped)}});
    } else {
        ctx.out() << QCoreApplication::translate("PrintCommands", "%n page(s) written to %1.", nullptr,
                                                 pages.value())
                         .arg(QDir::toNativeSeparators(out))
                  << Qt::endl;
    }
    return 0;
}

// The options every print command shares, and the check that --out (and --child where needed) are given.
class PrintCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintCommand)
public:
    virtual bool needsChild() const { return false; }
    virtual int print(CliContext& ctx, CaseDatabase& db) const = 0;

    int run(CliContext& ctx) const final
    {
        if (!ctx.has(QStringLiteral("out")))
            return ctx.usageError(PrintCommands::tr("The option --out is required."));
        if (needsChild() && !ctx.has(QStringLiteral("child")))
            return ctx.usageError(PrintCommands::tr("The option --child is required."));
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        return print(ctx, *db);
    }
};

class PrintAgreementCommand final : public PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintAgreementCommand)
public:
    QString name() const override { return QStringLiteral("print agreement"); }
    QString summary() const override
    {
        return PrintCommands::tr(
            "Print a child's current care agreement to PDF (one A4 page); a draft becomes printed.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("child"), QStringLiteral("UUID"), PrintCommands::tr("The child.")},
                outOption()};
    }
    bool needsChild() const override { return true; }
    int print(CliContext& ctx, CaseDatabase& db) const override
    {
        Result<DocumentService::Batch> b = DocumentService(db).agreement(ctx.value(QStringLiteral("child")));
        if (!b)
            return ctx.refuse(b.error());
        return writeOut(ctx, db, b->documents, b->fileName, b->agreementIds);
    }
};

class PrintAgreementsCommand final : public PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintAgreementsCommand)
public:
    QString name() const override { return QStringLiteral("print agreements"); }
    QString summary() const override
    {
        return PrintCommands::tr(
            "Print every unsigned agreement of a village (or larger area) into one PDF, one page each.");
    }
    QString details() const override
    {
        return PrintCommands::tr(
            "Agreements whose caregiver check fails are skipped and named on stderr. Drafts become "
            "printed.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("village"), QStringLiteral("CODE"),
                 PrintCommands::tr("The village (or township, county).")},
                {QStringLiteral("unsigned"),
                 {},
                 PrintCommands::tr("Unsigned agreements only (drafts and printed ones; the default).")},
                outOption()};
    }
    int print(CliContext& ctx, CaseDatabase& db) const override
    {
        if (!ctx.has(QStringLiteral("village")))
            return ctx.usageError(PrintCommands::tr("The option --village is required."));
        Result<DocumentService::Batch> b =
            DocumentService(db).unsignedAgreements(ctx.value(QStringLiteral("village")));
        if (!b)
            return ctx.refuse(b.error());
        return writeOut(ctx, db, b->documents, b->fileName, b->agreementIds, b->skipped);
    }
};

class PrintChildFileCommand final : public PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintChildFileCommand)
public:
    QString name() const override { return QStringLiteral("print child-file"); }
    QString summary() const override { return PrintCommands::tr("Print a child's file (一人一档) to PDF."); }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("child"), QStringLiteral("UUID"), PrintCommands::tr("The child.")},
                outOption()};
    }
    bool needsChild() const override { return true; }
    int print(CliContext& ctx, CaseDatabase& db) const override
    {
        Result<PrintDocument> d = DocumentService(db).childFile(ctx.value(QStringLiteral("child")));
        if (!d)
            return ctx.refuse(d.error());
        return writeOut(ctx, db, {d.value()}, d->fileName);
    }
};

class PrintVisitFormCommand final : public PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintVisitFormCommand)
public:
    QString name() const override { return QStringLiteral("print visit-form"); }
    QString summary() const override
    {
        return PrintCommands::tr("Print a visit form for the field: blank, or pre-filled for a child.");
    }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("child"), QStringLiteral("UUID"), PrintCommands::tr("Pre-fill for this child.")},
            outOption()};
    }
    int print(CliContext& ctx, CaseDatabase& db) const override
    {
        Result<PrintDocument> d = DocumentService(db).visitForm(ctx.value(QStringLiteral("child")));
        if (!d)
            return ctx.refuse(d.error());
        return writeOut(ctx, db, {d.value()}, d->fileName);
    }
};

class PrintDropoutReportCommand final : public PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintDropoutReportCommand)
public:
    QString name() const override { return QStringLiteral("print dropout-report"); }
    QString summary() const override
    {
        return PrintCommands::tr(
            "Print the written report to the education department for a dropout referral.");
    }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("referral"), QStringLiteral("ID"), PrintCommands::tr("The dropout referral.")},
            outOption()};
    }
    int print(CliContext& ctx, CaseDatabase& db) const override
    {
        if (!ctx.has(QStringLiteral("referral")))
            return ctx.usageError(PrintCommands::tr("The option --referral is required."));
        Result<PrintDocument> d = DocumentService(db).dropoutReport(ctx.value(QStringLiteral("referral")));
        if (!d)
            return ctx.refuse(d.error());
        return writeOut(ctx, db, {d.value()}, d->fileName);
    }
};

class PrintWorklistCommand final : public PrintCommand
{
    Q_DECLARE_TR_FUNCTIONS(PrintWorklistCommand)
public:
    QString name() const override { return QStringLiteral("print worklist"); }
    QString summary() const override
    {
        return PrintCommands::tr(
            "Print the month's visit worklist of a village: the children due or overdue, with blanks "
            "for the date visited and a signature.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("village"), QStringLiteral("CODE"), PrintCommands::tr("The village.")},
                {QStringLiteral("month"), QStringLiteral("YYYY-MM"),
                 PrintCommands::tr("The month (default: this month).")},
                outOption()};
    }
    int print(CliContext& ctx, CaseDatabase& db) const override
    {
        if (!ctx.has(QStringLiteral("village")))
            return ctx.usageError(PrintCommands::tr("The option --village is required."));
        QDate month;
        if (ctx.has(QStringLiteral("month"))) {
            month = QDate::fromString(ctx.value(QStringLiteral("month")), QStringLiteral("yyyy-MM"));
            if (!month.isValid())
                return ctx.usageError(
                    PrintCommands::tr("The month must be written YYYY-MM, for example 2024-06."));
        }
        Result<PrintDocument> d = DocumentService(db).worklist(ctx.value(QStringLiteral("village")), month);
        if (!d)
            return ctx.refuse(d.error());
        return writeOut(ctx, db, {d.value()}, d->fileName);
    }
};

const CliRegistration<PrintAgreementCommand> registerPrintAgreement;
const CliRegistration<PrintAgreementsCommand> registerPrintAgreements;
const CliRegistration<PrintChildFileCommand> registerPrintChildFile;
const CliRegistration<PrintVisitFormCommand> registerPrintVisitForm;
const CliRegistration<PrintDropoutReportCommand> registerPrintDropoutReport;
const CliRegistration<PrintWorklistCommand> registerPrintWorklist;

} // namespace
