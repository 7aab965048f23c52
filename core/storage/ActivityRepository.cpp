#include "ActivityRepository.h"

#include "CaseDatabase.h"
#include "EntitySchema.h"
#include "FieldValidator.h"
#include "RecordIdentity.h"
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ActivityRepository", text);
}

QString areaPattern(const QString& area)
{
    return area.isEmpty() ? QStringLiteral("%") : AreaCode::prefix(area) + QLatin1Char('%');
}

QVariant dateOrNull(QDate d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

// The activity's own fields in stored form (EntitySchema::activity()).
QVariantMap fieldsOf(const Activity& a)
{
    return {{QStringLiteral("activity_date"), dateOrNull(a.date)},
            {QStringLiteral("kind"), a.kind},
            {QStringLiteral("topic"), a.topic},
            {QStringLiteral("place"), a.place},
            {QStringLiteral("organiser"), a.organiser},
            {QStringLiteral("notes"), a.notes}};
}

QVariantMap fieldsOf(const ActivityParticipant& p)
{
    return {{QStringLiteral("child_took_part"), p.child ? 1 : 0},
            {QStringLiteral("guardian_took_part"), p.guardian ? 1 : 0},
            {QStringLiteral("guardian_name"), p.guardian ? p.guardianName : QString()}};
}
} // namespace

ActivityRepository::ActivityRepository(CaseDatabase& db)
    : m_db(db)
    , m_writer(db)
{}

Result<ActivityRepository::ChildRow> ActivityRepository::childRow(const QString& childId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT area_code, name, merged_into FROM child WHERE id = ?"));
    q.addBindValue(childId);
    if (!q.exec())
        return Result<ChildRow>::failure(m_db.errorSentence(q.lastError()));
    if (!q.next())
        return Result<ChildRow>::failure(tr("No child with the id %1.").arg(childId.left(40)));
    return ChildRow{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
}

Result<Activity> ActivityRepository::check(Activity a) const
{
    using R = Result<Activity>;
    const auto station = m_db.station();
    if (!station)
        return R::failure(tr("Set up the station first."));
    Result<QVariantMap> valid = m_writer.validate(EntitySchema::activity(), fieldsOf(a));
    if (!valid)
        return R::failure(valid.error());
    for (const FieldSpec& f : EntitySchema::activity().fields) {
        if (f.required && valid->value(f.name).isNull())
            return R::failure(FieldValidator::fieldLabel(f) + tr(": a value is required."));
    }
    a.date = QDate::fromString(valid->value(QStringLiteral("activity_date")).toString(), Qt::ISODate);
    a.kind = valid->value(QStringLiteral("kind")).toString();
    a.topic = valid->value(QStringLiteral("topic")).toString();
    a.place = valid->value(QStringLiteral("place")).toString();
    a.organiser = valid->value(QStringLiteral("organiser")).toString();
    a.notes = valid->value(QStringLiteral("notes")).toString();

    QSet<QString> seen;
    QString participantsArea;
    for (ActivityParticipant& p : a.participants) {
        if (seen.contains(p.childId))
            return R::failure(tr("The child %1 is listed twice.").arg(p.childId.left(40)));
        seen.insert(p.childId);
        Result<ChildRow> child = childRow(p.childId);
        if (!child)
            return R::failure(child.error());
        if (!child->mergedInto.isEmpty())
            return R::failure(tr("The file of %1 was merged into the file %2: add that file instead.")
                                  .arg(child->name, child->mergedInto));
        if (!participantsArea.isEmpty() && child->area != participantsArea)
            return R::failure(tr("%1 lives in another village: an activity holds the children of one village "
                                 "(record it once per village).")
                                  .arg(child->name));
        participantsArea = child->area;
        p.childName = child->name;
        Result<QVariantMap> fields = m_writer.validate(EntitySchema::activityParticipant(), fieldsOf(p));
        if (!fields)
            return R::failure(fields.error());
        p.guardianName = fields->value(QStringLiteral("guardian_name")).toString();
    }

    QString area = AreaCode::normalize(a.areaCode);
    if (a.areaCode.isEmpty())
        area = !participantsArea.isEmpty()                                  ? participantsArea
               : AreaCode::levelOf(station->areaCode) == AreaLevel::Village ? station->areaCode
                                                                            : QString();
    if (area.isEmpty() || AreaCode::levelOf(area) != AreaLevel::Village ||
        !AreaCatalog::instance().contains(area))
        return R::failure(tr("Choose the village of the activity from the official list."));
    if (!AreaCode::contains(station->areaCode, area))
        return R::failure(tr("The village %1 is outside this station's area (%2).")
                              .arg(AreaCatalog::instance().fullName(area),
                                   AreaCatalog::instance().fullName(station->areaCode)));
    if (!participantsArea.isEmpty() && participantsArea != area)
        return R::failure(tr("The children listed live in %1, not in the activity's village %2.")
                              .arg(AreaCatalog::instance().fullName(participantsArea),
                                   AreaCatalog::instance().fullName(area)));
    a.areaCode = area;
    return a;
}

Result<QString> ActivityRepository::save(const Activity& input)
{
    using R = Result<QString>;
    Result<Activity> checked = check(input);
    if (!checked)
        return R::failure(checked.error());
    const Activity& a = checked.value();
    QSet<QString> stored; // children with a participant record of this activity
    if (!a.id.isEmpty()) {
        Result<QVariantMap> current = m_writer.read(EntitySchema::activity(), a.id);
        if (!current)
            return R::failure(tr("No activity with the id %1.").arg(a.id.left(40)));
        if (current->value(QStringLiteral("area_code")).toString() != a.areaCode)
            return R::failure(tr("An activity stays in its village: record a new activity for another "
                                 "village."));
        QSqlQuery q(m_db.sql());
        q.prepare(QStringLiteral("SELECT child_id FROM activity_participant WHERE activity_id = ?"));
        q.addBindValue(a.id);
        if (!q.exec())
            return R::failure(m_db.errorSentence(q.lastError()));
        while (q.next())
            stored.insert(q.value(0).toString());
    }
    if (Status s = m_db.begin(); !s)
        return R::failure(s.error());
    const auto fail = [this](const QString& why) {
        m_db.rollback();
        return R::failure(why);
    };
    QString id = a.id;
    if (id.isEmpty()) {
        Result<QString> created = m_writer.create(EntitySchema::activity(), a.areaCode, fieldsOf(a));
        if (!created)
            return fail(created.error());
        id = created.value();
    } else if (Result<QStringList> u = m_writer.update(EntitySchema::activity(), id, fieldsOf(a)); !u) {
        return fail(u.error());
    }
    QSet<QString> listed;
    for (const ActivityParticipant& p : a.participants) {
        listed.insert(p.childId);
        QVariantMap fields = fieldsOf(p);
        const QString pid = RecordIdentity::participantId(id, p.childId);
        if (stored.contains(p.childId)) {
            if (Result<QStringList> u = m_writer.update(EntitySchema::activityParticipant(), pid, fields); !u)
                return fail(u.error());
            continue;
        }
        if (!p.tookPart())
            continue;
        fields.insert(QStringLiteral("activity_id"), id);
        fields.insert(QStringLiteral("child_id"), p.childId);
        if (Result<QString> c = m_writer.create(EntitySchema::activityParticipant(), a.areaCode, fields, pid);
            !c)
            return fail(c.error());
    }
    for (const QString& child : std::as_const(stored)) {
        if (listed.contains(child))
            continue;
        ActivityParticipant off;
        off.child = false;
        off.guardian = false;
        if (Result<QStringList> u = m_writer.update(EntitySchema::activityParticipant(),
                                                    RecordIdentity::participantId(id, child), fieldsOf(off));
            !u)
            return fail(u.error());
    }
    if (Status s = m_db.commit(); !s)
        return R::failure(s.error());
    return id;
}

Result<QList<Activity>> ActivityRepository::select(const QString& where, const QVariantList& values) const
{
    using R = Result<QList<Activity>>;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
                  "SELECT a.id, a.area_code, a.activity_date, a.kind, a.topic, a.place, a.organiser, a.notes,"
                  " a.created_at,"
                  " (SELECT count(*) FROM activity_participant p WHERE p.activity_id = a.id"
                  "  AND p.child_took_part = 1),"
                  " (SELECT count(*) FROM activity_participant p WHERE p.activity_id = a.id"
                  "  AND p.guardian_took_part = 1)"
                  " FROM activity a WHERE ") +
              where + QStringLiteral(" ORDER BY a.activity_date DESC, a.created_at DESC, a.id"));
    for (const QVariant& v : values)
        q.addBindValue(v);
    if (!q.exec())
        return R::failure(m_db.errorSentence(q.lastError()));
    QList<Activity> out;
    while (q.next()) {
        Activity a;
        a.id = q.value(0).toString();
        a.areaCode = q.value(1).toString();
        a.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
        a.kind = q.value(3).toString();
        a.topic = q.value(4).toString();
        a.place = q.value(5).toString();
        a.organiser = q.value(6).toString();
        a.notes = q.value(7).toString();
        a.createdAt = q.value(8).toString();
        a.childCount = q.value(9).toInt();
        a.guardianCount = q.value(10).toInt();
        out << a;
    }
    return out;
}

Result<Activity> ActivityRepository::load(const QString& id) const
{
    using R = Result<Activity>;
    Result<QList<Activity>> found = select(QStringLiteral("a.id = ?"), {id});
    if (!found)
        return R::failure(found.error());
    if (found->isEmpty())
        return R::failure(tr("No activity with the id %1.").arg(id.left(40)));
    Activity a = found->first();
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT p.child_id, p.child_took_part, p.guardian_took_part, p.guardian_name,"
                       " c.name FROM activity_participant p LEFT JOIN child c ON c.id = p.child_id"
                       " WHERE p.activity_id = ? AND (p.child_took_part = 1 OR p.guardian_took_part = 1)"
                       " ORDER BY c.name_key, c.name, p.child_id"));
    q.addBindValue(id);
    if (!q.exec())
        return R::failure(m_db.errorSentence(q.lastError()));
    while (q.next())
        a.participants << ActivityParticipant{q.value(0).toString(), q.value(1).toInt() == 1,
                                              q.value(2).toInt() == 1, q.value(3).toString(),
                                              q.value(4).toString()};
    return a;
}

Result<QList<Activity>> ActivityRepository::list(const QString& area, QDate from, QDate to) const
{
    return select(QStringLiteral("a.area_code LIKE ? AND (? IS NULL OR a.activity_date >= ?)"
                                 " AND (? IS NULL OR a.activity_date <= ?)"),
                  {areaPattern(area), dateOrNull(from), dateOrNull(from), dateOrNull(to), dateOrNull(to)});
}

Result<QList<Activity>> ActivityRepository::forChild(const QString& childId) const
{
    return select(
        QStringLiteral("a.id IN (SELECT p.activity_id FROM activity_participant p"
                       " WHERE p.child_id = ? AND (p.child_took_part = 1 OR p.guardian_took_part = 1))"),
        {childId});
}

Result<ActivityCounts> ActivityRepository::counts(const QString& area, QDate from, QDate to) const
{
    using R = Result<ActivityCounts>;
    QSqlQuery q(m_db.sql());
    const QString span = QStringLiteral(
        "a.area_code LIKE ? AND (? IS NULL OR a.activity_date >= ?) AND (? IS NULL OR a.activity_date <= ?)");
    q.prepare(QStringLiteral("SELECT (SELECT count(*) FROM activity a WHERE ") + span +
              QStringLiteral("), (SELECT count(DISTINCT p.child_id) FROM activity_participant p"
                             " JOIN activity a ON a.id = p.activity_id WHERE p.child_took_part = 1 AND ") +
              span +
              QStringLiteral("), (SELECT count(*) FROM activity_participant p"
                             " JOIN activity a ON a.id = p.activity_id WHERE p.guardian_took_part = 1 AND ") +
              span + QStringLiteral(")"));
    for (int i = 0; i < 3; ++i) {
        q.addBindValue(areaPattern(area));
        q.addBindValue(dateOrNull(from));
        q.addBindValue(dateOrNull(from));
        q.addBindValue(dateOrNull(to));
        q.addBindValue(dateOrNull(to));
    }
    if (!q.exec() || !q.next())
        return R::failure(m_db.errorSentence(q.lastError()));
    return ActivityCounts{q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt()};
}
