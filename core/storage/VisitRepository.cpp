#include "VisitRepository.h"

#include "CaseDatabase.h"
#include "CaseRepository.h"
#include "EntitySchema.h"
#include "ReferralRepository.h"
#include "domain/TriggerRules.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("VisitRepository", text);
}

// The assessment fields a visit sets in the child's file when it is the child's latest visit.
const QStringList kFileFields{QStringLiteral("schooling"), QStringLiteral("guardianship_grade"),
                              QStringLiteral("guardianship_type")};

QStringList visitColumns()
{
    return EntitySchema::visit().fieldNames();
}

Visit visitFromRow(const QSqlQuery& q, const QStringList& fields)
{
    // Columns: id, area_code, created_at, created_by, superseded_by, fields...
    Visit v;
    v.id = q.value(0).toString();
    v.areaCode = q.value(1).toString();
    v.meta.insert(QStringLiteral("created_at"), q.value(2));
    v.meta.insert(QStringLiteral("created_by"), q.value(3));
    v.supersededBy = q.value(4).toString();
    int i = 5;
    for (const QString& f : fields)
        v.values.insert(f, q.value(i++));
    v.childId = v.values.take(QStringLiteral("child_id")).toString();
    return v;
}

QString selectVisits(const QString& where)
{
    QStringList cols;
    for (const QString& f : visitColumns())
        cols << QStringLiteral("v.") + f;
    return QStringLiteral(
               "SELECT v.id, v.area_code, v.created_at, v.created_by,"
               " (SELECT s.id FROM visit s WHERE s.supersedes = v.id ORDER BY s.created_at LIMIT 1), ") +
           cols.join(QLatin1Char(',')) + QStringLiteral(" FROM visit v WHERE ") + where;
}
} // namespace

VisitRepository::VisitRepository(CaseDatabase& db)
    : m_db(db)
    , m_writer(db)
{}

Result<VisitRepository::ChildRow> VisitRepository::childRow(const QString& childId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("SELECT area_code, birth_date, schooling, guardianship_grade, guardianship_type,"
                       " abuse_suspected, (SELECT max(visit_date) FROM visit WHERE child_id = child.id),"
                       " health, disability_type FROM child WHERE id = ?"));
    q.addBindValue(childId);
    if (!q.exec() || !q.next())
        return Result<ChildRow>::failure(tr("No child with the id %1.").arg(childId));
    ChildRow r;
    r.area = q.value(0).toString();
    r.birth = QDate::fromString(q.value(1).toString(), Qt::ISODate);
    r.current = {{QStringLiteral("schooling"), q.value(2)},
                 {QStringLiteral("guardianship_grade"), q.value(3)},
                 {QStringLiteral("guardianship_type"), q.value(4)},
                 {QStringLiteral("abuse_suspected"), q.value(5)}};
    r.latestVisit = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    const QString disability = q.value(8).toString();
    r.specialCare = q.value(7).toString() == QLatin1String("disabled") &&
                    (disability == QLatin1String("intellectual") || disability == QLatin1String("mental"));
    return r;
}

Result<Visit> VisitRepository::check(Visit v) const
{
    using R = Result<Visit>;
    if (!m_db.station())
        return R::failure(tr("Set up the station first."));
    if (v.childId.isEmpty())
        return R::failure(tr("Say which child was visited."));
    Result<ChildRow> child = childRow(v.childId);
    if (!child)
        return R::failure(child.error());
    v.areaCode = child->area;
    v.values.remove(QStringLiteral("child_id"));
    if (v.text(QStringLiteral("visitor")).trimmed().isEmpty() && m_db.station())
        v.values.insert(QStringLiteral("visitor"), m_db.station()->operatorName);
    QVariantMap values = v.values;
    values.insert(QStringLiteral("child_id"), v.childId);
    Result<QVariantMap> valid = m_writer.validate(EntitySchema::visit(), values);
    if (!valid)
        return R::failure(valid.error());
    for (const FieldSpec& f : EntitySchema::visit().fields) {
        if (f.required && valid->value(f.name).isNull())
            return R::failure(QCoreApplication::translate("Field", f.label) + tr(": a value is required."));
    }
    v.values = valid.value();
    v.values.remove(QStringLiteral("child_id"));
    if (child->birth.isValid() && v.date() < child->birth)
        return R::failure(tr("The visit date is before the child's birth."));
    if (!v.text(QStringLiteral("survey_clear")).isEmpty() && v.kind() != QLatin1String("survey"))
        return R::failure(tr("The six-item survey checklist belongs to survey visits only."));
    const QStringList hazards = v.codes(QStringLiteral("hazards"));
    const QString actionsText = v.text(QStringLiteral("hazard_actions"));
    if (!actionsText.isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(actionsText.toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return R::failure(tr("The actions about hazards must be an object: hazard -> what was done."));
        for (const QString& key : doc.object().keys()) {
            if (!hazards.contains(key))
                return R::failure(
                    tr("An action is recorded for the hazard \"%1\", which was not found.").arg(key));
        }
    }
    const QString changes = v.text(QStringLiteral("file_changes"));
    if (!changes.isEmpty()) {
        const QJsonDocument doc = QJsonDocument::fromJson(changes.toUtf8());
        Result<ChildFile> file = ChildFile::fromJson(doc.object());
        if (!doc.isObject() || !file)
            return R::failure(file ? tr("\"file_changes\" must be an object: a part of the child's file.")
                                   : file.error());
        if (!file->areaCode.isEmpty() || !file->id.isEmpty())
            return R::failure(tr("A visit cannot change the child's id or village."));
    }
    const QString supersedes = v.text(QStringLiteral("supersedes"));
    if (!supersedes.isEmpty()) {
        QSqlQuery q(m_db.sql());
        q.prepare(
            QStringLiteral("SELECT child_id, (SELECT s.id FROM visit s WHERE s.supersedes = v.id LIMIT 1)"
                           " FROM visit v WHERE v.id = ?"));
        q.addBindValue(supersedes);
        if (!q.exec() || !q.next())
            return R::failure(tr("No visit with the id %1.").arg(supersedes));
        if (q.value(0).toString() != v.childId)
            return R::failure(tr("A correction must be about the same child as the visit it corrects."));
        if (!q.value(1).isNull())
            return R::failure(
                tr("This visit was already corrected by the visit %1; correct that one instead.")
                    .arg(q.value(1).toString()));
    } else if (!v.text(QStringLiteral("correction_reason")).isEmpty()) {
        return R::failure(tr("A reason for a correction belongs to a visit that corrects another."));
    }
    return v;
}

QVariantMap VisitRepository::derivedFileChanges(const Visit& v, const ChildRow& child) const
{
    QVariantMap out;
    const auto differs = [&](const QString& field, const QVariant& value) {
        return child.current.value(field).toString() != value.toString();
    };
    // An older visit entered late does not overwrite what a later one found.
    if (!child.latestVisit.isValid() || v.date() >= child.latestVisit) {
        for (const QString& f : kFileFields) {
            const QString value = v.text(f);
            if (!value.isEmpty() && differs(f, value))
                out.insert(f, value);
        }
    }
    if (v.codes(QStringLiteral("safety_concerns")).contains(QStringLiteral("domestic_violence")) &&
        differs(QStringLiteral("abuse_suspected"), 1))
        out.insert(QStringLiteral("abuse_suspected"), 1);
    // What the visitor wrote explicitly wins.
    const QJsonObject explicitChanges =
        QJsonDocument::fromJson(v.text(QStringLiteral("file_changes")).toUtf8()).object();
    for (auto it = explicitChanges.begin(); it != explicitChanges.end(); ++it) {
        if (!it.value().isObject() && EntitySchema::child().field(it.key()))
            out.insert(it.key(), it.value().toVariant());
    }
    return out;
}

Result<VisitPreview> VisitRepository::preview(const Visit& input) const
{
    using R = Result<VisitPreview>;
    Result<Visit> checked = check(input);
    if (!checked)
        return R::failure(checked.error());
    Result<ChildRow> child = childRow(checked->childId);
    if (!child)
        return R::failure(child.error());
    VisitPreview p;
    VisitFindings findings = checked->findings(child->birth);
    findings.needsSpecialCare = child->specialCare;
    p.triggers = TriggerRules::evaluate(findings);
    const ReferralRepository referrals(m_db);
    for (const MandatedReferral& m :
         TriggerRules::referrals(p.triggers, findings, referrals.triggerSettings())) {
        Result<QString> open = referrals.openOf(checked->childId, m.kind);
        if (!open)
            return R::failure(open.error());
        p.referrals.append({m.kind, open.value(), open->isEmpty(), m.dueDate, m.triggers, m.reasons});
    }
    p.fileChanges = derivedFileChanges(checked.value(), child.value());
    return p;
}

Result<VisitSaved> VisitRepository::save(const Visit& visit)
{
    Result<Visit> checked = check(visit);
    if (!checked)
        return Result<VisitSaved>::failure(checked.error());
    return write(checked.value());
}

Result<VisitSaved> VisitRepository::correct(const QString& visitId, Visit corrected, const QString& reason)
{
    Result<Visit> old = load(visitId);
    if (!old)
        return Result<VisitSaved>::failure(old.error());
    corrected.id.clear();
    corrected.childId = old->childId;
    corrected.values.insert(QStringLiteral("supersedes"), visitId);
    if (!reason.trimmed().isEmpty())
        corrected.values.insert(QStringLiteral("correction_reason"), reason.trimmed());
    return save(corrected);
}

Status VisitRepository::update(const QString& visitId, const QVariantMap&)
{
    Q_UNUSED(visitId)
    return Status::failure(tr(
        "A saved visit cannot be changed; record a correction, which keeps both versions in the history."));
}

Result<VisitSaved> VisitRepository::write(const Visit& v)
{
    using R = Result<VisitSaved>;
    Result<ChildRow> child = childRow(v.childId);
    if (!child)
        return R::failure(child.error());
    VisitFindings findings = v.findings(child->birth);
    findings.needsSpecialCare = child->specialCare;
    ReferralRepository referrals(m_db);
    const QList<MandatedReferral> mandated = TriggerRules::referrals(findings, referrals.triggerSettings());
    const QVariantMap derived = derivedFileChanges(v, child.value());

    if (Status s = m_db.begin(); !s)
        return R::failure(s.error());
    const auto fail = [this](const QString& why) {
        m_db.rollback();
        return R::failure(why);
    };
    QVariantMap fields = v.values;
    fields.insert(QStringLiteral("child_id"), v.childId);
    Result<QString> id = m_writer.create(EntitySchema::visit(), v.areaCode, fields);
    if (!id)
        return fail(id.error());
    VisitSaved saved;
    saved.visitId = id.value();
    // What the visit establishes goes through the same validated path as editing the file.
    const QJsonObject explicitChanges =
        QJsonDocument::fromJson(v.text(QStringLiteral("file_changes")).toUtf8()).object();
    if (!derived.isEmpty() || !explicitChanges.isEmpty()) {
        Result<ChildFile> change = ChildFile::fromJson(explicitChanges);
        if (!change)
            return fail(change.error());
        ChildFile edit = change.value();
        for (auto it = derived.cbegin(); it != derived.cend(); ++it)
            edit.child.insert(it.key(), it.value());
        Result<int> changed = CaseRepository(m_db).update(v.childId, edit);
        if (!changed)
            return fail(tr("The visit's changes to the child's file were refused: %1").arg(changed.error()));
        saved.fileFieldsChanged = changed.value();
    }
    for (const MandatedReferral& m : mandated) {
        Result<ReferralOutcome> r = referrals.openOrAdd(v.childId, v.areaCode, m, saved.visitId, v.date(),
                                                        v.text(QStringLiteral("visitor")));
        if (!r)
            return fail(r.error());
        saved.referrals << r.value();
    }
    if (Status s = m_db.commit(); !s)
        return R::failure(s.error());
    return saved;
}

Result<Visit> VisitRepository::load(const QString& visitId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(selectVisits(QStringLiteral("v.id = ?")));
    q.addBindValue(visitId);
    if (!q.exec() || !q.next())
        return Result<Visit>::failure(tr("No visit with the id %1.").arg(visitId));
    return visitFromRow(q, visitColumns());
}

Result<QList<Visit>> VisitRepository::forChild(const QString& childId) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(selectVisits(QStringLiteral("v.child_id = ? ORDER BY v.visit_date DESC, v.created_at DESC")));
    q.addBindValue(childId);
    if (!q.exec())
        return Result<QList<Visit>>::failure(q.lastError().text());
    QList<Visit> out;
    const QStringList fields = visitColumns();
    while (q.next())
        out << visitFromRow(q, fields);
    return out;
}

Result<Visit> VisitRepository::fromLast(const QString& childId) const
{
    Result<QList<Visit>> visits = forChild(childId);
    if (!visits)
        return Result<Visit>::failure(visits.error());
    Visit out;
    out.childId = childId;
    for (const Visit& v : visits.value()) {
        if (v.isSuperseded())
            continue;
        static const QStringList carried{QStringLiteral("visitor"),
                                         QStringLiteral("visitor_role"),
                                         QStringLiteral("met"),
                                         QStringLiteral("safety"),
                                         QStringLiteral("guardianship_grade"),
                                         QStringLiteral("guardianship_type"),
                                         QStringLiteral("physical_health"),
                                         QStringLiteral("mental_health"),
                                         QStringLiteral("schooling"),
                                         QStringLiteral("living_environment"),
                                         QStringLiteral("contact_frequency"),
                                         QStringLiteral("contact_means"),
                                         QStringLiteral("needs"),
                                         QStringLiteral("services"),
                                         QStringLiteral("economic_difficulty"),
                                         QStringLiteral("assistance_eligible")};
        for (const QString& f : carried) {
            if (!v.values.value(f).isNull())
                out.values.insert(f, v.values.value(f));
        }
        break;
    }
    return out;
}

Result<SurveyStatus> VisitRepository::surveyStatus(const QString& childId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral(
        "SELECT v.survey_clear, v.visit_date FROM visit v WHERE v.child_id = ?"
        " AND v.kind = 'survey' AND NOT EXISTS (SELECT 1 FROM visit s WHERE s.supersedes = v.id)"));
    q.addBindValue(childId);
    if (!q.exec())
        return Result<SurveyStatus>::failure(q.lastError().text());
    SurveyStatus s;
    while (q.next()) {
        s.surveyed = true;
        for (const QString& item : q.value(0).toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (!s.clear.contains(item))
                s.clear << item;
        }
        const QDate d = QDate::fromString(q.value(1).toString(), Qt::ISODate);
        if (!s.lastSurvey.isValid() || d > s.lastSurvey)
            s.lastSurvey = d;
    }
    QStringList ordered;
    for (const QString& item : Vocabulary::codes(Vocabulary::SurveyItem)) {
        if (s.clear.contains(item))
            ordered << item;
        else
            s.missing << item;
    }
    s.clear = ordered;
    s.complete = s.surveyed && s.missing.isEmpty();
    return s;
}
