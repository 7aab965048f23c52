#include "EntitySchema.h"

#include "domain/Vocabulary.h"

#include <QCoreApplication>

using T = FieldSpec::Type;

const FieldSpec* EntitySchema::field(QStringView name) const
{
    for (const FieldSpec& f : fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

QStringList EntitySchema::fieldNames() const
{
    QStringList out;
    for (const FieldSpec& f : fields)
        out << f.name;
    return out;
}

const EntitySchema& EntitySchema::household()
{
    static const EntitySchema s{
        QStringLiteral("household"),
        {
            {QStringLiteral("address"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Household address")},
            {QStringLiteral("income_sources"), T::CodeSet, Vocabulary::IncomeSource,
             QT_TRANSLATE_NOOP("Field", "Income sources")},
            {QStringLiteral("assistance"), T::CodeSet, Vocabulary::Assistance,
             QT_TRANSLATE_NOOP("Field", "Assistance received")},
            {QStringLiteral("economic_difficulty"),
             T::Bool,
             {},
             QT_TRANSLATE_NOOP("Field", "Household in economic difficulty")},
            {QStringLiteral("notes"),
             T::Text,
             {},
             QT_TRANSLATE_NOOP("Field", "Household notes"),
             false,
             2000},
        }};
    return s;
}

const EntitySchema& EntitySchema::child()
{
    static const EntitySchema s{
        QStringLiteral("child"),
        {
            {QStringLiteral("household_id"), T::Reference, {}, QT_TRANSLATE_NOOP("Field", "Household")},
            {QStringLiteral("name"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Name"), true, 50},
            {QStringLiteral("sex"), T::Code, Vocabulary::Sex, QT_TRANSLATE_NOOP("Field", "Sex")},
            {QStringLiteral("ethnicity"), T::Code, Vocabulary::Ethnicity,
             QT_TRANSLATE_NOOP("Field", "Ethnicity")},
            {QStringLiteral("birth_date"), T::Date, {}, QT_TRANSLATE_NOOP("Field", "Birth date")},
            {QStringLiteral("id_number"), T::IdNumber, {}, QT_TRANSLATE_NOOP("Field", "Citizen ID number")},
            {QStringLiteral("hukou_registered"),
             T::Bool,
             {},
             QT_TRANSLATE_NOOP("Field", "Household registered")},
            {QStringLiteral("hukou_type"), T::Code, Vocabulary::HukouType,
             QT_TRANSLATE_NOOP("Field", "Hukou type")},
            {QStringLiteral("hukou_county"), T::PlaceCode, {}, QT_TRANSLATE_NOOP("Field", "Hukou county")},
            {QStringLiteral("hukou_address"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Hukou address")},
            {QStringLiteral("current_address"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Current address")},
            {QStringLiteral("health"), T::Code, Vocabulary::Health, QT_TRANSLATE_NOOP("Field", "Health")},
            {QStringLiteral("disability_type"), T::Code, Vocabulary::DisabilityType,
             QT_TRANSLATE_NOOP("Field", "Disability type")},
            {QStringLiteral("disability_grade"), T::Code, Vocabulary::DisabilityGrade,
             QT_TRANSLATE_NOOP("Field", "Disability grade")},
            {QStringLiteral("illness"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Illness")},
            {QStringLiteral("boarding"), T::Bool, {}, QT_TRANSLATE_NOOP("Field", "Boarding at school")},
            {QStringLiteral("schooling"), T::Code, Vocabulary::Schooling,
             QT_TRANSLATE_NOOP("Field", "Schooling")},
            {QStringLiteral("school_name"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "School")},
            {QStringLiteral("guardianship_type"), T::Code, Vocabulary::GuardianshipType,
             QT_TRANSLATE_NOOP("Field", "Guardianship type")},
            {QStringLiteral("guardianship_grade"), T::Code, Vocabulary::GuardianshipGrade,
             QT_TRANSLATE_NOOP("Field", "Guardianship grade")},
            {QStringLiteral("abuse_suspected"),
             T::Bool,
             {},
             QT_TRANSLATE_NOOP("Field", "Abuse or abandonment suspected")},
            {QStringLiteral("status"), T::Code, Vocabulary::ChildStatus,
             QT_TRANSLATE_NOOP("Field", "Status")},
            {QStringLiteral("exit_reason"), T::Code, Vocabulary::ExitReason,
             QT_TRANSLATE_NOOP("Field", "Exit reason")},
            {QStringLiteral("exit_date"), T::Date, {}, QT_TRANSLATE_NOOP("Field", "Exit date")},
            {QStringLiteral("filled_by"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Filled in by")},
            {QStringLiteral("reviewed_by"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Reviewed by")},
            {QStringLiteral("reviewed_on"), T::Date, {}, QT_TRANSLATE_NOOP("Field", "Reviewed on")},
            {QStringLiteral("notes"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Notes"), false, 2000},
        }};
    return s;
}

const EntitySchema& EntitySchema::person()
{
    static const EntitySchema s{
        QStringLiteral("person"),
        {
            {QStringLiteral("child_id"), T::Reference, {}, QT_TRANSLATE_NOOP("Field", "Child"), true},
            {QStringLiteral("relation"), T::Code, Vocabulary::Relation,
             QT_TRANSLATE_NOOP("Field", "Relation"), true},
            {QStringLiteral("name"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Name"), false, 50},
            {QStringLiteral("sex"), T::Code, Vocabulary::Sex, QT_TRANSLATE_NOOP("Field", "Sex")},
            {QStringLiteral("birth_date"), T::Date, {}, QT_TRANSLATE_NOOP("Field", "Birth date")},
            {QStringLiteral("id_number"), T::IdNumber, {}, QT_TRANSLATE_NOOP("Field", "Citizen ID number")},
            {QStringLiteral("alive"), T::Bool, {}, QT_TRANSLATE_NOOP("Field", "Alive")},
            {QStringLiteral("status"), T::Code, Vocabulary::ParentStatus,
             QT_TRANSLATE_NOOP("Field", "Status")},
            {QStringLiteral("work_place_code"),
             T::PlaceCode,
             {},
             QT_TRANSLATE_NOOP("Field", "Work place (area)")},
            {QStringLiteral("work_place"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Work place")},
            {QStringLiteral("away_since"), T::Date, {}, QT_TRANSLATE_NOOP("Field", "Away since")},
            {QStringLiteral("phone"), T::Phone, {}, QT_TRANSLATE_NOOP("Field", "Phone")},
            {QStringLiteral("relation_to_child"),
             T::Text,
             {},
             QT_TRANSLATE_NOOP("Field", "Relation to the child")},
            {QStringLiteral("address"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Address")},
            {QStringLiteral("capable"), T::Bool, {}, QT_TRANSLATE_NOOP("Field", "Able to give care")},
            {QStringLiteral("notes"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Notes"), false, 2000},
        }};
    return s;
}

const QList<const EntitySchema*>& EntitySchema::all()
{
    static const QList<const EntitySchema*> list = {&household(), &child(), &person()};
    return list;
}

const EntitySchema* EntitySchema::byTable(QStringView table)
{
    for (const EntitySchema* s : all()) {
        if (s->table == table)
            return s;
    }
    return nullptr;
}
