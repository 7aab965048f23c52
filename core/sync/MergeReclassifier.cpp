#include "MergeReclassifier.h"

#include "domain/Classifier.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseRepository.h"

#include <QSqlError>
#include <QSqlQuery>

MergeReclassifier::MergeReclassifier(CaseDatabase& db)
    : m_db(db)
{}

void MergeReclassifier::touched(const QString& entity, const QString& recordId)
{
    if (entity == QLatin1String("child"))
        m_children.insert(recordId);
    else if (entity == QLatin1String("person"))
        m_persons.insert(recordId);
    else if (entity == QLatin1String("household"))
        m_households.insert(recordId);
}

Status MergeReclassifier::refresh()
{
    if (size() == 0)
        return {};
    QSqlQuery q(m_db.sql());
    if (!q.exec(QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS touched_child (id TEXT PRIMARY KEY)")) ||
        !q.exec(QStringLiteral("DELETE FROM temp.touched_child")))
        return Status::failure(q.lastError().text());
    const auto insertAll = [&](const QString& sql, const QSet<QString>& ids) {
        q.prepare(sql);
        for (const QString& id : ids) {
            q.addBindValue(id);
            if (!q.exec())
                return false;
        }
        return true;
    };
    if (!insertAll(QStringLiteral("INSERT OR IGNORE INTO temp.touched_child VALUES (?)"), m_children) ||
        !insertAll(QStringLiteral(
                       "INSERT OR IGNORE INTO temp.touched_child SELECT child_id FROM person WHERE id = ?"),
                   m_persons) ||
        !insertAll(
            QStringLiteral(
                "INSERT OR IGNORE INTO temp.touched_child SELECT id FROM child WHERE household_id = ?"),
            m_households))
        return Status::failure(q.lastError().text());
    const Classifier classifier(m_db.classifierSettings());
    const QDate today = m_db.clock().today();
    const auto verdict = [&](const ChildFile& f, QSqlQuery& update) {
        const Classification c = classifier.classify(f.facts(), today);
        update.addBindValue(categoryCode(c.category));
        update.addBindValue((c.reasons + c.missingFacts + c.unsupportedReasons + c.difficultyReasons)
                                .join(QLatin1Char('\n')));
        update.addBindValue(today.toString(Qt::ISODate));
        update.addBindValue(f.id);
        return update.exec();
    };
    QSqlQuery update(m_db.sql());
    update.prepare(
        QStringLiteral("UPDATE child SET category = ?, category_reasons = ?, category_on = ? WHERE id = ?"));
    bool ok = true;
    CaseRepository repo(m_db);
    // One streaming pass over the touched children and their persons only (a village's monthly package
    // and a full import alike: no statement prepared per child).
    Status s = repo.forEachChild(
        [&](const ChildFile& f) {
            ok = verdict(f, update);
            return ok;
        },
        QStringLiteral("c.id IN (SELECT id FROM temp.touched_child)"),
        QStringLiteral("child_id IN (SELECT id FROM temp.touched_child)"));
    if (!s)
        return s;
    if (!ok)
        return Status::failure(update.lastError().text());
    m_children.clear();
    m_persons.clear();
    m_households.clear();
    return {};
}
