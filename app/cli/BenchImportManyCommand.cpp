// Benchmark: bench import-many (issue 10's budget: 30 village packages merged in one action within 1.2 times
// the time of importing them one by one; docs/cli.md, "bench import-many").
#include "BenchStations.h"
#include "CliCommand.h"
#include "CliContext.h"

#include "demo/DemoGenerator.h"
#include "domain/AreaCatalog.h"
#include "storage/DatabaseEncryption.h"
#include "sync/PackageWriter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace {

class BenchImportManyCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchImportManyCommand)

public:
    QString name() const override { return QStringLiteral("bench import-many"); }
    QString summary() const override
    {
        return tr("Measure a township importing many village packages in one action against importing them "
                  "one by one (a scratch folder; the database of --db is not touched).");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("packages"), QStringLiteral("N"), tr("Village packages (default 30).")},
                {QStringLiteral("children"), QStringLiteral("N"),
                 tr("Children in each village's package (default 40).")}};
    }

    int run(CliContext& ctx) const override
    {
        Result<int> packages = ctx.intOption(QStringLiteral("packages"), 30, 2, 200);
        if (!packages)
            return ctx.refuse(packages.error());
        Result<int> children = ctx.intOption(QStringLiteral("children"), 40, 1, 5000);
        if (!children)
            return ctx.refuse(children.error());
        const auto [township, villages] = townshipWithVillages(packages.value());
        if (township.isEmpty())
            return ctx.refuse(
                tr("The official list has no township with %n village(s).", nullptr, packages.value()));
        QTemporaryDir dir;
        const auto path = [&dir](const QString& name) { return dir.filePath(name); };
        using Station = BenchStations::Station;
        Result<Station> receiver = BenchStations::make(
            path(QStringLiteral("township.db")), QStringLiteral("township"), township, QStringLiteral("T"));
        if (!receiver)
            return ctx.refuse(receiver.error());
        Station& t = receiver.value();
        ctx.err() << tr("Creating %1 village stations with %2 demo children each…")
                         .arg(packages.value())
                         .arg(children.value())
                  << Qt::endl;
        QStringList files;
        for (int i = 0; i < packages.value(); ++i) {
            Result<Station> village =
                BenchStations::make(path(QStringLiteral("village-%1.db").arg(i)), QStringLiteral("village"),
                                    villages.at(i), QStringLiteral("V%1").arg(i));
            if (!village)
                return ctx.refuse(village.error());
            Station& v = village.value();
            if (Status s = BenchStations::enrolBoth(t, v); !s)
                return ctx.refuse(s.error());
            DemoGenerator::Options demo;
            demo.children = children.value();
            demo.seed = quint32(100 + i);
            if (Result<int> made = DemoGenerator::generate(*v.db, demo); !made)
                return ctx.refuse(made.error());
            PackageWriter::Options o;
            o.recipient = t.db->station()->id;
            o.path = path(QStringLiteral("village-%1.shpkg").arg(i, 3, 10, QLatin1Char('0')));
            if (Result<PackageHeader> h = PackageWriter::write(*v.db, *v.keys, o); !h)
                return ctx.refuse(h.error());
            files << o.path;
        }
        // Two copies of the township that has enrolled every village: one for each way of importing.
        QSqlQuery(t.db->sql()).exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        const QString base = t.db->path();
        t.db.reset();
        const QString oneByOne = path(QStringLiteral("one-by-one.db"));
        const QString together = path(QStringLiteral("together.db"));
        if (!QFile::copy(base, oneByOne) || !QFile::copy(base, together))
            return ctx.refuse(tr("The scratch databases could not be copied."));

        // As the township clerk would: shouhu-cli import, once per package, then once for all of them.
        QElapsedTimer timer;
        timer.start();
        for (const QString& file : files) {
            if (QString why = runImport({file}, oneByOne); !why.isEmpty())
                return ctx.refuse(why);
        }
        const qint64 oneByOneMs = timer.elapsed();
        timer.restart();
        if (QString why = runImport(files, together); !why.isEmpty())
            return ctx.refuse(why);
        const qint64 togetherMs = timer.elapsed();
        const qint64 childrenOneByOne = countChildren(oneByOne);
        const qint64 childrenTogether = countChildren(together);
        const QJsonObject result{
            {QStringLiteral("packages"), packages.value()},
            {QStringLiteral("childrenPerPackage"), children.value()},
            {QStringLiteral("childrenImportedOneByOne"), childrenOneByOne},
            {QStringLiteral("childrenImportedTogether"), childrenTogether},
            {QStringLiteral("oneByOneMs"), oneByOneMs},
            {QStringLiteral("togetherMs"), togetherMs},
            {QStringLiteral("ratio"), oneByOneMs > 0 ? double(togetherMs) / double(oneByOneMs) : 0.0},
            {QStringLiteral("budgets"),
             QJsonObject{{QStringLiteral("together<=1.2xOneByOne"), togetherMs * 5 <= oneByOneMs * 6},
                         {QStringLiteral("sameResult"),
                          childrenOneByOne == childrenTogether && childrenTogether > 0}}}};
        return BenchStations::print(ctx, result);
    }

private:
    // The first township of the official list (in its order) with at least `n` villages, and n of them.
    static std::pair<QString, QStringList> townshipWithVillages(int n)
    {
        const AreaCatalog& areas = AreaCatalog::instance();
        for (const QString& province : areas.children({})) {
            for (const QString& city : areas.children(province)) {
                for (const QString& county : areas.children(city)) {
                    for (const QString& township : areas.children(county)) {
                        const QStringList villages = areas.villagesUnder(township);
                        if (villages.size() >= n)
                            return {township, villages.first(n)};
                    }
                }
            }
        }
        return {};
    }

    // Runs this program's import on the files; an empty string when it succeeded, else why not.
    static QString runImport(const QStringList& files, const QString& db)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SHOUHU_PASSPHRASE"), BenchStations::passphrase());
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(QCoreApplication::applicationFilePath(),
                QStringList{QStringLiteral("import")} + files +
                    QStringList{QStringLiteral("--db"), db, QStringLiteral("--json")});
        if (!p.waitForFinished(-1) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
            return tr("An import failed: %1").arg(QString::fromUtf8(p.readAll()).trimmed());
        return {};
    }

    static qint64 countChildren(const QString& path)
    {
        // The imports encrypted the township's database (its station has a passphrase).
        if (!DatabaseEncryption::unlock(path, BenchStations::passphrase()))
            return -1;
        Result<std::unique_ptr<CaseDatabase>> db = CaseDatabase::open(path);
        if (!db)
            return -1;
        QSqlQuery q(db.value()->sql());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM child")) || !q.next())
            return -1;
        return q.value(0).toLongLong();
    }
};

const CliRegistration<BenchImportManyCommand> registerBenchImportMany;

} // namespace
