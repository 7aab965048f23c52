// Benchmark: bench roster (issue 12's budget: importing a 10,000-row roster < 5 s).
#include "BenchStations.h"
#include "CliCommand.h"
#include "CliContext.h"

#include "domain/IdNumber.h"
#include "reports/TableExport.h"
#include "roster/RosterImport.h"
#include "roster/RosterMapping.h"
#include "roster/RosterReader.h"
#include "storage/CaseDatabase.h"
#include "storage/StationSetup.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

constexpr double kImportBudgetMs = 5000;
// 广东省 汕尾市 陆河县 水唇镇 南跃村民委员会: a real village of the 2023 list.
const QString kVillage = QStringLiteral("441523101201");

double msSince(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e6;
}

class BenchRosterCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchRosterCommand)

public:
    QString name() const override { return QStringLiteral("bench roster"); }
    QString summary() const override
    {
        return tr("Measure importing a roster of new children into a new village database (a scratch folder; "
                  "the database of --db is not touched).");
    }
    QString details() const override
    {
        return tr("A roster of N children (valid ID numbers, guardian and school) is written as CSV and as "
                  "XLSX; both are read, the CSV one is planned (every row checked) and imported in one "
                  "transaction. Budget: reading, planning and importing < %1 ms.")
            .arg(kImportBudgetMs);
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("rows"), QStringLiteral("N"), tr("Rows of the roster (default 10000).")}};
    }

    int run(CliContext& ctx) const override
    {
        Result<int> rows = ctx.intOption(QStringLiteral("rows"), 10000, 1, RosterReader::MaxRows - 1);
        if (!rows)
            return ctx.refuse(rows.error());
        QTemporaryDir dir;
        auto opened = CaseDatabase::open(dir.filePath(QStringLiteral("village.db")));
        if (!opened)
            return ctx.refuse(opened.error());
        CaseDatabase& db = *opened.value();
        if (Result<StationInfo> s =
                StationSetup::initialize(db, QStringLiteral("village"), kVillage, tr("Benchmark station"));
            !s)
            return ctx.refuse(s.error());

        const TableExport::Table roster = makeRoster(rows.value(), db.clock().today());
        const QString csv = dir.filePath(QStringLiteral("roster.csv"));
        const QString xlsx = dir.filePath(QStringLiteral("roster.xlsx"));
        if (Status s = TableExport::writeCsv(roster, csv); !s)
            return ctx.refuse(s.error());
        if (Status s = TableExport::writeXlsx(roster, xlsx); !s)
            return ctx.refuse(s.error());

        QElapsedTimer timer;
        timer.start();
        Result<RosterTable> fromXlsx = RosterReader::read(xlsx);
        if (!fromXlsx)
            return ctx.refuse(fromXlsx.error());
        const double readXlsxMs = msSince(timer);

        timer.restart();
        Result<RosterTable> table = RosterReader::read(csv);
        if (!table)
            return ctx.refuse(table.error());
        const double readCsvMs = msSince(timer);
        timer.restart();
        RosterImport import(db);
        Result<RosterImport::Plan> plan = import.plan(table.value(), RosterMapping::guess(table->headers));
        if (!plan)
            return ctx.refuse(plan.error());
        const double planMs = msSince(timer);
        if (plan->count(RosterImport::Action::New) != rows.value())
            return ctx.refuse(tr("The benchmark's roster has rows that are not new children: %1 of %2.")
                                  .arg(plan->count(RosterImport::Action::New))
                                  .arg(rows.value()));
        timer.restart();
        Result<RosterImport::Outcome> done = import.apply(plan.value(), false);
        if (!done)
            return ctx.refuse(done.error());
        const double applyMs = msSince(timer);
        const double totalMs = readCsvMs + planMs + applyMs;
        return BenchStations::print(
            ctx, QJsonObject{{QStringLiteral("rows"), rows.value()},
                             {QStringLiteral("readCsvMs"), qRound(readCsvMs)},
                             {QStringLiteral("readXlsxMs"), qRound(readXlsxMs)},
                             {QStringLiteral("planMs"), qRound(planMs)},
                             {QStringLiteral("importMs"), qRound(applyMs)},
                             {QStringLiteral("totalMs"), qRound(totalMs)},
                             {QStringLiteral("budgets"),
                              QJsonObject{{QStringLiteral("import < 5000 ms"), totalMs < kImportBudgetMs}}}});
    }

private:
    // N children born over ten years, each with a unique valid ID number of the village's county.
    static TableExport::Table makeRoster(int rows, QDate today)
    {
        static const QStringList surnames{QStringLiteral("王"), QStringLiteral("李"), QStringLiteral("张"),
                                          QStringLiteral("刘"), QStringLiteral("陈"), QStringLiteral("杨")};
        static const QStringList given{QStringLiteral("小明"), QStringLiteral("佳怡"), QStringLiteral("子涵"),
                                       QStringLiteral("浩然"), QStringLiteral("雨桐"), QStringLiteral("梓萱"),
                                       QStringLiteral("俊杰")};
        TableExport::Table t;
        t.title = QStringLiteral("南跃村农村留守儿童花名册");
        t.headers = {QStringLiteral("姓名"),       QStringLiteral("身份证号"),  QStringLiteral("性别"),
                     QStringLiteral("出生日期"),   QStringLiteral("民族"),      QStringLiteral("就读学校"),
                     QStringLiteral("监护人姓名"), QStringLiteral("监护人电话")};
        const QDate first = today.addYears(-15);
        for (int i = 0; i < rows; ++i) {
            const QDate birth = first.addDays(i % 5000);
            const int sequence = 1 + i / 5000 * 2 + (i % 2);
            const QString first17 = kVillage.left(6) + birth.toString(QStringLiteral("yyyyMMdd")) +
                                    QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
            const QString surname = surnames.at(i % surnames.size());
            t.rows << QVariantList{QString(surname + given.at(i % given.size())),
                                   QString(first17 + IdNumber::checkCharacter(first17)),
                                   sequence % 2 == 1 ? QStringLiteral("男") : QStringLiteral("女"),
                                   birth.toString(Qt::ISODate),
                                   QStringLiteral("汉族"),
                                   QStringLiteral("南跃小学"),
                                   QString(surname + QStringLiteral("大山")),
                                   QStringLiteral("138%1").arg(i, 8, 10, QLatin1Char('0'))};
        }
        return t;
    }
};

const CliRegistration<BenchRosterCommand> registerBenchRoster;

} // namespace
