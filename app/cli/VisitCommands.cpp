// Visits, the schedule, referrals and risk: visit add, visit list, visit correct, schedule, referrals,
// referral show, referral update, referral close, risk.
#include "CliCommand.h"
#include "CliContext.h"
#include "CliFormat.h"

#include "domain/AreaCatalog.h"
#include "domain/Vocabulary.h"
#include "reports/RiskQuery.h"
#include "reports/ScheduleQuery.h"
#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"
#include "storage/ReferralRepository.h"
#include "storage/VisitRepository.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace {
// The translation context of this file's texts.
class VisitCommands
{
    Q_DECLARE_TR_FUNCTIONS(VisitCommands)
};

QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

// One JSON object from a file, or ("-") from stdin.
QJsonArray outcomesJson(const QList<ReferralOutcome>& outcomes)
{
    QJsonArray a;
    for (const ReferralOutcome& o : outcomes)
        a.append(QJsonObject{{QStringLiteral("id"), o.referralId},
                             {QStringLiteral("kind"), o.kind},
                             {QStringLiteral("opened"), o.opened},
                             {QStringLiteral("dueDate"), iso(o.dueDate)},
                             {QStringLiteral("triggers"), QJsonArray::fromStringList(o.triggers)},
                             {QStringLiteral("reasons"), QJsonArray::fromStringList(o.reasons)}});
    return a;
}

int printSaved(CliContext& ctx, const VisitSaved& saved)
{
    if (ctx.json()) {
        ctx.printJson(QJsonObject{{QStringLiteral("id"), saved.visitId},
                                  {QStringLiteral("referrals"), outcomesJson(saved.referrals)},
                                  {QStringLiteral("fileFieldsChanged"), saved.fileFieldsChanged}});
        return 0;
    }
    ctx.out() << VisitCommands::tr("The visit was saved with the id %1.").arg(saved.visitId) << '\n';
    if (saved.fileFieldsChanged > 0)
        ctx.out() << QCoreApplication::translate(
                         "VisitCommands", "%n field(s) of the child's file were updated from the visit.",
                         nullptr, saved.fileFieldsChanged)
                  << '\n';
    for (const ReferralOutcome& o : saved.referrals) {
        const QString kind = Vocabulary::label(Vocabulary::ReferralKind, o.kind);
        ctx.out()
            << (o.opened ? VisitCommands::tr("Opened: %1 %2, due %3.").arg(kind, o.referralId, iso(o.dueDate))
                         : VisitCommands::tr("%1 %2 is already open: a step was added to it.")
                               .arg(kind, o.referralId))
            << '\n';
        for (const QString& r : o.reasons)
            ctx.out() << "  - " << r << '\n';
    }
    ctx.out().flush();
    return 0;
}

class VisitAddCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(VisitAddCommand)
public:
    QString name() const override { return QStringLiteral("visit add"); }
    QString arguments() const override { return QStringLiteral("FILE.json|-"); }
    QString summary() const override
    {
        return VisitCommands::tr(
            "Record a visit to a child (docs/visit-json.md); prints its id and the referrals it opened.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("child"), QStringLiteral("UUID"), VisitCommands::tr("The child visited.")}};
    }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    int run(CliContext& ctx) const override
    {
        Result<QJsonObject> json = CliContext::readJsonObject(ctx.argument(0));
        if (!json)
            return ctx.refuse(json.error());
        Result<Visit> visit = Visit::fromJson(json.value());
        if (!visit)
            return ctx.refuse(visit.error());
        if (ctx.has(QStringLiteral("child")))
            visit->childId = ctx.value(QStringLiteral("child"));
        if (visit->childId.isEmpty())
            return ctx.usageError(VisitCommands::tr("Say which child was visited with --child UUID."));
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<VisitSaved> saved = VisitRepository(*db).save(visit.value());
        if (!saved)
            return ctx.refuse(saved.error());
        return printSaved(ctx, saved.value());
    }
};

class VisitCorrectCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(VisitCorrectCommand)
public:
    QString name() const override { return QStringLiteral("visit correct"); }
    QString arguments() const override { return QStringLiteral("VISIT_ID FILE.json|-"); }
    QString summary() const override
    {
        return VisitCommands::tr(
            "Correct a saved visit: the file is saved as a new visit that supersedes it; both stay in the "
            "history.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("reason"), QStringLiteral("TEXT"),
                 VisitCommands::tr("Why the visit is corrected.")}};
    }
    int minArguments() const override { return 2; }
    int maxArguments() const override { return 2; }
    int run(CliContext& ctx) const override
    {
        Result<QJsonObject> json = CliContext::readJsonObject(ctx.argument(1));
        if (!json)
            return ctx.refuse(json.error());
        Result<Visit> visit = Visit::fromJson(json.value());
        if (!visit)
            return ctx.refuse(visit.error());
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<VisitSaved> saved =
            VisitRepository(*db).correct(ctx.argument(0), visit.value(), ctx.value(QStringLiteral("reason")));
        if (!saved)
            return ctx.refuse(saved.error());
        return printSaved(ctx, saved.value());
    }
};

class VisitListCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(VisitListCommand)
public:
    QString name() const override { return QStringLiteral("visit list"); }
    QString summary() const override
    {
        return VisitCommands::tr(
            "A child's visits, newest first, corrected ones included, and the survey status.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("child"), QStringLiteral("UUID"), VisitCommands::tr("The child.")}};
    }
    int run(CliContext& ctx) const override
    {
        if (!ctx.has(QStringLiteral("child")))
            return ctx.usageError(VisitCommands::tr("Say whose visits to list with --child UUID."));
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        VisitRepository repo(*db);
        const QString child = ctx.value(QStringLiteral("child"));
        Result<QList<Visit>> visits = repo.forChild(child);
        Result<SurveyStatus> survey = repo.surveyStatus(child);
        if (!visits || !survey)
            return ctx.refuse(visits ? survey.error() : visits.error());
        if (ctx.json()) {
            QJsonArray a;
            for (const Visit& v : visits.value())
                a.append(v.toJson());
            ctx.printJson(QJsonObject{
                {QStringLiteral("visits"), a},
                {QStringLiteral("survey"),
                 QJsonObject{{QStringLiteral("surveyed"), survey->surveyed},
                             {QStringLiteral("complete"), survey->complete},
                             {QStringLiteral("clear"), QJsonArray::fromStringList(survey->clear)},
                             {QStringLiteral("missing"), QJsonArray::fromStringList(survey->missing)}}}});
            return 0;
        }
        QList<QStringList> rows{{VisitCommands::tr("Date"), VisitCommands::tr("Kind"),
                                 VisitCommands::tr("Visitor"), VisitCommands::tr("Id"), QString()}};
        for (const Visit& v : visits.value())
            rows.append({v.text(QStringLiteral("visit_date")),
                         Vocabulary::label(Vocabulary::VisitKind, v.kind()),
                         v.text(QStringLiteral("visitor")), v.id,
                         v.isSuperseded() ? VisitCommands::tr("corrected by %1").arg(v.supersededBy)
                         : v.text(QStringLiteral("supersedes")).isEmpty()
                             ? QString()
                             : VisitCommands::tr("corrects %1").arg(v.text(QStringLiteral("supersedes")))});
        ctx.printTable(rows);
        ctx.out() << (survey->complete ? VisitCommands::tr("Survey: complete (all six items clear).")
                      : survey->surveyed
                          ? VisitCommands::tr("Survey: not complete; not yet clear: %1.")
                                .arg(Vocabulary::labels(Vocabulary::SurveyItem,
                                                        survey->missing.join(QLatin1Char(','))))
                          : VisitCommands::tr("Survey: not surveyed yet."))
                  << Qt::endl;
        return 0;
    }
};

class ScheduleCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ScheduleCommand)
public:
    QString name() const override { return QStringLiteral("schedule"); }
    QString summary() const override
    {
        return VisitCommands::tr(
            "The month's visits: due, overdue and visited children (left-behind category).");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("month"), QStringLiteral("YYYY-MM"),
                 VisitCommands::tr("The month (default this month).")},
                {QStringLiteral("village"), QStringLiteral("CODE"),
                 VisitCommands::tr("Only this village (or township, ...).")},
                {QStringLiteral("visitor"), QStringLiteral("NAME"),
                 VisitCommands::tr("Only the children of this visitor.")},
                {QStringLiteral("worklist"),
                 {},
                 VisitCommands::tr("The due and overdue children of --village with addresses "
                                   "and contacts, by name.")}};
    }
    int run(CliContext& ctx) const override
    {
        ScheduleQuery::Filter filter;
        if (ctx.has(QStringLiteral("month"))) {
            filter.month =
                QDate::fromString(ctx.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
            if (!filter.month.isValid())
                return ctx.refuse(VisitCommands::tr("--month: \"%1\" is not a month (write it as 2024-05).")
                                      .arg(ctx.value(QStringLiteral("month"))));
        }
        filter.area = ctx.value(QStringLiteral("village"));
        filter.visitor = ctx.value(QStringLiteral("visitor"));
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        if (ctx.has(QStringLiteral("worklist"))) {
            if (filter.area.isEmpty())
                return ctx.usageError(
                    VisitCommands::tr("A worklist is for one village: give --village CODE."));
            Result<QList<ScheduleEntry>> work = ScheduleQuery(*db).worklist(filter.area, filter.month);
            if (!work)
                return ctx.refuse(work.error());
            if (ctx.json()) {
                QJsonArray a;
                for (const ScheduleEntry& e : work.value())
                    a.append(e.toJson());
                ctx.printJson(a);
                return 0;
            }
            QList<QStringList> rows{{VisitCommands::tr("Name"), VisitCommands::tr("Due"),
                                     VisitCommands::tr("Last visit"), VisitCommands::tr("Address"),
                                     VisitCommands::tr("Contact"), VisitCommands::tr("Phone")}};
            for (const ScheduleEntry& e : work.value())
                rows.append(
                    {e.name, iso(e.dueDate), iso(e.lastVisit), e.address, e.contactName, e.contactPhone});
            ctx.printTable(rows);
            return 0;
        }
        Result<Schedule> s = ScheduleQuery(*db).month(filter);
        if (!s)
            return ctx.refuse(s.error());
        if (ctx.json()) {
            ctx.printJson(s->toJson());
            return 0;
        }
        ctx.out() << VisitCommands::tr("Schedule for %1: %2 due, %3 overdue, %4 visited.")
                         .arg(s->month.toString(QStringLiteral("yyyy-MM")))
                         .arg(s->due.size())
                         .arg(s->overdue.size())
                         .arg(s->visited.size())
                  << "\n\n";
        QList<QStringList> villages{{VisitCommands::tr("Village"), VisitCommands::tr("Due"),
                                     VisitCommands::tr("Overdue"), VisitCommands::tr("Visited")}};
        const auto counts = s->byVillage();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            villages.append({CliFormat::area(it.key()), QString::number(it.value().due),
                             QString::number(it.value().overdue), QString::number(it.value().visited)});
        ctx.printTable(villages);
        const auto list = [&](const QString& title, const QList<ScheduleEntry>& entries) {
            if (entries.isEmpty())
                return;
            ctx.out() << '\n' << title << '\n';
            QList<QStringList> rows{{VisitCommands::tr("Name"), VisitCommands::tr("What"),
                                     VisitCommands::tr("Due"), VisitCommands::tr("Last visit"),
                                     VisitCommands::tr("Visitor"), VisitCommands::tr("Id")}};
            for (const ScheduleEntry& e : entries)
                rows.append({e.name,
                             e.kind == ScheduleItem::Kind::FirstVisit     ? VisitCommands::tr("first visit")
                             : e.kind == ScheduleItem::Kind::HolidayCheck ? VisitCommands::tr("holiday check")
                             : e.kind == ScheduleItem::Kind::Survey
                                 ? VisitCommands::tr("survey visit (suspected)")
                                 : VisitCommands::tr("monthly visit"),
                             iso(e.dueDate), iso(e.lastVisit), e.visitor, e.childId});
            ctx.printTable(rows);
        };
        if (!filter.area.isEmpty() || s->due.size() + s->overdue.size() <= 200) {
            list(VisitCommands::tr("Overdue"), s->overdue);
            list(VisitCommands::tr("Due"), s->due);
        } else {
            ctx.out() << '\n'
                      << VisitCommands::tr("Give --village CODE to list the children, or use --json.")
                      << '\n';
        }
        ctx.out().flush();
        return 0;
    }
};

void printReferrals(CliContext& ctx, const QList<Referral>& list, QDate today)
{
    QList<QStringList> rows{{VisitCommands::tr("Child"), VisitCommands::tr("Kind"),
                             VisitCommands::tr("Status"), VisitCommands::tr("Due"), QString(),
                             VisitCommands::tr("Id")}};
    for (const Referral& r : list)
        rows.append({r.childName, Vocabulary::label(Vocabulary::ReferralKind, r.kind()),
                     Vocabulary::label(Vocabulary::ReferralStatus, r.status()), iso(r.dueDate()),
                     r.isOverdue(today) ? VisitCommands::tr("OVERDUE") : QString(), r.id});
    ctx.printTable(rows);
}

class ReferralsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReferralsCommand)
public:
    QString name() const override { return QStringLiteral("referrals"); }
    QString summary() const override
    {
        return VisitCommands::tr("List referrals: open ones by due date first.");
    }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("open"), {}, VisitCommands::tr("Only open and in-progress referrals.")},
            {QStringLiteral("overdue"), {}, VisitCommands::tr("Only referrals past their due date.")},
            {QStringLiteral("child"), QStringLiteral("UUID"),
             VisitCommands::tr("Only this child's referrals.")},
            {QStringLiteral("village"), QStringLiteral("CODE"), VisitCommands::tr("Only inside this area.")},
            {QStringLiteral("kind"), QStringLiteral("KIND"),
             VisitCommands::tr("police_report, safety_net or dropout.")}};
    }
    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        ReferralRepository::Filter f;
        f.openOnly = ctx.has(QStringLiteral("open"));
        f.overdueOnly = ctx.has(QStringLiteral("overdue"));
        f.childId = ctx.value(QStringLiteral("child"));
        f.area = ctx.value(QStringLiteral("village"));
        f.kind = ctx.value(QStringLiteral("kind"));
        Result<QList<Referral>> list = ReferralRepository(*db).list(f);
        if (!list)
            return ctx.refuse(list.error());
        const QDate today = db->clock().today();
        if (ctx.json()) {
            QJsonArray a;
            for (const Referral& r : list.value())
                a.append(r.toJson(today));
            ctx.printJson(a);
        } else {
            printReferrals(ctx, list.value(), today);
        }
        return 0;
    }
};

class ReferralShowCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReferralShowCommand)
public:
    QString name() const override { return QStringLiteral("referral show"); }
    QString arguments() const override { return QStringLiteral("ID"); }
    QString summary() const override
    {
        return VisitCommands::tr("A referral with every step of its history.");
    }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<Referral> r = ReferralRepository(*db).load(ctx.argument(0));
        if (!r)
            return ctx.refuse(r.error());
        const QDate today = db->clock().today();
        if (ctx.json()) {
            ctx.printJson(r->toJson(today));
            return 0;
        }
        printReferrals(ctx, {r.value()}, today);
        QList<QStringList> rows;
        for (const FieldSpec& f : EntitySchema::referral().fields) {
            const QVariant v = r->values.value(f.name);
            if (!v.isNull() && !v.toString().isEmpty() && f.type != FieldSpec::Type::Reference)
                rows.append({QStringLiteral("  ") + QCoreApplication::translate("Field", f.label),
                             CliFormat::fieldValue(f, v)});
        }
        ctx.out() << '\n';
        ctx.printTable(rows);
        ctx.out() << '\n';
        QList<QStringList> steps{{VisitCommands::tr("Date"), VisitCommands::tr("Step"),
                                  VisitCommands::tr("Status"), VisitCommands::tr("By"),
                                  VisitCommands::tr("Note")}};
        for (const ReferralStep& s : r->steps)
            steps.append({iso(s.date), Vocabulary::label(Vocabulary::ReferralAction, s.action),
                          Vocabulary::label(Vocabulary::ReferralStatus, s.status), s.doneBy, s.note});
        ctx.printTable(steps);
        return 0;
    }
};

class ReferralUpdateCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReferralUpdateCommand)
public:
    QString name() const override { return QStringLiteral("referral update"); }
    QString arguments() const override { return QStringLiteral("ID FILE.json|-"); }
    QString summary() const override
    {
        return VisitCommands::tr("Add a step to a referral and set what it records (docs/visit-json.md).");
    }
    int minArguments() const override { return 2; }
    int maxArguments() const override { return 2; }
    int run(CliContext& ctx) const override
    {
        Result<QJsonObject> json = CliContext::readJsonObject(ctx.argument(1));
        if (!json)
            return ctx.refuse(json.error());
        Result<ReferralUpdate> update = ReferralUpdate::fromJson(json.value());
        if (!update)
            return ctx.refuse(update.error());
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<ReferralStep> step = ReferralRepository(*db).update(ctx.argument(0), update.value());
        if (!step)
            return ctx.refuse(step.error());
        if (ctx.json())
            ctx.printJson(step->toJson());
        else
            ctx.out() << VisitCommands::tr("Step recorded: %1; the referral is now %2.")
                             .arg(Vocabulary::label(Vocabulary::ReferralAction, step->action),
                                  Vocabulary::label(Vocabulary::ReferralStatus, step->status))
                      << Qt::endl;
        return 0;
    }
};

class ReferralCloseCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReferralCloseCommand)
public:
    QString name() const override { return QStringLiteral("referral close"); }
    QString arguments() const override { return QStringLiteral("ID"); }
    QString summary() const override
    {
        return VisitCommands::tr(
            "Close a referral with its outcome (a police report needs when, to whom and by whom).");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("outcome"), QStringLiteral("TEXT"), VisitCommands::tr("What happened.")},
                {QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"),
                 VisitCommands::tr("Closed on (default today).")},
                {QStringLiteral("by"), QStringLiteral("NAME"),
                 VisitCommands::tr("Closed by (default the operator).")}};
    }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    int run(CliContext& ctx) const override
    {
        if (!ctx.has(QStringLiteral("outcome")))
            return ctx.usageError(VisitCommands::tr("Give the outcome with --outcome TEXT."));
        Result<QDate> date = ctx.dateOption(QStringLiteral("date"), QDate());
        if (!date)
            return ctx.refuse(date.error());
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Status s = ReferralRepository(*db).close(ctx.argument(0), ctx.value(QStringLiteral("outcome")),
                                                 date.value(), ctx.value(QStringLiteral("by")));
        if (!s)
            return ctx.refuse(s.error());
        return ctx.print(QJsonObject{{QStringLiteral("id"), ctx.argument(0)},
                                     {QStringLiteral("status"), QStringLiteral("closed")}},
                         VisitCommands::tr("The referral %1 is closed.").arg(ctx.argument(0)));
    }
};

class RiskCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RiskCommand)
public:
    QString name() const override { return QStringLiteral("risk"); }
    QString summary() const override
    {
        return VisitCommands::tr("Risk levels with their reasons: one child, or all at or above a level.");
    }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("child"), QStringLiteral("UUID"), VisitCommands::tr("Only this child.")},
            {QStringLiteral("village"), QStringLiteral("CODE"), VisitCommands::tr("Only inside this area.")},
            {QStringLiteral("level"), QStringLiteral("LEVEL"),
             VisitCommands::tr("The lowest level listed: low, medium (default) or high.")}};
    }
    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        RiskQuery query(*db);
        const auto toJson = [](const QString& id, const QString& name, const RiskLevel& r) {
            return QJsonObject{{QStringLiteral("id"), id},
                               {QStringLiteral("name"), name},
                               {QStringLiteral("level"), r.code()},
                               {QStringLiteral("reasons"), QJsonArray::fromStringList(r.reasons)}};
        };
        if (ctx.has(QStringLiteral("child"))) {
            Result<RiskLevel> r = query.forChild(ctx.value(QStringLiteral("child")));
            if (!r)
                return ctx.refuse(r.error());
            if (ctx.json()) {
                ctx.printJson(toJson(ctx.value(QStringLiteral("child")), {}, r.value()));
                return 0;
            }
            ctx.out() << VisitCommands::tr("Risk: %1").arg(RiskLevel::label(r->level)) << '\n';
            for (const QString& reason : r->reasons)
                ctx.out() << "  - " << reason << '\n';
            ctx.out().flush();
            return 0;
        }
        const QString level = ctx.value(QStringLiteral("level"), QStringLiteral("medium"));
        RiskLevel::Level minimum = RiskLevel::Level::Medium;
        if (level == QLatin1String("low"))
            minimum = RiskLevel::Level::Low;
        else if (level == QLatin1String("high"))
            minimum = RiskLevel::Level::High;
        else if (level != QLatin1String("medium"))
            return ctx.refuse(VisitCommands::tr("--level takes low, medium or high."));
        Result<QList<RiskQuery::Row>> rows = query.list(minimum, ctx.value(QStringLiteral("village")));
        if (!rows)
            return ctx.refuse(rows.error());
        if (ctx.json()) {
            QJsonArray a;
            for (const RiskQuery::Row& r : rows.value())
                a.append(toJson(r.childId, r.name, r.risk));
            ctx.printJson(a);
            return 0;
        }
        QList<QStringList> table{{VisitCommands::tr("Child"), VisitCommands::tr("Risk"),
                                  VisitCommands::tr("Why"), VisitCommands::tr("Id")}};
        for (const RiskQuery::Row& r : rows.value())
            table.append(
                {r.name, RiskLevel::label(r.risk.level), r.risk.reasons.join(QLatin1Char(' ')), r.childId});
        ctx.printTable(table);
        return 0;
    }
};

const CliRegistration<VisitAddCommand> registerVisitAdd;
const CliRegistration<VisitCorrectCommand> registerVisitCorrect;
const CliRegistration<VisitListCommand> registerVisitList;
const CliRegistration<ScheduleCommand> registerSchedule;
const CliRegistration<ReferralsCommand> registerReferrals;
const CliRegistration<ReferralShowCommand> registerReferralShow;
const CliRegistration<ReferralUpdateCommand> registerReferralUpdate;
const CliRegistration<ReferralCloseCommand> registerReferralClose;
const CliRegistration<RiskCommand> registerRisk;

} // namespace
