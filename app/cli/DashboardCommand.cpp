// dashboard: the office dashboard (reports/Dashboard) and the children behind each of its figures.
#include "CliCommand.h"
#include "CliContext.h"

#include "domain/AreaCatalog.h"
#include "reports/Dashboard.h"
#include "storage/CaseDatabase.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

using Kind = DashboardFigures::Kind;

QJsonObject countsJson(const DashboardFigures::Counts& c, bool withQuality)
{
    QJsonObject figures;
    for (Kind kind : DashboardFigures::plainKinds()) {
        if (kind == Kind::Category || (kind == Kind::Quality && !withQuality))
            continue;
        figures.insert(DashboardFigures::kindCode(kind), c.value(kind));
    }
    QJsonObject categories;
    for (auto it = c.byCategory.cbegin(); it != c.byCategory.cend(); ++it)
        categories.insert(it.key(), it.value());
    QJsonObject exits;
    for (auto it = c.exitsByReason.cbegin(); it != c.exitsByReason.cend(); ++it)
        exits.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("figures"), figures},
                  {QStringLiteral("byCategory"), categories},
                  {QStringLiteral("exitsByReason"), exits}};
    if (withQuality)
        o.insert(QStringLiteral("qualityIssues"), c.qualityIssues);
    return o;
}

QString dateText(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

class DashboardCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DashboardCommand)

public:
    QString name() const override { return QStringLiteral("dashboard"); }
    QString summary() const override
    {
        return tr("The office dashboard: children by category, new and exited this month, survey progress, "
                  "agreement coverage, the month's visits, referrals, data-quality issues and this week's "
                  "updates, for the area and each of its parts.");
    }
    QString details() const override
    {
        return tr("--list FIGURE prints the children behind one figure instead (the same definition as its "
                  "number): children, category:CODE, new, exited, exited:REASON, surveyed, to_survey, "
                  "left_behind, covered, uncovered, visits_done, visits_due, visits_overdue, referrals_open, "
                  "referrals_overdue, quality, updated_this_week.");
    }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("area"), QStringLiteral("CODE"),
             tr("The area to show (inside the station's area; default the station's).")},
            {QStringLiteral("list"), QStringLiteral("FIGURE"), tr("Print the children behind this figure.")}};
    }

    int run(CliContext& ctx) const override
    {
        DashboardFigures::Figure figure;
        const bool listing = ctx.has(QStringLiteral("list"));
        if (listing && !DashboardFigures::Figure::fromKey(ctx.value(QStringLiteral("list")), figure))
            return ctx.usageError(tr("--list takes a figure such as visits_overdue, not \"%1\".")
                                      .arg(ctx.value(QStringLiteral("list"))));
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Dashboard::Options options;
        options.area = ctx.value(QStringLiteral("area"));
        options.today = db->clock().today();
        if (listing)
            return list(ctx, *db, figure, options);

        Result<DashboardFigures> computed = Dashboard::compute(*db, options);
        if (!computed)
            return ctx.refuse(computed.error());
        const DashboardFigures& d = computed.value();
        if (ctx.json()) {
            QJsonObject o = countsJson(d.total, d.withQuality);
            o.insert(QStringLiteral("area"), d.areaCode);
            o.insert(QStringLiteral("areaName"), d.areaName);
            o.insert(QStringLiteral("today"), dateText(d.today));
            o.insert(QStringLiteral("month"), d.monthStart.toString(QStringLiteral("yyyy-MM")));
            o.insert(QStringLiteral("weekStart"), dateText(d.weekStart));
            o.insert(QStringLiteral("surveyDeadline"),
                     d.surveyDeadline.isValid() ? QJsonValue(dateText(d.surveyDeadline)) : QJsonValue());
            o.insert(QStringLiteral("daysLeft"),
                     d.surveyDeadline.isValid() ? QJsonValue(d.daysLeft) : QJsonValue());
            QJsonArray areas;
            for (const DashboardFigures::Area& a : d.areas) {
                QJsonObject row = countsJson(a.counts, d.withQuality);
                row.insert(QStringLiteral("code"), a.code);
                row.insert(QStringLiteral("name"), a.name);
                row.insert(QStringLiteral("lastPackage"),
                           a.lastPackage.isValid() ? QJsonValue(a.lastPackage.toString(Qt::ISODate))
                                                   : QJsonValue());
                row.insert(QStringLiteral("lastPackageFrom"), a.lastPackageFrom);
                areas.append(row);
            }
            o.insert(QStringLiteral("areas"), areas);
            ctx.printJson(o);
            return 0;
        }
        printText(ctx, d);
        return 0;
    }

private:
    static int list(CliContext& ctx, CaseDatabase& db, const DashboardFigures::Figure& figure,
                    const Dashboard::Options& options)
    {
        Result<QList<Dashboard::Child>> children = Dashboard::children(db, figure, options);
        if (!children)
            return ctx.refuse(children.error());
        if (ctx.json()) {
            QJsonArray a;
            for (const Dashboard::Child& c : children.value())
                a.append(QJsonObject{{QStringLiteral("id"), c.id},
                                     {QStringLiteral("name"), c.name},
                                     {QStringLiteral("village"), c.areaCode}});
            ctx.printJson(a);
            return 0;
        }
        const AreaCatalog& areas = AreaCatalog::instance();
        QList<QStringList> rows{{tr("Child"), tr("Village"), tr("ID")}};
        for (const Dashboard::Child& c : children.value())
            rows.append({c.name, areas.name(c.areaCode), c.id});
        ctx.out() << Dashboard::label(figure) << '\n';
        if (children->isEmpty())
            ctx.out() << tr("No child.") << '\n';
        else
            ctx.printTable(rows);
        ctx.out() << tr("%n child(ren).", nullptr, int(children->size())) << '\n';
        return 0;
    }

    static void printText(CliContext& ctx, const DashboardFigures& d)
    {
        const auto label = [](Kind kind) { return Dashboard::label({kind, {}}); };
        const auto value = [&d](Kind kind) { return QString::number(d.total.value(kind)); };
        ctx.out() << d.areaName << " — " << d.today.toString(Qt::ISODate) << "\n\n";
        QList<QStringList> rows;
        rows.append({label(Kind::Children), value(Kind::Children)});
        for (auto it = d.total.byCategory.cbegin(); it != d.total.byCategory.cend(); ++it)
            rows.append({QStringLiteral("  ") + Dashboard::label({Kind::Category, it.key()}),
                         QString::number(it.value())});
        rows.append({label(Kind::New), value(Kind::New)});
        rows.append({label(Kind::Exited), value(Kind::Exited)});
        for (auto it = d.total.exitsByReason.cbegin(); it != d.total.exitsByReason.cend(); ++it)
            rows.append({QStringLiteral("  ") + Dashboard::label({Kind::Exited, it.key()}),
                         QString::number(it.value())});
        rows.append({label(Kind::Surveyed), value(Kind::Surveyed)});
        rows.append({label(Kind::ToSurvey), value(Kind::ToSurvey)});
        rows.append({tr("Survey deadline"),
                     d.surveyDeadline.isValid()
                         ? tr("%1 (%n day(s) left)", nullptr, d.daysLeft).arg(dateText(d.surveyDeadline))
                         : tr("none set")});
        for (Kind kind : {Kind::LeftBehind, Kind::Covered, Kind::Uncovered, Kind::VisitsDone, Kind::VisitsDue,
                          Kind::VisitsOverdue, Kind::ReferralsOpen, Kind::ReferralsOverdue})
            rows.append({label(kind), value(kind)});
        if (d.withQuality)
            rows.append({label(Kind::Quality),
                         tr("%1 (%n issue(s))", nullptr, d.total.qualityIssues).arg(value(Kind::Quality))});
        rows.append({label(Kind::UpdatedThisWeek), value(Kind::UpdatedThisWeek)});
        rows.append({label(Kind::InActivities), value(Kind::InActivities)});
        ctx.printTable(rows);
        if (d.areas.isEmpty())
            return;
        ctx.out() << '\n';
        QList<QStringList> areaRows{{tr("Area"), tr("Code"), label(Kind::Children), label(Kind::Surveyed),
                                     tr("Covered"), label(Kind::VisitsOverdue), label(Kind::Quality),
                                     label(Kind::UpdatedThisWeek), tr("Last package")}};
        for (const DashboardFigures::Area& a : d.areas) {
            const DashboardFigures::Counts& c = a.counts;
            areaRows.append(
                {a.name, a.code, QString::number(c.value(Kind::Children)),
                 QString::number(c.value(Kind::Surveyed)),
                 QStringLiteral("%1/%2").arg(c.value(Kind::Covered)).arg(c.value(Kind::LeftBehind)),
                 QString::number(c.value(Kind::VisitsOverdue)),
                 d.withQuality ? QString::number(c.value(Kind::Quality)) : QStringLiteral("-"),
                 QString::number(c.value(Kind::UpdatedThisWeek)),
                 a.lastPackage.isValid() ? a.lastPackage.toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                         : tr("none")});
        }
        ctx.printTable(areaRows);
    }
};

const CliRegistration<DashboardCommand> registerDashboard;

} // namespace
