#include "ChildMerger.h"

#include "CaseDatabase.h"
#include "CaseRepository.h"
#include "DuplicateFinder.h"
#include "RecordIdentity.h"
#include "RuleReconciler.h"
#include "domain/AreaCatalog.h"
#include "domain/IdNumber.h"
#include "sync/ConflictStore.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace {
bool isEmptyValue(const QVariant& v)
{
    return v.isNull() || v.toString().trimmed().isEmpty();
}
} // namespace

ChildMerger::ChildMerger(CaseDatabase& db)
    : m_db(db)
    , m_writer(db)
{}

Status ChildMerger::fill(const EntitySchema& schema, const QString& keptId, const QString& otherId,
                         const QString& area, const QString& prefix, const QStringList& skip,
                         ChildMergeOutcome& out)
{
    Result<std::optional<StoredRecord>> kept = m_writer.readStored(schema, keptId);
    Result<std::optional<StoredRecord>> other = m_writer.readStored(schema, otherId);
    if (!kept)
        return Status::failure(kept.error());
    if (!other)
        return Status::failure(other.error());
    if (!kept.value() || !other.value())
        return {};
    const QStringList names = schema.fieldNames();
    QVariantMap changes;
    ConflictStore conflicts(m_db);
    const QString now = m_db.clock().now().toString(Qt::ISODateWithMs);
    for (int i = 0; i < names.size(); ++i) {
        const QString& name = names.at(i);
        if (skip.contains(name))
            continue;
        const QVariant mine = kept.value()->values.at(i);
        const QVariant theirs = other.value()->values.at(i);
        if (isEmptyValue(theirs))
            continue;
        if (isEmptyValue(mine)) {
            changes.insert(name, theirs);
            out.filled << prefix + name;
        } else if (mine.toString() != theirs.toString()) {
            Conflict c;
            c.area = area;
            c.entity = schema.table;
            c.recordId = keptId;
            c.field = name;
            c.value = theirs;
            c.stamp = other.value()->clocks.stamp(name);
            c.winner = kept.value()->clocks.stamp(name);
            if (c.stamp.isNull() || c.winner.isNull())
                continue; // a field never written (old data) has no write to name
            c.id = ConflictStore::idOf(c.entity, c.recordId, c.field, c.stamp);
            c.detectedAt = now;
            Result<bool> added = conflicts.merge(c);
            if (!added)
                return Status::failure(added.error());
            if (added.value())
                ++out.conflicts;
        }
    }
    if (changes.isEmpty())
        return {};
    Result<QStringList> r = m_writer.update(schema, keptId, changes);
    return r ? Status() : Status::failure(r.error());
}

Result<int> ChildMerger::move(const QString& table, const QString& column, const QString& fromId,
                              const QString& toId)
{
    const EntitySchema* schema = EntitySchema::byTable(table);
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column));
    q.addBindValue(fromId);
    if (!q.exec())
        return Result<int>::failure(m_db.errorSentence(q.lastError()));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    for (const QString& id : ids) {
        Result<QStringList> r = m_writer.update(*schema, id, {{column, toId}});
        if (!r)
            return Result<int>::failure(r.error());
    }
    return int(ids.size());
}

Result<ChildMergeOutcome> ChildMerger::merge(const QString& firstId, const QString& secondId)
{
    using R = Result<ChildMergeOutcome>;
    if (!m_db.station())
        return R::failure(tr("Set up the station first."));
    if (firstId == secondId)
        return R::failure(tr("A file cannot be merged with itself."));
    DuplicateFinder finder(m_db);
    Result<std::optional<ChildSummary>> a = finder.summary(firstId);
    Result<std::optional<ChildSummary>> b = finder.summary(secondId);
    if (!a)
        return R::failure(a.error());
    if (!b)
        return R::failure(b.error());
    if (!a.value() || !b.value())
        return R::failure(tr("No child with the id %1.").arg(!a.value() ? firstId : secondId));
    for (const ChildSummary* s : {&*a.value(), &*b.value()}) {
        if (!s->mergedInto.isEmpty())
            return R::failure(
                tr("The file of %1 (%2) was already merged into another file.").arg(s->name, s->id));
    }
    const ChildSummary& x = *a.value();
    const ChildSummary& y = *b.value();
    if (x.areaCode != y.areaCode)
        return R::failure(tr("The two files are in different villages (%1 and %2): a file is merged only "
                             "within its village. "
                             "Exit the file of the village where the child no longer lives as moved away.")
                              .arg(AreaCatalog::instance().fullName(x.areaCode),
                                   AreaCatalog::instance().fullName(y.areaCode)));
    if (!x.idNumber.isEmpty() && !y.idNumber.isEmpty() && x.idNumber != y.idNumber)
        return R::failure(tr("The two files have different ID numbers (%1 and %2): they are two children.")
                              .arg(x.idNumber, y.idNumber));
    if (!AreaCode::contains(m_db.station()->areaCode, x.areaCode))
        return R::failure(tr("The village %1 is outside this station's area.")
                              .arg(AreaCatalog::instance().fullName(x.areaCode)));
    const bool firstKept = DuplicateFinder::keeps(x, y);
    const ChildSummary& keep = firstKept ? x : y;
    const ChildSummary& other = firstKept ? y : x;
    ChildMergeOutcome out;
    out.keptId = keep.id;
    out.mergedId = other.id;
    out.swapped = !firstKept;

    if (Status s = m_db.begin(); !s)
        return R::failure(s.error());
    const auto fail = [this](const QString& why) {
        m_db.rollback();
        return R::failure(why);
    };
    const QString area = keep.areaCode;
    // The child's own fields, except those that say where the file stands.
    const QStringList childSkip{QStringLiteral("household_id"), QStringLiteral("status"),
                                QStringLiteral("exit_reason"), QStringLiteral("exit_date"),
                                QStringLiteral("merged_into")};
    if (Status s =
            fill(EntitySchema::child(), keep.id, other.id, area, QStringLiteral("child."), childSkip, out);
        !s)
        return fail(s.error());
    // The household: the kept file's, filled from the other's.
    Result<QVariantMap> keptRow = m_writer.read(EntitySchema::child(), keep.id);
    Result<QVariantMap> otherRow = m_writer.read(EntitySchema::child(), other.id);
    if (!keptRow || !otherRow)
        return fail(!keptRow ? keptRow.error() : otherRow.error());
    const QString keptHousehold = keptRow->value(QStringLiteral("household_id")).toString();
    const QString otherHousehold = otherRow->value(QStringLiteral("household_id")).toString();
    if (keptHousehold.isEmpty() && !otherHousehold.isEmpty()) {
        if (Result<QStringList> r = m_writer.update(EntitySchema::child(), keep.id,
                                                    {{QStringLiteral("household_id"), otherHousehold}});
            !r)
            return fail(r.error());
        out.filled << QStringLiteral("child.household_id");
    } else if (!keptHousehold.isEmpty() && !otherHousehold.isEmpty() && keptHousehold != otherHousehold) {
        if (Status s = fill(EntitySchema::household(), keptHousehold, otherHousehold, area,
                            QStringLiteral("household."), {}, out);
            !s)
            return fail(s.error());
    }
    // Each person slot: created in the kept file (with the slot's id) when it has none, else filled.
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT relation, id FROM person WHERE child_id = ? ORDER BY relation"));
        q.addBindValue(other.id);
        if (!q.exec())
            return fail(m_db.errorSentence(q.lastError()));
        QList<QPair<QString, QString>> personSlots;
        while (q.next())
            personSlots.append({q.value(0).toString(), q.value(1).toString()});
        for (const auto& [relation, otherPerson] : personSlots) {
            const QString keptPerson = RecordIdentity::personId(keep.id, relation);
            Result<std::optional<StoredRecord>> exists =
                m_writer.readStored(EntitySchema::person(), keptPerson);
            if (!exists)
                return fail(exists.error());
            if (!exists.value()) {
                Result<QVariantMap> p = m_writer.read(EntitySchema::person(), otherPerson);
                if (!p)
                    return fail(p.error());
                QVariantMap fields;
                for (const QString& name : EntitySchema::person().fieldNames()) {
                    if (!isEmptyValue(p->value(name)))
                        fields.insert(name, p->value(name));
                }
                fields.insert(QStringLiteral("child_id"), keep.id);
                if (Result<QString> r = m_writer.create(EntitySchema::person(), area, fields, keptPerson); !r)
                    return fail(r.error());
                out.filled << QStringLiteral("person.") + relation;
            } else if (Status s = fill(EntitySchema::person(), keptPerson, otherPerson, area,
                                       relation + QLatin1Char('.'),
                                       {QStringLiteral("child_id"), QStringLiteral("relation")}, out);
                       !s) {
                return fail(s.error());
            }
        }
    }
    // Everything recorded about the child follows to the kept file.
    const QList<QPair<QString, QString>> owned{{QStringLiteral("visit"), QStringLiteral("child_id")},
                                               {QStringLiteral("referral"), QStringLiteral("child_id")},
                                               {QStringLiteral("referral_step"), QStringLiteral("child_id")},
                                               {QStringLiteral("agreement"), QStringLiteral("child_id")},
                                               {QStringLiteral("attachment"), QStringLiteral("owner_id")}};
    for (const auto& [table, column] : owned) {
        Result<int> n = move(table, column, other.id, keep.id);
        if (!n)
            return fail(n.error());
        out.moved += n.value();
    }
    // The other file's part in activities becomes the kept file's (a participant's id is the pair's: the
    // kept child's record is made or completed, the other's cleared).
    {
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT activity_id, child_took_part, guardian_took_part, guardian_name"
                                 " FROM activity_participant WHERE child_id = ? ORDER BY activity_id"));
        q.addBindValue(other.id);
        if (!q.exec())
            return fail(m_db.errorSentence(q.lastError()));
        struct Part
        {
            QString activity;
            int child;
            int guardian;
            QVariant guardianName;
        };
        QList<Part> parts;
        while (q.next())
            parts << Part{q.value(0).toString(), q.value(1).toInt(), q.value(2).toInt(), q.value(3)};
        const EntitySchema& schema = EntitySchema::activityParticipant();
        for (const Part& p : std::as_const(parts)) {
            if (p.child == 0 && p.guardian == 0)
                continue;
            const QString keptId = RecordIdentity::participantId(p.activity, keep.id);
            Result<std::optional<StoredRecord>> kept = m_writer.readStored(schema, keptId);
            if (!kept)
                return fail(kept.error());
            if (!kept.value()) {
                if (Result<QString> r = m_writer.create(schema, area,
                                                        {{QStringLiteral("activity_id"), p.activity},
                                                         {QStringLiteral("child_id"), keep.id},
                                                         {QStringLiteral("child_took_part"), p.child},
                                                         {QStringLiteral("guardian_took_part"), p.guardian},
                                                         {QStringLiteral("guardian_name"), p.guardianName}},
                                                        keptId);
                    !r)
                    return fail(r.error());
            } else {
                QVariantMap changes;
                if (p.child == 1)
                    changes.insert(QStringLiteral("child_took_part"), 1);
                if (p.guardian == 1) {
                    changes.insert(QStringLiteral("guardian_took_part"), 1);
                    const QVariant name =
                        kept.value()->values.at(schema.fieldNames().indexOf(QStringLiteral("guardian_name")));
                    if (isEmptyValue(name) && !isEmptyValue(p.guardianName))
                        changes.insert(QStringLiteral("guardian_name"), p.guardianName);
                }
                if (Result<QStringList> r = m_writer.update(schema, keptId, changes); !r)
                    return fail(r.error());
            }
            if (Result<QStringList> r = m_writer.update(
                    schema, RecordIdentity::participantId(p.activity, other.id),
                    {{QStringLiteral("child_took_part"), 0}, {QStringLiteral("guardian_took_part"), 0}});
                !r)
                return fail(r.error());
            ++out.moved;
        }
    }
    // The other file leaves the register, pointing to the kept one; its exit date is the day it was made
    // (the same at every station that merges the pair).
    const QDate made = QDateTime::fromString(other.createdAt, Qt::ISODateWithMs).date();
    const QDate exitDate = made.isValid() && made <= m_db.clock().today() ? made : m_db.clock().today();
    if (Result<QStringList> r =
            m_writer.update(EntitySchema::child(), other.id,
                            {{QStringLiteral("status"), QStringLiteral("exited")},
                             {QStringLiteral("exit_reason"), QStringLiteral("entered_in_error")},
                             {QStringLiteral("exit_date"), exitDate.toString(Qt::ISODate)},
                             {QStringLiteral("merged_into"), keep.id}});
        !r)
        return fail(r.error());
    RuleReconciler reconciler(m_db);
    Result<RuleReconciler::Outcome> reconciled = reconciler.reconcile({keep.id});
    if (!reconciled)
        return fail(reconciled.error());
    out.foldedReferrals = reconciled->folded;
    out.agreementsReplaced = reconciled->replaced;
    CaseRepository cases(m_db);
    for (const QString& id : {keep.id, other.id}) {
        if (Status s = cases.reclassify(id); !s)
            return fail(s.error());
    }
    if (Status s = m_db.commit(); !s)
        return R::failure(s.error());
    return out;
}
