#include "DispatchReport.h"

#include "domain/AreaCatalog.h"
#include "reports/AgreementCoverage.h"
#include "reports/QualityCheck.h"
#include "reports/UpdatedChildren.h"
#include "storage/CaseDatabase.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <functional>

namespace {

double percent(int part, int whole, double none)
{
    return whole > 0 ? 100.0 * std::min(part, whole) / whole : none;
}

// The rows by their area: a village's code finds its row by the prefixes of the rows' levels.
class RowIndex final
{
public:
    explicit RowIndex(QList<DispatchReport::Row>& rows)
        : m_rows(rows)
    {
        for (qsizetype i = 0; i < rows.size(); ++i)
            add(i);
    }

    DispatchReport::Row& rowOf(const QString& village)
    {
        for (int digits : std::as_const(m_lengths)) {
            if (const auto it = m_byPrefix.constFind(village.left(digits)); it != m_byPrefix.cend())
                return m_rows[it.value()];
        }
        // A code the official list does not have (an older one): a row of its own at the rows' level.
        DispatchReport::Row row;
        const int digits = m_lengths.isEmpty() ? 12 : m_lengths.first();
        row.areaCode = AreaCode::normalize(village.left(digits));
        if (row.areaCode.isEmpty())
            row.areaCode = village;
        row.name = row.areaCode;
        m_rows.append(row);
        add(m_rows.size() - 1);
        return m_rows.last();
    }

private:
    void add(qsizetype i)
    {
        const QString prefix = AreaCode::prefix(m_rows.at(i).areaCode);
        m_byPrefix.insert(prefix, i);
        if (!m_lengths.contains(int(prefix.size()))) {
            m_lengths.append(int(prefix.size()));
            std::sort(m_lengths.begin(), m_lengths.end(), std::greater<>());
        }
    }

    QList<DispatchReport::Row>& m_rows;
    QHash<QString, qsizetype> m_byPrefix;
    QList<int> m_lengths;
};

// The children on the register and those surveyed by the day, by village. Bound: the day, the area range.
// Set-based: the children with a survey visit that no correction superseded are gathered once (from the
// visits' date index; a superseded visit is known by its row, without reading the visits' rows), then
// looked up for each child of the register.
const char* const kRegisterSql =
    "SELECT c.area_code, count(*), sum(c.id IN (SELECT v.child_id FROM visit v WHERE v.kind = 'survey'"
    "  AND v.visit_date <= ? AND v.child_id IS NOT NULL AND v.rowid NOT IN"
    "  (SELECT o.rowid FROM visit s JOIN visit o ON o.id = s.supersedes WHERE s.supersedes IS NOT NULL)))"
    " FROM child c WHERE c.status = 'active' AND c.area_code >= ? AND c.area_code < ? GROUP BY c.area_code";

// The week's activities by village and the distinct children who took part in them. Bound: the week's
// first and last day, the area range (twice).
const char* const kActivitySql =
    "SELECT a.area_code, count(*), 0 FROM activity a WHERE a.activity_date >= ? AND a.activity_date <= ?"
    " AND a.area_code >= ? AND a.area_code < ? GROUP BY a.area_code"
    " UNION ALL SELECT a.area_code, 0, count(DISTINCT p.child_id) FROM activity a"
    " JOIN activity_participant p ON p.activity_id = a.id AND p.child_took_part = 1"
    " WHERE a.activity_date >= ? AND a.activity_date <= ? AND a.area_code >= ? AND a.area_code < ?"
    " GROUP BY a.area_code";

// Compares part/whole fractions exactly.
int compareShare(qint64 partA, qint64 wholeA, qint64 partB, qint64 wholeB)
{
    const qint64 left = partA * std::max<qint64>(wholeB, 1);
    const qint64 right = partB * std::max<qint64>(wholeA, 1);
    return left < right ? -1 : left > right ? 1 : 0;
}

// Negative when a ranks before b, 0 when they share a rank.
int compareRank(const DispatchReport::Row& a, const DispatchReport::Row& b)
{
    // An area with no child on the register and no update has nothing to rank: after all the others.
    const auto empty = [](const DispatchReport::Row& r) { return r.children == 0 && r.updated == 0; };
    if (empty(a) != empty(b))
        return empty(a) ? 1 : -1;
    const auto updated = [](const DispatchReport::Row& r) { return std::min(r.updated, r.children); };
    // An area without children on the register but with updates (exits only) counts as fully updated.
    const auto updatedOf = [&](const DispatchReport::Row& r) -> std::pair<qint64, qint64> {
        if (r.children == 0)
            return {r.updated > 0 ? 1 : 0, 1};
        return {updated(r), r.children};
    };
    const auto [ua, wa] = updatedOf(a);
    const auto [ub, wb] = updatedOf(b);
    if (int c = compareShare(ua, wa, ub, wb))
        return -c;
    if (int c = compareShare(a.problemRecords, a.children, b.problemRecords, b.children))
        return c;
    if (int c = compareShare(a.surveyed, a.children, b.surveyed, b.children))
        return -c;
    const auto coverage = [](const DispatchReport::Row& r) -> std::pair<qint64, qint64> {
        return r.leftBehind ? std::pair<qint64, qint64>{r.covered, r.leftBehind}
                            : std::pair<qint64, qint64>{1, 1};
    };
    const auto [ca, la] = coverage(a);
    const auto [cb, lb] = coverage(b);
    return -compareShare(ca, la, cb, lb);
}

bool lessByRank(const DispatchReport::Row& a, const DispatchReport::Row& b)
{
    const int c = compareRank(a, b);
    return c != 0 ? c < 0 : a.areaCode < b.areaCode;
}

// The row's name within the area reported on: its own name, with the areas between them before it when the
// rows skip a level (a city's townships: 宁都县 长胜镇).
// (AreaCatalog's full names leave out placeholders such as 市辖区.)
QString relativeName(const QString& area, const QString& row)
{
    const AreaCatalog& areas = AreaCatalog::instance();
    const QString outer = areas.fullName(area) + QLatin1Char(' ');
    const QString full = areas.fullName(row);
    if (AreaCode::parentOf(row) == area || !full.startsWith(outer))
        return areas.name(row);
    return full.mid(outer.size());
}
} // namespace

DispatchReport::IssueKind DispatchReport::issueKind(const QString& rule)
{
    if (rule == QLatin1String("missing"))
        return IssueKind::Missing;
    static const QSet<QString> wrong = {
        QStringLiteral("invalid_id_number"),   QStringLiteral("id_birth_date"),   QStringLiteral("id_sex"),
        QStringLiteral("duplicate_id_number"), QStringLiteral("over_age_active"), QStringLiteral("category"),
        QStringLiteral("caregiver_minor"),
    };
    return wrong.contains(rule) ? IssueKind::Wrong : IssueKind::Other;
}

double DispatchReport::Row::updatePercent() const
{
    if (children == 0)
        return updated > 0 ? 100.0 : 0.0;
    return percent(updated, children, 0);
}

double DispatchReport::Row::surveyPercent() const
{
    return percent(surveyed, children, 0);
}

double DispatchReport::Row::coveragePercent() const
{
    return percent(covered, leftBehind, 100);
}

int DispatchReport::Report::zeroUpdateAreas() const
{
    return int(std::count_if(rows.cbegin(), rows.cend(), [](const Row& r) { return r.zeroUpdates(); }));
}

QStringList DispatchReport::rowAreas(const QString& area, bool cityByTownship)
{
    const AreaCatalog& areas = AreaCatalog::instance();
    const QString code = AreaCode::normalize(area);
    const AreaLevel level = AreaCode::levelOf(code);
    if (level == AreaLevel::Village)
        return {code};
    if (level == AreaLevel::City && cityByTownship) {
        QStringList townships;
        for (const QString& part : areas.children(code)) {
            if (AreaCode::levelOf(part) == AreaLevel::Township)
                townships << part;
            else
                townships << areas.children(part);
        }
        std::sort(townships.begin(), townships.end());
        return townships;
    }
    return areas.children(code);
}

void DispatchReport::rank(QList<Row>& rows)
{
    std::sort(rows.begin(), rows.end(), lessByRank);
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const bool tie = i > 0 && compareRank(rows.at(i - 1), rows.at(i)) == 0;
        rows[i].rank = tie ? rows.at(i - 1).rank : int(i + 1);
    }
}

Result<DispatchReport::Report> DispatchReport::compute(CaseDatabase& db, const Options& options)
{
    using R = Result<Report>;
    if (!options.week.isValid())
        return R::failure(tr("Say which week the report is for, as 2026-W49."));
    if (options.week.monday() > options.today)
        return R::failure(tr("The week %1 has not begun yet (it starts on %2).")
                              .arg(options.week.toString(), options.week.monday().toString(Qt::ISODate)));
    const std::optional<StationInfo> station = db.station();
    if (!station)
        return R::failure(tr("Set up the station first."));
    const AreaCatalog& areas = AreaCatalog::instance();
    const QString area = options.area.isEmpty() ? station->areaCode : AreaCode::normalize(options.area);
    if (area.isEmpty() || !areas.contains(area))
        return R::failure(tr("%1 is not an area code of the official list.").arg(options.area));
    if (!AreaCode::contains(station->areaCode, area))
        return R::failure(tr("%1 (%2) is not inside this station's area, %3.")
                              .arg(areas.name(area), area, areas.fullName(station->areaCode)));

    Report report;
    report.week = options.week;
    report.onDate = std::min(options.week.sunday(), options.today);
    report.areaCode = area;
    report.areaName = areas.fullName(area);
    for (const QString& code : rowAreas(area, options.area.isEmpty())) {
        Row row;
        row.areaCode = code;
        row.name = relativeName(area, code);
        report.rows.append(row);
    }
    if (!report.rows.isEmpty())
        report.rowLevel = AreaCode::levelOf(report.rows.first().areaCode);
    RowIndex index(report.rows);

    const QString prefix = AreaCode::prefix(area);
    const QString prefixEnd = prefix + QLatin1Char(':');
    const QString day = report.onDate.toString(Qt::ISODate);
    const auto run = [&](const char* sql, const QVariantList& binds,
                         const std::function<void(Row&, const QSqlQuery&)>& add) -> Status {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        q.prepare(QString::fromLatin1(sql));
        for (const QVariant& b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return Status::failure(db.errorSentence(q.lastError()));
        while (q.next())
            add(index.rowOf(q.value(0).toString()), q);
        if (q.lastError().isValid())
            return Status::failure(db.errorSentence(q.lastError()));
        return {};
    };
    Result<QHash<QString, UpdatedChildren::Child>> updated =
        UpdatedChildren::between(db, options.week.startMs(), options.week.endMs(), prefix);
    if (!updated)
        return R::failure(updated.error());
    for (const UpdatedChildren::Child& child : std::as_const(updated.value())) {
        Row& row = index.rowOf(child.village);
        row.updated += 1;
        row.created += child.created ? 1 : 0;
    }
    if (Status s = run(kRegisterSql, {day, prefix, prefixEnd},
                       [](Row& r, const QSqlQuery& q) {
                           r.children += q.value(1).toInt();
                           r.surveyed += q.value(2).toInt();
                       });
        !s)
        return R::failure(s.error());

    const QString monday = options.week.monday().toString(Qt::ISODate);
    const QString sunday = options.week.sunday().toString(Qt::ISODate);
    if (Status s = run(kActivitySql, {monday, sunday, prefix, prefixEnd, monday, sunday, prefix, prefixEnd},
                       [](Row& r, const QSqlQuery& q) {
                           r.activities += q.value(1).toInt();
                           r.activityChildren += q.value(2).toInt();
                       });
        !s)
        return R::failure(s.error());

    Result<QList<QualityCheck::Issue>> issues = QualityCheck::run(db, area, report.onDate);
    if (!issues)
        return R::failure(issues.error());
    // Per child: which kinds of issue it has.
    QHash<QString, std::pair<QString, int>> kinds; // child id -> (village, bits: 1 missing, 2 wrong)
    for (const QualityCheck::Issue& i : issues.value()) {
        const IssueKind kind = issueKind(i.rule);
        if (kind == IssueKind::Other)
            continue;
        Row& row = index.rowOf(i.areaCode);
        auto& entry = kinds[i.childId];
        entry.first = i.areaCode;
        if (kind == IssueKind::Missing) {
            row.missingFacts += 1;
            entry.second |= 1;
        } else {
            row.wrongFacts += 1;
            entry.second |= 2;
        }
    }
    for (const auto& [village, bits] : std::as_const(kinds)) {
        Row& row = index.rowOf(village);
        row.missingRecords += (bits & 1) ? 1 : 0;
        row.wrongRecords += (bits & 2) ? 1 : 0;
        row.problemRecords += 1;
    }

    Result<AgreementCoverage::Report> coverage = AgreementCoverage::compute(db, area, report.onDate);
    if (!coverage)
        return R::failure(coverage.error());
    for (const AgreementCoverage::Line& line : coverage->villages) {
        Row& row = index.rowOf(line.areaCode);
        row.leftBehind += line.leftBehind;
        row.covered += line.covered;
    }

    Row& total = report.total;
    total.areaCode = area;
    total.name = areas.name(area);
    for (const Row& r : std::as_const(report.rows)) {
        total.children += r.children;
        total.updated += r.updated;
        total.created += r.created;
        total.missingRecords += r.missingRecords;
        total.missingFacts += r.missingFacts;
        total.wrongRecords += r.wrongRecords;
        total.wrongFacts += r.wrongFacts;
        total.problemRecords += r.problemRecords;
        total.surveyed += r.surveyed;
        total.leftBehind += r.leftBehind;
        total.covered += r.covered;
        total.activities += r.activities;
        total.activityChildren += r.activityChildren;
    }
    rank(report.rows);
    return report;
}
