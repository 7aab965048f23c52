// Benchmark: bench sync (the budgets of the sync issues: docs/cli.md, "bench sync").
#include "BenchStations.h"
#include "CliCommand.h"
#include "CliContext.h"

#include "demo/DemoGenerator.h"
#include "storage/CaseDatabase.h"
#include "storage/DatabaseEncryption.h"
#include "storage/StationSetup.h"
#include "sync/PackageReader.h"
#include "sync/PackageWriter.h"
#include "sync/StationIdentity.h"
#include "sync/TrustStore.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sys/resource.h>

#include <zlib.h>

namespace {

class BenchSyncCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchSyncCommand)

    using Station = BenchStations::Station;

    static qint64 gzipSize(const QString& path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        z_stream z{};
        deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY); // gzip framing
        QByteArray out(256 * 1024, Qt::Uninitialized);
        qint64 total = 0;
        for (bool last = false; !last;) {
            QByteArray in = f.read(1024 * 1024);
            last = in.isEmpty();
            z.next_in = reinterpret_cast<Bytef*>(in.data());
            z.avail_in = uInt(in.size());
            do {
                z.next_out = reinterpret_cast<Bytef*>(out.data());
                z.avail_out = uInt(out.size());
                deflate(&z, last ? Z_FINISH : Z_NO_FLUSH);
                total += out.size() - qint64(z.avail_out);
            } while (z.avail_out == 0);
        }
        deflateEnd(&z);
        return total;
    }

public:
    QString name() const override { return QStringLiteral("bench sync"); }
    QString summary() const override
    {
        return tr("Measure export and import of sync packages against the budgets (a scratch folder; the "
                  "database of --db is not touched).");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("children"), QStringLiteral("N"),
                 tr("Children in the township (default 60000).")},
                {QStringLiteral("encrypted"),
                 {},
                 tr("Encrypt the three stations' databases (SQLCipher) before anything is measured.")}};
    }

    int run(CliContext& ctx) const override
    {
        Result<int> n = ctx.intOption(QStringLiteral("children"), 60000, 10, 100000);
        if (!n)
            return ctx.refuse(n.error());
        QTemporaryDir dir;
        const auto path = [&](const char* name) { return dir.filePath(QLatin1String(name)); };
        const QString township = QStringLiteral("441523101000");
        const QString village = QStringLiteral("441523101201");
        Result<Station> source = BenchStations::make(path("township.db"), QStringLiteral("township"),
                                                     township, QStringLiteral("T"));
        Result<Station> city = BenchStations::make(path("city.db"), QStringLiteral("city"),
                                                   QStringLiteral("4415"), QStringLiteral("C"));
        Result<Station> villageStation =
            BenchStations::make(path("village.db"), QStringLiteral("village"), village, QStringLiteral("V"));
        for (const auto* r : {&source, &city, &villageStation}) {
            if (!*r)
                return ctx.refuse(r->error());
        }
        Station& t = source.value();
        Station& c = city.value();
        Station& v = villageStation.value();
        if (Status s = BenchStations::enrolBoth(t, c); !s)
            return ctx.refuse(s.error());
        if (Status s = BenchStations::enrolBoth(t, v); !s)
            return ctx.refuse(s.error());
        ctx.err() << tr("Creating %1 demo children…").arg(n.value()) << Qt::endl;
        DemoGenerator::Options demo;
        demo.children = n.value();
        if (Result<int> made = DemoGenerator::generate(*t.db, demo); !made)
            return ctx.refuse(made.error());
        demo.children = 150;
        demo.seed = 7;
        if (Result<int> made = DemoGenerator::generate(*v.db, demo); !made)
            return ctx.refuse(made.error());
        QSqlQuery(t.db->sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));

        QElapsedTimer timer;
        // The reference: the sqlite3 shell loading a .dump of the source database.
        timer.start();
        QProcess dump;
        dump.setStandardOutputFile(path("source.sql"));
        dump.start(QStringLiteral("sqlite3"), {t.db->path(), QStringLiteral(".dump")});
        if (!dump.waitForFinished(-1) || dump.exitCode() != 0)
            return ctx.refuse(tr("The sqlite3 shell is needed for this benchmark (Debian package sqlite3)."));
        timer.restart();
        QProcess load;
        load.setStandardInputFile(path("source.sql"));
        load.start(QStringLiteral("sqlite3"), {path("loaded.db")});
        load.waitForFinished(-1);
        const qint64 loadMs = timer.elapsed();
        const qint64 dumpGzip = gzipSize(path("source.sql"));
        // With --encrypted, the stations' databases as a station with a passphrase has them (the reference
        // above was loaded from the plain one).
        const bool encrypted = ctx.has(QStringLiteral("encrypted"));
        // Closed and opened again in both modes, so that both start with the same cold cache.
        for (Station* s : {&t, &c, &v}) {
            const QString file = s->db->path();
            s->db.reset();
            if (encrypted) {
                if (Status e = DatabaseEncryption::encrypt(file, BenchStations::passphrase()); !e)
                    return ctx.refuse(e.error());
            }
            Result<std::unique_ptr<CaseDatabase>> reopened = CaseDatabase::open(file);
            if (!reopened)
                return ctx.refuse(reopened.error());
            s->db = std::move(reopened.value());
        }

        const auto exportTo = [&](Station& from, Station& to, const QString& file, bool full,
                                  bool echo = false) {
            PackageWriter::Options o;
            o.recipient = to.db->station()->id;
            o.path = file;
            o.full = full;
            o.echo = echo;
            return PackageWriter::write(*from.db, *from.keys, o);
        };
        timer.restart();
        Result<PackageHeader> full = exportTo(t, c, path("full.shpkg"), true);
        const qint64 exportMs = timer.elapsed();
        if (!full)
            return ctx.refuse(full.error());
        timer.restart();
        Result<ImportReport> first = PackageReader::import(*c.db, *c.keys, path("full.shpkg"));
        const qint64 importMs = timer.elapsed();
        if (!first)
            return ctx.refuse(first.error());
        timer.restart();
        Result<ImportReport> again = PackageReader::import(*c.db, *c.keys, path("full.shpkg"));
        const qint64 againMs = timer.elapsed();
        // The same contents in a new package: every record is merged and found unchanged.
        Result<PackageHeader> second = exportTo(t, c, path("full2.shpkg"), true);
        timer.restart();
        Result<ImportReport> remerge = PackageReader::import(*c.db, *c.keys, path("full2.shpkg"));
        const qint64 remergeMs = timer.elapsed();
        if (!again || !second || !remerge)
            return ctx.refuse(!again ? again.error() : !second ? second.error() : remerge.error());
        // The village first receives what the township holds of its area (so that what the township sends
        // back after the village's package below can only be echo).
        Result<PackageHeader> down = exportTo(t, v, path("down.shpkg"), false);
        if (!down)
            return ctx.refuse(down.error());
        if (Result<ImportReport> r = PackageReader::import(*v.db, *v.keys, path("down.shpkg")); !r)
            return ctx.refuse(r.error());
        // One village's month of work into the township that holds all of it.
        Result<PackageHeader> monthly = exportTo(v, t, path("village.shpkg"), false);
        // For profiling that one import alone: SHOUHU_BENCH_KEEP=DIR keeps a copy of the township's database
        // as it is now and the village's package there (`shouhu-cli import` can then be run under a
        // profiler).
        if (const QString keep = qEnvironmentVariable("SHOUHU_BENCH_KEEP"); !keep.isEmpty() && monthly) {
            QDir().mkpath(keep);
            QSqlQuery(t.db->sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            QFile::copy(t.db->path(), keep + QStringLiteral("/township.db"));
            QFile::copy(path("village.shpkg"), keep + QStringLiteral("/village.shpkg"));
        }
        timer.restart();
        Result<ImportReport> villageImport = PackageReader::import(*t.db, *t.keys, path("village.shpkg"));
        const qint64 villageMs = timer.elapsed();
        if (!monthly || !villageImport)
            return ctx.refuse(!monthly ? monthly.error() : villageImport.error());

        // No echo: right after the village's package, the township's next package to the village holds
        // none of the rows it just received (measured against the same package with them: echo).
        Result<PackageHeader> back = exportTo(t, v, path("back.shpkg"), false);
        Result<PackageHeader> backEcho = exportTo(t, v, path("back-echo.shpkg"), false, true);
        if (!back || !backEcho)
            return ctx.refuse(!back ? back.error() : backEcho.error());
        const qint64 backRecords = back->counts.value(QStringLiteral("records"));
        const qint64 backBytes = QFileInfo(path("back.shpkg")).size();
        const qint64 echoRecords = backEcho->counts.value(QStringLiteral("records"));
        const qint64 echoBytes = QFileInfo(path("back-echo.shpkg")).size();

        struct rusage usage
        {};
        getrusage(RUSAGE_SELF, &usage);
        const qint64 peakMb = qint64(usage.ru_maxrss) / 1024;
        const qint64 packageBytes = QFileInfo(path("full.shpkg")).size();
        const QJsonObject result{
            {QStringLiteral("children"), n.value()},
            {QStringLiteral("encrypted"), encrypted},
            {QStringLiteral("records"), first->total.added},
            {QStringLiteral("sqliteLoadDumpMs"), loadMs},
            {QStringLiteral("exportFullMs"), exportMs},
            {QStringLiteral("importFullMs"), importMs},
            {QStringLiteral("importAgainMs"), againMs},
            {QStringLiteral("remergeSameContentMs"), remergeMs},
            {QStringLiteral("villagePackageRecords"),
             villageImport->total.added + villageImport->total.updated},
            {QStringLiteral("villageImportMs"), villageMs},
            {QStringLiteral("backToVillageRecords"), backRecords},
            {QStringLiteral("backToVillageBytes"), backBytes},
            {QStringLiteral("backWithEchoRecords"), echoRecords},
            {QStringLiteral("backWithEchoBytes"), echoBytes},
            {QStringLiteral("noEchoSavedBytes"), echoBytes - backBytes},
            {QStringLiteral("packageBytes"), packageBytes},
            {QStringLiteral("dumpGzipBytes"), dumpGzip},
            {QStringLiteral("peakMemoryMb"), peakMb},
            {QStringLiteral("budgets"),
             QJsonObject{{QStringLiteral("export<3xLoad"), exportMs < 3 * loadMs},
                         {QStringLiteral("import<=1.5xLoad"), importMs * 2 <= 3 * loadMs},
                         {QStringLiteral("remerge<=0.2xImport"), remergeMs * 5 <= importMs},
                         {QStringLiteral("again<30%"), againMs * 10 < importMs * 3},
                         {QStringLiteral("village<0.3s"), villageMs < 300},
                         {QStringLiteral("noEcho"), backRecords == 0},
                         {QStringLiteral("memory<300MB"), peakMb < 300},
                         {QStringLiteral("package<=gzip(dump)"), packageBytes <= dumpGzip}}}};
        return BenchStations::print(ctx, result);
    }
};

const CliRegistration<BenchSyncCommand> registerBenchSync;

} // namespace
