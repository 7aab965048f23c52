#include "Statistics.h"

#include "domain/AreaCode.h"
#include "storage/CaseDatabase.h"

#include <QSqlError>
#include <QSqlQuery>

Result<Statistics::Counts> Statistics::compute(CaseDatabase& db, const QString& withinArea)
{
    Counts c;
    QString where;
    const QString prefix = AreaCode::prefix(AreaCode::normalize(withinArea));
    if (!prefix.isEmpty())
        where = QStringLiteral(" WHERE area_code >= ? AND area_code < ?");
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT area_code, status, coalesce(category, ''), count(*) FROM child") +
              where + QStringLiteral(" GROUP BY area_code, status, category"));
    if (!prefix.isEmpty()) {
        q.addBindValue(prefix);
        q.addBindValue(QString(prefix + QStringLiteral(":")));
    }
    if (!q.exec())
        return Result<Counts>::failure(db.errorSentence(q.lastError()));
    while (q.next()) {
        const QString area = q.value(0).toString();
        const QString status = q.value(1).toString();
        const QString category = q.value(2).toString();
        const int n = q.value(3).toInt();
        c.children += n;
        c.byStatus[status] += n;
        if (status != QLatin1String("active"))
            continue;
        c.byCategory[category] += n;
        VillageCounts& v = c.byVillage[area];
        v.children += n;
        v.byCategory[category] += n;
    }
    if (q.lastError().isValid()) // a step that failed half-way: no counts rather than wrong ones
        return Result<Counts>::failure(db.errorSentence(q.lastError()));
    return c;
}
