// Benchmark: bench dispatch.
#include "BenchCity.h"
#include "CliCommand.h"
#include "CliContext.h"

#include "documents/DispatchReportDocument.h"
#include "documents/DocumentRenderer.h"
#include "domain/AreaCatalog.h"
#include "reports/DispatchReport.h"
#include "reports/DispatchTable.h"
#include "reports/QualityCheck.h"
#include "reports/TableExport.h"
#include "reports/UpdatedChildren.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseQuery.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>

namespace {

constexpr double kReportBudgetMs = 1000;
constexpr double kCheckBudgetMs = 2000; // `check` on the whole station

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

class BenchDispatchCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchDispatchCommand)

public:
    QString name() const override { return QStringLiteral("bench dispatch"); }
    QString summary() const override
    {
        return tr("Measure the weekly dispatch report and the data-quality checks of a city, and writing the "
                  "report as CSV, XLSX and PDF.");
    }
    QString details() const override
    {
        return tr("A new database is first set up as a city station (赣州市) and filled with demo children; "
                  "a "
                  "demo database with fewer children than asked is filled up. The report of this week (every "
                  "demo child updated, the most work) is made three times after one run that warms the "
                  "cache; "
                  "the median counts; the same for the data-quality checks of the whole station (as `check` "
                  "runs them). Budgets: the report < %1 ms, the checks < %2 ms. The files go to a temporary "
                  "folder.")
            .arg(kReportBudgetMs)
            .arg(kCheckBudgetMs);
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("children"), QStringLiteral("N"),
                 tr("Children in the database (default 60000).")}};
    }

    int run(CliContext& ctx) const override
    {
        Result<int> wanted = ctx.intOption(QStringLiteral("children"), 60000, 1, 100000);
        if (!wanted)
            return ctx.refuse(wanted.error());
        auto opened = ctx.openDatabase(false);
        if (!opened)
            return ctx.refuse(opened.error());
        CaseDatabase& db = *opened.value();
        QElapsedTimer timer;
        timer.start();
        Result<int> generated = BenchCity::prepare(ctx, db, wanted.value());
        if (!generated)
            return ctx.refuse(generated.error());
        const double generateMs = msSince(timer);

        DispatchReport::Options options;
        options.today = db.clock().today();
        options.week = IsoWeek::of(options.today);
        Result<DispatchReport::Report> report = DispatchReport::compute(db, options); // warms the cache
        if (!report)
            return ctx.refuse(report.error());
        QList<double> times;
        for (int i = 0; i < 3; ++i) {
            timer.restart();
            report = DispatchReport::compute(db, options);
            times << msSince(timer);
            if (!report)
                return ctx.refuse(report.error());
        }
        std::sort(times.begin(), times.end());
        const double reportMs = times.at(1);

        // Its two largest parts, alone: tracing the week's writes, and the data-quality checks.
        timer.restart();
        const Result<QHash<QString, UpdatedChildren::Child>> updates =
            UpdatedChildren::between(db, options.week.startMs(), options.week.endMs(), QString());
        const double updatesMs = msSince(timer);
        // A week without writes: what every report pays for reading the audit trail.
        const IsoWeek before = IsoWeek::of(options.week.monday().addDays(-7));
        timer.restart();
        const Result<QHash<QString, UpdatedChildren::Child>> quiet =
            UpdatedChildren::between(db, before.startMs(), before.endMs(), QString());
        const double quietMs = msSince(timer);
        // The data-quality checks of the whole station, as `check` runs them (today): median of 3.
        QList<double> checkTimes;
        Result<QList<QualityCheck::Issue>> issues = QList<QualityCheck::Issue>();
        for (int i = 0; i < 3 && issues; ++i) {
            timer.restart();
            issues = QualityCheck::run(db, QString(), options.today);
            checkTimes << msSince(timer);
        }
        std::sort(checkTimes.begin(), checkTimes.end());
        const double qualityMs = checkTimes.at(checkTimes.size() / 2);
        if (!updates || !quiet || !issues)
            return ctx.refuse(!updates ? updates.error() : !quiet ? quiet.error() : issues.error());

        QTemporaryDir scratch;
        if (!scratch.isValid())
            return ctx.refuse(tr("No temporary folder can be made: %1").arg(scratch.errorString()));
        const TableExport::Table table = DispatchTable::table(report.value());
        timer.restart();
        Status csv = TableExport::writeCsv(table, scratch.filePath(QStringLiteral("r.csv")));
        const double csvMs = msSince(timer);
        timer.restart();
        Status xlsx = TableExport::writeXlsx(table, scratch.filePath(QStringLiteral("r.xlsx")));
        const double xlsxMs = msSince(timer);
        timer.restart();
        Result<PrintDocument> document =
            DispatchReportDocument::build(report.value(), db.station()->name, options.today);
        Result<int> pages = document ? DocumentRenderer::writePdf({document.value()},
                                                                  scratch.filePath(QStringLiteral("r.pdf")))
                                     : Result<int>::failure(document.error());
        const double pdfMs = msSince(timer);
        if (!csv || !xlsx || !pages)
            return ctx.refuse(!csv ? csv.error() : !xlsx ? xlsx.error() : pages.error());

        CaseQuery::Filter everyone;
        everyone.status.clear();
        const Result<int> counted = CaseQuery(db).count(everyone);
        const int children = counted ? counted.value() : -1;
        const DispatchReport::Report& r = report.value();
        const bool pass = reportMs < kReportBudgetMs;
        const bool checkPass = qualityMs < kCheckBudgetMs;
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("children"), children},
                                      {QStringLiteral("generatedChildren"), generated.value()},
                                      {QStringLiteral("generateMs"), generateMs},
                                      {QStringLiteral("week"), r.week.toString()},
                                      {QStringLiteral("rows"), int(r.rows.size())},
                                      {QStringLiteral("updated"), r.total.updated},
                                      {QStringLiteral("reportMs"), reportMs},
                                      {QStringLiteral("reportMaxMs"), times.last()},
                                      {QStringLiteral("updatesMs"), updatesMs},
                                      {QStringLiteral("qualityMs"), qualityMs},
                                      {QStringLiteral("qualityMaxMs"), checkTimes.last()},
                                      {QStringLiteral("qualityIssues"), int(issues->size())},
                                      {QStringLiteral("qualityPass"), checkPass},
                                      {QStringLiteral("quietWeekUpdatesMs"), quietMs},
                                      {QStringLiteral("csvMs"), csvMs},
                                      {QStringLiteral("xlsxMs"), xlsxMs},
                                      {QStringLiteral("pdfMs"), pdfMs},
                                      {QStringLiteral("pdfPages"), pages.value()},
                                      {QStringLiteral("pass"), pass}});
            return 0;
        }
        const auto number = [](double v) { return QString::number(v, 'f', 1); };
        ctx.out() << tr("Benchmark dispatch: %1 children, %2 (%3 areas)")
                         .arg(children)
                         .arg(AreaCatalog::instance().fullName(r.areaCode))
                         .arg(r.rows.size())
                  << '\n';
        if (generated.value() > 0)
            ctx.out() << tr("(%1 demo children were created first, in %2 s.)")
                             .arg(generated.value())
                             .arg(number(generateMs / 1000))
                      << '\n';
        ctx.printTable(
            {{tr("Measure"), tr("Result"), tr("Budget"), QString()},
             {tr("Dispatch report %1, %2 children updated (median of 3)")
                  .arg(r.week.toString())
                  .arg(r.total.updated),
              number(reportMs) + QStringLiteral(" ms"), QStringLiteral("< %1 ms").arg(kReportBudgetMs),
              pass ? QStringLiteral("PASS") : QStringLiteral("FAIL")},
             {tr("  of which the week's writes traced to %n child(ren)", nullptr, int(updates->size())),
              number(updatesMs) + QStringLiteral(" ms"), QString(), QString()},
             {tr("  the same for %1 (%n child(ren) updated)", nullptr, int(quiet->size()))
                  .arg(before.toString()),
              number(quietMs) + QStringLiteral(" ms"), QString(), QString()},
             {tr("Data-quality checks of the station, %n issue(s) (median of 3)", nullptr,
                 int(issues->size())),
              number(qualityMs) + QStringLiteral(" ms"), QStringLiteral("< %1 ms").arg(kCheckBudgetMs),
              checkPass ? QStringLiteral("PASS") : QStringLiteral("FAIL")},
             {tr("Writing CSV"), number(csvMs) + QStringLiteral(" ms"), QString(), QString()},
             {tr("Writing XLSX"), number(xlsxMs) + QStringLiteral(" ms"), QString(), QString()},
             {tr("Writing PDF (%n page(s))", nullptr, pages.value()), number(pdfMs) + QStringLiteral(" ms"),
              QString(), QString()}});
        return 0;
    }
};

const CliRegistration<BenchDispatchCommand> registerBenchDispatch;

} // namespace
