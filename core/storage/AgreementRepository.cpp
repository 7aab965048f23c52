#include "AgreementRepository.h"

#include "CaseDatabase.h"
#include "CaseRepository.h"
#include "ChildFile.h"
#include "EntitySchema.h"
#include "FieldValidator.h"
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/WorkPlace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString iso(QDate d)
{
    return d.toString(Qt::ISODate);
}

// The term dates as stored: YYYY-MM-DD, the last day after the first.
Status normalizeTerm(QVariantMap& fields)
{
    const QDate from = FieldValidator::parseDate(fields.value(QStringLiteral("term_from")).toString());
    const QDate to = FieldValidator::parseDate(fields.value(QStringLiteral("term_to")).toString());
    if (!from.isValid() || !to.isValid())
        return Status::failure(AgreementRepository::tr(
            "Enter the term of the agreement as two real dates (first and last day)."));
    if (to <= from)
        return Status::failure(
            AgreementRepository::tr("The last day of the term (%1) must come after the first (%2).")
                .arg(iso(to), iso(from)));
    if (to > from.addYears(5))
        return Status::failure(
            AgreementRepository::tr("The term may be at most five years; make a new agreement after that."));
    fields.insert(QStringLiteral("term_from"), iso(from));
    fields.insert(QStringLiteral("term_to"), iso(to));
    return {};
}
} // namespace

AgreementRepository::AgreementRepository(CaseDatabase& db)
    : m_db(db)
    , m_writer(db)
{}

QString AgreementRepository::caregiverRelation(const ChildFile& file)
{
    for (const QString& r : {QStringLiteral("caregiver"), QStringLiteral("guardian")}) {
        if (!file.personText(r, QStringLiteral("name")).isEmpty())
            return r;
    }
    return {};
}

bool AgreementRepository::caregiverChanged(const CareAgreement& agreement, const ChildFile& file)
{
    const QString relation = caregiverRelation(file);
    if (relation.isEmpty())
        return false;
    return !agreement.sameCaregiver(file.personText(relation, QStringLiteral("name")),
                                    file.personText(relation, QStringLiteral("id_number")));
}

Result<CareAgreement> AgreementRepository::propose(const QString& childId, QDate from, QDate to) const
{
    Result<ChildFile> file = CaseRepository(m_db).load(childId);
    if (!file)
        return Result<CareAgreement>::failure(file.error());
    const ChildFile& f = file.value();
    CareAgreement a;
    a.areaCode = f.areaCode;
    QVariantMap& v = a.fields;
    v.insert(QStringLiteral("child_id"), f.id);
    v.insert(QStringLiteral("status"), QStringLiteral("draft"));
    for (const QString& parent : {QStringLiteral("father"), QStringLiteral("mother")}) {
        for (const char* field : {"name", "id_number", "phone"})
            v.insert(parent + QLatin1Char('_') + QLatin1String(field),
                     f.persons.value(parent).value(QLatin1String(field)));
        QString place = f.personText(parent, QStringLiteral("work_place"));
        if (place.isEmpty()) {
            const QString code = f.personText(parent, QStringLiteral("work_place_code"));
            place = code.isEmpty() ? QString() : WorkPlace::label(code).remove(QLatin1Char(' '));
        }
        v.insert(parent + QStringLiteral("_work_place"), place);
    }
    const QString relation = caregiverRelation(f);
    const QVariantMap carer = f.persons.value(relation);
    v.insert(QStringLiteral("caregiver_name"), carer.value(QStringLiteral("name")));
    v.insert(QStringLiteral("caregiver_id_number"), carer.value(QStringLiteral("id_number")));
    v.insert(QStringLiteral("caregiver_relation"), carer.value(QStringLiteral("relation_to_child")));
    v.insert(QStringLiteral("caregiver_phone"), carer.value(QStringLiteral("phone")));
    v.insert(QStringLiteral("caregiver_address"), carer.value(QStringLiteral("address")));
    v.insert(QStringLiteral("caregiver_capable"), carer.value(QStringLiteral("capable")));
    if (from.isValid())
        v.insert(QStringLiteral("term_from"), iso(from));
    if (to.isValid())
        v.insert(QStringLiteral("term_to"), iso(to));
    return a;
}

Result<QString> AgreementRepository::create(const CareAgreement& draft)
{
    QVariantMap fields = draft.fields;
    fields.insert(QStringLiteral("status"), QStringLiteral("draft"));
    for (const char* unset : {"replaces", "printed_on", "signed_on", "witness"})
        fields.remove(QLatin1String(unset));
    if (Status s = normalizeTerm(fields); !s)
        return Result<QString>::failure(s.error());
    const QString childId = fields.value(QStringLiteral("child_id")).toString();
    Result<ChildFile> file = CaseRepository(m_db).load(childId);
    if (!file)
        return Result<QString>::failure(file.error());
    if (file->text(QStringLiteral("status")) == QLatin1String("exited"))
        return Result<QString>::failure(
            AgreementRepository::tr("%1 has left the register; no agreement can be made.")
                .arg(file->text(QStringLiteral("name"))));
    if (Status s = m_db.begin(); !s)
        return Result<QString>::failure(s.error());
    const auto fail = [this](const QString& why) {
        m_db.rollback();
        return Result<QString>::failure(why);
    };
    Result<std::optional<CareAgreement>> existing = current(childId);
    if (!existing)
        return fail(existing.error());
    const QDate today = m_db.clock().today();
    if (existing->has_value()) {
        const CareAgreement& old = **existing;
        const QVariant idNumber = fields.value(QStringLiteral("caregiver_id_number"));
        Result<QVariant> normalizedId = FieldValidator::normalize(
            *EntitySchema::agreement().field(QStringLiteral("caregiver_id_number")), idNumber, today);
        const bool same = old.sameCaregiver(fields.value(QStringLiteral("caregiver_name")).toString(),
                                            normalizedId ? normalizedId->toString() : idNumber.toString());
        if (same && !old.renewalDue(today))
            return fail(
                AgreementRepository::tr(
                    "%1 already has an agreement with this caregiver (%2); a new one is made when the "
                    "caregiver changes or the renewal is due.")
                    .arg(file->text(QStringLiteral("name")), CareAgreement::stateLabel(old.state(today))));
        fields.insert(QStringLiteral("replaces"), old.id);
    }
    Result<QString> id = m_writer.create(EntitySchema::agreement(), file->areaCode, fields);
    if (!id)
        return fail(id.error());
    if (existing->has_value()) {
        Result<QStringList> replaced =
            m_writer.update(EntitySchema::agreement(), (*existing)->id,
                            {{QStringLiteral("status"), QStringLiteral("replaced")}});
        if (!replaced)
            return fail(replaced.error());
    }
    if (Status s = m_db.commit(); !s)
        return Result<QString>::failure(s.error());
    return id;
}

Status AgreementRepository::update(const QString& id, const QVariantMap& changes)
{
    Result<CareAgreement> a = load(id);
    if (!a)
        return Status::failure(a.error());
    const CareAgreement::State state = a->state(m_db.clock().today());
    if (state != CareAgreement::State::Draft && state != CareAgreement::State::Printed)
        return Status::failure(
            AgreementRepository::tr("A %1 agreement cannot be changed; make a new agreement instead.")
                .arg(CareAgreement::stateLabel(state)));
    for (const char* locked : {"child_id", "status", "replaces", "signed_on", "witness", "printed_on"}) {
        if (changes.contains(QLatin1String(locked)))
            return Status::failure(
                AgreementRepository::tr("\"%1\" changes only through the agreement's lifecycle.")
                    .arg(QLatin1String(locked)));
    }
    QVariantMap merged = a->fields;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it)
        merged.insert(it.key(), it.value());
    if (Status s = normalizeTerm(merged); !s)
        return s;
    QVariantMap write = changes;
    if (changes.contains(QStringLiteral("term_from")) || changes.contains(QStringLiteral("term_to"))) {
        write.insert(QStringLiteral("term_from"), merged.value(QStringLiteral("term_from")));
        write.insert(QStringLiteral("term_to"), merged.value(QStringLiteral("term_to")));
    }
    Result<QStringList> written = m_writer.update(EntitySchema::agreement(), id, write);
    return written ? Status() : Status::failure(written.error());
}

Result<QList<CareAgreement>> AgreementRepository::select(const QString& where,
                                                         const QVariantList& binds) const
{
    const QStringList fields = EntitySchema::agreement().fieldNames();
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, area_code, ") + fields.join(QLatin1Char(',')) +
              QStringLiteral(" FROM agreement WHERE ") + where +
              QStringLiteral(" ORDER BY created_at DESC, seq DESC"));
    for (const QVariant& b : binds)
        q.addBindValue(b);
    if (!q.exec())
        return Result<QList<CareAgreement>>::failure(
            AgreementRepository::tr("The agreements cannot be read: %1").arg(q.lastError().text()));
    QList<CareAgreement> out;
    while (q.next()) {
        CareAgreement a;
        a.id = q.value(0).toString();
        a.areaCode = q.value(1).toString();
        for (qsizetype i = 0; i < fields.size(); ++i)
            a.fields.insert(fields.at(i), q.value(int(i) + 2));
        out.append(a);
    }
    return out;
}

Result<CareAgreement> AgreementRepository::load(const QString& id) const
{
    Result<QList<CareAgreement>> found = select(QStringLiteral("id = ?"), {id});
    if (!found)
        return Result<CareAgreement>::failure(found.error());
    if (found->isEmpty())
        return Result<CareAgreement>::failure(
            AgreementRepository::tr("There is no agreement with the id %1.").arg(id));
    return found->first();
}

Result<QList<CareAgreement>> AgreementRepository::forChild(const QString& childId) const
{
    return select(QStringLiteral("child_id = ?"), {childId});
}

Result<std::optional<CareAgreement>> AgreementRepository::current(const QString& childId) const
{
    Result<QList<CareAgreement>> found = select(
        QStringLiteral("child_id = ? AND status <> 'replaced' AND coalesce(needs_review, 0) = 0"), {childId});
    if (!found)
        return Result<std::optional<CareAgreement>>::failure(found.error());
    if (found->isEmpty())
        return std::optional<CareAgreement>();
    return std::optional<CareAgreement>(found->first());
}

Status AgreementRepository::move(const QString& id, CareAgreement::State to, const QVariantMap& changes)
{
    Result<CareAgreement> a = load(id);
    if (!a)
        return Status::failure(a.error());
    const CareAgreement::State from = a->state(m_db.clock().today());
    if (!CareAgreement::canMove(from, to))
        return Status::failure(AgreementRepository::tr("A %1 agreement cannot become %2.")
                                   .arg(CareAgreement::stateLabel(from), CareAgreement::stateLabel(to)));
    QVariantMap write = changes;
    write.insert(QStringLiteral("status"), CareAgreement::stateCode(to));
    Result<QStringList> written = m_writer.update(EntitySchema::agreement(), id, write);
    return written ? Status() : Status::failure(written.error());
}

Status AgreementRepository::review(const QString& id, bool keep)
{
    Result<CareAgreement> a = load(id);
    if (!a)
        return Status::failure(a.error());
    if (a->fields.value(QStringLiteral("needs_review")).toInt() != 1)
        return Status::failure(AgreementRepository::tr("This agreement is not waiting for a review."));
    if (Status s = m_db.begin(); !s)
        return s;
    const auto fail = [this](const QString& why) {
        m_db.rollback();
        return Status::failure(why);
    };
    QVariantMap changes{{QStringLiteral("needs_review"), QVariant()}};
    if (keep) {
        Result<std::optional<CareAgreement>> standing = current(a->text(QStringLiteral("child_id")));
        if (!standing)
            return fail(standing.error());
        if (standing.value()) {
            if (Result<QStringList> r =
                    m_writer.update(EntitySchema::agreement(), standing.value()->id,
                                    {{QStringLiteral("status"), QStringLiteral("replaced")}});
                !r)
                return fail(r.error());
            changes.insert(QStringLiteral("replaces"), standing.value()->id);
        }
    } else {
        changes.insert(QStringLiteral("status"), QStringLiteral("replaced"));
    }
    if (Result<QStringList> r = m_writer.update(EntitySchema::agreement(), id, changes); !r)
        return fail(r.error());
    return m_db.commit();
}

Status AgreementRepository::markPrinted(const QStringList& ids)
{
    if (Status s = m_db.begin(); !s)
        return s;
    const QDate today = m_db.clock().today();
    for (const QString& id : ids) {
        Result<CareAgreement> a = load(id);
        if (!a) {
            m_db.rollback();
            return Status::failure(a.error());
        }
        if (a->state(today) != CareAgreement::State::Draft)
            continue;
        if (Status s = move(id, CareAgreement::State::Printed, {{QStringLiteral("printed_on"), iso(today)}});
            !s) {
            m_db.rollback();
            return s;
        }
    }
    return m_db.commit();
}

Status AgreementRepository::sign(const QString& id, QDate signedOn, const QString& witness)
{
    Result<CareAgreement> a = load(id);
    if (!a)
        return Status::failure(a.error());
    const QDate today = m_db.clock().today();
    if (a->state(today) == CareAgreement::State::Draft)
        return Status::failure(
            AgreementRepository::tr("Print the agreement first: the signatures go on the paper."));
    if (!signedOn.isValid())
        return Status::failure(AgreementRepository::tr("Enter the date the agreement was signed."));
    if (signedOn > today)
        return Status::failure(
            AgreementRepository::tr("The signing date %1 is in the future.").arg(iso(signedOn)));
    const QDate printedOn = QDate::fromString(a->text(QStringLiteral("printed_on")), Qt::ISODate);
    if (printedOn.isValid() && signedOn < printedOn)
        return Status::failure(
            AgreementRepository::tr("The signing date %1 is before the agreement was printed (%2).")
                .arg(iso(signedOn), iso(printedOn)));
    if (witness.trimmed().isEmpty())
        return Status::failure(AgreementRepository::tr("Enter the village committee's witness."));
    if (Status s = a->printable(today); !s)
        return s;
    return move(
        id, CareAgreement::State::Signed,
        {{QStringLiteral("signed_on"), iso(signedOn)}, {QStringLiteral("witness"), witness.trimmed()}});
}

Status AgreementRepository::recordNotice(const QString& id, QDate date)
{
    Result<CareAgreement> a = load(id);
    if (!a)
        return Status::failure(a.error());
    if (a->state(m_db.clock().today()) == CareAgreement::State::Replaced)
        return Status::failure(AgreementRepository::tr("This agreement has been replaced by a newer one."));
    Result<QStringList> written =
        m_writer.update(EntitySchema::agreement(), id,
                        {{QStringLiteral("notice_given"), 1}, {QStringLiteral("notice_date"), iso(date)}});
    return written ? Status() : Status::failure(written.error());
}

Result<QList<AgreementRepository::Row>> AgreementRepository::list(const Filter& filter) const
{
    QStringList where{QStringLiteral("1 = 1")};
    QVariantList binds;
    if (!filter.areaCode.isEmpty()) {
        const QString prefix = AreaCode::prefix(AreaCode::normalize(filter.areaCode));
        where << QStringLiteral("area_code >= ? AND area_code < ?");
        binds << prefix << QString(prefix + QStringLiteral(":"));
    }
    if (!filter.childId.isEmpty()) {
        where << QStringLiteral("child_id = ?");
        binds << filter.childId;
    }
    if (!filter.includeReplaced && filter.state != QLatin1String("replaced"))
        where << QStringLiteral("status <> 'replaced'");
    Result<QList<CareAgreement>> found = select(where.join(QStringLiteral(" AND ")), binds);
    if (!found)
        return Result<QList<Row>>::failure(found.error());
    const QDate today = m_db.clock().today();
    QList<Row> rows;
    QSqlQuery name(m_db.sql());
    name.prepare(QStringLiteral("SELECT name FROM child WHERE id = ?"));
    for (const CareAgreement& a : found.value()) {
        const CareAgreement::State s = a.state(today);
        if (!filter.state.isEmpty() && CareAgreement::stateCode(s) != filter.state)
            continue;
        if (filter.unsignedOnly && s != CareAgreement::State::Draft && s != CareAgreement::State::Printed)
            continue;
        if (filter.renewalDue && !a.renewalDue(today))
            continue;
        name.addBindValue(a.childId());
        QString childName;
        if (name.exec() && name.next())
            childName = name.value(0).toString();
        name.finish();
        rows.append({a, childName});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const Row& x, const Row& y) {
        return std::tie(x.agreement.areaCode, x.childName) < std::tie(y.agreement.areaCode, y.childName);
    });
    return rows;
}
