// Benchmark: bench schedule.
#include "CliCommand.h"
#include "CliContext.h"

#include "demo/DemoGenerator.h"
#include "domain/AreaCatalog.h"
#include "reports/ScheduleQuery.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseQuery.h"
#include "storage/ReferralRepository.h"
#include "storage/StationSetup.h"
#include "storage/VisitRepository.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace {

constexpr double kScheduleBudgetMs = 300;
constexpr double kReferralsBudgetMs = 300;
constexpr double kSaveBudgetMs = 50;

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

class BenchScheduleCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchScheduleCommand)

public:
    QString name() const override { return QStringLiteral("bench schedule"); }
    QString summary() const override
    {
        return tr("Measure the month's schedule, the open-referral list and saving a visit.");
    }
    QString details() const override
    {
        return tr("A new or demo database with fewer children than asked is first filled with demo data "
                  "(with a "
                  "year of visits). Budgets: schedule < %1 ms, open referrals < %2 ms, saving a visit < %3 "
                  "ms "
                  "(the slowest of 20; measured only on demo data, since it writes visits).")
            .arg(kScheduleBudgetMs)
            .arg(kReferralsBudgetMs)
            .arg(kSaveBudgetMs);
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
        Result<int> generated = prepare(ctx, db, wanted.value());
        if (!generated)
            return ctx.refuse(generated.error());
        const double generateMs = msSince(timer);
        const bool demo = db.setting(QStringLiteral("demo")) == QLatin1String("1");

        // Warm the page cache as the GUI's first view would, then measure.
        (void)ScheduleQuery(db).month({});
        timer.restart();
        Result<Schedule> schedule = ScheduleQuery(db).month({});
        const double scheduleMs = msSince(timer);
        if (!schedule)
            return ctx.refuse(schedule.error());
        ReferralRepository::Filter open;
        open.openOnly = true;
        timer.restart();
        Result<QList<Referral>> referrals = ReferralRepository(db).list(open);
        const double referralsMs = msSince(timer);
        if (!referrals)
            return ctx.refuse(referrals.error());

        double saveMax = -1;
        double saveMedian = -1;
        if (demo) {
            QList<double> times;
            const QList<ScheduleEntry> pick = schedule->due + schedule->overdue;
            VisitRepository visits(db);
            for (int i = 0; i < 20 && !pick.isEmpty(); ++i) {
                Visit v;
                v.childId = pick.at(qsizetype(i) * pick.size() / 20).childId;
                v.values = {{QStringLiteral("kind"), QStringLiteral("monthly")},
                            {QStringLiteral("visit_date"), db.clock().today().toString(Qt::ISODate)},
                            {QStringLiteral("visitor"), tr("Benchmark")},
                            {QStringLiteral("safety"), QStringLiteral("good")},
                            {QStringLiteral("contact_means"), QStringLiteral("phone,video")}};
                timer.restart();
                Result<VisitSaved> saved = visits.save(v);
                times << msSince(timer);
                if (!saved)
                    return ctx.refuse(saved.error());
            }
            std::sort(times.begin(), times.end());
            if (!times.isEmpty()) {
                saveMax = times.last();
                saveMedian = times.at(times.size() / 2);
            }
        }
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT (SELECT count(*) FROM child), (SELECT count(*) FROM visit)"));
        q.next();
        const int children = q.value(0).toInt();
        const int visitCount = q.value(1).toInt();
        const bool pass = scheduleMs < kScheduleBudgetMs && referralsMs < kReferralsBudgetMs &&
                          (saveMax < 0 || saveMax < kSaveBudgetMs);
        if (ctx.json()) {
            ctx.printJson(
                QJsonObject{{QStringLiteral("children"), children},
                            {QStringLiteral("visits"), visitCount},
                            {QStringLiteral("generatedChildren"), generated.value()},
                            {QStringLiteral("generateMs"), generateMs},
                            {QStringLiteral("scheduleMs"), scheduleMs},
                            {QStringLiteral("scheduled"),
                             int(schedule->due.size() + schedule->overdue.size() + schedule->visited.size())},
                            {QStringLiteral("openReferralsMs"), referralsMs},
                            {QStringLiteral("openReferrals"), int(referrals->size())},
                            {QStringLiteral("saveVisitMaxMs"), saveMax},
                            {QStringLiteral("saveVisitMedianMs"), saveMedian},
                            {QStringLiteral("pass"), pass}});
            return 0;
        }
        const auto number = [](double v) { return QString::number(v, 'f', 1); };
        const auto verdict = [](double v, double limit) {
            return v < 0 ? QStringLiteral("-") : v < limit ? QStringLiteral("PASS") : QStringLiteral("FAIL");
        };
        ctx.out() << tr("Benchmark schedule: %1 children, %2 visits").arg(children).arg(visitCount) << '\n';
        if (generated.value() > 0)
            ctx.out() << tr("(%1 demo children with their visits were created first, in %2 s.)")
                             .arg(generated.value())
                             .arg(number(generateMs / 1000))
                      << '\n';
        ctx.printTable(
            {{tr("Measure"), tr("Result"), tr("Budget"), QString()},
             {tr("Month's schedule (%1 due, %2 overdue, %3 visited)")
                  .arg(schedule->due.size())
                  .arg(schedule->overdue.size())
                  .arg(schedule->visited.size()),
              number(scheduleMs) + QStringLiteral(" ms"), QStringLiteral("< %1 ms").arg(kScheduleBudgetMs),
              verdict(scheduleMs, kScheduleBudgetMs)},
             {tr("Open referrals (%1)").arg(referrals->size()), number(referralsMs) + QStringLiteral(" ms"),
              QStringLiteral("< %1 ms").arg(kReferralsBudgetMs), verdict(referralsMs, kReferralsBudgetMs)},
             {tr("Saving a visit, slowest of 20 (median %1 ms)").arg(number(saveMedian)),
              saveMax < 0 ? tr("not measured (real data)") : number(saveMax) + QStringLiteral(" ms"),
              QStringLiteral("< %1 ms").arg(kSaveBudgetMs), verdict(saveMax, kSaveBudgetMs)}});
        return 0;
    }

private:
    static Result<int> prepare(CliContext& ctx, CaseDatabase& db, int wanted)
    {
        CaseQuery::Filter everyone;
        everyone.status.clear();
        Result<int> existing = CaseQuery(db).count(everyone);
        if (!existing)
            return existing;
        const bool demo = db.setting(QStringLiteral("demo")) == QLatin1String("1");
        if (existing.value() >= wanted || (existing.value() > 0 && !demo))
            return 0;
        if (!db.station()) {
            const QString county = AreaCatalog::instance().contains(QStringLiteral("360730"))
                                       ? QStringLiteral("360730")
                                       : QStringLiteral("441523");
            Result<StationInfo> station =
                StationSetup::initialize(db, QStringLiteral("county"), county, tr("Benchmark demo station"));
            if (!station)
                return Result<int>::failure(station.error());
        }
        if (Status s = db.setSetting(QStringLiteral("demo"), QStringLiteral("1")); !s)
            return Result<int>::failure(s.error());
        DemoGenerator::Options options;
        options.children = wanted - existing.value();
        options.seed = quint32(existing.value() + 1);
        return DemoGenerator::generate(db, options, [&](int done, int total) {
            if (!ctx.json())
                ctx.err() << '\r' << tr("Creating demo children: %1 of %2").arg(done).arg(total)
                          << (done >= total ? "\n" : "") << Qt::flush;
            return true;
        });
    }
};

const CliRegistration<BenchScheduleCommand> registerBenchSchedule;

} // namespace
