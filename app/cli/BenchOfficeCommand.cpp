// Benchmark: bench office.
#include "BenchCity.h"
#include "CliCommand.h"
#include "CliContext.h"

#include "domain/AreaCatalog.h"
#include "reports/Dashboard.h"
#include "reports/DispatchReport.h"
#include "reports/QualityCheck.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseQuery.h"

#include <QElapsedTimer>
#include <QJsonObject>

#include <functional>

namespace {

constexpr double kDashboardBudgetMs = 500;
constexpr double kDispatchBudgetMs = 1000;
constexpr double kCheckBudgetMs = 2000;

class BenchOfficeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchOfficeCommand)

public:
    QString name() const override { return QStringLiteral("bench office"); }
    QString summary() const override
    {
        return tr("Measure the office's views on a city database: the dashboard, the weekly dispatch report "
                  "and the data-quality checks, against their budgets.");
    }
    QString details() const override
    {
        return tr("A new database is first set up as a city station (赣州市) and filled with demo children "
                  "(as bench dispatch makes it); a demo database with fewer children than asked is filled "
                  "up; "
                  "give --db to reuse one. Each view is run once to warm the cache, then three times; the "
                  "median counts. Budgets: the dashboard < %1 ms, the dispatch report < %2 ms, the checks "
                  "(as `check` runs them) < %3 ms. The dashboard is also timed without its data-quality "
                  "figure, and a township's dashboard and one drill-down list apart.")
            .arg(kDashboardBudgetMs)
            .arg(kDispatchBudgetMs)
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
        const double generateMs = double(timer.nsecsElapsed()) / 1e6;
        const QDate today = db.clock().today();

        // Runs `step` once to warm the cache, then three times: the median and the slowest, or the error.
        QString failure;
        const auto measure = [&](const std::function<Status()>& step) -> std::pair<double, double> {
            if (!failure.isEmpty())
                return {0, 0};
            QList<double> times;
            for (int i = 0; i < 4; ++i) {
                timer.restart();
                const Status s = step();
                const double ms = double(timer.nsecsElapsed()) / 1e6;
                if (!s) {
                    failure = s.error();
                    return {0, 0};
                }
                if (i > 0)
                    times << ms;
            }
            return {BenchCity::median(times), *std::max_element(times.cbegin(), times.cend())};
        };

        Dashboard::Options full;
        full.today = today;
        DashboardFigures figures;
        const auto dashboard = measure([&]() -> Status {
            Result<DashboardFigures> d = Dashboard::compute(db, full);
            if (!d)
                return Status::failure(d.error());
            figures = d.value();
            return {};
        });
        Dashboard::Options quick = full;
        quick.quality = false;
        const auto withoutQuality = measure([&]() -> Status {
            Result<DashboardFigures> d = Dashboard::compute(db, quick);
            return d ? Status() : Status::failure(d.error());
        });
        // A township's dashboard (the busiest part of the city) and the longest list behind a number.
        Dashboard::Options township = full;
        int townshipChildren = -1;
        for (const DashboardFigures::Area& a : std::as_const(figures.areas)) {
            if (a.counts.value(DashboardFigures::Kind::Children) > townshipChildren) {
                townshipChildren = a.counts.value(DashboardFigures::Kind::Children);
                township.area = a.code;
            }
        }
        const auto townshipDashboard = measure([&]() -> Status {
            if (township.area.isEmpty())
                return {};
            Result<DashboardFigures> d = Dashboard::compute(db, township);
            return d ? Status() : Status::failure(d.error());
        });
        int listed = 0;
        const auto drillDown = measure([&]() -> Status {
            Result<QList<Dashboard::Child>> list =
                Dashboard::children(db, {DashboardFigures::Kind::ToSurvey, {}}, quick);
            listed = list ? int(list->size()) : 0;
            return list ? Status() : Status::failure(list.error());
        });
        DispatchReport::Options dispatchOptions;
        dispatchOptions.today = today;
        dispatchOptions.week = IsoWeek::of(today);
        const auto dispatch = measure([&]() -> Status {
            Result<DispatchReport::Report> r = DispatchReport::compute(db, dispatchOptions);
            return r ? Status() : Status::failure(r.error());
        });
        int issues = 0;
        const auto check = measure([&]() -> Status {
            Result<QList<QualityCheck::Issue>> r = QualityCheck::run(db, QString(), today);
            issues = r ? int(r->size()) : 0;
            return r ? Status() : Status::failure(r.error());
        });
        if (!failure.isEmpty())
            return ctx.refuse(failure);

        CaseQuery::Filter everyone;
        everyone.status.clear();
        const Result<int> counted = CaseQuery(db).count(everyone);
        const int children = counted ? counted.value() : -1;
        const bool dashboardPass = dashboard.first < kDashboardBudgetMs;
        const bool dispatchPass = dispatch.first < kDispatchBudgetMs;
        const bool checkPass = check.first < kCheckBudgetMs;
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("children"), children},
                                      {QStringLiteral("generatedChildren"), generated.value()},
                                      {QStringLiteral("generateMs"), generateMs},
                                      {QStringLiteral("areas"), int(figures.areas.size())},
                                      {QStringLiteral("dashboardMs"), dashboard.first},
                                      {QStringLiteral("dashboardMaxMs"), dashboard.second},
                                      {QStringLiteral("dashboardWithoutQualityMs"), withoutQuality.first},
                                      {QStringLiteral("townshipDashboardMs"), townshipDashboard.first},
                                      {QStringLiteral("township"), township.area},
                                      {QStringLiteral("drillDownMs"), drillDown.first},
                                      {QStringLiteral("drillDownChildren"), listed},
                                      {QStringLiteral("dispatchMs"), dispatch.first},
                                      {QStringLiteral("dispatchMaxMs"), dispatch.second},
                                      {QStringLiteral("checkMs"), check.first},
                                      {QStringLiteral("checkMaxMs"), check.second},
                                      {QStringLiteral("checkIssues"), issues},
                                      {QStringLiteral("dashboardPass"), dashboardPass},
                                      {QStringLiteral("dispatchPass"), dispatchPass},
                                      {QStringLiteral("checkPass"), checkPass}});
            return 0;
        }
        const auto number = [](double v) -> QString {
            return QString::number(v, 'f', 1) + QStringLiteral(" ms");
        };
        const auto verdict = [](bool pass) { return pass ? QStringLiteral("PASS") : QStringLiteral("FAIL"); };
        const AreaCatalog& areas = AreaCatalog::instance();
        ctx.out() << tr("Benchmark office: %1 children, %2 (%3 areas)")
                         .arg(children)
                         .arg(areas.fullName(figures.areaCode))
                         .arg(figures.areas.size())
                  << '\n';
        if (generated.value() > 0)
            ctx.out() << tr("(%1 demo children were created first, in %2 s.)")
                             .arg(generated.value())
                             .arg(QString::number(generateMs / 1000, 'f', 1))
                      << '\n';
        ctx.printTable(
            {{tr("Measure"), tr("Result"), tr("Budget"), QString()},
             {tr("Dashboard of the city (median of 3)"), number(dashboard.first),
              QStringLiteral("< %1 ms").arg(kDashboardBudgetMs), verdict(dashboardPass)},
             {tr("  the same without the data-quality figure"), number(withoutQuality.first), QString(),
              QString()},
             {tr("  the dashboard of %1 (%n child(ren))", nullptr, townshipChildren)
                  .arg(areas.name(township.area)),
              number(townshipDashboard.first), QString(), QString()},
             {tr("  the list behind \"to survey\" (%n child(ren))", nullptr, listed), number(drillDown.first),
              QString(), QString()},
             {tr("Dispatch report of this week (median of 3)"), number(dispatch.first),
              QStringLiteral("< %1 ms").arg(kDispatchBudgetMs), verdict(dispatchPass)},
             {tr("Data-quality checks of the station, %n issue(s) (median of 3)", nullptr, issues),
              number(check.first), QStringLiteral("< %1 ms").arg(kCheckBudgetMs), verdict(checkPass)}});
        return 0;
    }
};

const CliRegistration<BenchOfficeCommand> registerBenchOffice;

} // namespace
