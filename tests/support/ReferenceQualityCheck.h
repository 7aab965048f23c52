#pragma once

// The data-quality checks as they were before issue 12 made them set-based: each child's file loaded after
// the other (CaseRepository::forEachChild) and its current agreement looked up (AgreementRepository). Test
// code only: the reference that QualityCheck::run must give exactly the same issues as.
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/CareAgreement.h"
#include "domain/ChineseName.h"
#include "domain/Classifier.h"
#include "domain/IdNumber.h"
#include "domain/Sex.h"
#include "domain/Vocabulary.h"
#include "reports/QualityCheck.h"
#include "storage/AgreementRepository.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseRepository.h"
#include "storage/EntitySchema.h"

#include <QDateTime>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace ReferenceQualityCheck {

namespace detail {
// "the father's work place", "the child's ID number": the field as a user names it.
inline QString fieldName(const QString& relation, const QString& field)
{
    const EntitySchema& schema = relation.isEmpty() ? EntitySchema::child() : EntitySchema::person();
    const FieldSpec* spec = schema.field(field);
    const QString label = spec ? QCoreApplication::translate("Field", spec->label) : field;
    if (relation.isEmpty())
        return label;
    return Vocabulary::label(Vocabulary::Relation, relation) + QStringLiteral(" · ") + label;
}

struct Stored
{
    QString category;
    QDate created;
    QDate lastVisit;
};
} // namespace detail

inline Result<QList<QualityCheck::Issue>> issues(CaseDatabase& db, const QString& areaCode, QDate today)
{
    using Issue = QualityCheck::Issue;
    using R = Result<QList<Issue>>;
    QString where = QStringLiteral("c.status = 'active'");
    if (!areaCode.isEmpty()) {
        const QString area = AreaCode::normalize(areaCode);
        if (area.isEmpty() || !AreaCatalog::instance().contains(area))
            return R::failure(
                QCoreApplication::translate("QualityCheck", "%1 is not an area code of the official list.")
                    .arg(areaCode));
        const QString prefix = AreaCode::prefix(area); // digits only
        where += QStringLiteral(" AND c.area_code >= '%1' AND c.area_code < '%1:'").arg(prefix);
    }

    // What the file itself does not hold: the stored category, the creation day, the last visit; and every
    // active ID number (any village), for the duplicates.
    QHash<QString, detail::Stored> stored;
    QHash<QString, QStringList> byNumber; // normalized number -> child ids
    QHash<QString, QString> names;
    {
        QSqlQuery q(db.sql());
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT c.id, c.category, c.created_at, c.id_number, c.name,"
                                   " (SELECT MAX(v.visit_date) FROM visit v WHERE v.child_id = c.id)"
                                   " FROM child c WHERE c.status = 'active'")))
            return R::failure(db.errorSentence(q.lastError()));
        while (q.next()) {
            const QString id = q.value(0).toString();
            stored.insert(id, {q.value(1).toString(),
                               QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs).date(),
                               QDate::fromString(q.value(5).toString(), Qt::ISODate)});
            names.insert(id, q.value(4).toString());
            const IdNumber number = IdNumber::parse(q.value(3).toString(), today);
            if (number.isValid())
                byNumber[number.normalized()] << id;
        }
    }

    const ClassifierSettings settings = db.classifierSettings();
    const Classifier classifier(settings);
    AgreementRepository agreements(db);
    QList<Issue> out;
    const Status walked = CaseRepository(db).forEachChild(
        [&](const ChildFile& file) {
            const QString name = file.text(QStringLiteral("name"));
            const auto add = [&](const QString& relation, const QString& field, const QString& rule,
                                 const QString& message) {
                out.append({file.id, name, file.areaCode,
                            relation.isEmpty() ? field : relation + QLatin1Char('.') + field, rule, message});
            };
            const auto missing = [&](const QString& relation, const QString& field) {
                const QString value =
                    relation.isEmpty() ? file.text(field) : file.personText(relation, field);
                if (value.trimmed().isEmpty())
                    add(relation, field, QStringLiteral("missing"),
                        QCoreApplication::translate("QualityCheck", "%1 is not recorded.")
                            .arg(detail::fieldName(relation, field)));
            };
            const Classification c = classifier.classify(file.facts(), today);
            const bool leftBehind = c.category == Category::LeftBehind;

            for (const char* f : {"id_number", "hukou_address", "health"})
                missing({}, QLatin1String(f));
            // Schooling from kindergarten age (3) on: a baby has none to record.
            const QDate born = QDate::fromString(file.text(QStringLiteral("birth_date")), Qt::ISODate);
            if (!born.isValid() || born.addYears(3) <= today)
                missing({}, QStringLiteral("schooling"));
            // The person a left-behind child is entrusted to (parents at home need none): the entrusted
            // guardian or the caregiver, one person in most files (the national form has one entry for them).
            // At least one of them by name, and the ID number of each one recorded.
            if (leftBehind) {
                const auto recorded = [&file](const char* relation) {
                    return !file.personText(QLatin1String(relation), QStringLiteral("name"))
                                .trimmed()
                                .isEmpty();
                };
                if (!recorded("guardian") && !recorded("caregiver"))
                    add(QStringLiteral("caregiver"), QStringLiteral("name"), QStringLiteral("missing"),
                        QCoreApplication::translate(
                            "QualityCheck",
                            "Neither the entrusted guardian nor the caregiver is recorded: the person the "
                            "child is "
                            "entrusted to is needed."));
                for (const char* relation : {"guardian", "caregiver"}) {
                    if (recorded(relation))
                        missing(QLatin1String(relation), QStringLiteral("id_number"));
                }
            }
            for (const char* parent : {"father", "mother"}) {
                const QString relation = QLatin1String(parent);
                if (file.personText(relation, QStringLiteral("status")) == QLatin1String("away_for_work")) {
                    missing(relation, QStringLiteral("work_place_code"));
                    missing(relation, QStringLiteral("away_since"));
                }
            }

            // ID numbers: valid, and the child's agrees with the record.
            const QString childNumber = file.text(QStringLiteral("id_number")).trimmed();
            if (!childNumber.isEmpty()) {
                const IdNumber number = IdNumber::parse(childNumber, today);
                if (!number.isValid()) {
                    add({}, QStringLiteral("id_number"), QStringLiteral("invalid_id_number"),
                        number.reason());
                } else {
                    const QDate birth =
                        QDate::fromString(file.text(QStringLiteral("birth_date")), Qt::ISODate);
                    if (birth.isValid() && birth != number.birthDate())
                        add({}, QStringLiteral("birth_date"), QStringLiteral("id_birth_date"),
                            QCoreApplication::translate(
                                "QualityCheck",
                                "The birth date %1 does not match the ID number, which says %2.")
                                .arg(birth.toString(Qt::ISODate), number.birthDate().toString(Qt::ISODate)));
                    const Sex sex = sexFromCode(file.text(QStringLiteral("sex")));
                    if (sex != Sex::Unknown && sex != number.sex())
                        add({}, QStringLiteral("sex"), QStringLiteral("id_sex"),
                            QCoreApplication::translate(
                                "QualityCheck", "The sex does not match the ID number, which says %1.")
                                .arg(Vocabulary::label(Vocabulary::Sex, sexCode(number.sex()))));
                    const QStringList same = byNumber.value(number.normalized());
                    for (const QString& other : same) {
                        if (other != file.id)
                            add({}, QStringLiteral("id_number"), QStringLiteral("duplicate_id_number"),
                                QCoreApplication::translate(
                                    "QualityCheck",
                                    "The same ID number is on the file of %1 (%2): one child, one file.")
                                    .arg(names.value(other), other));
                    }
                }
            }
            for (auto it = file.persons.cbegin(); it != file.persons.cend(); ++it) {
                const QString number = it.value().value(QStringLiteral("id_number")).toString().trimmed();
                if (number.isEmpty())
                    continue;
                const IdNumber parsed = IdNumber::parse(number, today);
                if (!parsed.isValid())
                    add(it.key(), QStringLiteral("id_number"), QStringLiteral("invalid_id_number"),
                        detail::fieldName(it.key(), QStringLiteral("id_number")) + QStringLiteral(": ") +
                            parsed.reason());
            }

            // Age, category, agreement, caregiver, visits.
            const QDate birth = QDate::fromString(file.text(QStringLiteral("birth_date")), Qt::ISODate);
            const QDate overAge = Classifier::overAgeDate(birth, settings);
            if (overAge.isValid() && overAge <= today)
                add({}, QStringLiteral("birth_date"), QStringLiteral("over_age_active"),
                    QCoreApplication::translate(
                        "QualityCheck",
                        "Turned %1 on %2 and is still on the register: exit the child as over-age.")
                        .arg(settings.overAgeYears)
                        .arg(overAge.toString(Qt::ISODate)));
            const detail::Stored s = stored.value(file.id);
            if (!s.category.isEmpty() && s.category != categoryCode(c.category))
                add({}, QStringLiteral("category"), QStringLiteral("category"),
                    QCoreApplication::translate(
                        "QualityCheck",
                        "The category on record (%1) is not what the facts give today (%2): refresh the "
                        "categories.")
                        .arg(categoryFromCode(s.category) ? categoryLabel(*categoryFromCode(s.category))
                                                          : s.category,
                             categoryLabel(c.category)));
            if (leftBehind) {
                if (Result<std::optional<CareAgreement>> a = agreements.current(file.id);
                    a && a->has_value() && (*a)->state(today) == CareAgreement::State::Expired)
                    add({}, QStringLiteral("agreement"), QStringLiteral("agreement_expired"),
                        QCoreApplication::translate("QualityCheck",
                                                    "The care agreement ended on %1: make a new one.")
                            .arg((*a)->text(QStringLiteral("term_to"))));
                const QDate since = s.lastVisit.isValid() ? s.lastVisit : s.created;
                if (since.isValid() && since.addMonths(2) < today)
                    add({}, QStringLiteral("visit"), QStringLiteral("no_recent_visit"),
                        s.lastVisit.isValid()
                            ? QCoreApplication::translate(
                                  "QualityCheck",
                                  "No visit since %1: a left-behind child is visited every month.")
                                  .arg(s.lastVisit.toString(Qt::ISODate))
                            : QCoreApplication::translate("QualityCheck",
                                                          "Never visited since the file was made on %1.")
                                  .arg(s.created.toString(Qt::ISODate)));
            }
            QDate carerBirth =
                IdNumber::parse(file.personText(QStringLiteral("caregiver"), QStringLiteral("id_number")),
                                today)
                    .birthDate();
            if (!carerBirth.isValid())
                carerBirth = QDate::fromString(
                    file.personText(QStringLiteral("caregiver"), QStringLiteral("birth_date")), Qt::ISODate);
            if (carerBirth.isValid() && carerBirth.addYears(18) > today)
                add(QStringLiteral("caregiver"), QStringLiteral("id_number"),
                    QStringLiteral("caregiver_minor"),
                    QCoreApplication::translate(
                        "QualityCheck",
                        "The caregiver is under 18 (born %1): a minor cannot be the entrusted caregiver.")
                        .arg(carerBirth.toString(Qt::ISODate)));
            return true;
        },
        where);
    if (!walked)
        return R::failure(walked.error());
    // In the case list's order: by village, then by name in pinyin order.
    QHash<QString, QString> keys;
    for (const Issue& i : out) {
        if (!keys.contains(i.childId))
            keys.insert(i.childId, ChineseName::sortKey(i.childName));
    }
    std::stable_sort(out.begin(), out.end(), [&keys](const Issue& a, const Issue& b) {
        if (a.areaCode != b.areaCode)
            return a.areaCode < b.areaCode;
        return keys.value(a.childId) < keys.value(b.childId);
    });
    return out;
}

} // namespace ReferenceQualityCheck
