#include "SenderScope.h"

#include "ItemValidator.h"
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"
#include "storage/SqliteStatement.h"

SenderScope::SenderScope(CaseDatabase& db, QString scope, bool fromVillage, QSet<QString> emptyTables)
    : m_db(db)
    , m_scope(std::move(scope))
    , m_fromVillage(fromVillage)
    , m_officeOnly(EntitySchema::officeOnlyTables())
    , m_emptyTables(std::move(emptyTables))
{}

SenderScope::~SenderScope() = default;

QStringList SenderScope::targetsOf(const QString& field)
{
    static const QHash<QString, QStringList> targets = {
        {QStringLiteral("household_id"), {QStringLiteral("household")}},
        {QStringLiteral("child_id"), {QStringLiteral("child")}},
        {QStringLiteral("visit_id"), {QStringLiteral("visit")}},
        {QStringLiteral("supersedes"), {QStringLiteral("visit")}},
        {QStringLiteral("referral_id"), {QStringLiteral("referral")}},
        {QStringLiteral("replaces"), {QStringLiteral("agreement")}},
        {QStringLiteral("merged_into"), {QStringLiteral("child")}},
        {QStringLiteral("folded_into"), {QStringLiteral("referral")}},
        {QStringLiteral("activity_id"), {QStringLiteral("activity")}},
        {QStringLiteral("owner_id"),
         {QStringLiteral("child"), QStringLiteral("agreement"), QStringLiteral("visit"),
          QStringLiteral("referral"), QStringLiteral("referral_step"), QStringLiteral("person"),
          QStringLiteral("household"), QStringLiteral("activity")}},
    };
    return targets.value(field);
}

QString SenderScope::place(const QString& area) const
{
    const QString name = AreaCatalog::instance().fullName(area);
    return name.isEmpty() ? area : name + QStringLiteral(" (") + area + QLatin1Char(')');
}

Status SenderScope::checkArea(const QString& table, const QString& id, const QString& area) const
{
    if (AreaCode::normalize(area) != area || AreaCode::levelOf(area) != AreaLevel::Village ||
        !AreaCatalog::instance().contains(area))
        return Status::failure(
            tr("The package was refused: the %1 %2 is invalid: \"%3\" is not a village code "
               "of the official list.")
                .arg(ItemValidator::kindLabel(table), id, area.left(20)));
    if (!AreaCode::contains(m_scope, area))
        return Status::failure(tr("The package was refused: it holds records of %1, outside the area the "
                                  "sender may send to this station (%2).")
                                   .arg(place(area), place(m_scope)));
    return {};
}

Status SenderScope::checkRole(const QString& kind, const QString& table, const QString& id) const
{
    if (!m_fromVillage || !m_officeOnly.contains(table))
        return {};
    if (kind == table)
        return Status::failure(
            tr("The package was refused: it holds the %1 %2, and a village station may "
               "not write it: spot checks are the findings of the township, county or city "
               "office.")
                .arg(ItemValidator::kindLabel(table), id));
    return Status::failure(
        tr("The package was refused: it holds an item (%1) about the %2 %3, and a village "
           "station may not write it: spot checks are the findings of the township, county "
           "or city office.")
            .arg(ItemValidator::kindLabel(kind), ItemValidator::kindLabel(table), id));
}

QString SenderScope::areaOf(const QString& table, const QString& id)
{
    const auto seen = m_seen.constFind(table);
    if (seen != m_seen.cend()) {
        const auto it = seen->constFind(QUuid::fromString(id));
        if (it != seen->cend())
            return QString::number(it.value());
    }
    if (m_emptyTables.contains(table))
        return {};
    std::unique_ptr<SqliteStatement>& q = m_lookups[table];
    if (!q)
        q = std::make_unique<SqliteStatement>(m_db.sql(), QStringLiteral("SELECT area_code FROM ") + table +
                                                              QStringLiteral(" WHERE id = ?"));
    q->add(id);
    QString area;
    if (q->exec())
        area = q->text(0);
    q->reset();
    return area;
}

Status SenderScope::mayWrite(const QString& table, const QString& id, const QString& area,
                             const QString& storedArea)
{
    if (Status s = checkRole(table, table, id); !s)
        return s;
    if (Status s = checkArea(table, id, area); !s)
        return s;
    if (!storedArea.isEmpty() && storedArea != area)
        return Status::failure(
            tr("The package was refused: it changes the %1 %2 of %3 as if it belonged to %4; "
               "a record never changes its village by sync.")
                .arg(ItemValidator::kindLabel(table), id, place(storedArea), place(area)));
    QHash<QUuid, quint64>& seen = m_seen[table];
    const QUuid key = QUuid::fromString(id);
    if (seen.contains(key))
        return Status::failure(tr("The package was refused: the %1 %2 appears in it twice.")
                                   .arg(ItemValidator::kindLabel(table), id));
    seen.insert(key, area.toULongLong());
    return {};
}

Status SenderScope::mayWriteAbout(const QString& kind, const QString& table, const QString& recordId,
                                  const QString& area)
{
    if (Status s = checkRole(kind, table, recordId); !s)
        return s;
    if (Status s = checkArea(kind, recordId, area); !s)
        return s;
    const Pending p{{table}, recordId, area, kind, table, recordId, {}};
    const QString actual = areaOf(table, recordId);
    if (actual.isEmpty()) {
        m_pending.append(p);
        return {};
    }
    return actual == area ? Status() : refusal(p);
}

Status SenderScope::mayReference(const QString& table, const QString& recordId, const QString& field,
                                 const QString& targetId, const QString& area)
{
    const Pending p{targetsOf(field), targetId, area, {}, table, recordId, field};
    if (p.tables.isEmpty())
        return refusal(p);
    for (const QString& t : p.tables) {
        const QString actual = areaOf(t, targetId);
        if (!actual.isEmpty())
            return actual == area ? Status() : refusal(p);
    }
    m_pending.append(p);
    return {};
}

Status SenderScope::refusal(const Pending& p) const
{
    // Written only when refusing: most packages never need the sentence.
    if (p.field.isEmpty())
        return Status::failure(
            tr("The package was refused: it holds an item (%1) about a record that does not "
               "lie in %2 (the %3 %4).")
                .arg(ItemValidator::kindLabel(p.kind), place(p.area), ItemValidator::kindLabel(p.table),
                     p.recordId));
    return Status::failure(
        tr("The package was refused: the %1 %2 refers in \"%3\" to a record that is not one "
           "of %4 here or in the package.")
            .arg(ItemValidator::kindLabel(p.table), p.recordId, p.field, place(p.area)));
}

Status SenderScope::finish()
{
    for (const Pending& p : std::as_const(m_pending)) {
        QString actual;
        for (const QString& t : p.tables) {
            actual = areaOf(t, p.targetId);
            if (!actual.isEmpty())
                break;
        }
        if (actual != p.area)
            return refusal(p);
    }
    m_pending.clear();
    return {};
}
