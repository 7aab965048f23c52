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
            {QStringLiteral("hukou_county"), T::CountyCode, {}, QT_TRANSLATE_NOOP("Field", "Hukou county")},
            {QStringLiteral("hukou_address"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Hukou address")},
            {QStringLiteral("current_address"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Current address")},
            {QStringLiteral("lives_with"), T::Code, Vocabulary::LivesWith,
             QT_TRANSLATE_NOOP("Field", "Actually lives with")},
            {QStringLiteral("lives_at"),
             T::PlaceCode,
             {},
             QT_TRANSLATE_NOOP("Field", "Actually lives in (place)")},
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
            // Set when this file was merged into another (ChildMerger): the file kept for the child.
            {QStringLiteral("merged_into"), T::Reference, {}, QT_TRANSLATE_NOOP("Field", "Merged into")},
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
            {QStringLiteral("status_since"),
             T::Date,
             {},
             QT_TRANSLATE_NOOP("Field", "Status since (lost contact, in prison, …)")},
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

const EntitySchema& EntitySchema::agreement()
{
    // The parties are copied from the child's file when the agreement is drawn up: the paper that is signed
    // says what they were then. Term dates are text (YYYY-MM-DD, checked by AgreementRepository): they lie
    // in the future, which date fields refuse.
    const auto text = [](const char* name, const char* label, int max = 200) {
        return FieldSpec{QString::fromLatin1(name), T::Text, {}, label, false, max};
    };
    const auto typed = [](const char* name, T type, const char* label) {
        return FieldSpec{QString::fromLatin1(name), type, {}, label};
    };
    static const EntitySchema s{
        QStringLiteral("agreement"),
        {
            {QStringLiteral("child_id"), T::Reference, {}, QT_TRANSLATE_NOOP("Field", "Child"), true},
            {QStringLiteral("status"), T::Code, Vocabulary::AgreementStatus,
             QT_TRANSLATE_NOOP("Field", "Agreement status"), true},
            typed("replaces", T::Reference, QT_TRANSLATE_NOOP("Field", "Replaces agreement")),
            text("father_name", QT_TRANSLATE_NOOP("Field", "Father's name"), 50),
            typed("father_id_number", T::IdNumber, QT_TRANSLATE_NOOP("Field", "Father's ID number")),
            typed("father_phone", T::Phone, QT_TRANSLATE_NOOP("Field", "Father's phone")),
            text("father_work_place", QT_TRANSLATE_NOOP("Field", "Father's work place")),
            text("mother_name", QT_TRANSLATE_NOOP("Field", "Mother's name"), 50),
            typed("mother_id_number", T::IdNumber, QT_TRANSLATE_NOOP("Field", "Mother's ID number")),
            typed("mother_phone", T::Phone, QT_TRANSLATE_NOOP("Field", "Mother's phone")),
            text("mother_work_place", QT_TRANSLATE_NOOP("Field", "Mother's work place")),
            {QStringLiteral("caregiver_name"),
             T::Text,
             {},
             QT_TRANSLATE_NOOP("Field", "Caregiver's name"),
             true,
             50},
            typed("caregiver_id_number", T::IdNumber, QT_TRANSLATE_NOOP("Field", "Caregiver's ID number")),
            text("caregiver_relation", QT_TRANSLATE_NOOP("Field", "Caregiver's relation to the child"), 50),
            typed("caregiver_phone", T::Phone, QT_TRANSLATE_NOOP("Field", "Caregiver's phone")),
            text("caregiver_address", QT_TRANSLATE_NOOP("Field", "Caregiver's address")),
            typed("caregiver_capable", T::Bool, QT_TRANSLATE_NOOP("Field", "Caregiver able to give care")),
            typed("caregiver_abuse", T::Bool, QT_TRANSLATE_NOOP("Field", "Record of abuse or violence")),
            typed("caregiver_habits", T::Bool,
                  QT_TRANSLATE_NOOP("Field", "Drug, alcohol or gambling habits")),
            typed("caregiver_neglect", T::Bool,
                  QT_TRANSLATE_NOOP("Field", "Long neglect of the duty of care")),
            typed("caregiver_infringement", T::Bool,
                  QT_TRANSLATE_NOOP("Field", "Sexual assault or other infringement")),
            typed("caregiver_abandonment", T::Bool, QT_TRANSLATE_NOOP("Field", "Abandonment or trafficking")),
            typed("caregiver_unsuitable", T::Bool, QT_TRANSLATE_NOOP("Field", "Otherwise unsuitable")),
            typed("caregiver_birth_date", T::Date,
                  QT_TRANSLATE_NOOP("Field", "Caregiver's birth date (without an ID number)")),
            text("caregiver_birth_document", QT_TRANSLATE_NOOP("Field", "Document showing the birth date"),
                 50),
            text("term_from", QT_TRANSLATE_NOOP("Field", "Term from"), 10),
            text("term_to", QT_TRANSLATE_NOOP("Field", "Term to"), 10),
            text("costs", QT_TRANSLATE_NOOP("Field", "Costs of care"), 500),
            typed("printed_on", T::Date, QT_TRANSLATE_NOOP("Field", "Printed on")),
            typed("signed_on", T::Date, QT_TRANSLATE_NOOP("Field", "Signed on")),
            text("witness", QT_TRANSLATE_NOOP("Field", "Village committee witness"), 50),
            typed("notice_given", T::Bool,
                  QT_TRANSLATE_NOOP("Field",
                                    "Parents informed the school and the village committee in writing")),
            typed("notice_date", T::Date, QT_TRANSLATE_NOOP("Field", "Date of the written notice")),
            text("notes", QT_TRANSLATE_NOOP("Field", "Notes"), 2000),
            // Drawn up at another station while this child had another current agreement (RuleReconciler):
            // a person decides which one stands.
            typed("needs_review", T::Bool, QT_TRANSLATE_NOOP("Field", "Needs review")),
        }};
    return s;
}

const EntitySchema& EntitySchema::attachment()
{
    // `data` is the file in base64: at most 1 MB of bytes (AttachmentStore reduces images to fit).
    static const EntitySchema s{
        QStringLiteral("attachment"),
        {
            {QStringLiteral("owner_id"), T::Reference, {}, QT_TRANSLATE_NOOP("Field", "Attached to"), true},
            {QStringLiteral("file_name"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "File name"), true, 255},
            {QStringLiteral("mime_type"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "File type"), true, 50},
            {QStringLiteral("data"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "File"), true, 1400000},
        }};
    return s;
}

const EntitySchema& EntitySchema::visit()
{
    static const EntitySchema s{
        QStringLiteral("visit"),
        {
            {QStringLiteral("child_id"), T::Reference, {}, QT_TRANSLATE_NOOP("Field", "Child"), true},
            {QStringLiteral("kind"), T::Code, Vocabulary::VisitKind,
             QT_TRANSLATE_NOOP("Field", "Kind of visit"), true},
            {QStringLiteral("visit_date"), T::Date, {}, QT_TRANSLATE_NOOP("Field", "Visit date"), true},
            {QStringLiteral("visitor"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Visitor"), true, 50},
            {QStringLiteral("visitor_role"), T::Code, Vocabulary::VisitorRole,
             QT_TRANSLATE_NOOP("Field", "Visitor's role")},
            {QStringLiteral("met"), T::CodeSet, Vocabulary::VisitMet, QT_TRANSLATE_NOOP("Field", "Met")},
            {QStringLiteral("safety"), T::Code, Vocabulary::Assessment, QT_TRANSLATE_NOOP("Field", "Safety")},
            {QStringLiteral("safety_concerns"), T::CodeSet, Vocabulary::SafetyConcern,
             QT_TRANSLATE_NOOP("Field", "Safety concerns")},
            {QStringLiteral("guardianship_grade"), T::Code, Vocabulary::GuardianshipGrade,
             QT_TRANSLATE_NOOP("Field", "Guardianship grade")},
            {QStringLiteral("guardianship_type"), T::Code, Vocabulary::GuardianshipType,
             QT_TRANSLATE_NOOP("Field", "Guardianship type")},
            {QStringLiteral("physical_health"), T::Code, Vocabulary::Assessment,
             QT_TRANSLATE_NOOP("Field", "Physical health")},
            {QStringLiteral("mental_health"), T::Code, Vocabulary::Assessment,
             QT_TRANSLATE_NOOP("Field", "Mental health")},
            {QStringLiteral("schooling"), T::Code, Vocabulary::Schooling,
             QT_TRANSLATE_NOOP("Field", "Schooling")},
            {QStringLiteral("living_environment"), T::Code, Vocabulary::Assessment,
             QT_TRANSLATE_NOOP("Field", "Living environment")},
            {QStringLiteral("hazards"), T::CodeSet, Vocabulary::Hazard,
             QT_TRANSLATE_NOOP("Field", "Hazards found")},
            {QStringLiteral("hazard_actions"),
             T::Text,
             {},
             QT_TRANSLATE_NOOP("Field", "What was done about each hazard"),
             false,
             2000},
            {QStringLiteral("contact_frequency"), T::Code, Vocabulary::ContactFrequency,
             QT_TRANSLATE_NOOP("Field", "Contact with the parents")},
            {QStringLiteral("contact_means"), T::CodeSet, Vocabulary::ContactMeans,
             QT_TRANSLATE_NOOP("Field", "Means of contact")},
            {QStringLiteral("needs"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Needs"), false, 2000},
            {QStringLiteral("services"), T::CodeSet, Vocabulary::Service,
             QT_TRANSLATE_NOOP("Field", "Services arranged")},
            {QStringLiteral("economic_difficulty"),
             T::Bool,
             {},
             QT_TRANSLATE_NOOP("Field", "Household in economic difficulty")},
            {QStringLiteral("assistance_eligible"), T::CodeSet, Vocabulary::Assistance,
             QT_TRANSLATE_NOOP("Field", "Possibly eligible for")},
            {QStringLiteral("survey_clear"), T::CodeSet, Vocabulary::SurveyItem,
             QT_TRANSLATE_NOOP("Field", "Survey items clear")},
            {QStringLiteral("file_changes"),
             T::Text,
             {},
             QT_TRANSLATE_NOOP("Field", "Changes to the child's file"),
             false,
             4000},
            {QStringLiteral("supersedes"),
             T::Reference,
             {},
             QT_TRANSLATE_NOOP("Field", "Corrects the visit")},
            {QStringLiteral("correction_reason"),
             T::Text,
             {},
             QT_TRANSLATE_NOOP("Field", "Reason for the correction"),
             false,
             500},
            {QStringLiteral("notes"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Notes"), false, 2000},
        }};
    return s;
}

const EntitySchema& EntitySchema::referral()
{
    static const EntitySchema s{
        QStringLiteral("referral"),
        {
            {QStringLiteral("child_id"), T::Reference, {}, QT_TRANSLATE_NOOP("Field", "Child"), true},
            {QStringLiteral("kind"), T::Code, Vocabulary::ReferralKind,
             QT_TRANSLATE_NOOP("Field", "Kind of referral"), true},
            {QStringLiteral("visit_id"), T::Reference, {}, QT_TRANSLATE_NOOP("Field", "Visit")},
            {QStringLiteral("triggers"), T::CodeSet, Vocabulary::RiskTrigger,
             QT_TRANSLATE_NOOP("Field", "Found")},
            {QStringLiteral("opened_on"), T::Date, {}, QT_TRANSLATE_NOOP("Field", "Opened on"), true},
            // Text, not Date: a due date lies in the future (checked as YYYY-MM-DD by ReferralRepository).
            {QStringLiteral("due_date"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Due date"), true, 10},
            {QStringLiteral("status"), T::Code, Vocabulary::ReferralStatus,
             QT_TRANSLATE_NOOP("Field", "Status"), true},
            {QStringLiteral("outcome"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Outcome"), false, 2000},
            {QStringLiteral("closed_on"), T::Date, {}, QT_TRANSLATE_NOOP("Field", "Closed on")},
            {QStringLiteral("closed_by"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Closed by"), false, 50},
            {QStringLiteral("reported_at"),
             T::Text,
             {},
             QT_TRANSLATE_NOOP("Field", "Reported at"),
             false,
             20},
            {QStringLiteral("reported_to"),
             T::Text,
             {},
             QT_TRANSLATE_NOOP("Field", "Reported to"),
             false,
             100},
            {QStringLiteral("reported_by"),
             T::Text,
             {},
             QT_TRANSLATE_NOOP("Field", "Reported by"),
             false,
             50},
            {QStringLiteral("schemes"), T::CodeSet, Vocabulary::Assistance,
             QT_TRANSLATE_NOOP("Field", "Assistance schemes")},
            {QStringLiteral("education_reported_on"),
             T::Date,
             {},
             QT_TRANSLATE_NOOP("Field", "Reported to the education department on")},
            {QStringLiteral("guardian_notified_on"),
             T::Date,
             {},
             QT_TRANSLATE_NOOP("Field", "Parents or guardian notified on")},
            {QStringLiteral("returned_on"), T::Date, {}, QT_TRANSLATE_NOOP("Field", "Back in school on")},
            // Set when this referral was folded into the earlier open one of its kind (RuleReconciler).
            {QStringLiteral("folded_into"),
             T::Reference,
             {},
             QT_TRANSLATE_NOOP("Field", "Folded into the referral")},
        }};
    return s;
}

const EntitySchema& EntitySchema::referralStep()
{
    static const EntitySchema s{
        QStringLiteral("referral_step"),
        {
            {QStringLiteral("referral_id"), T::Reference, {}, QT_TRANSLATE_NOOP("Field", "Referral"), true},
            {QStringLiteral("child_id"), T::Reference, {}, QT_TRANSLATE_NOOP("Field", "Child"), true},
            {QStringLiteral("step_date"), T::Date, {}, QT_TRANSLATE_NOOP("Field", "Date"), true},
            {QStringLiteral("action"), T::Code, Vocabulary::ReferralAction,
             QT_TRANSLATE_NOOP("Field", "Action"), true},
            {QStringLiteral("status"), T::Code, Vocabulary::ReferralStatus,
             QT_TRANSLATE_NOOP("Field", "Status")},
            {QStringLiteral("done_by"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Done by"), false, 50},
            {QStringLiteral("note"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Note"), false, 2000},
            {QStringLiteral("visit_id"), T::Reference, {}, QT_TRANSLATE_NOOP("Field", "Visit")},
        }};
    return s;
}

const EntitySchema& EntitySchema::activity()
{
    static const EntitySchema s{
        QStringLiteral("activity"),
        {
            {QStringLiteral("activity_date"), T::Date, {}, QT_TRANSLATE_NOOP("Field", "Date"), true},
            {QStringLiteral("kind"), T::Code, Vocabulary::ActivityKind,
             QT_TRANSLATE_NOOP("Field", "Kind of activity"), true},
            {QStringLiteral("topic"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Topic"), true, 200},
            {QStringLiteral("place"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Place"), false, 200},
            {QStringLiteral("organiser"),
             T::Text,
             {},
             QT_TRANSLATE_NOOP("Field", "Organised by"),
             false,
             100},
            {QStringLiteral("notes"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Notes"), false, 2000},
        }};
    return s;
}

const EntitySchema& EntitySchema::activityParticipant()
{
    static const EntitySchema s{
        QStringLiteral("activity_participant"),
        {
            {QStringLiteral("activity_id"), T::Reference, {}, QT_TRANSLATE_NOOP("Field", "Activity"), true},
            {QStringLiteral("child_id"), T::Reference, {}, QT_TRANSLATE_NOOP("Field", "Child"), true},
            {QStringLiteral("child_took_part"),
             T::Bool,
             {},
             QT_TRANSLATE_NOOP("Field", "The child took part")},
            {QStringLiteral("guardian_took_part"),
             T::Bool,
             {},
             QT_TRANSLATE_NOOP("Field", "The guardian or caregiver took part")},
            {QStringLiteral("guardian_name"),
             T::Text,
             {},
             QT_TRANSLATE_NOOP("Field", "Guardian or caregiver who came"),
             false,
             50},
        }};
    return s;
}

const EntitySchema& EntitySchema::spotCheck()
{
    static const EntitySchema s{
        QStringLiteral("spot_check"),
        {
            {QStringLiteral("child_id"), T::Reference, {}, QT_TRANSLATE_NOOP("Field", "Child"), true},
            {QStringLiteral("sample_date"),
             T::Date,
             {},
             QT_TRANSLATE_NOOP("Field", "Records updated on (the day, or the Monday of the week)"),
             true},
            {QStringLiteral("period"), T::Code, Vocabulary::SpotCheckPeriod,
             QT_TRANSLATE_NOOP("Field", "Drawn from the records"), true},
            {QStringLiteral("result"), T::Code, Vocabulary::SpotCheckResult,
             QT_TRANSLATE_NOOP("Field", "Result of the check"), true},
            {QStringLiteral("checked_on"), T::Date, {}, QT_TRANSLATE_NOOP("Field", "Checked on")},
            {QStringLiteral("checker"), T::Text, {}, QT_TRANSLATE_NOOP("Field", "Checked by"), false, 50},
            {QStringLiteral("note"),
             T::Text,
             {},
             QT_TRANSLATE_NOOP("Field", "What is wrong (for the village)"),
             false,
             1000},
        },
        true};
    return s;
}

const QList<const EntitySchema*>& EntitySchema::all()
{
    // Activities before their participants: an import meets the activity first.
    static const QList<const EntitySchema*> list = {
        &household(),    &child(),     &person(),     &visit(),    &referral(),
        &referralStep(), &agreement(), &attachment(), &activity(), &activityParticipant(),
        &spotCheck()};
    return list;
}

QStringList EntitySchema::officeOnlyTables()
{
    QStringList tables;
    for (const EntitySchema* s : all()) {
        if (s->officeOnly)
            tables.append(s->table);
    }
    return tables;
}

const EntitySchema* EntitySchema::byTable(QStringView table)
{
    for (const EntitySchema* s : all()) {
        if (s->table == table)
            return s;
    }
    return nullptr;
}
