#include "AgreementCoverage.h"

#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "storage/CaseDatabase.h"

#include <QCoreApplication>
#include <QMap>
#include <QSqlError>
#include <QSqlQuery>

Result<AgreementCoverage::Report> AgreementCoverage::compute(CaseDatabase& db, const QString& areaCode,
                                                             QDate onDate)
{
    QString where = QStringLiteral("c.status = 'active' AND c.category = 'left_behind'");
    QVariantList binds;
    const QString day = onDate.toString(Qt::ISODate);
    binds << day << day;
    if (!areaCode.isEmpty()) {
        const QString prefix = AreaCode::prefix(AreaCode::normalize(areaCode));
        where += QStringLiteral(" AND c.area_code >= ? AND c.area_code < ?");
        binds << prefix << QString(prefix + QStringLiteral(":"));
    }
    // The newest agreement that has not been replaced, and whether it is signed and valid on the day.
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT c.id, c.name, c.area_code,"
                  " (SELECT a.status || '|' || IFNULL(a.term_to, '') FROM agreement a"
                  "  WHERE a.child_id = c.id AND a.status <> 'replaced' AND coalesce(a.needs_review, 0) = 0"
                  "  ORDER BY a.created_at DESC LIMIT 1),"
                  " EXISTS (SELECT 1 FROM agreement a WHERE a.child_id = c.id AND a.status = 'signed'"
                  "  AND a.term_from <= ? AND a.term_to >= ?)"
                  " FROM child c WHERE ") +
              where + QStringLiteral(" ORDER BY c.area_code, c.name"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Result<Report>::failure(
            QCoreApplication::translate("AgreementCoverage", "The coverage cannot be counted: %1")
                .arg(q.lastError().text()));
    QMap<QString, Line> villages;
    QMap<QString, Line> townships;
    Report r;
    while (q.next()) {
        const QString village = q.value(2).toString();
        const QString township = AreaCode::parentOf(village);
        const bool covered = q.value(4).toBool();
        for (auto* line : {&villages[village], &townships[township], &r.total}) {
            line->leftBehind += 1;
            line->covered += covered ? 1 : 0;
        }
        villages[village].areaCode = village;
        townships[township].areaCode = township;
        if (!covered) {
            const QStringList current = q.value(3).toString().split(QLatin1Char('|'));
            QString state = current.value(0);
            if (state == QLatin1String("signed") && current.value(1) < day)
                state = QStringLiteral("expired");
            r.without.append({q.value(0).toString(), q.value(1).toString(), village, state});
        }
    }
    const AreaCatalog& areas = AreaCatalog::instance();
    for (Line& l : villages) {
        l.name = areas.name(l.areaCode);
        r.villages.append(l);
    }
    for (Line& l : townships) {
        l.name = areas.name(l.areaCode);
        r.townships.append(l);
    }
    r.total.areaCode = AreaCode::normalize(areaCode);
    r.total.name = areas.name(r.total.areaCode);
    return r;
}
