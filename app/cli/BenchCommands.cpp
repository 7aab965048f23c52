// Benchmarks: bench open-search.
#include "CliCommand.h"
#include "CliContext.h"
#include "CliPassphrase.h"

#include "demo/DemoGenerator.h"
#include "domain/AreaCatalog.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseQuery.h"
#include "storage/DatabaseEncryption.h"
#include "storage/StationSetup.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>

#include <algorithm>

namespace {

constexpr double kOpenBudgetMs = 1000;
constexpr double kSearchBudgetMs = 50;
constexpr double kPeakBudgetMb = 200;

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

// The peak resident memory of this process (VmHWM), in MB; -1 where /proc is not available.
double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

class BenchOpenSearchCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchOpenSearchCommand)

public:
    QString name() const override { return QStringLiteral("bench open-search"); }
    QString summary() const override
    {
        return tr("Measure opening the database with the first page of the case list, name searches and "
                  "peak memory.");
    }
    QString details() const override
    {
        return tr("A new or demo database with fewer children than asked is first filled with demo data. The "
                  "measurement runs in a new process, so that the database is opened from scratch. Budgets: "
                  "open + first page < %1 ms, every search < %2 ms, peak memory < %3 MB.")
            .arg(kOpenBudgetMs)
            .arg(kSearchBudgetMs)
            .arg(kPeakBudgetMb);
    }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("children"), QStringLiteral("N"),
             tr("Children in the database (default 60000).")},
            {QStringLiteral("child-measure"), {}, tr("Internal: measure in this process and print JSON.")}};
    }

    int run(CliContext& ctx) const override
    {
        if (ctx.has(QStringLiteral("child-measure")))
            return measure(ctx);
        Result<int> wanted = ctx.intOption(QStringLiteral("children"), 60000, 1, 100000);
        if (!wanted)
            return ctx.refuse(wanted.error());
        QElapsedTimer timer;
        timer.start();
        Result<int> generated = prepare(ctx, wanted.value());
        if (!generated)
            return ctx.refuse(generated.error());
        const double generateMs = msSince(timer);

        QProcess child;
        child.setProcessChannelMode(QProcess::SeparateChannels);
        child.start(QCoreApplication::applicationFilePath(),
                    {QStringLiteral("bench"), QStringLiteral("open-search"),
                     QStringLiteral("--child-measure"), QStringLiteral("--json"), QStringLiteral("--db"),
                     ctx.databasePath()});
        if (!child.waitForFinished(600000) || child.exitStatus() != QProcess::NormalExit ||
            child.exitCode() != 0)
            return ctx.refuse(tr("The measuring process failed: %1")
                                  .arg(QString::fromUtf8(child.readAllStandardError()).trimmed()));
        QJsonObject r = QJsonDocument::fromJson(child.readAllStandardOutput()).object();
        r.insert(QStringLiteral("generatedChildren"), generated.value());
        r.insert(QStringLiteral("generateMs"), generateMs);
        const double open = r.value(QStringLiteral("openFirstPageMs")).toDouble();
        const double searchMax = r.value(QStringLiteral("searchMaxMs")).toDouble();
        const double peak = r.value(QStringLiteral("peakMemoryMb")).toDouble();
        const QJsonObject budgets{{QStringLiteral("openFirstPageMs"), budget(open, kOpenBudgetMs)},
                                  {QStringLiteral("searchMaxMs"), budget(searchMax, kSearchBudgetMs)},
                                  {QStringLiteral("peakMemoryMb"), budget(peak, kPeakBudgetMb)}};
        r.insert(QStringLiteral("budgets"), budgets);
        r.insert(QStringLiteral("pass"),
                 open < kOpenBudgetMs && searchMax < kSearchBudgetMs && peak < kPeakBudgetMb);
        if (ctx.json()) {
            ctx.printJson(r);
            return 0;
        }
        const auto number = [](double v) { return QString::number(v, 'f', 1); };
        const auto verdict = [](double v, double limit) {
            return v < limit ? QStringLiteral("PASS") : QStringLiteral("FAIL");
        };
        ctx.out() << tr("Benchmark open-search: %1 children in %2")
                         .arg(r.value(QStringLiteral("children")).toInt())
                         .arg(QDir::toNativeSeparators(ctx.databasePath()))
                  << '\n';
        if (generated.value() > 0)
            ctx.out() << tr("(%1 demo children were created first, in %2 s.)")
                             .arg(generated.value())
                             .arg(number(generateMs / 1000))
                      << '\n';
        const int searches = r.value(QStringLiteral("searches")).toArray().size();
        ctx.printTable({{tr("Measure"), tr("Result"), tr("Budget"), QString()},
                        {tr("Open + first page of %1 rows").arg(r.value(QStringLiteral("pageRows")).toInt()),
                         number(open) + QStringLiteral(" ms"), QStringLiteral("< %1 ms").arg(kOpenBudgetMs),
                         verdict(open, kOpenBudgetMs)},
                        {tr("Search, median of %1").arg(searches),
                         number(r.value(QStringLiteral("searchMedianMs")).toDouble()) + QStringLiteral(" ms"),
                         QString(), QString()},
                        {tr("Search, slowest"), number(searchMax) + QStringLiteral(" ms"),
                         QStringLiteral("< %1 ms").arg(kSearchBudgetMs), verdict(searchMax, kSearchBudgetMs)},
                        {tr("Peak memory (VmHWM)"), number(peak) + QStringLiteral(" MB"),
                         QStringLiteral("< %1 MB").arg(kPeakBudgetMb), verdict(peak, kPeakBudgetMb)}});
        return 0;
    }

private:
    static QJsonObject budget(double value, double limit)
    {
        return {{QStringLiteral("value"), value},
                {QStringLiteral("limit"), limit},
                {QStringLiteral("pass"), value < limit}};
    }

    // Makes sure the database holds `wanted` children, generating demo data into a new or demo database.
    // Returns how many were generated.
    static Result<int> prepare(CliContext& ctx, int wanted)
    {
        auto db = ctx.openDatabase(false);
        if (!db)
            return Result<int>::failure(db.error());
        CaseDatabase& database = *db.value();
        CaseQuery::Filter everyone;
        everyone.status.clear();
        Result<int> existing = CaseQuery(database).count(everyone);
        if (!existing)
            return existing;
        const bool demo = database.setting(QStringLiteral("demo")) == QLatin1String("1");
        if (existing.value() >= wanted || (existing.value() > 0 && !demo))
            return 0;
        if (!database.station()) {
            Result<StationInfo> station = StationSetup::initialize(
                database, QStringLiteral("county"), benchmarkCounty(), tr("Benchmark demo station"));
            if (!station)
                return Result<int>::failure(station.error());
        }
        if (Status s = database.setSetting(QStringLiteral("demo"), QStringLiteral("1")); !s)
            return Result<int>::failure(s.error());
        DemoGenerator::Options options;
        options.children = wanted - existing.value();
        options.seed = quint32(existing.value() + 1);
        int lastShown = -1;
        return DemoGenerator::generate(database, options, [&](int done, int total) {
            const int percent = total > 0 ? done * 100 / total : 100;
            if (!ctx.json() && percent != lastShown) {
                lastShown = percent;
                ctx.err() << '\r' << tr("Creating demo children: %1 of %2").arg(done).arg(total)
                          << (done >= total ? "\n" : "") << Qt::flush;
            }
            return true;
        });
    }

    // A large rural county of the official list (宁都县, Jiangxi), or else the first county that has
    // villages.
    static QString benchmarkCounty()
    {
        const AreaCatalog& areas = AreaCatalog::instance();
        if (areas.contains(QStringLiteral("360730")))
            return QStringLiteral("360730");
        for (const QString& province : areas.children({})) {
            for (const QString& city : areas.children(province)) {
                for (const QString& county : areas.children(city)) {
                    if (!areas.villagesUnder(county).isEmpty())
                        return county;
                }
            }
        }
        return {};
    }

    // In the new process: open, first page, searches, peak memory; prints one JSON object.
    static int measure(CliContext& ctx)
    {
        constexpr int kPage = 100;
        QElapsedTimer timer;
        // An encrypted database: the key derivation from the passphrase (SHOUHU_PASSPHRASE, Argon2id) is
        // timed on its own (unlockMs): the GUI runs it once, when the passphrase is typed, before it opens
        // anything.
        double unlockMs = 0;
        if (DatabaseEncryption::needsPassphrase(ctx.databasePath())) {
            Result<QString> pass = CliPassphrase::read(ctx);
            if (!pass)
                return ctx.refuse(pass.error());
            timer.start();
            if (Status s = DatabaseEncryption::unlock(ctx.databasePath(), pass.value()); !s)
                return ctx.refuse(s.error());
            unlockMs = msSince(timer);
        }
        timer.start();
        auto db = ctx.openDatabase(false);
        if (!db)
            return ctx.refuse(db.error());
        CaseQuery query(*db.value());
        const CaseQuery::Filter list; // the case list as it opens: active children, by name
        Result<int> count = query.count(list);
        Result<QList<CaseQuery::Row>> first = query.page(list, 0, kPage);
        const double openMs = msSince(timer);
        if (!count || !first)
            return ctx.refuse(count ? first.error() : count.error());

        // Queries taken from the data: two-character names, single given-name characters, ID fragments.
        QStringList queries;
        const auto addQuery = [&queries](const QString& q) {
            if (!q.isEmpty() && !queries.contains(q))
                queries << q;
        };
        const int total = count.value();
        for (int k = 0; k < 24 && total > 0; ++k) {
            Result<QList<CaseQuery::Row>> sample = query.page(list, int(qint64(total) * k / 24), 1);
            if (!sample || sample->isEmpty())
                continue;
            const CaseQuery::Row& row = sample->first();
            if (k % 2 == 0)
                addQuery(row.name.left(2));
            else
                addQuery(row.name.right(1));
            if (k % 6 == 0 && row.idNumber.size() == 18)
                addQuery(k % 12 == 0 ? row.idNumber.mid(6, 8) : row.idNumber.right(6));
        }
        QJsonArray searches;
        QList<double> times;
        for (const QString& text : std::as_const(queries)) {
            CaseQuery::Filter filter;
            filter.text = text;
            QElapsedTimer t;
            t.start();
            Result<int> n = query.count(filter);
            Result<QList<CaseQuery::Row>> rows = query.page(filter, 0, kPage);
            const double ms = msSince(t);
            if (!n || !rows)
                return ctx.refuse(n ? rows.error() : n.error());
            times << ms;
            searches.append(QJsonObject{{QStringLiteral("text"), text},
                                        {QStringLiteral("matches"), n.value()},
                                        {QStringLiteral("ms"), ms}});
        }
        std::sort(times.begin(), times.end());
        const double median = times.isEmpty() ? 0
                              : times.size() % 2
                                  ? times.at(times.size() / 2)
                                  : (times.at(times.size() / 2 - 1) + times.at(times.size() / 2)) / 2;
        ctx.printJson(QJsonObject{{QStringLiteral("children"), total},
                                  {QStringLiteral("pageRows"), int(first->size())},
                                  {QStringLiteral("openFirstPageMs"), openMs},
                                  {QStringLiteral("encrypted"), db.value()->key().has_value()},
                                  {QStringLiteral("unlockMs"), unlockMs},
                                  {QStringLiteral("searchMedianMs"), median},
                                  {QStringLiteral("searchMaxMs"), times.isEmpty() ? 0 : times.last()},
                                  {QStringLiteral("searches"), searches},
                                  {QStringLiteral("peakMemoryMb"), peakMemoryMb()}});
        return 0;
    }
};

const CliRegistration<BenchOpenSearchCommand> registerBenchOpenSearch;

} // namespace
