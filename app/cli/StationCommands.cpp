// The station: init, demo, settings.
#include "CliCommand.h"
#include "CliContext.h"
#include "CliFormat.h"

#include "demo/DemoGenerator.h"
#include "domain/AreaCatalog.h"
#include "domain/Vocabulary.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseQuery.h"
#include "storage/LockPolicy.h"
#include "storage/StationSettings.h"
#include "storage/StationSetup.h"

#include <QDir>
#include <QJsonObject>

#include <limits>

namespace {

class InitCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(InitCommand)

public:
    QString name() const override { return QStringLiteral("init"); }
    QString summary() const override { return tr("Set up this station (a new database)."); }
    QString details() const override
    {
        return tr("The area code must be in the official list at the level of the role: a 12-digit village "
                  "code for a village, 9 digits for a township, 6 for a county, 4 for a city.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("role"), QStringLiteral("ROLE"), tr("village, township, county or city.")},
                {QStringLiteral("area"), QStringLiteral("CODE"), tr("The area code of the station.")},
                {QStringLiteral("name"), QStringLiteral("NAME"), tr("The station's name.")},
                {QStringLiteral("operator"), QStringLiteral("NAME"), tr("Who works at this station.")}};
    }

    int run(CliContext& ctx) const override
    {
        for (const char* required : {"role", "area", "name"}) {
            if (!ctx.has(QLatin1String(required)))
                return ctx.usageError(tr("The option --%1 is required.").arg(QLatin1String(required)));
        }
        auto db = ctx.openDatabase(false);
        if (!db)
            return ctx.refuse(db.error());
        Result<StationInfo> info = StationSetup::initialize(
            *db.value(), ctx.value(QStringLiteral("role")), ctx.value(QStringLiteral("area")),
            ctx.value(QStringLiteral("name")), ctx.value(QStringLiteral("operator")));
        if (!info)
            return ctx.refuse(info.error());
        const QString areaName = AreaCatalog::instance().fullName(info->areaCode);
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("id"), info->id},
                                      {QStringLiteral("role"), info->role},
                                      {QStringLiteral("area"), info->areaCode},
                                      {QStringLiteral("areaName"), areaName},
                                      {QStringLiteral("name"), info->name},
                                      {QStringLiteral("operator"), info->operatorName},
                                      {QStringLiteral("db"), db.value()->path()}});
        } else {
            ctx.out() << tr("The station \"%1\" (%2, %3) is set up in %4; its id is %5.")
                             .arg(info->name, Vocabulary::label(Vocabulary::Role, info->role), areaName,
                                  QDir::toNativeSeparators(db.value()->path()), info->id)
                      << Qt::endl;
        }
        return 0;
    }
};

class DemoCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override { return tr("Fill the station's area with fictitious demo children."); }
    QString details() const override
    {
        return tr("Only for a new database or one that already holds demo data; the station is marked as "
                  "demo data.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("children"), QStringLiteral("N"), tr("How many children (1 to 100000).")},
                {QStringLiteral("seed"), QStringLiteral("S"),
                 tr("The seed: the same seed gives the same data.")}};
    }

    int run(CliContext& ctx) const override
    {
        if (!ctx.has(QStringLiteral("children")))
            return ctx.usageError(tr("The option --children is required."));
        Result<int> n = ctx.intOption(QStringLiteral("children"), 0, 1, 100000);
        if (!n)
            return ctx.refuse(n.error());
        Result<int> seed = ctx.intOption(QStringLiteral("seed"), 1, 0, std::numeric_limits<int>::max());
        if (!seed)
            return ctx.refuse(seed.error());
        auto db = ctx.openDatabase();
        if (!db)
            return ctx.refuse(db.error());
        CaseDatabase& database = *db.value();
        CaseQuery::Filter everyone;
        everyone.status.clear();
        Result<int> existing = CaseQuery(database).count(everyone);
        if (!existing)
            return ctx.refuse(existing.error());
        if (existing.value() > 0 && database.setting(QStringLiteral("demo")) != QLatin1String("1"))
            return ctx.refuse(tr("This database holds real children's files; demo data goes only into a new "
                                 "database or one that already holds demo data."));
        if (Status s = database.setSetting(QStringLiteral("demo"), QStringLiteral("1")); !s)
            return ctx.refuse(s.error());
        const bool showProgress = !ctx.json();
        int lastShown = -1;
        const auto progress = [&](int done, int total) {
            const int percent = total > 0 ? done * 100 / total : 100;
            if (showProgress && percent != lastShown) {
                lastShown = percent;
                ctx.err() << '\r' << tr("Creating demo children: %1 of %2").arg(done).arg(total) << Qt::flush;
            }
            return true;
        };
        DemoGenerator::Options options;
        options.children = n.value();
        options.seed = quint32(seed.value());
        Result<int> made = DemoGenerator::generate(database, options, progress);
        if (showProgress && lastShown >= 0)
            ctx.err() << Qt::endl;
        if (!made)
            return ctx.refuse(made.error());
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("children"), made.value()},
                                      {QStringLiteral("seed"), seed.value()},
                                      {QStringLiteral("db"), database.path()}});
        } else {
            ctx.out() << tr("%1 demo children were created in %2.")
                             .arg(made.value())
                             .arg(QDir::toNativeSeparators(database.path()))
                      << Qt::endl;
        }
        return 0;
    }
};

class SettingsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SettingsCommand)

public:
    QString name() const override { return QStringLiteral("settings"); }
    QString summary() const override
    {
        return tr("Show or change the station's settings: the rules of the classifier and the lock.");
    }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("months-away"), QStringLiteral("N"),
             tr("A parent counts as away after N months (1 to 24; the notice says 3).")},
            {QStringLiteral("cross-county"), QStringLiteral("yes|no"),
             tr("Whether the work place must lie outside the child's county.")},
            {QStringLiteral("unsupported-months"), QStringLiteral("N"),
             tr("Lost contact, prison and detention count for 62号 after N months (0 to 60; 62号 says 6).")},
            {QStringLiteral("ill-child-difficulty"), QStringLiteral("yes|no"),
             tr("Whether a seriously ill child counts as a child in difficulty (local rules; default no).")},
            {QStringLiteral("lock-minutes"), QStringLiteral("N"),
             tr("The program locks after N minutes without use and asks for the passphrase (0 = never; "
                "default 10).")},
            {QStringLiteral("survey-deadline"), QStringLiteral("YYYY-MM-DD|none"),
             tr("The survey's deadline: the dashboard counts the days left to it.")},
            {QStringLiteral("spot-check-size"), QStringLiteral("N"),
             tr("How many records a spot check draws (1 to 500; default 10).")}};
    }

    int run(CliContext& ctx) const override
    {
        const QString cross = ctx.value(QStringLiteral("cross-county"));
        if (ctx.has(QStringLiteral("cross-county")) && cross != QLatin1String("yes") &&
            cross != QLatin1String("no"))
            return ctx.usageError(tr("--cross-county takes yes or no."));
        Result<int> months = ctx.intOption(QStringLiteral("months-away"), 0, 1, 24);
        if (!months)
            return ctx.refuse(months.error());
        Result<int> unsupported = ctx.intOption(QStringLiteral("unsupported-months"), 6, 0, 60);
        if (!unsupported)
            return ctx.refuse(unsupported.error());
        const QString ill = ctx.value(QStringLiteral("ill-child-difficulty"));
        if (ctx.has(QStringLiteral("ill-child-difficulty")) && ill != QLatin1String("yes") &&
            ill != QLatin1String("no"))
            return ctx.usageError(tr("--ill-child-difficulty takes yes or no."));
        Result<int> lockMinutes =
            ctx.intOption(QStringLiteral("lock-minutes"), 0, 0, LockPolicy::MaxIdleMinutes);
        if (!lockMinutes)
            return ctx.refuse(lockMinutes.error());
        const bool clearDeadline = ctx.value(QStringLiteral("survey-deadline")) == QLatin1String("none");
        Result<QDate> deadline = clearDeadline ? Result<QDate>(QDate())
                                               : ctx.dateOption(QStringLiteral("survey-deadline"), QDate());
        if (!deadline)
            return ctx.refuse(deadline.error());
        if (Status s = StationSettings::checkSurveyDeadline(deadline.value()); !s)
            return ctx.refuse(s.error());
        Result<int> spotCheckSize =
            ctx.intOption(QStringLiteral("spot-check-size"), 0, StationSettings::MinSpotCheckSize,
                          StationSettings::MaxSpotCheckSize);
        if (!spotCheckSize)
            return ctx.refuse(spotCheckSize.error());
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        CaseDatabase& database = *db;
        if (ctx.has(QStringLiteral("lock-minutes"))) {
            if (Status s = LockPolicy::setIdleMinutes(database, lockMinutes.value()); !s)
                return ctx.refuse(s.error());
        }
        if (ctx.has(QStringLiteral("survey-deadline"))) {
            if (Status s = StationSettings::setSurveyDeadline(database, deadline.value()); !s)
                return ctx.refuse(s.error());
        }
        if (ctx.has(QStringLiteral("spot-check-size"))) {
            StationSettings::Values values = StationSettings::load(database);
            values.spotCheckSize = spotCheckSize.value();
            if (Status s = StationSettings::save(database, values); !s)
                return ctx.refuse(s.error());
        }
        const ClassifierSettings before = database.classifierSettings();
        if (ctx.has(QStringLiteral("months-away"))) {
            if (Status s = database.setSetting(QStringLiteral("months_away_threshold"),
                                               QString::number(months.value()));
                !s)
                return ctx.refuse(s.error());
        }
        if (ctx.has(QStringLiteral("cross-county"))) {
            if (Status s = database.setSetting(QStringLiteral("require_cross_county"),
                                               cross == QLatin1String("yes") ? QStringLiteral("1")
                                                                             : QStringLiteral("0"));
                !s)
                return ctx.refuse(s.error());
        }
        if (ctx.has(QStringLiteral("unsupported-months"))) {
            if (Status s = database.setSetting(QStringLiteral("unsupported_min_months"),
                                               QString::number(unsupported.value()));
                !s)
                return ctx.refuse(s.error());
        }
        if (ctx.has(QStringLiteral("ill-child-difficulty"))) {
            if (Status s = database.setSetting(QStringLiteral("ill_child_in_difficulty"),
                                               ill == QLatin1String("yes") ? QStringLiteral("1")
                                                                           : QStringLiteral("0"));
                !s)
                return ctx.refuse(s.error());
        }
        const ClassifierSettings now = database.classifierSettings();
        const QDate surveyDeadline = StationSettings::surveyDeadline(database);
        if (ctx.json()) {
            ctx.printJson(QJsonObject{
                {QStringLiteral("monthsAwayThreshold"), now.monthsAwayThreshold},
                {QStringLiteral("requireCrossCounty"), now.requireCrossCounty},
                {QStringLiteral("overAgeYears"), now.overAgeYears},
                {QStringLiteral("unsupportedMinMonths"), now.unsupportedMinMonths},
                {QStringLiteral("illChildInDifficulty"), now.illChildInDifficulty},
                {QStringLiteral("lockIdleMinutes"), LockPolicy::idleMinutes(database)},
                {QStringLiteral("surveyDeadline"),
                 surveyDeadline.isValid() ? QJsonValue(surveyDeadline.toString(Qt::ISODate)) : QJsonValue()},
                {QStringLiteral("spotCheckSize"), StationSettings::load(database).spotCheckSize}});
            return 0;
        }
        ctx.printTable(
            {{tr("A parent counts as away after (months)"), QString::number(now.monthsAwayThreshold)},
             {tr("The work place must lie outside the child's county"),
              CliFormat::yesNo(now.requireCrossCounty)},
             {tr("Over-age on the birthday"), QString::number(now.overAgeYears)},
             {tr("62号: lost contact, prison, detention count after (months)"),
              QString::number(now.unsupportedMinMonths)},
             {tr("A seriously ill child counts as in difficulty"),
              CliFormat::yesNo(now.illChildInDifficulty)},
             {tr("Lock after (minutes without use; 0 = never)"),
              QString::number(LockPolicy::idleMinutes(database))},
             {tr("The survey's deadline"),
              surveyDeadline.isValid() ? surveyDeadline.toString(Qt::ISODate) : tr("none")},
             {tr("Records drawn for a spot check"),
              QString::number(StationSettings::load(database).spotCheckSize)}});
        if (before.signature() != now.signature())
            ctx.out()
                << tr("The rules changed: run \"shouhu-cli classify\" to bring the verdicts up to date.")
                << Qt::endl;
        return 0;
    }
};

const CliRegistration<InitCommand> registerInit;
const CliRegistration<DemoCommand> registerDemo;
const CliRegistration<SettingsCommand> registerSettings;

} // namespace
