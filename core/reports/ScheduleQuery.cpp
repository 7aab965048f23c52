#include "ScheduleQuery.h"

#include "domain/AreaCode.h"
#include "storage/CaseDatabase.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
QString iso(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}
QDate date(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}
// "2024-05-02|陈丽" -> date and visitor (read by hand: this runs for every child of a county).
std::pair<QDate, QString> dateAndVisitor(const QString& s)
{
    if (s.size() < 10)
        return {};
    const auto n = [&s](int from, int len) {
        int v = 0;
        for (int i = from; i < from + len; ++i)
            v = v * 10 + (s.at(i).unicode() - '0');
        return v;
    };
    return {QDate(n(0, 4), n(5, 2), n(8, 2)), s.mid(11)};
}

// Visits that satisfy the child director's monthly follow-up.
const char* const kCounting = "('monthly', 'survey', 'holiday_check')";
} // namespace

QJsonObject ScheduleEntry::toJson() const
{
    QJsonObject o{
        {QStringLiteral("id"), childId},
        {QStringLiteral("name"), name},
        {QStringLiteral("village"), village},
        {QStringLiteral("kind"), ScheduleItem::kindCode(kind)},
        {QStringLiteral("dueDate"), dueDate.isValid() ? QJsonValue(iso(dueDate)) : QJsonValue()},
        {QStringLiteral("lastVisit"), lastVisit.isValid() ? QJsonValue(iso(lastVisit)) : QJsonValue()},
        {QStringLiteral("visitor"), visitor}};
    if (!address.isEmpty() || !contactName.isEmpty() || !contactPhone.isEmpty()) {
        o.insert(QStringLiteral("address"), address);
        o.insert(QStringLiteral("contactName"), contactName);
        o.insert(QStringLiteral("contactPhone"), contactPhone);
    }
    return o;
}

QMap<QString, Schedule::Counts> Schedule::byVillage() const
{
    QMap<QString, Counts> out;
    for (const ScheduleEntry& e : due)
        ++out[e.village].due;
    for (const ScheduleEntry& e : overdue)
        ++out[e.village].overdue;
    for (const ScheduleEntry& e : visited)
        ++out[e.village].visited;
    return out;
}

QMap<QString, Schedule::Counts> Schedule::byVisitor() const
{
    QMap<QString, Counts> out;
    for (const ScheduleEntry& e : due)
        ++out[e.visitor].due;
    for (const ScheduleEntry& e : overdue)
        ++out[e.visitor].overdue;
    for (const ScheduleEntry& e : visited)
        ++out[e.visitor].visited;
    return out;
}

QJsonObject Schedule::toJson() const
{
    const auto list = [](const QList<ScheduleEntry>& entries) {
        QJsonArray a;
        for (const ScheduleEntry& e : entries)
            a.append(e.toJson());
        return a;
    };
    return {{QStringLiteral("month"), month.toString(QStringLiteral("yyyy-MM"))},
            {QStringLiteral("today"), iso(today)},
            {QStringLiteral("due"), list(due)},
            {QStringLiteral("overdue"), list(overdue)},
            {QStringLiteral("visited"), list(visited)}};
}

ScheduleQuery::ScheduleQuery(CaseDatabase& db)
    : m_db(db)
{}

Result<Schedule> ScheduleQuery::month(const Filter& filter) const
{
    using R = Result<Schedule>;
    Result<ScheduleSettings> settings = ScheduleSettings::fromSettings(
        [this](const QString& key, const QString& fallback) { return m_db.setting(key, fallback); });
    if (!settings)
        return R::failure(settings.error());
    Schedule s;
    s.today = m_db.clock().today();
    const QDate any = filter.month.isValid() ? filter.month : s.today;
    s.month = QDate(any.year(), any.month(), 1);
    const QDate next = s.month.addMonths(1);
    const QString like =
        filter.area.isEmpty() ? QStringLiteral("%") : AreaCode::prefix(filter.area) + QLatin1Char('%');

    // The holiday period overlapping the month (the first one, if several do).
    QDate holidayFrom, holidayTo;
    for (const HolidayPeriod& p : settings->holidays) {
        const auto [from, to] = p.overlapping(s.month);
        if (from.isValid()) {
            holidayFrom = from;
            holidayTo = to;
            break;
        }
    }
    const QDate scanTo = holidayTo.isValid() ? std::max(next, holidayTo.addDays(1)) : next;

    // One pass over the last months of visits (index on date, kind, child, visitor): per child the last
    // counting visit before the month, the last in the month, and the holiday check. Corrected visits do
    // not count. Children with no counting visit in that window get their last visit looked up one by one.
    const QDate windowFrom =
        std::min(s.month.addMonths(-settings->intervalMonths), holidayFrom.isValid() ? holidayFrom : s.month);
    static const QString notCorrected =
        QStringLiteral(" AND rowid NOT IN (SELECT o.rowid FROM visit o WHERE o.id IN"
                       " (SELECT supersedes FROM visit WHERE supersedes IS NOT NULL))");
    struct Visits
    {
        QString before, in, holiday;
    };
    QHash<QString, Visits> visits;
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(QString(QStringLiteral(
                              "SELECT child_id,"
                              " max(CASE WHEN visit_date < :start AND kind IN %1 THEN visit_date || '|' || "
                              "visitor END),"
                              " max(CASE WHEN visit_date >= :start AND visit_date < :next AND kind IN %1"
                              "     THEN visit_date || '|' || visitor END),"
                              " max(CASE WHEN kind = 'holiday_check' AND visit_date BETWEEN :hfrom AND :hto"
                              "     THEN visit_date || '|' || visitor END)"
                              " FROM visit WHERE visit_date >= :from AND visit_date < :scanTo") +
                          notCorrected + QStringLiteral(" GROUP BY child_id"))
                      .replace(QStringLiteral("%1"), QLatin1String(kCounting)));
        q.bindValue(QStringLiteral(":start"), iso(s.month));
        q.bindValue(QStringLiteral(":next"), iso(next));
        q.bindValue(QStringLiteral(":hfrom"),
                    holidayFrom.isValid() ? iso(holidayFrom) : QStringLiteral("9999"));
        q.bindValue(QStringLiteral(":hto"), holidayTo.isValid() ? iso(holidayTo) : QStringLiteral("9999"));
        q.bindValue(QStringLiteral(":from"), iso(windowFrom));
        q.bindValue(QStringLiteral(":scanTo"), iso(scanTo));
        if (!q.exec())
            return R::failure(m_db.errorSentence(q.lastError()));
        while (q.next())
            visits.insert(q.value(0).toString(),
                          {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()});
    }
    QSqlQuery lastBefore(m_db.sql());
    lastBefore.prepare(
        QString(QStringLiteral("SELECT max(visit_date || '|' || visitor) FROM visit WHERE child_id = ?"
                               " AND visit_date < ? AND kind IN %1") +
                notCorrected)
            .replace(QStringLiteral("%1"), QLatin1String(kCounting)));

    // The children: active left-behind and suspected ones (these for a survey visit), and those who left
    // during or after the month (for the visits made before they left).
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT id, name, area_code, birth_date, created_at, status, exit_date, category FROM child"
        " WHERE ((status = 'active' AND category IN ('left_behind', 'suspected'))"
        "     OR (status = 'exited' AND exit_date >= ? AND (category IN ('left_behind', 'over_age')"
        "         OR exit_reason = 'parents_returned')))"
        " AND area_code LIKE ? ORDER BY area_code, name_key"));
    q.addBindValue(iso(s.month));
    q.addBindValue(like);
    if (!q.exec())
        return R::failure(m_db.errorSentence(q.lastError()));
    const ScheduleSettings& rules = settings.value();
    while (q.next()) {
        const QString id = q.value(0).toString();
        Visits v = visits.value(id);
        if (v.before.isEmpty() && v.in.isEmpty()) {
            lastBefore.addBindValue(id);
            lastBefore.addBindValue(iso(s.month));
            if (lastBefore.exec() && lastBefore.next())
                v.before = lastBefore.value(0).toString();
            lastBefore.finish();
        }
        const auto [before, beforeBy] = dateAndVisitor(v.before);
        const auto [in, inBy] = dateAndVisitor(v.in);
        const auto [holiday, holidayBy] = dateAndVisitor(v.holiday);
        ScheduleChild c;
        c.registered = date(q.value(4));
        c.birthDate = date(q.value(3));
        if (q.value(5).toString() == QLatin1String("exited"))
            c.exitDate = date(q.value(6));
        c.lastBefore = before;
        c.visitedOn = in;
        c.holidayCheckOn = holiday;
        c.suspected = q.value(5).toString() == QLatin1String("active") &&
                      q.value(7).toString() == QLatin1String("suspected");
        for (const ScheduleItem& item : ScheduleRules::evaluate(c, s.month, s.today, rules)) {
            ScheduleEntry e;
            e.childId = id;
            e.name = q.value(1).toString();
            e.village = q.value(2).toString();
            e.kind = item.kind;
            e.state = item.state;
            e.dueDate = item.dueDate;
            if (item.state == ScheduleItem::State::Visited) {
                const bool holidayItem = item.kind == ScheduleItem::Kind::HolidayCheck;
                e.lastVisit = item.visitedOn;
                e.visitor = holidayItem ? holidayBy : inBy;
            } else {
                e.lastVisit = in.isValid() ? in : before;
                e.visitor = in.isValid() ? inBy : beforeBy;
            }
            if (!filter.visitor.isEmpty() && e.visitor != filter.visitor)
                continue;
            switch (item.state) {
            case ScheduleItem::State::Due:
                s.due << e;
                break;
            case ScheduleItem::State::Overdue:
                s.overdue << e;
                break;
            case ScheduleItem::State::Visited:
                s.visited << e;
                break;
            }
        }
    }
    if (q.lastError().isValid())
        return R::failure(m_db.errorSentence(q.lastError()));
    std::stable_sort(s.overdue.begin(), s.overdue.end(),
                     [](const ScheduleEntry& a, const ScheduleEntry& b) { return a.dueDate < b.dueDate; });
    return s;
}

Result<QList<ScheduleEntry>> ScheduleQuery::worklist(const QString& village, QDate month) const
{
    using R = Result<QList<ScheduleEntry>>;
    Filter f;
    f.month = month;
    f.area = village;
    Result<Schedule> s = this->month(f);
    if (!s)
        return R::failure(s.error());
    QList<ScheduleEntry> out = s->overdue + s->due;
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT c.current_address, h.address, p.name, p.phone FROM child c"
                       " LEFT JOIN household h ON h.id = c.household_id"
                       " LEFT JOIN person p ON p.child_id = c.id AND p.relation IN ('guardian', 'caregiver')"
                       " WHERE c.id = ? ORDER BY p.relation = 'caregiver' LIMIT 1"));
    for (ScheduleEntry& e : out) {
        q.addBindValue(e.childId);
        if (q.exec() && q.next()) {
            e.address = q.value(0).toString().isEmpty() ? q.value(1).toString() : q.value(0).toString();
            e.contactName = q.value(2).toString();
            e.contactPhone = q.value(3).toString();
        }
        q.finish();
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ScheduleEntry& a, const ScheduleEntry& b) { return a.name < b.name; });
    return out;
}
