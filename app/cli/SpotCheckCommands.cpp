// Daily spot checks (抽查): spot-check draw, spot-check list, spot-check mark, spot-check summary.
#include "CliCommand.h"
#include "CliContext.h"

#include "domain/AreaCatalog.h"
#include "domain/CaseReference.h"
#include "domain/Vocabulary.h"
#include "storage/CaseDatabase.h"
#include "storage/SpotCheckRepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
// The translation context of this file's texts.
class SpotCheckCommands
{
    Q_DECLARE_TR_FUNCTIONS(SpotCheckCommands)
};

QList<CliOption> spanOptions()
{
    return {{QStringLiteral("week"),
             {},
             SpotCheckCommands::tr("The records updated in the ISO week of the day, not on the day.")},
            {QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
             SpotCheckCommands::tr("The day (default: today).")},
            {QStringLiteral("area"), QStringLiteral("CODE"),
             SpotCheckCommands::tr("Only this area (default: the station's).")}};
}

// The span's options, or a usage error (the exit code in `code`).
bool readSpan(CliContext& ctx, SpotCheckRepository::Period& period, QDate& day, int& code)
{
    CaseDatabase* db = ctx.database();
    if (!db) {
        code = CliContext::Refused;
        return false;
    }
    Result<QDate> d = ctx.dateOption(QStringLiteral("date"), db->clock().today());
    if (!d) {
        code = ctx.usageError(d.error());
        return false;
    }
    day = d.value();
    period = ctx.has(QStringLiteral("week")) ? SpotCheckRepository::Period::Week
                                             : SpotCheckRepository::Period::Day;
    return true;
}

QJsonObject toJson(const SpotCheck& c)
{
    return {
        {QStringLiteral("id"), c.id},
        {QStringLiteral("child"), c.childId},
        {QStringLiteral("name"), c.childName},
        {QStringLiteral("village"), c.areaCode},
        {QStringLiteral("sampleDate"), c.sampleDate.toString(Qt::ISODate)},
        {QStringLiteral("period"), c.period},
        {QStringLiteral("result"), c.result},
        {QStringLiteral("checkedOn"), c.checkedOn.isValid() ? c.checkedOn.toString(Qt::ISODate) : QString()},
        {QStringLiteral("checker"), c.checker},
        {QStringLiteral("note"), c.note}};
}

int printChecks(CliContext& ctx, const QList<SpotCheck>& checks)
{
    if (ctx.json()) {
        QJsonArray a;
        for (const SpotCheck& c : checks)
            a.append(toJson(c));
        ctx.printJson(a);
        return 0;
    }
    QList<QStringList> rows{{SpotCheckCommands::tr("Village"), SpotCheckCommands::tr("Child"),
                             SpotCheckCommands::tr("Reference"), SpotCheckCommands::tr("Result"),
                             SpotCheckCommands::tr("Note"), SpotCheckCommands::tr("Id")}};
    for (const SpotCheck& c : checks)
        rows.append({AreaCatalog::instance().name(c.areaCode), c.childName, CaseReference::of(c.childId),
                     Vocabulary::label(Vocabulary::SpotCheckResult, c.result), c.note, c.id});
    ctx.printTable(rows);
    ctx.out() << QCoreApplication::translate("SpotCheckCommands", "%n record(s) to check.", nullptr,
                                             int(checks.size()))
              << Qt::endl;
    return 0;
}

class SpotCheckDrawCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("spot-check draw"); }
    QString summary() const override
    {
        return SpotCheckCommands::tr(
            "Draw a random sample of the children whose records were updated on a day "
            "(or in its week) for a spot check.");
    }
    QList<CliOption> options() const override
    {
        return spanOptions() +
               QList<CliOption>{
                   {QStringLiteral("size"), QStringLiteral("N"),
                    SpotCheckCommands::tr("How many (default: the setting, 10 unless changed).")},
                   {QStringLiteral("remember"),
                    {},
                    SpotCheckCommands::tr("Keep --size as the station's sample size.")},
                   {QStringLiteral("seed"), QStringLiteral("N"),
                    SpotCheckCommands::tr("A fixed random seed (the same sample again, for tests).")}};
    }
    int run(CliContext& ctx) const override
    {
        SpotCheckRepository::Period period;
        QDate day;
        int code = 0;
        if (!readSpan(ctx, period, day, code))
            return code;
        Result<int> size = ctx.intOption(QStringLiteral("size"), 0, 1, SpotCheckRepository::MaxSampleSize);
        Result<int> seed = ctx.intOption(QStringLiteral("seed"), 0, 1, 2147483647);
        if (!size || !seed)
            return ctx.usageError(size ? seed.error() : size.error());
        SpotCheckRepository repo(*ctx.database());
        if (ctx.has(QStringLiteral("remember"))) {
            if (!ctx.has(QStringLiteral("size")))
                return ctx.usageError(SpotCheckCommands::tr("--remember needs --size N."));
            if (Status s = repo.setSampleSize(size.value()); !s)
                return ctx.refuse(s.error());
        }
        Result<QList<SpotCheck>> drawn =
            repo.draw(period, day, size.value(), ctx.value(QStringLiteral("area")), quint32(seed.value()));
        if (!drawn)
            return ctx.refuse(drawn.error());
        return printChecks(ctx, drawn.value());
    }
};

class SpotCheckListCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("spot-check list"); }
    QString summary() const override
    {
        return SpotCheckCommands::tr(
            "The spot checks drawn for a day (or a week), by village, with their results.");
    }
    QList<CliOption> options() const override
    {
        return spanOptions() +
               QList<CliOption>{
                   {QStringLiteral("pending"), {}, SpotCheckCommands::tr("Only those not checked yet.")}};
    }
    int run(CliContext& ctx) const override
    {
        SpotCheckRepository::Period period;
        QDate day;
        int code = 0;
        if (!readSpan(ctx, period, day, code))
            return code;
        Result<QList<SpotCheck>> checks =
            SpotCheckRepository(*ctx.database()).list(period, day, ctx.value(QStringLiteral("area")));
        if (!checks)
            return ctx.refuse(checks.error());
        QList<SpotCheck> shown;
        for (const SpotCheck& c : checks.value()) {
            if (!ctx.has(QStringLiteral("pending")) || c.result == QLatin1String("pending"))
                shown << c;
        }
        return printChecks(ctx, shown);
    }
};

class SpotCheckMarkCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("spot-check mark"); }
    QString arguments() const override { return QStringLiteral("UUID"); }
    QString summary() const override
    {
        return SpotCheckCommands::tr("Mark a spot check verified, or a problem with a note for the village.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("verified"), {}, SpotCheckCommands::tr("The record is right.")},
                {QStringLiteral("problem"), QStringLiteral("NOTE"),
                 SpotCheckCommands::tr("What is wrong (goes back to the village).")},
                {QStringLiteral("by"), QStringLiteral("NAME"),
                 SpotCheckCommands::tr("Who checked (default: the station's operator).")}};
    }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    int run(CliContext& ctx) const override
    {
        const bool verified = ctx.has(QStringLiteral("verified"));
        const bool problem = ctx.has(QStringLiteral("problem"));
        if (verified == problem)
            return ctx.usageError(SpotCheckCommands::tr("Say --verified or --problem NOTE."));
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        SpotCheckRepository repo(*db);
        if (Status s =
                repo.mark(ctx.argument(0), verified ? QStringLiteral("verified") : QStringLiteral("problem"),
                          ctx.value(QStringLiteral("problem")), ctx.value(QStringLiteral("by")));
            !s)
            return ctx.refuse(s.error());
        Result<SpotCheck> c = repo.load(ctx.argument(0));
        if (!c)
            return ctx.refuse(c.error());
        return ctx.print(toJson(c.value()),
                         SpotCheckCommands::tr("%1: %2.").arg(
                             c->childName, Vocabulary::label(Vocabulary::SpotCheckResult, c->result)));
    }
};

class SpotCheckSummaryCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("spot-check summary"); }
    QString summary() const override
    {
        return SpotCheckCommands::tr("The results of a day's (or a week's) spot checks per village.");
    }
    QList<CliOption> options() const override { return spanOptions(); }
    int run(CliContext& ctx) const override
    {
        SpotCheckRepository::Period period;
        QDate day;
        int code = 0;
        if (!readSpan(ctx, period, day, code))
            return code;
        Result<QList<SpotCheckTally>> tally =
            SpotCheckRepository(*ctx.database()).tally(period, day, ctx.value(QStringLiteral("area")));
        if (!tally)
            return ctx.refuse(tally.error());
        if (ctx.json()) {
            QJsonArray villages;
            QJsonObject total;
            for (qsizetype i = 0; i < tally->size(); ++i) {
                const SpotCheckTally& t = tally->at(i);
                const QJsonObject o{{QStringLiteral("area"), t.areaCode},
                                    {QStringLiteral("name"), AreaCatalog::instance().name(t.areaCode)},
                                    {QStringLiteral("drawn"), t.drawn},
                                    {QStringLiteral("verified"), t.verified},
                                    {QStringLiteral("problems"), t.problems},
                                    {QStringLiteral("pending"), t.pending()}};
                if (i + 1 == tally->size())
                    total = o;
                else
                    villages.append(o);
            }
            ctx.printJson(
                QJsonObject{{QStringLiteral("villages"), villages}, {QStringLiteral("total"), total}});
            return 0;
        }
        QList<QStringList> rows{{SpotCheckCommands::tr("Village"), SpotCheckCommands::tr("Drawn"),
                                 SpotCheckCommands::tr("Verified"), SpotCheckCommands::tr("Problems"),
                                 SpotCheckCommands::tr("Not checked yet")}};
        for (qsizetype i = 0; i < tally->size(); ++i) {
            const SpotCheckTally& t = tally->at(i);
            rows.append({i + 1 == tally->size() ? SpotCheckCommands::tr("Total")
                                                : AreaCatalog::instance().name(t.areaCode),
                         QString::number(t.drawn), QString::number(t.verified), QString::number(t.problems),
                         QString::number(t.pending())});
        }
        ctx.printTable(rows);
        return 0;
    }
};

const CliRegistration<SpotCheckDrawCommand> registerSpotCheckDraw;
const CliRegistration<SpotCheckListCommand> registerSpotCheckList;
const CliRegistration<SpotCheckMarkCommand> registerSpotCheckMark;
const CliRegistration<SpotCheckSummaryCommand> registerSpotCheckSummary;
} // namespace
