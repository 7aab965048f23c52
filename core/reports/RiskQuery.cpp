#include "RiskQuery.h"

#include "domain/AreaCode.h"
#include "storage/CaseDatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {
QDate date(const QVariant& v)
{
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}
} // namespace

RiskQuery::RiskQuery(CaseDatabase& db)
    : m_db(db)
{}

Result<QList<RiskQuery::Row>> RiskQuery::compute(const QString& where, const QVariantList& binds) const
{
    using R = Result<QList<Row>>;
    const QDate today = m_db.clock().today();
    const int noVisitDays = m_db.setting(QStringLiteral("risk_no_visit_days"), QStringLiteral("60")).toInt();
    const bool few = binds.size() > 0 && binds.size() <= 500 && where.contains(QLatin1String("c.id IN"));
    QHash<QString, QList<RiskFacts::OpenReferral>> open;
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral(
                "SELECT r.child_id, r.kind, r.due_date, coalesce(r.reported_at, '') <> '' AND "
                "coalesce(r.reported_to, '') <> ''"
                " AND coalesce(r.reported_by, '') <> '' FROM referral r JOIN child c ON c.id = r.child_id"
                " WHERE r.status IN ('open', 'in_progress') AND ") +
            where);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return R::failure(m_db.errorSentence(q.lastError()));
        while (q.next())
            open[q.value(0).toString()].append(
                {q.value(1).toString(), date(q.value(2)), q.value(3).toInt() == 1});
    }
    QHash<QString, QDate> lastVisit;
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        // For a few children one index seek each; for all of them one pass over the covering index.
        q.prepare(
            few ? QStringLiteral("SELECT c.id, (SELECT max(visit_date) FROM visit v WHERE v.child_id = c.id)"
                                 " FROM child c WHERE ") +
                      where
                : QStringLiteral("SELECT child_id, max(visit_date) FROM visit GROUP BY child_id"));
        if (few) {
            for (const QVariant& b : binds)
                q.addBindValue(b);
        }
        if (!q.exec())
            return R::failure(m_db.errorSentence(q.lastError()));
        while (q.next())
            lastVisit.insert(q.value(0).toString(), date(q.value(1)));
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT c.id, c.name, c.area_code, c.guardianship_grade, c.status, c.category,"
                             " c.created_at FROM child c WHERE ") +
              where);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return R::failure(m_db.errorSentence(q.lastError()));
    QList<Row> out;
    while (q.next()) {
        const QString id = q.value(0).toString();
        RiskFacts f;
        f.openReferrals = open.value(id);
        f.guardianshipGrade = q.value(3).toString();
        f.scheduled = q.value(4).toString() == QLatin1String("active") &&
                      q.value(5).toString() == QLatin1String("left_behind");
        f.lastVisit = lastVisit.value(id);
        f.registered = date(q.value(6));
        f.today = today;
        f.noVisitDays = noVisitDays;
        out.append({id, q.value(1).toString(), q.value(2).toString(), RiskRules::assess(f)});
    }
    return out;
}

Result<RiskLevel> RiskQuery::forChild(const QString& childId) const
{
    Result<QList<Row>> rows = compute(QStringLiteral("c.id IN (?)"), {childId});
    if (!rows)
        return Result<RiskLevel>::failure(rows.error());
    if (rows->isEmpty())
        return Result<RiskLevel>::failure(
            QCoreApplication::translate("RiskQuery", "No child with the id %1.").arg(childId));
    return rows->first().risk;
}

Result<QHash<QString, RiskLevel>> RiskQuery::forChildren(const QStringList& childIds) const
{
    QHash<QString, RiskLevel> out;
    for (qsizetype from = 0; from < childIds.size(); from += 500) {
        const QStringList chunk = childIds.mid(from, 500);
        QVariantList binds;
        for (const QString& id : chunk)
            binds << id;
        Result<QList<Row>> rows = compute(
            QStringLiteral("c.id IN (") +
                QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(',')) + QLatin1Char(')'),
            binds);
        if (!rows)
            return Result<QHash<QString, RiskLevel>>::failure(rows.error());
        for (const Row& r : rows.value())
            out.insert(r.childId, r.risk);
    }
    return out;
}

Result<QList<RiskQuery::Row>> RiskQuery::list(RiskLevel::Level minimum, const QString& area) const
{
    Result<QList<Row>> rows =
        compute(QStringLiteral("c.status = 'active' AND c.area_code LIKE ?"),
                {area.isEmpty() ? QStringLiteral("%") : AreaCode::prefix(area) + QLatin1Char('%')});
    if (!rows)
        return rows;
    QList<Row> out;
    for (const Row& r : rows.value()) {
        if (r.risk.level >= minimum)
            out << r;
    }
    std::stable_sort(out.begin(), out.end(), [](const Row& a, const Row& b) {
        return a.risk.level != b.risk.level ? a.risk.level > b.risk.level : a.name < b.name;
    });
    return out;
}
