#include "Dashboard.h"

#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/Classification.h"
#include "domain/IsoWeek.h"
#include "domain/Vocabulary.h"
#include "reports/DispatchReport.h"
#include "reports/QualityCheck.h"
#include "reports/ScheduleQuery.h"
#include "reports/UpdatedChildren.h"
#include "storage/CaseDatabase.h"
#include "storage/Stamp.h"
#include "storage/StationSettings.h"

#include <QSqlError>
#include <QSqlQuery>

namespace {

using Kind = DashboardFigures::Kind;
using Figure = DashboardFigures::Figure;

// The days the definitions are bound to.
struct Days
{
    QString today;              // ISO date
    QString tomorrow;           // the first day after today (created_at holds a date and time)
    QString monthStart;         // the first day of today's month
    qint64 monthStartStamp = 0; // the same as hybrid logical clock stamps (local midnight)
    qint64 tomorrowStamp = 0;
};

// The children surveyed by a day: a survey visit that no correction superseded (bound: the day), gathered
// once from the visits' date index (cheaper than a look-up per child, for a city's 60,000).
const char* const kSurveyedSet =
    "(SELECT v.child_id FROM visit v WHERE v.kind = 'survey' AND v.visit_date <= ? AND v.child_id IS NOT NULL"
    " AND v.rowid NOT IN (SELECT o.rowid FROM visit s JOIN visit o ON o.id = s.supersedes"
    " WHERE s.supersedes IS NOT NULL))";
// For a part of the station's area, looked up per child through the child's visits (visit_child).
const char* const kSurveyedTest =
    "EXISTS (SELECT 1 FROM visit v INDEXED BY visit_child WHERE v.child_id = c.id AND v.kind = 'survey'"
    " AND v.visit_date <= ? AND v.rowid NOT IN (SELECT o.rowid FROM visit s JOIN visit o ON o.id = "
    "s.supersedes"
    " WHERE s.supersedes IS NOT NULL))";
// The files made in a span: their creation in the audit trail, by the clock of the station that made them
// (bound: the span's stamps), read through the index on entity and clock.
// For a part of the station's area the creation is looked up per child instead (index audit_record).
const char* const kCreatedSet =
    "c.id IN (SELECT a.record_id FROM audit a WHERE a.entity = 'child' AND a.hlc >= ?"
    " AND a.hlc < ? AND a.field = '*' AND a.new_value = 'created')";
// (named: the planner would otherwise read the span's writes through audit_entity_hlc once per child)
const char* const kCreatedTest =
    "EXISTS (SELECT 1 FROM audit a INDEXED BY audit_record WHERE a.record_id = c.id"
    " AND a.entity = 'child'"
    " AND a.hlc >= ? AND a.hlc < ? AND a.field = '*' AND a.new_value = 'created')";
// A signed agreement valid on the day (bound: the day twice), as AgreementCoverage counts it.
const char* const kCoveredTest = "EXISTS (SELECT 1 FROM agreement a WHERE a.child_id = c.id AND a.status = "
                                 "'signed' AND a.term_from <= ? AND a.term_to >= ?)";
// The children with an open mandatory referral (Referral::isOpen), and with an overdue one
// (Referral::isOverdue: after its due date; a report to the police only until the report is recorded).
const char* const kOpenReferralSet =
    "(SELECT r.child_id FROM referral r WHERE r.child_id IS NOT NULL AND coalesce(r.status, '') NOT IN "
    "('closed', 'folded'))";
const char* const kOverdueReferralSet =
    "(SELECT r.child_id FROM referral r WHERE r.child_id IS NOT NULL AND coalesce(r.status, '') NOT IN "
    "('closed', 'folded') AND coalesce(r.due_date, '') <> '' AND r.due_date < ? AND NOT (r.kind = "
    "'police_report' AND coalesce(r.reported_at, '') <> '' AND coalesce(r.reported_to, '') <> '' AND "
    "coalesce(r.reported_by, '') <> ''))";

// A figure given by a WHERE clause on the children (alias c), with its bound values, and for the figures by
// code the expression of the code.
struct SqlDefinition
{
    QString where;
    QVariantList binds;
    QString key; // empty: not by code
    // The clause picks out few children through an index: counted by a query of its own with it as the
    // WHERE clause; the others are counted together in one pass over an index of the children's table
    // (status, category, id and area code are all in child_list).
    bool narrow = false;
    // A complement: the children of `whole` that are not in `part` (the clause says exactly that, and `part`
    // lies inside `whole`), counted as the difference of the two counts instead of a pass of its own.
    std::optional<std::pair<Kind, Kind>> complement;
};

std::optional<SqlDefinition> sqlDefinition(Kind kind, const Days& d, bool wholeStation)
{
    const QString active = QStringLiteral("c.status = 'active'");
    const QString leftBehind = active + QStringLiteral(" AND c.category = 'left_behind'");
    switch (kind) {
    case Kind::Children:
        return SqlDefinition{active, {}, {}};
    case Kind::Category:
        return SqlDefinition{active, {}, QStringLiteral("coalesce(nullif(c.category, ''), 'none')")};
    case Kind::New:
        return SqlDefinition{QStringLiteral("c.merged_into IS NULL AND ") +
                                 QLatin1String(wholeStation ? kCreatedSet : kCreatedTest),
                             {d.monthStartStamp, d.tomorrowStamp},
                             {},
                             true};
    case Kind::Exited:
        return SqlDefinition{QStringLiteral("c.status = 'exited' AND c.merged_into IS NULL"
                                            " AND c.exit_date >= ? AND c.exit_date <= ?"),
                             {d.monthStart, d.today},
                             QStringLiteral("coalesce(nullif(c.exit_reason, ''), 'other')"),
                             true};
    case Kind::Surveyed:
        return SqlDefinition{active + (wholeStation
                                           ? QStringLiteral(" AND c.id IN ") + QLatin1String(kSurveyedSet)
                                           : QStringLiteral(" AND ") + QLatin1String(kSurveyedTest)),
                             {d.today},
                             {}};
    case Kind::ToSurvey:
        return SqlDefinition{active + (wholeStation
                                           ? QStringLiteral(" AND c.id NOT IN ") + QLatin1String(kSurveyedSet)
                                           : QStringLiteral(" AND NOT ") + QLatin1String(kSurveyedTest)),
                             {d.today},
                             {},
                             false,
                             std::pair{Kind::Children, Kind::Surveyed}};
    case Kind::LeftBehind:
        return SqlDefinition{leftBehind, {}, {}};
    case Kind::Covered:
        return SqlDefinition{
            leftBehind + QStringLiteral(" AND ") + QLatin1String(kCoveredTest), {d.today, d.today}, {}};
    case Kind::Uncovered:
        return SqlDefinition{
            leftBehind + QStringLiteral(" AND NOT ") + QLatin1String(kCoveredTest), {d.today, d.today}, {}};
    case Kind::ReferralsOpen:
        return SqlDefinition{QStringLiteral("c.id IN ") + QLatin1String(kOpenReferralSet), {}, {}};
    case Kind::ReferralsOverdue:
        return SqlDefinition{QStringLiteral("c.id IN ") + QLatin1String(kOverdueReferralSet), {d.today}, {}};
    case Kind::InActivities:
        // As the dispatch report counts them: the child took part (not only the guardian), in an activity
        // dated from the month's first day to today.
        return SqlDefinition{QStringLiteral("c.merged_into IS NULL AND c.id IN (SELECT p.child_id FROM"
                                            " activity_participant p JOIN activity a ON a.id = p.activity_id"
                                            " WHERE p.child_took_part = 1 AND a.activity_date >= ?"
                                            " AND a.activity_date <= ?)"),
                             {d.monthStart, d.today},
                             {},
                             true};
    case Kind::VisitsDone:
    case Kind::VisitsDue:
    case Kind::VisitsOverdue:
    case Kind::Quality:
    case Kind::UpdatedThisWeek:
        break;
    }
    return std::nullopt;
}

// Children by village for one figure (for a figure by code: code -> village -> children).
using ByVillage = QHash<QString, int>;

struct Context
{
    CaseDatabase& db;
    QString area;   // 12 digits
    QString prefix; // its significant digits
    QDate today;
    Days days;
    bool wholeStation = false; // the station's own area: nearly every row

    // The area's children: through the index on the area code for a part of the station's area, by reading
    // the table straight through for the whole of it (a city's 60,000 rows looked up one by one through the
    // index take three times as long; EXPLAIN QUERY PLAN, `bench office`).
    QString areaWhere() const
    {
        return wholeStation ? QStringLiteral("+c.area_code >= ? AND +c.area_code < ?")
                            : QStringLiteral("c.area_code >= ? AND c.area_code < ?");
    }
    QVariantList areaBinds() const { return {prefix, QString(prefix + QLatin1Char(':'))}; }
};

Status failed(const Context& ctx, const QSqlQuery& q)
{
    return Status::failure(ctx.db.errorSentence(q.lastError()));
}

// The counts of every SQL figure in one pass over the area's children: each figure's WHERE clause summed as a
// condition, grouped by village and by the codes of the figures by code (category, reason of exit).
struct SqlCounts
{
    QHash<int, ByVillage> byKind;
    QHash<QString, ByVillage> byCategory;
    QHash<QString, ByVillage> exitsByReason;
};

Status countNarrow(const Context& ctx, Kind kind, const SqlDefinition& def, SqlCounts& out)
{
    QSqlQuery q(ctx.db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.area_code, %1, count(*) FROM child c WHERE %2 AND (%3) GROUP BY 1, 2")
                  .arg(def.key.isEmpty() ? QStringLiteral("''") : def.key, ctx.areaWhere(), def.where));
    for (const QVariant& b : ctx.areaBinds() + def.binds)
        q.addBindValue(b);
    if (!q.exec())
        return failed(ctx, q);
    while (q.next()) {
        const QString village = q.value(0).toString();
        const int n = q.value(2).toInt();
        out.byKind[int(kind)][village] += n;
        if (kind == Kind::Exited)
            out.exitsByReason[q.value(1).toString()][village] += n;
    }
    if (q.lastError().isValid())
        return failed(ctx, q);
    return {};
}

Status countSql(const Context& ctx, const QList<std::pair<Kind, SqlDefinition>>& defs, SqlCounts& out)
{
    QString categoryKey = QStringLiteral("''");
    QString exitKey = QStringLiteral("''");
    QStringList sums;
    QVariantList binds;
    QList<Kind> kinds;
    for (const auto& [kind, def] : defs) {
        if (def.narrow) {
            if (Status s = countNarrow(ctx, kind, def, out); !s)
                return s;
            continue;
        }
        if (def.complement)
            continue;
        kinds << kind;
        sums << QStringLiteral("sum(CASE WHEN (%1) THEN 1 ELSE 0 END)").arg(def.where);
        binds += def.binds;
        if (kind == Kind::Category)
            categoryKey = def.key;
        if (kind == Kind::Exited)
            exitKey = def.key;
    }
    QSqlQuery q(ctx.db.sql());
    q.setForwardOnly(true);
    // The whole station: straight through the index that holds every column read (child_list), not the
    // table's rows one by one.
    q.prepare(QStringLiteral("SELECT c.area_code, %1, %2, %3 FROM child c %4 WHERE %5 GROUP BY 1, 2, 3")
                  .arg(categoryKey, exitKey, sums.join(QStringLiteral(", ")),
                       ctx.wholeStation ? QStringLiteral("INDEXED BY child_list") : QString(),
                       ctx.areaWhere()));
    for (const QVariant& b : binds + ctx.areaBinds()) // in the order of the text: the sums, then the area
        q.addBindValue(b);
    if (!q.exec())
        return failed(ctx, q);
    while (q.next()) {
        const QString village = q.value(0).toString();
        for (int i = 0; i < kinds.size(); ++i) {
            const Kind kind = kinds.at(i);
            const int n = q.value(3 + i).toInt();
            if (n == 0)
                continue;
            out.byKind[int(kind)][village] += n;
            if (kind == Kind::Category)
                out.byCategory[q.value(1).toString()][village] += n;
            if (kind == Kind::Exited)
                out.exitsByReason[q.value(2).toString()][village] += n;
        }
    }
    if (q.lastError().isValid())
        return failed(ctx, q);
    for (const auto& [kind, def] : defs) {
        if (!def.complement)
            continue;
        ByVillage& counts = out.byKind[int(kind)];
        const ByVillage whole = out.byKind.value(int(def.complement->first));
        const ByVillage part = out.byKind.value(int(def.complement->second));
        for (auto it = whole.cbegin(); it != whole.cend(); ++it) {
            if (const int n = it.value() - part.value(it.key()); n > 0)
                counts[it.key()] = n;
        }
    }
    return {};
}

// The children of the figures given by another core query: child id -> village.
using ChildSet = QHash<QString, QString>;

// The month's schedule (ScheduleQuery), read once for its three figures.
Result<Schedule> scheduleOf(const Context& ctx)
{
    ScheduleQuery::Filter filter;
    filter.month = ctx.today;
    filter.area = ctx.area;
    return ScheduleQuery(ctx.db).month(filter);
}

ChildSet scheduleSet(const Schedule& s, Kind kind)
{
    const QList<ScheduleEntry>& entries = kind == Kind::VisitsDone  ? s.visited
                                          : kind == Kind::VisitsDue ? s.due
                                                                    : s.overdue;
    ChildSet out;
    for (const ScheduleEntry& e : entries)
        out.insert(e.childId, e.village);
    return out;
}

Result<ChildSet> updatedSet(const Context& ctx)
{
    const IsoWeek week = IsoWeek::of(ctx.today);
    Result<QHash<QString, UpdatedChildren::Child>> updated =
        UpdatedChildren::between(ctx.db, week.startMs(), week.endMs(), ctx.prefix);
    if (!updated)
        return Result<ChildSet>::failure(updated.error());
    ChildSet out;
    for (auto it = updated->cbegin(); it != updated->cend(); ++it)
        out.insert(it.key(), it->village);
    return out;
}

// The quality figure's children; `issues` (optional) gets the issues by village.
Result<ChildSet> qualitySet(const Context& ctx, ByVillage* issues)
{
    Result<QList<QualityCheck::Issue>> run = QualityCheck::run(ctx.db, ctx.area, ctx.today);
    if (!run)
        return Result<ChildSet>::failure(run.error());
    ChildSet out;
    for (const QualityCheck::Issue& i : run.value()) {
        out.insert(i.childId, i.areaCode);
        if (issues)
            (*issues)[i.areaCode] += 1;
    }
    return out;
}

// The children of a figure given by another core query (`schedule`: read here when null).
Result<ChildSet> otherSet(const Context& ctx, Kind kind, std::optional<Schedule>& schedule)
{
    if (kind == Kind::Quality)
        return qualitySet(ctx, nullptr);
    if (kind == Kind::UpdatedThisWeek)
        return updatedSet(ctx);
    if (!schedule) {
        Result<Schedule> s = scheduleOf(ctx);
        if (!s)
            return Result<ChildSet>::failure(s.error());
        schedule = std::move(s.value());
    }
    return scheduleSet(*schedule, kind);
}

ByVillage countSet(const ChildSet& set)
{
    ByVillage out;
    for (const QString& village : set)
        out[village] += 1;
    return out;
}

Result<Context> contextOf(CaseDatabase& db, const Dashboard::Options& options)
{
    using R = Result<Context>;
    const std::optional<StationInfo> station = db.station();
    if (!station)
        return R::failure(Dashboard::tr("Set up the station first."));
    const AreaCatalog& areas = AreaCatalog::instance();
    const QString area = options.area.isEmpty() ? station->areaCode : AreaCode::normalize(options.area);
    if (area.isEmpty() || !areas.contains(area))
        return R::failure(Dashboard::tr("%1 is not an area code of the official list.").arg(options.area));
    if (!AreaCode::contains(station->areaCode, area))
        return R::failure(Dashboard::tr("%1 (%2) is not inside this station's area, %3.")
                              .arg(areas.name(area), area, areas.fullName(station->areaCode)));
    const QDate today = options.today.isValid() ? options.today : db.clock().today();
    const QDate monthStart(today.year(), today.month(), 1);
    Days days{today.toString(Qt::ISODate), today.addDays(1).toString(Qt::ISODate),
              monthStart.toString(Qt::ISODate), Stamp::make(monthStart.startOfDay().toMSecsSinceEpoch(), 0),
              Stamp::make(today.addDays(1).startOfDay().toMSecsSinceEpoch(), 0)};
    return Context{db, area, AreaCode::prefix(area), today, days, area == station->areaCode};
}

// Adds a figure's children by village to the total and to the part of the area each village lies in.
class Totals final
{
public:
    explicit Totals(DashboardFigures& f)
        : m_figures(f)
    {
        for (qsizetype i = 0; i < f.areas.size(); ++i) {
            const QString prefix = AreaCode::prefix(f.areas.at(i).code);
            m_byPrefix.insert(prefix, i);
            m_length = int(prefix.size());
        }
    }

    template <typename Add>
    void add(const ByVillage& villages, Add add)
    {
        for (auto it = villages.cbegin(); it != villages.cend(); ++it) {
            add(m_figures.total, it.value());
            if (const auto row = m_byPrefix.constFind(it.key().left(m_length)); row != m_byPrefix.cend())
                add(m_figures.areas[row.value()].counts, it.value());
        }
    }

    void add(Kind kind, const ByVillage& villages)
    {
        add(villages, [kind](DashboardFigures::Counts& c, int n) { c.byKind[int(kind)] += n; });
    }

private:
    DashboardFigures& m_figures;
    QHash<QString, qsizetype> m_byPrefix;
    int m_length = 0;
};

// The last package imported from a station inside each part of the area.
Status lastPackages(const Context& ctx, DashboardFigures& f)
{
    QSqlQuery q(ctx.db.sql());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT p.area_code, p.name, max(l.imported_at) FROM import_ledger l"
                               " JOIN peer p ON p.id = l.sender GROUP BY p.id")))
        return failed(ctx, q);
    while (q.next()) {
        const QString peerArea = q.value(0).toString();
        QDateTime at = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        if (!at.isValid())
            at = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        for (DashboardFigures::Area& a : f.areas) {
            if (AreaCode::contains(a.code, peerArea) && (!a.lastPackage.isValid() || at > a.lastPackage)) {
                a.lastPackage = at;
                a.lastPackageFrom = q.value(1).toString();
            }
        }
    }
    if (q.lastError().isValid())
        return failed(ctx, q);
    return {};
}

} // namespace

QString Dashboard::label(const Figure& figure)
{
    if (figure.kind == Kind::Category && !figure.code.isEmpty()) {
        if (figure.code == QLatin1String("none"))
            return tr("No category yet");
        const std::optional<Category> c = categoryFromCode(figure.code);
        return c ? categoryLabel(*c) : figure.code;
    }
    if (figure.kind == Kind::Exited && !figure.code.isEmpty())
        return tr("Exited: %1").arg(Vocabulary::label(Vocabulary::ExitReason, figure.code));
    switch (figure.kind) {
    case Kind::Children:
        return tr("On the register");
    case Kind::Category:
        return tr("Any category");
    case Kind::New:
        return tr("New this month");
    case Kind::Exited:
        return tr("Exited this month");
    case Kind::Surveyed:
        return tr("Surveyed");
    case Kind::ToSurvey:
        return tr("To survey");
    case Kind::LeftBehind:
        return tr("Left-behind");
    case Kind::Covered:
        return tr("With a valid agreement");
    case Kind::Uncovered:
        return tr("Without a valid agreement");
    case Kind::VisitsDone:
        return tr("Visited this month");
    case Kind::VisitsDue:
        return tr("Visits due");
    case Kind::VisitsOverdue:
        return tr("Visits overdue");
    case Kind::ReferralsOpen:
        return tr("Open referrals");
    case Kind::ReferralsOverdue:
        return tr("Overdue referrals");
    case Kind::Quality:
        return tr("Records with data-quality issues");
    case Kind::UpdatedThisWeek:
        return tr("Updated this week");
    case Kind::InActivities:
        return tr("In activities this month");
    }
    return {};
}

QStringList Dashboard::partsOf(const QString& area)
{
    const QString code = AreaCode::normalize(area);
    if (AreaCode::levelOf(code) == AreaLevel::Village)
        return {};
    return DispatchReport::rowAreas(code, AreaCode::levelOf(code) == AreaLevel::City);
}

Result<DashboardFigures> Dashboard::compute(CaseDatabase& db, const Options& options)
{
    using R = Result<DashboardFigures>;
    Result<Context> context = contextOf(db, options);
    if (!context)
        return R::failure(context.error());
    const Context& ctx = context.value();
    const AreaCatalog& areas = AreaCatalog::instance();

    DashboardFigures f;
    f.areaCode = ctx.area;
    f.areaName = areas.fullName(ctx.area);
    f.today = ctx.today;
    f.monthStart = QDate(ctx.today.year(), ctx.today.month(), 1);
    f.weekStart = IsoWeek::of(ctx.today).monday();
    f.surveyDeadline = StationSettings::surveyDeadline(db);
    f.daysLeft = f.surveyDeadline.isValid() ? int(ctx.today.daysTo(f.surveyDeadline)) : 0;
    f.withQuality = options.quality;
    for (const QString& part : partsOf(ctx.area))
        f.areas.append({part, areas.name(part), {}, {}, {}});
    Totals totals(f);

    std::optional<Schedule> schedule;
    QList<std::pair<Kind, SqlDefinition>> defs;
    for (Kind kind : DashboardFigures::plainKinds()) {
        if (std::optional<SqlDefinition> def = sqlDefinition(kind, ctx.days, ctx.wholeStation))
            defs.append({kind, *def});
    }
    SqlCounts counts;
    if (Status s = countSql(ctx, defs, counts); !s)
        return R::failure(s.error());
    for (const auto& [kind, def] : std::as_const(defs))
        totals.add(kind, counts.byKind.value(int(kind)));
    for (auto it = counts.byCategory.cbegin(); it != counts.byCategory.cend(); ++it) {
        const QString code = it.key();
        totals.add(it.value(), [code](DashboardFigures::Counts& c, int n) { c.byCategory[code] += n; });
    }
    for (auto it = counts.exitsByReason.cbegin(); it != counts.exitsByReason.cend(); ++it) {
        const QString code = it.key();
        totals.add(it.value(), [code](DashboardFigures::Counts& c, int n) { c.exitsByReason[code] += n; });
    }
    for (Kind kind : DashboardFigures::plainKinds()) {
        if (sqlDefinition(kind, ctx.days, ctx.wholeStation))
            continue;
        if (kind == Kind::Quality) {
            if (!options.quality)
                continue;
            ByVillage issues;
            Result<ChildSet> set = qualitySet(ctx, &issues);
            if (!set)
                return R::failure(set.error());
            totals.add(kind, countSet(set.value()));
            totals.add(issues, [](DashboardFigures::Counts& c, int n) { c.qualityIssues += n; });
            continue;
        }
        Result<ChildSet> set = otherSet(ctx, kind, schedule);
        if (!set)
            return R::failure(set.error());
        totals.add(kind, countSet(set.value()));
    }
    if (Status s = lastPackages(ctx, f); !s)
        return R::failure(s.error());
    return f;
}

Result<QList<Dashboard::Child>> Dashboard::children(CaseDatabase& db, const Figure& figure,
                                                    const Options& options)
{
    using R = Result<QList<Child>>;
    Result<Context> context = contextOf(db, options);
    if (!context)
        return R::failure(context.error());
    const Context& ctx = context.value();

    QString where = ctx.areaWhere();
    QVariantList binds = ctx.areaBinds();
    std::optional<ChildSet> set;
    if (std::optional<SqlDefinition> def = sqlDefinition(figure.kind, ctx.days, ctx.wholeStation)) {
        where += QStringLiteral(" AND (") + def->where + QLatin1Char(')');
        binds += def->binds;
        if (!def->key.isEmpty() && !figure.code.isEmpty()) {
            where += QStringLiteral(" AND ") + def->key + QStringLiteral(" = ?");
            binds << figure.code;
        }
    } else {
        std::optional<Schedule> schedule;
        Result<ChildSet> other = otherSet(ctx, figure.kind, schedule);
        if (!other)
            return R::failure(other.error());
        set = std::move(other.value());
        if (set->isEmpty())
            return QList<Child>();
    }
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.name, c.area_code FROM child c WHERE ") + where +
              QStringLiteral(" ORDER BY c.area_code, c.name_key, c.id"));
    for (const QVariant& b : std::as_const(binds))
        q.addBindValue(b);
    if (!q.exec())
        return R::failure(failed(ctx, q).error());
    QList<Child> out;
    while (q.next()) {
        const QString id = q.value(0).toString();
        if (set && !set->contains(id))
            continue;
        out.append({id, q.value(1).toString(), q.value(2).toString()});
    }
    if (q.lastError().isValid())
        return R::failure(failed(ctx, q).error());
    return out;
}

Result<QList<int>> Dashboard::visitsByMonth(CaseDatabase& db, const Options& options)
{
    using R = Result<QList<int>>;
    Result<Context> context = contextOf(db, options);
    if (!context)
        return R::failure(context.error());
    const Context& ctx = context.value();
    const int year = ctx.today.year();
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT substr(v.visit_date, 6, 2), count(*) FROM visit v JOIN child c ON c.id = v.child_id"
        " WHERE v.visit_date >= ? AND v.visit_date < ? AND v.kind IN ('monthly', 'survey', 'holiday_check')"
        " AND c.area_code >= ? AND c.area_code < ? AND v.rowid NOT IN (SELECT o.rowid FROM visit s"
        " JOIN visit o ON o.id = s.supersedes WHERE s.supersedes IS NOT NULL) GROUP BY 1"));
    q.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    q.addBindValue(QDate(year + 1, 1, 1).toString(Qt::ISODate));
    for (const QVariant& b : ctx.areaBinds())
        q.addBindValue(b);
    if (!q.exec())
        return R::failure(failed(ctx, q).error());
    QList<int> months(ctx.today.month(), 0);
    while (q.next()) {
        const int month = q.value(0).toInt();
        if (month >= 1 && month <= months.size())
            months[month - 1] = q.value(1).toInt();
    }
    if (q.lastError().isValid())
        return R::failure(failed(ctx, q).error());
    return months;
}

Result<QList<Dashboard::Week>> Dashboard::updatesByWeek(CaseDatabase& db, const Options& options, int weeks)
{
    using R = Result<QList<Week>>;
    Result<Context> context = contextOf(db, options);
    if (!context)
        return R::failure(context.error());
    const Context& ctx = context.value();
    QList<Week> out;
    const QDate thisMonday = IsoWeek::of(ctx.today).monday();
    for (int i = weeks - 1; i >= 0; --i) {
        const IsoWeek week = IsoWeek::of(thisMonday.addDays(-7 * i));
        Result<QHash<QString, UpdatedChildren::Child>> updated =
            UpdatedChildren::between(db, week.startMs(), week.endMs(), ctx.prefix);
        if (!updated)
            return R::failure(updated.error());
        out.append({week.monday(), int(updated->size())});
    }
    return out;
}
