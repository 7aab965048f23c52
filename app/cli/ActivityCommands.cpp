// Group activities and talks (notice point 5): activity add, activity update, activity list, activity show.
#include "CliCommand.h"
#include "CliContext.h"

#include "domain/AreaCatalog.h"
#include "domain/Vocabulary.h"
#include "storage/ActivityRepository.h"
#include "storage/CaseDatabase.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace {
// The translation context of this file's texts.
class ActivityCommands
{
    Q_DECLARE_TR_FUNCTIONS(ActivityCommands)
};

int saveFrom(CliContext& ctx, const QString& path, const QString& id)
{
    Result<QJsonObject> json = CliContext::readJsonObject(path);
    if (!json)
        return ctx.refuse(json.error());
    Result<Activity> activity = Activity::fromJson(json.value());
    if (!activity)
        return ctx.refuse(activity.error());
    if (!id.isEmpty())
        activity->id = id;
    CaseDatabase* db = ctx.database();
    if (!db)
        return CliContext::Refused;
    ActivityRepository repo(*db);
    Result<QString> saved = repo.save(activity.value());
    if (!saved)
        return ctx.refuse(saved.error());
    Result<Activity> stored = repo.load(saved.value());
    if (!stored)
        return ctx.refuse(stored.error());
    return ctx.print(QJsonObject{{QStringLiteral("id"), saved.value()},
                                 {QStringLiteral("children"), stored->childCount},
                                 {QStringLiteral("guardians"), stored->guardianCount}},
                     (id.isEmpty()
                          ? ActivityCommands::tr("The activity was saved with the id %1: %2 children "
                                                 "and %3 guardians or caregivers took part.")
                          : ActivityCommands::tr("The activity %1 was changed: %2 children and %3 "
                                                 "guardians or caregivers took part."))
                         .arg(saved.value())
                         .arg(stored->childCount)
                         .arg(stored->guardianCount));
}

class ActivityAddCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("activity add"); }
    QString arguments() const override { return QStringLiteral("FILE.json|-"); }
    QString summary() const override
    {
        return ActivityCommands::tr(
            "Record a group activity or talk and who took part (docs/activity-json.md); prints its id.");
    }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    int run(CliContext& ctx) const override { return saveFrom(ctx, ctx.argument(0), {}); }
};

class ActivityUpdateCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("activity update"); }
    QString arguments() const override { return QStringLiteral("UUID FILE.json|-"); }
    QString summary() const override
    {
        return ActivityCommands::tr("Change an activity: its fields and its list of participants, which "
                                    "replaces the stored one.");
    }
    int minArguments() const override { return 2; }
    int maxArguments() const override { return 2; }
    int run(CliContext& ctx) const override { return saveFrom(ctx, ctx.argument(1), ctx.argument(0)); }
};

class ActivityListCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("activity list"); }
    QString summary() const override
    {
        return ActivityCommands::tr("The activities of an area, newest first, with how many took part.");
    }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("area"), QStringLiteral("CODE"),
             ActivityCommands::tr(
                 "Only this area (a village, a township, …); the station's area by default.")},
            {QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"), ActivityCommands::tr("From this day.")},
            {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"), ActivityCommands::tr("Up to this day.")}};
    }
    int run(CliContext& ctx) const override
    {
        Result<QDate> from = ctx.dateOption(QStringLiteral("from"), {});
        Result<QDate> to = ctx.dateOption(QStringLiteral("to"), {});
        if (!from || !to)
            return ctx.usageError(from ? to.error() : from.error());
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<QList<Activity>> list =
            ActivityRepository(*db).list(ctx.value(QStringLiteral("area")), from.value(), to.value());
        if (!list)
            return ctx.refuse(list.error());
        if (ctx.json()) {
            QJsonArray a;
            for (const Activity& act : list.value()) {
                QJsonObject o = act.toJson();
                o.remove(QStringLiteral("participants"));
                o.insert(QStringLiteral("children"), act.childCount);
                o.insert(QStringLiteral("guardians"), act.guardianCount);
                a.append(o);
            }
            ctx.printJson(a);
            return 0;
        }
        QList<QStringList> rows{{ActivityCommands::tr("Date"), ActivityCommands::tr("Kind"),
                                 ActivityCommands::tr("Topic"), ActivityCommands::tr("Village"),
                                 ActivityCommands::tr("Children"), ActivityCommands::tr("Guardians"),
                                 ActivityCommands::tr("Id")}};
        for (const Activity& act : list.value())
            rows.append({act.date.toString(Qt::ISODate),
                         Vocabulary::label(Vocabulary::ActivityKind, act.kind), act.topic,
                         AreaCatalog::instance().name(act.areaCode), QString::number(act.childCount),
                         QString::number(act.guardianCount), act.id});
        ctx.printTable(rows);
        ctx.out() << QCoreApplication::translate("ActivityCommands", "%n activity(ies).", nullptr,
                                                 int(list->size()))
                  << Qt::endl;
        return 0;
    }
};

class ActivityShowCommand final : public CliCommand
{
public:
    QString name() const override { return QStringLiteral("activity show"); }
    QString arguments() const override { return QStringLiteral("UUID"); }
    QString summary() const override
    {
        return ActivityCommands::tr("An activity with the children and guardians who took part.");
    }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<Activity> a = ActivityRepository(*db).load(ctx.argument(0));
        if (!a)
            return ctx.refuse(a.error());
        if (ctx.json()) {
            ctx.printJson(a->toJson());
            return 0;
        }
        QTextStream& out = ctx.out();
        out << a->date.toString(Qt::ISODate) << "  " << Vocabulary::label(Vocabulary::ActivityKind, a->kind)
            << "  " << a->topic << '\n';
        out << ActivityCommands::tr("Village: %1").arg(AreaCatalog::instance().fullName(a->areaCode)) << '\n';
        if (!a->place.isEmpty())
            out << ActivityCommands::tr("Place: %1").arg(a->place) << '\n';
        if (!a->organiser.isEmpty())
            out << ActivityCommands::tr("Organised by: %1").arg(a->organiser) << '\n';
        if (!a->notes.isEmpty())
            out << ActivityCommands::tr("Notes: %1").arg(a->notes) << '\n';
        QList<QStringList> rows{{ActivityCommands::tr("Child"), ActivityCommands::tr("Child took part"),
                                 ActivityCommands::tr("Guardian or caregiver"), ActivityCommands::tr("Id")}};
        for (const ActivityParticipant& p : a->participants)
            rows.append({p.childName, p.child ? ActivityCommands::tr("yes") : ActivityCommands::tr("no"),
                         p.guardian
                             ? (p.guardianName.isEmpty() ? ActivityCommands::tr("yes") : p.guardianName)
                             : ActivityCommands::tr("no"),
                         p.childId});
        ctx.printTable(rows);
        out << ActivityCommands::tr("%1 children and %2 guardians or caregivers took part.")
                   .arg(a->childCount)
                   .arg(a->guardianCount)
            << Qt::endl;
        return 0;
    }
};

const CliRegistration<ActivityAddCommand> registerActivityAdd;
const CliRegistration<ActivityUpdateCommand> registerActivityUpdate;
const CliRegistration<ActivityListCommand> registerActivityList;
const CliRegistration<ActivityShowCommand> registerActivityShow;
} // namespace
