#include "QualityCheck.h"

#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/CareAgreement.h"
#include "domain/Classifier.h"
#include "domain/IdNumber.h"
#include "domain/Sex.h"
#include "domain/Vocabulary.h"
#include "reports/CheckedChildren.h"
#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"

#include <QDateTime>
#include <QHash>

#include <algorithm>

namespace {
// "the father's work place", "the child's ID number": the field as a user names it.
QString fieldName(const QString& relation, const QString& field)
{
    const EntitySchema& schema = relation.isEmpty() ? EntitySchema::child() : EntitySchema::person();
    const FieldSpec* spec = schema.field(field);
    const QString label = spec ? QCoreApplication::translate("Field", spec->label) : field;
    if (relation.isEmpty())
        return label;
    return Vocabulary::label(Vocabulary::Relation, relation) + QStringLiteral(" · ") + label;
}

using Child = CheckedChildren::Child;

// The rules, one child after the other, on what CheckedChildren loaded for the area.
class Rules final
{
public:
    Rules(const CheckedChildren::Register& loaded, const ClassifierSettings& settings, QDate today,
          QList<QualityCheck::Issue>& out)
        : m_loaded(loaded)
        , m_settings(settings)
        , m_classifier(settings)
        , m_today(today)
        , m_out(out)
    {}

    void check(const Child& file);

private:
    void add(const Child& file, const QString& relation, const QString& field, const QString& rule,
             const QString& message)
    {
        m_out.append({file.id, file.name, file.areaCode,
                      relation.isEmpty() ? field : relation + QLatin1Char('.') + field, rule, message});
    }
    // A required fact is not recorded.
    void missing(const Child& file, const QString& relation, const QString& field, bool recorded)
    {
        if (!recorded)
            add(file, relation, field, QStringLiteral("missing"),
                QualityCheck::tr("%1 is not recorded.").arg(fieldName(relation, field)));
    }
    void checkIdNumbers(const Child& file);

    const CheckedChildren::Register& m_loaded;
    const ClassifierSettings& m_settings;
    const Classifier m_classifier;
    const QDate m_today;
    QList<QualityCheck::Issue>& m_out;
};

void Rules::check(const Child& file)
{
    const QDate today = m_today;
    const Classification c = m_classifier.classify(file.facts, today);
    const bool leftBehind = c.category == Category::LeftBehind;

    missing(file, {}, QStringLiteral("id_number"), !file.idNumber.trimmed().isEmpty());
    missing(file, {}, QStringLiteral("hukou_address"), file.hukouAddressRecorded);
    missing(file, {}, QStringLiteral("health"), file.healthRecorded);
    // Schooling from kindergarten age (3) on: a baby has none to record.
    const QDate born = file.facts.birthDate;
    if (!born.isValid() || born.addYears(3) <= today)
        missing(file, {}, QStringLiteral("schooling"), file.schoolingRecorded);
    // The person a left-behind child is entrusted to (parents at home need none): the entrusted guardian or
    // the caregiver, one person in most files (the national form has one entry for them). At least one of
    // them by name, and the ID number of each one recorded.
    if (leftBehind) {
        if (!file.guardian.named && !file.caregiver.named)
            add(file, QStringLiteral("caregiver"), QStringLiteral("name"), QStringLiteral("missing"),
                QualityCheck::tr(
                    "Neither the entrusted guardian nor the caregiver is recorded: the person the "
                    "child is "
                    "entrusted to is needed."));
        if (file.guardian.named)
            missing(file, QStringLiteral("guardian"), QStringLiteral("id_number"), file.guardian.numbered);
        if (file.caregiver.named)
            missing(file, QStringLiteral("caregiver"), QStringLiteral("id_number"), file.caregiver.numbered);
    }
    for (int parent = 0; parent < 2; ++parent) {
        const ParentFacts& facts = parent == 0 ? file.facts.father : file.facts.mother;
        if (facts.status == ParentStatus::AwayForWork) { // the status "away_for_work"
            const QString relation = parent == 0 ? QStringLiteral("father") : QStringLiteral("mother");
            missing(file, relation, QStringLiteral("work_place_code"),
                    !facts.workPlaceCode.trimmed().isEmpty());
            missing(file, relation, QStringLiteral("away_since"), file.awaySinceRecorded[parent]);
        }
    }

    checkIdNumbers(file);

    // Age, category, agreement, caregiver, visits.
    const QDate overAge = Classifier::overAgeDate(born, m_settings);
    if (overAge.isValid() && overAge <= today)
        add(file, {}, QStringLiteral("birth_date"), QStringLiteral("over_age_active"),
            QualityCheck::tr("Turned %1 on %2 and is still on the register: exit the child as over-age.")
                .arg(m_settings.overAgeYears)
                .arg(overAge.toString(Qt::ISODate)));
    const QString& stored = file.category;
    if (!stored.isEmpty() && stored != categoryCode(c.category))
        add(file, {}, QStringLiteral("category"), QStringLiteral("category"),
            QualityCheck::tr("The category on record (%1) is not what the facts give today (%2): refresh the "
                             "categories.")
                .arg(categoryFromCode(stored) ? categoryLabel(*categoryFromCode(stored)) : stored,
                     categoryLabel(c.category)));
    if (leftBehind) {
        if (file.hasAgreement) {
            CareAgreement current;
            current.fields = {{QStringLiteral("status"), file.agreementStatus},
                              {QStringLiteral("term_to"), file.agreementTermTo}};
            if (current.state(today) == CareAgreement::State::Expired)
                add(file, {}, QStringLiteral("agreement"), QStringLiteral("agreement_expired"),
                    QualityCheck::tr("The care agreement ended on %1: make a new one.")
                        .arg(current.text(QStringLiteral("term_to"))));
        }
        const QDate created = file.lastVisit.isValid()
                                  ? QDate()
                                  : QDateTime::fromString(file.createdAt, Qt::ISODateWithMs).date();
        const QDate since = file.lastVisit.isValid() ? file.lastVisit : created;
        if (since.isValid() && since.addMonths(2) < today)
            add(file, {}, QStringLiteral("visit"), QStringLiteral("no_recent_visit"),
                file.lastVisit.isValid()
                    ? QualityCheck::tr("No visit since %1: a left-behind child is visited every month.")
                          .arg(file.lastVisit.toString(Qt::ISODate))
                    : QualityCheck::tr("Never visited since the file was made on %1.")
                          .arg(created.toString(Qt::ISODate)));
    }
    QDate carerBirth = file.caregiver.numberBirth;
    if (!carerBirth.isValid())
        carerBirth = file.caregiver.birthDate;
    if (carerBirth.isValid() && carerBirth.addYears(18) > today)
        add(file, QStringLiteral("caregiver"), QStringLiteral("id_number"), QStringLiteral("caregiver_minor"),
            QualityCheck::tr(
                "The caregiver is under 18 (born %1): a minor cannot be the entrusted caregiver.")
                .arg(carerBirth.toString(Qt::ISODate)));
}

// ID numbers: valid, and the child's agrees with the record and is on no other file.
void Rules::checkIdNumbers(const Child& file)
{
    const QString childNumber = file.idNumber.trimmed();
    if (!childNumber.isEmpty()) {
        const IdNumber number = IdNumber::parse(childNumber, m_today);
        if (!number.isValid()) {
            add(file, {}, QStringLiteral("id_number"), QStringLiteral("invalid_id_number"), number.reason());
        } else {
            const QDate birth = file.facts.birthDate;
            if (birth.isValid() && birth != number.birthDate())
                add(file, {}, QStringLiteral("birth_date"), QStringLiteral("id_birth_date"),
                    QualityCheck::tr("The birth date %1 does not match the ID number, which says %2.")
                        .arg(birth.toString(Qt::ISODate), number.birthDate().toString(Qt::ISODate)));
            const Sex sex = file.sex;
            if (sex != Sex::Unknown && sex != number.sex())
                add(file, {}, QStringLiteral("sex"), QStringLiteral("id_sex"),
                    QualityCheck::tr("The sex does not match the ID number, which says %1.")
                        .arg(Vocabulary::label(Vocabulary::Sex, sexCode(number.sex()))));
            const auto same = m_loaded.duplicates.constFind(number.normalized());
            if (same != m_loaded.duplicates.cend()) {
                for (const QString& other : same.value()) {
                    if (other != file.id)
                        add(file, {}, QStringLiteral("id_number"), QStringLiteral("duplicate_id_number"),
                            QualityCheck::tr(
                                "The same ID number is on the file of %1 (%2): one child, one file.")
                                .arg(m_loaded.names.value(other), other));
                }
            }
        }
    }
    for (const CheckedChildren::InvalidNumber& invalid : file.invalidNumbers)
        add(file, invalid.relation, QStringLiteral("id_number"), QStringLiteral("invalid_id_number"),
            fieldName(invalid.relation, QStringLiteral("id_number")) + QStringLiteral(": ") + invalid.reason);
}

} // namespace

Result<QList<QualityCheck::Issue>> QualityCheck::run(CaseDatabase& db, const QString& areaCode, QDate today)
{
    using R = Result<QList<Issue>>;
    QString prefix; // digits only; empty: all
    if (!areaCode.isEmpty()) {
        const QString area = AreaCode::normalize(areaCode);
        if (area.isEmpty() || !AreaCatalog::instance().contains(area))
            return R::failure(tr("%1 is not an area code of the official list.").arg(areaCode));
        prefix = AreaCode::prefix(area);
    }
    const Result<CheckedChildren::Register> loaded = CheckedChildren::load(db, prefix, today);
    if (!loaded)
        return R::failure(loaded.error());
    const ClassifierSettings settings = db.classifierSettings();
    QList<Issue> out;
    Rules rules(loaded.value(), settings, today, out);
    QHash<QString, QString> keys; // the children's sort keys
    for (const Child& file : loaded->children) {
        const qsizetype before = out.size();
        rules.check(file);
        if (out.size() > before)
            keys.insert(file.id, file.nameKey);
    }
    // In the case list's order: by village, then by name in pinyin order.
    std::stable_sort(out.begin(), out.end(), [&keys](const Issue& a, const Issue& b) {
        if (a.areaCode != b.areaCode)
            return a.areaCode < b.areaCode;
        return keys.value(a.childId) < keys.value(b.childId);
    });
    return out;
}
