#include "ReferralRepository.h"
#include "Localization.h"

#include "CaseDatabase.h"
#include "CaseRepository.h"
#include "EntitySchema.h"
#include "FieldValidator.h"
#include "domain/AreaCode.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ReferralRepository", text);
}

QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// A moment written as YYYY-MM-DD HH:MM (or with T, or a date alone); empty when it is not one.
QString normalizeMoment(const QString& text)
{
    static const QRegularExpression re(
        QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{1,2}):(\\d{2}))?$"));
    const auto m = re.match(text.trimmed());
    if (!m.hasMatch() || !QDate::fromString(m.captured(1), Qt::ISODate).isValid())
        return {};
    if (m.captured(2).isEmpty())
        return m.captured(1);
    const QTime t(m.captured(2).toInt(), m.captured(3).toInt());
    if (!t.isValid())
        return {};
    return m.captured(1) + QLatin1Char(' ') + t.toString(QStringLiteral("HH:mm"));
}

const QStringList& listColumns()
{
    static const QStringList c = [] {
        QStringList out{QStringLiteral("r.id"), QStringLiteral("r.area_code"), QStringLiteral("c.name"),
                        QStringLiteral("r.created_at"), QStringLiteral("r.updated_at")};
        for (const QString& f : EntitySchema::referral().fieldNames())
            out << QStringLiteral("r.") + f;
        return out;
    }();
    return c;
}

Referral fromRow(const QSqlQuery& q)
{
    Referral r;
    r.id = q.value(0).toString();
    r.areaCode = q.value(1).toString();
    r.childName = q.value(2).toString();
    r.meta.insert(QStringLiteral("created_at"), q.value(3));
    r.meta.insert(QStringLiteral("updated_at"), q.value(4));
    int i = 5;
    for (const QString& f : EntitySchema::referral().fieldNames())
        r.values.insert(f, q.value(i++));
    r.childId = r.text(QStringLiteral("child_id"));
    return r;
}
} // namespace

ReferralRepository::ReferralRepository(CaseDatabase& db)
    : m_db(db)
    , m_writer(db)
{}

TriggerSettings ReferralRepository::triggerSettings() const
{
    TriggerSettings s;
    s.safetyNetDueDays =
        m_db.setting(QStringLiteral("referral_due_days_safety_net"), QString::number(s.safetyNetDueDays))
            .toInt();
    s.dropoutDueDays =
        m_db.setting(QStringLiteral("referral_due_days_dropout"), QString::number(s.dropoutDueDays)).toInt();
    return s;
}

Result<QList<Referral>> ReferralRepository::list(const Filter& filter) const
{
    QStringList where;
    QVariantList binds;
    // A referral folded into an earlier one of its kind lives on in that one's history (RuleReconciler).
    where << QStringLiteral("r.status <> 'folded'");
    if (filter.openOnly || filter.overdueOnly)
        where << QStringLiteral("r.status IN ('open', 'in_progress')");
    if (filter.overdueOnly) {
        where << QStringLiteral(
            "r.due_date < ? AND NOT (r.kind = 'police_report' AND coalesce(r.reported_at, '') <> ''"
            " AND coalesce(r.reported_to, '') <> '' AND coalesce(r.reported_by, '') <> '')");
        binds << iso(m_db.clock().today());
    }
    if (!filter.childId.isEmpty()) {
        where << QStringLiteral("r.child_id = ?");
        binds << filter.childId;
    }
    if (!filter.area.isEmpty()) {
        where << QStringLiteral("r.area_code LIKE ?");
        binds << QString(AreaCode::prefix(filter.area) + QLatin1Char('%'));
    }
    if (!filter.kind.isEmpty()) {
        where << QStringLiteral("r.kind = ?");
        binds << filter.kind;
    }
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT ") + listColumns().join(QLatin1Char(',')) +
        QStringLiteral(" FROM referral r LEFT JOIN child c ON c.id = r.child_id") +
        (where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "))) +
        QStringLiteral(
            " ORDER BY r.status = 'closed', CASE WHEN r.status = 'closed' THEN '' ELSE r.due_date END,"
            " r.opened_on DESC"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Result<QList<Referral>>::failure(m_db.errorSentence(q.lastError()));
    QList<Referral> out;
    while (q.next())
        out << fromRow(q);
    if (q.lastError().isValid())
        return Result<QList<Referral>>::failure(m_db.errorSentence(q.lastError()));
    return out;
}

QList<ReferralStep> ReferralRepository::stepsOf(const QString& referralId) const
{
    QList<ReferralStep> out;
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id, step_date, action, status, done_by, note, visit_id, created_at"
                             " FROM referral_step WHERE referral_id = ? ORDER BY created_at, step_date"));
    q.addBindValue(referralId);
    q.exec();
    while (q.next())
        out.append({q.value(0).toString(), referralId, QDate::fromString(q.value(1).toString(), Qt::ISODate),
                    q.value(2).toString(), q.value(3).toString(), q.value(4).toString(),
                    q.value(5).toString(), q.value(6).toString(), q.value(7).toString()});
    return out;
}

Result<Referral> ReferralRepository::load(const QString& id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT ") + listColumns().join(QLatin1Char(',')) +
              QStringLiteral(" FROM referral r LEFT JOIN child c ON c.id = r.child_id WHERE r.id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Result<Referral>::failure(tr("No referral with the id %1.").arg(id));
    Referral r = fromRow(q);
    r.steps = stepsOf(id);
    return r;
}

Result<QList<Referral>> ReferralRepository::forChild(const QString& childId) const
{
    Filter f;
    f.childId = childId;
    Result<QList<Referral>> list = this->list(f);
    if (!list)
        return list;
    for (Referral& r : list.value())
        r.steps = stepsOf(r.id);
    return list;
}

Result<QString> ReferralRepository::openOf(const QString& childId, const QString& kind) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT id FROM referral WHERE child_id = ? AND kind = ?"
                             " AND status IN ('open', 'in_progress') ORDER BY opened_on LIMIT 1"));
    q.addBindValue(childId);
    q.addBindValue(kind);
    if (!q.exec())
        return Result<QString>::failure(m_db.errorSentence(q.lastError()));
    return q.next() ? q.value(0).toString() : QString();
}

Result<ReferralStep> ReferralRepository::addStep(const Referral& r, const QString& action,
                                                 const QString& status, QDate on, const QString& doneBy,
                                                 const QString& note, const QString& visitId)
{
    QVariantMap fields{{QStringLiteral("referral_id"), r.id},  {QStringLiteral("child_id"), r.childId},
                       {QStringLiteral("step_date"), iso(on)}, {QStringLiteral("action"), action},
                       {QStringLiteral("status"), status},     {QStringLiteral("done_by"), doneBy},
                       {QStringLiteral("note"), note}};
    if (!visitId.isEmpty())
        fields.insert(QStringLiteral("visit_id"), visitId);
    Result<QString> id = m_writer.create(EntitySchema::referralStep(), r.areaCode, fields);
    if (!id)
        return Result<ReferralStep>::failure(id.error());
    return ReferralStep{id.value(), r.id,    on,
                        action,     status,  doneBy,
                        note,       visitId, m_db.clock().now().toString(Qt::ISODateWithMs)};
}

Result<ReferralOutcome> ReferralRepository::openOrAdd(const QString& childId, const QString& areaCode,
                                                      const MandatedReferral& mandated,
                                                      const QString& visitId, QDate on, const QString& doneBy)
{
    using R = Result<ReferralOutcome>;
    Result<QString> existing = openOf(childId, mandated.kind);
    if (!existing)
        return R::failure(existing.error());
    if (Status s = m_db.begin(); !s)
        return R::failure(s.error());
    const auto fail = [this](const QString& why) {
        m_db.rollback();
        return R::failure(why);
    };
    ReferralOutcome out{mandated.kind,    existing.value(),  existing->isEmpty(),
                        mandated.dueDate, mandated.triggers, mandated.reasons};
    Referral r;
    if (out.opened) {
        QVariantMap fields{{QStringLiteral("child_id"), childId},
                           {QStringLiteral("kind"), mandated.kind},
                           {QStringLiteral("triggers"), mandated.triggers.join(QLatin1Char(','))},
                           {QStringLiteral("opened_on"), iso(on)},
                           {QStringLiteral("due_date"), iso(mandated.dueDate)},
                           {QStringLiteral("status"), QStringLiteral("open")}};
        if (!visitId.isEmpty())
            fields.insert(QStringLiteral("visit_id"), visitId);
        if (!mandated.schemes.isEmpty())
            fields.insert(QStringLiteral("schemes"), mandated.schemes.join(QLatin1Char(',')));
        Result<QString> id = m_writer.create(EntitySchema::referral(), areaCode, fields);
        if (!id)
            return fail(id.error());
        out.referralId = id.value();
        r.id = id.value();
        r.childId = childId;
        r.areaCode = areaCode;
        r.values = fields;
    } else {
        Result<Referral> current = load(out.referralId);
        if (!current)
            return fail(current.error());
        r = current.value();
        out.dueDate = r.dueDate();
        QStringList triggers = r.text(QStringLiteral("triggers")).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& t : mandated.triggers) {
            if (!triggers.contains(t))
                triggers << t;
        }
        Result<QStringList> u = m_writer.update(
            EntitySchema::referral(), r.id, {{QStringLiteral("triggers"), triggers.join(QLatin1Char(','))}});
        if (!u)
            return fail(u.error());
    }
    Result<ReferralStep> step =
        addStep(r, out.opened ? QStringLiteral("opened") : QStringLiteral("found_again"), r.status(), on,
                doneBy, Localization::joinSentences(mandated.reasons), visitId);
    if (!step)
        return fail(step.error());
    if (Status s = m_db.commit(); !s)
        return R::failure(s.error());
    return out;
}

Result<ReferralStep> ReferralRepository::update(const QString& id, const ReferralUpdate& input)
{
    using R = Result<ReferralStep>;
    Result<Referral> current = load(id);
    if (!current)
        return R::failure(current.error());
    const Referral& r = current.value();
    if (r.text(QStringLiteral("status")) == QLatin1String("folded"))
        return R::failure(tr("This referral was folded into the earlier referral of its kind (%1); continue "
                             "there.")
                              .arg(r.text(QStringLiteral("folded_into"))));
    if (!r.isOpen())
        return R::failure(tr("This referral is closed; it cannot be changed."));
    ReferralUpdate u = input;
    const QDate today = m_db.clock().today();
    if (!u.date.isValid())
        u.date = today;
    if (u.date > today)
        return R::failure(tr("A step cannot be dated in the future."));
    if (u.doneBy.trimmed().isEmpty() && m_db.station())
        u.doneBy = m_db.station()->operatorName;
    if (u.status == QLatin1String("closed"))
        return R::failure(tr("Close a referral with its outcome (referral close)."));
    if (!u.status.isEmpty() && !Vocabulary::contains(Vocabulary::ReferralStatus, u.status))
        return R::failure(tr("\"%1\" is not a referral status.").arg(u.status));
    // The step the fields stand for, and the date field a step stands for.
    static const QList<std::pair<QString, QString>> dated{
        {QStringLiteral("guardian_notified_on"), QStringLiteral("guardian_notified")},
        {QStringLiteral("education_reported_on"), QStringLiteral("education_reported")},
        {QStringLiteral("returned_on"), QStringLiteral("returned_to_school")}};
    if (u.action.isEmpty()) {
        if (u.changes.contains(QStringLiteral("reported_at")) ||
            u.changes.contains(QStringLiteral("reported_to")))
            u.action = QStringLiteral("police_reported");
        for (const auto& [field, action] : dated) {
            if (u.action.isEmpty() && u.changes.contains(field))
                u.action = action;
        }
        if (u.action.isEmpty() && u.changes.contains(QStringLiteral("schemes")))
            u.action = QStringLiteral("assistance_applied");
        if (u.action.isEmpty())
            u.action = u.status.isEmpty() ? QStringLiteral("note") : QStringLiteral("status_changed");
    }
    if (!Vocabulary::contains(Vocabulary::ReferralAction, u.action) || u.action == QLatin1String("opened") ||
        u.action == QLatin1String("closed") || u.action == QLatin1String("found_again"))
        return R::failure(tr("\"%1\" is not a step that can be recorded here.").arg(u.action));
    for (const auto& [field, action] : dated) {
        if (u.action == action && !u.changes.contains(field))
            u.changes.insert(field, iso(u.date));
    }
    if (u.changes.contains(QStringLiteral("reported_at"))) {
        const QString moment = normalizeMoment(u.changes.value(QStringLiteral("reported_at")).toString());
        if (moment.isEmpty())
            return R::failure(tr("\"reported_at\" must be a date and time written as 2024-05-02 14:30."));
        u.changes.insert(QStringLiteral("reported_at"), moment);
    }
    if (u.status.isEmpty() && r.status() == QLatin1String("open") && u.action != QLatin1String("note"))
        u.status = QStringLiteral("in_progress");
    QVariantMap changes = u.changes;
    if (!u.status.isEmpty())
        changes.insert(QStringLiteral("status"), u.status);
    if (Status s = m_db.begin(); !s)
        return R::failure(s.error());
    Result<QStringList> written = m_writer.update(EntitySchema::referral(), id, changes);
    if (!written) {
        m_db.rollback();
        return R::failure(written.error());
    }
    QString note = u.note.trimmed();
    if (u.action == QLatin1String("police_reported") && note.isEmpty())
        note = tr("Reported at %1 to %2 by %3.")
                   .arg(changes.value(QStringLiteral("reported_at"), r.text(QStringLiteral("reported_at")))
                            .toString(),
                        changes.value(QStringLiteral("reported_to"), r.text(QStringLiteral("reported_to")))
                            .toString(),
                        changes.value(QStringLiteral("reported_by"), r.text(QStringLiteral("reported_by")))
                            .toString());
    Result<ReferralStep> step =
        addStep(r, u.action, u.status.isEmpty() ? r.status() : u.status, u.date, u.doneBy, note, {});
    if (!step) {
        m_db.rollback();
        return step;
    }
    if (Status s = m_db.commit(); !s)
        return R::failure(s.error());
    return step;
}

Status ReferralRepository::close(const QString& id, const QString& outcome, QDate on, const QString& by)
{
    Result<Referral> current = load(id);
    if (!current)
        return Status::failure(current.error());
    const Referral& r = current.value();
    if (r.text(QStringLiteral("status")) == QLatin1String("folded"))
        return Status::failure(
            tr("This referral was folded into the earlier referral of its kind (%1); close "
               "that one.")
                .arg(r.text(QStringLiteral("folded_into"))));
    if (!r.isOpen())
        return Status::failure(tr("This referral is already closed."));
    if (outcome.trimmed().isEmpty())
        return Status::failure(tr("A referral is closed with its outcome; write what happened."));
    if (r.kind() == QLatin1String("police_report") && !r.policeReportRecorded())
        return Status::failure(
            tr("A report to the police cannot be closed before it records when, to whom and by "
               "whom it was reported."));
    const QDate today = m_db.clock().today();
    if (!on.isValid())
        on = today;
    if (on > today || on < r.openedOn())
        return Status::failure(tr("The closing date must lie between the opening date and today."));
    const QString who =
        by.trimmed().isEmpty() && m_db.station() ? m_db.station()->operatorName : by.trimmed();
    if (Status s = m_db.begin(); !s)
        return s;
    Result<QStringList> written = m_writer.update(EntitySchema::referral(), id,
                                                  {{QStringLiteral("status"), QStringLiteral("closed")},
                                                   {QStringLiteral("outcome"), outcome.trimmed()},
                                                   {QStringLiteral("closed_on"), iso(on)},
                                                   {QStringLiteral("closed_by"), who}});
    if (!written) {
        m_db.rollback();
        return Status::failure(written.error());
    }
    if (Result<ReferralStep> step =
            addStep(r, QStringLiteral("closed"), QStringLiteral("closed"), on, who, outcome.trimmed(), {});
        !step) {
        m_db.rollback();
        return Status::failure(step.error());
    }
    return m_db.commit();
}

Result<DropoutReport> ReferralRepository::dropoutReport(const QString& id) const
{
    using R = Result<DropoutReport>;
    Result<Referral> r = load(id);
    if (!r)
        return R::failure(r.error());
    if (r->kind() != QLatin1String("dropout"))
        return R::failure(tr("Only a dropout referral has a report to the education department."));
    DropoutReport report;
    report.referral = r.value();
    Result<ChildFile> child = CaseRepository(m_db).load(r->childId);
    if (!child)
        return R::failure(child.error());
    report.child = child.value();
    const QString visitId = r->text(QStringLiteral("visit_id"));
    if (!visitId.isEmpty()) {
        if (Result<QVariantMap> v = m_writer.read(EntitySchema::visit(), visitId)) {
            report.visit.id = visitId;
            report.visit.childId = r->childId;
            report.visit.areaCode = v->value(QStringLiteral("area_code")).toString();
            for (const QString& f : EntitySchema::visit().fieldNames())
                report.visit.values.insert(f, v->value(f));
        }
    }
    if (const auto station = m_db.station()) {
        report.stationName = station->name;
        report.stationArea = station->areaCode;
        report.reporter = station->operatorName;
    }
    report.date = m_db.clock().today();
    return report;
}
