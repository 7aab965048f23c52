#include "BenchCity.h"

#include "CliContext.h"

#include "demo/DemoGenerator.h"
#include "domain/AreaCatalog.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseQuery.h"
#include "storage/StationSetup.h"

#include <algorithm>

Result<int> BenchCity::prepare(CliContext& ctx, CaseDatabase& db, int wanted)
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
        // 赣州市, Jiangxi: a large rural city of 18 counties; or 汕尾市.
        const QString city = AreaCatalog::instance().contains(QStringLiteral("3607"))
                                 ? QStringLiteral("3607")
                                 : QStringLiteral("4415");
        Result<StationInfo> station =
            StationSetup::initialize(db, QStringLiteral("city"), city, tr("Benchmark demo station"));
        if (!station)
            return Result<int>::failure(station.error());
    }
    if (Status s = db.setSetting(QStringLiteral("demo"), QStringLiteral("1")); !s)
        return Result<int>::failure(s.error());
    DemoGenerator::Options options;
    options.children = wanted - existing.value();
    options.seed = quint32(existing.value() + 1);
    int lastShown = -1;
    return DemoGenerator::generate(db, options, [&](int done, int total) {
        const int percent = total > 0 ? done * 100 / total : 100;
        if (!ctx.json() && percent != lastShown) {
            lastShown = percent;
            ctx.err() << '\r' << tr("Creating demo children: %1 of %2").arg(done).arg(total)
                      << (done >= total ? "\n" : "") << Qt::flush;
        }
        return true;
    });
}

double BenchCity::median(QList<double> times)
{
    if (times.isEmpty())
        return 0;
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}
