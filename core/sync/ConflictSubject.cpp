#include "ConflictSubject.h"

#include "ConflictStore.h"
#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"

#include <QSqlQuery>

ConflictSubject ConflictSubject::of(CaseDatabase& db, const Conflict& conflict)
{
    const EntitySchema* schema = EntitySchema::byTable(conflict.entity);
    if (!schema)
        return {};
    QString sql;
    if (conflict.entity == QLatin1String("child"))
        sql = QStringLiteral("SELECT id, name, NULL FROM child WHERE id = ?");
    else if (conflict.entity == QLatin1String("person"))
        sql = QStringLiteral("SELECT c.id, c.name, p.relation FROM person p JOIN child c ON c.id = p.child_id"
                             " WHERE p.id = ?");
    else if (conflict.entity == QLatin1String("household"))
        sql = QStringLiteral("SELECT id, name, NULL FROM child WHERE household_id = ? ORDER BY name LIMIT 1");
    else if (schema->field(QStringLiteral("child_id")))
        sql = QStringLiteral("SELECT c.id, c.name, NULL FROM ") + schema->table +
              QStringLiteral(" r JOIN child c ON c.id = r.child_id WHERE r.id = ?");
    else
        return {};
    QSqlQuery q(db.sql());
    q.prepare(sql);
    q.addBindValue(conflict.recordId);
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}
