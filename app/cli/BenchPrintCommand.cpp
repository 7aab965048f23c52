// Benchmark: bench print.
#include "CliCommand.h"
#include "CliContext.h"

#include "demo/DemoGenerator.h"
#include "documents/DocumentRenderer.h"
#include "documents/DocumentService.h"
#include "storage/AgreementRepository.h"
#include "storage/CaseDatabase.h"
#include "storage/StationSetup.h"

#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>

namespace {

constexpr double kBatchBudgetMs = 10000;
constexpr double kPreviewBudgetMs = 300;
// 广东省 汕尾市 陆河县 水唇镇 南跃村民委员会: the demo village of the benchmark.
const char* const kVillage = "441523101201";

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

class BenchPrintCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchPrintCommand)

public:
    QString name() const override { return QStringLiteral("bench print"); }
    QString summary() const override
    {
        return tr(
            "Measure printing: a village's batch of agreements to one PDF, and one agreement's preview.");
    }
    QString details() const override
    {
        return tr("Runs on a new demo database in a temporary folder (--db is not used). Budgets: a batch of "
                  "300 "
                  "agreements < %1 s, one agreement's preview < %2 ms.")
            .arg(kBatchBudgetMs / 1000)
            .arg(kPreviewBudgetMs);
    }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("agreements"), QStringLiteral("N"), tr("Agreements in the batch (default 300).")},
            {QStringLiteral("keep"), QStringLiteral("FILE.pdf"), tr("Keep the batch PDF in this file.")}};
    }

    int run(CliContext& ctx) const override
    {
        Result<int> wanted = ctx.intOption(QStringLiteral("agreements"), 300, 1, 5000);
        if (!wanted)
            return ctx.refuse(wanted.error());
        QTemporaryDir dir;
        auto opened = CaseDatabase::open(dir.filePath(QStringLiteral("bench.sqlite")));
        if (!opened)
            return ctx.refuse(opened.error());
        CaseDatabase& db = *opened.value();
        if (Result<StationInfo> s =
                StationSetup::initialize(db, QStringLiteral("village"), QLatin1String(kVillage),
                                         QStringLiteral("bench"), QStringLiteral("bench"));
            !s)
            return ctx.refuse(s.error());
        QElapsedTimer timer;
        timer.start();
        if (Result<int> made = DemoGenerator::generate(db, {wanted.value() * 2, 5}); !made)
            return ctx.refuse(made.error());
        Result<int> agreements = makeAgreements(db, wanted.value());
        if (!agreements)
            return ctx.refuse(agreements.error());
        const double prepareMs = msSince(timer);

        // The batch: fill every agreement, lay it out and write one PDF.
        const QString pdf = ctx.value(QStringLiteral("keep"), dir.filePath(QStringLiteral("batch.pdf")));
        timer.restart();
        Result<DocumentService::Batch> batch =
            DocumentService(db).unsignedAgreements(QLatin1String(kVillage));
        if (!batch)
            return ctx.refuse(batch.error());
        Result<int> pages = DocumentRenderer::writePdf(batch->documents, pdf);
        if (!pages)
            return ctx.refuse(pages.error());
        const double batchMs = msSince(timer);

        // One agreement's preview: load, fill, lay out and draw the page at screen resolution; the first
        // (cold) and the slowest of ten.
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT child_id FROM agreement LIMIT 10"));
        QList<double> previews;
        while (q.next()) {
            timer.restart();
            Result<DocumentService::Batch> one = DocumentService(db).agreement(q.value(0).toString());
            if (!one)
                return ctx.refuse(one.error());
            const QImage page = DocumentRenderer::renderPage(one->documents.first(), 0, 96);
            if (page.isNull())
                return ctx.refuse(tr("The preview could not be drawn."));
            previews << msSince(timer);
        }
        const double previewMax = *std::max_element(previews.cbegin(), previews.cend());
        const bool pass = batchMs < kBatchBudgetMs * pages.value() / 300.0 && previewMax < kPreviewBudgetMs;
        const QJsonObject r{{QStringLiteral("agreements"), agreements.value()},
                            {QStringLiteral("pages"), pages.value()},
                            {QStringLiteral("prepareMs"), prepareMs},
                            {QStringLiteral("batchMs"), batchMs},
                            {QStringLiteral("pdfBytes"), QFileInfo(pdf).size()},
                            {QStringLiteral("previewFirstMs"), previews.first()},
                            {QStringLiteral("previewMaxMs"), previewMax},
                            {QStringLiteral("pass"), pass}};
        if (ctx.json()) {
            ctx.printJson(r);
            return 0;
        }
        const auto number = [](double v) { return QString::number(v, 'f', 1); };
        const auto verdict = [](bool ok) { return ok ? QStringLiteral("PASS") : QStringLiteral("FAIL"); };
        ctx.printTable(
            {{tr("Measure"), tr("Result"), tr("Budget"), QString()},
             {tr("Batch PDF of %1 agreements (%2 KB)").arg(pages.value()).arg(QFileInfo(pdf).size() / 1024),
              number(batchMs) + QStringLiteral(" ms"),
              QStringLiteral("< %1 ms").arg(kBatchBudgetMs * pages.value() / 300.0),
              verdict(batchMs < kBatchBudgetMs * pages.value() / 300.0)},
             {tr("One agreement's preview, first"), number(previews.first()) + QStringLiteral(" ms"),
              QString(), QString()},
             {tr("One agreement's preview, slowest of %1").arg(previews.size()),
              number(previewMax) + QStringLiteral(" ms"), QStringLiteral("< %1 ms").arg(kPreviewBudgetMs),
              verdict(previewMax < kPreviewBudgetMs)}});
        return 0;
    }

private:
    // An agreement for each child, every caregiver passing the check (a stand-in caregiver where the file
    // names none).
    static Result<int> makeAgreements(CaseDatabase& db, int wanted)
    {
        QSqlQuery q(db.sql());
        // Children without one (the demo data already has agreements in every state for some).
        q.exec(QStringLiteral("SELECT id FROM child c WHERE NOT EXISTS"
                              " (SELECT 1 FROM agreement a WHERE a.child_id = c.id) ORDER BY id"));
        QStringList children;
        while (q.next() && children.size() < wanted)
            children << q.value(0).toString();
        AgreementRepository repo(db);
        const QDate today = db.clock().today();
        if (Status s = db.begin(); !s)
            return Result<int>::failure(s.error());
        for (const QString& child : children) {
            Result<CareAgreement> a = repo.propose(child, today, today.addYears(1).addDays(-1));
            if (!a) {
                db.rollback();
                return Result<int>::failure(a.error());
            }
            QVariantMap& f = a->fields;
            if (f.value(QStringLiteral("caregiver_name")).toString().isEmpty() ||
                f.value(QStringLiteral("caregiver_id_number")).toString().isEmpty()) {
                f.insert(QStringLiteral("caregiver_name"), QString::fromUtf8("王桂芳"));
                f.insert(QStringLiteral("caregiver_id_number"), QStringLiteral("11010519491231002X"));
                f.insert(QStringLiteral("caregiver_relation"), QString::fromUtf8("祖母"));
            }
            for (const char* answer :
                 {"caregiver_abuse", "caregiver_habits", "caregiver_neglect", "caregiver_infringement",
                  "caregiver_abandonment", "caregiver_unsuitable"})
                f.insert(QLatin1String(answer), 0);
            f.insert(QStringLiteral("caregiver_capable"), 1);
            if (Result<QString> id = repo.create(a.value()); !id) {
                db.rollback();
                return Result<int>::failure(id.error());
            }
        }
        if (Status s = db.commit(); !s)
            return Result<int>::failure(s.error());
        return int(children.size());
    }
};

const CliRegistration<BenchPrintCommand> registerBenchPrint;

} // namespace
