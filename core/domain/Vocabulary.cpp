#include "Vocabulary.h"

#include <QCoreApplication>
#include <QHash>

namespace {

// clang-format off
const QList<Vocabulary::Entry> kSex = {
    {"M", QT_TRANSLATE_NOOP("Vocabulary", "Male")}, {"F", QT_TRANSLATE_NOOP("Vocabulary", "Female")}};

// GB 3304-1991 codes of the 56 ethnic groups.
const QList<Vocabulary::Entry> kEthnicity = {
    {"01", QT_TRANSLATE_NOOP("Vocabulary", "Han")}, {"02", QT_TRANSLATE_NOOP("Vocabulary", "Mongol")},
    {"03", QT_TRANSLATE_NOOP("Vocabulary", "Hui")}, {"04", QT_TRANSLATE_NOOP("Vocabulary", "Tibetan")},
    {"05", QT_TRANSLATE_NOOP("Vocabulary", "Uyghur")}, {"06", QT_TRANSLATE_NOOP("Vocabulary", "Miao")},
    {"07", QT_TRANSLATE_NOOP("Vocabulary", "Yi")}, {"08", QT_TRANSLATE_NOOP("Vocabulary", "Zhuang")},
    {"09", QT_TRANSLATE_NOOP("Vocabulary", "Bouyei")}, {"10", QT_TRANSLATE_NOOP("Vocabulary", "Korean")},
    {"11", QT_TRANSLATE_NOOP("Vocabulary", "Manchu")}, {"12", QT_TRANSLATE_NOOP("Vocabulary", "Dong")},
    {"13", QT_TRANSLATE_NOOP("Vocabulary", "Yao")}, {"14", QT_TRANSLATE_NOOP("Vocabulary", "Bai")},
    {"15", QT_TRANSLATE_NOOP("Vocabulary", "Tujia")}, {"16", QT_TRANSLATE_NOOP("Vocabulary", "Hani")},
    {"17", QT_TRANSLATE_NOOP("Vocabulary", "Kazakh")}, {"18", QT_TRANSLATE_NOOP("Vocabulary", "Dai")},
    {"19", QT_TRANSLATE_NOOP("Vocabulary", "Li")}, {"20", QT_TRANSLATE_NOOP("Vocabulary", "Lisu")},
    {"21", QT_TRANSLATE_NOOP("Vocabulary", "Va")}, {"22", QT_TRANSLATE_NOOP("Vocabulary", "She")},
    {"23", QT_TRANSLATE_NOOP("Vocabulary", "Gaoshan")}, {"24", QT_TRANSLATE_NOOP("Vocabulary", "Lahu")},
    {"25", QT_TRANSLATE_NOOP("Vocabulary", "Shui")}, {"26", QT_TRANSLATE_NOOP("Vocabulary", "Dongxiang")},
    {"27", QT_TRANSLATE_NOOP("Vocabulary", "Naxi")}, {"28", QT_TRANSLATE_NOOP("Vocabulary", "Jingpo")},
    {"29", QT_TRANSLATE_NOOP("Vocabulary", "Kyrgyz")}, {"30", QT_TRANSLATE_NOOP("Vocabulary", "Tu")},
    {"31", QT_TRANSLATE_NOOP("Vocabulary", "Daur")}, {"32", QT_TRANSLATE_NOOP("Vocabulary", "Mulao")},
    {"33", QT_TRANSLATE_NOOP("Vocabulary", "Qiang")}, {"34", QT_TRANSLATE_NOOP("Vocabulary", "Blang")},
    {"35", QT_TRANSLATE_NOOP("Vocabulary", "Salar")}, {"36", QT_TRANSLATE_NOOP("Vocabulary", "Maonan")},
    {"37", QT_TRANSLATE_NOOP("Vocabulary", "Gelao")}, {"38", QT_TRANSLATE_NOOP("Vocabulary", "Xibe")},
    {"39", QT_TRANSLATE_NOOP("Vocabulary", "Achang")}, {"40", QT_TRANSLATE_NOOP("Vocabulary", "Pumi")},
    {"41", QT_TRANSLATE_NOOP("Vocabulary", "Tajik")}, {"42", QT_TRANSLATE_NOOP("Vocabulary", "Nu")},
    {"43", QT_TRANSLATE_NOOP("Vocabulary", "Uzbek")}, {"44", QT_TRANSLATE_NOOP("Vocabulary", "Russian")},
    {"45", QT_TRANSLATE_NOOP("Vocabulary", "Ewenki")}, {"46", QT_TRANSLATE_NOOP("Vocabulary", "De'ang")},
    {"47", QT_TRANSLATE_NOOP("Vocabulary", "Bonan")}, {"48", QT_TRANSLATE_NOOP("Vocabulary", "Yugur")},
    {"49", QT_TRANSLATE_NOOP("Vocabulary", "Gin")}, {"50", QT_TRANSLATE_NOOP("Vocabulary", "Tatar")},
    {"51", QT_TRANSLATE_NOOP("Vocabulary", "Derung")}, {"52", QT_TRANSLATE_NOOP("Vocabulary", "Oroqen")},
    {"53", QT_TRANSLATE_NOOP("Vocabulary", "Hezhen")}, {"54", QT_TRANSLATE_NOOP("Vocabulary", "Monba")},
    {"55", QT_TRANSLATE_NOOP("Vocabulary", "Lhoba")}, {"56", QT_TRANSLATE_NOOP("Vocabulary", "Jino")},
    {"97", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};

const QList<Vocabulary::Entry> kHukouType = {
    {"rural", QT_TRANSLATE_NOOP("Vocabulary", "Rural")}, {"urban", QT_TRANSLATE_NOOP("Vocabulary", "Urban")}};

const QList<Vocabulary::Entry> kHealth = {
    {"healthy", QT_TRANSLATE_NOOP("Vocabulary", "Healthy")},
    {"disabled", QT_TRANSLATE_NOOP("Vocabulary", "Disabled")},
    {"ill", QT_TRANSLATE_NOOP("Vocabulary", "Ill")}};

const QList<Vocabulary::Entry> kDisabilityType = {
    {"visual", QT_TRANSLATE_NOOP("Vocabulary", "Visual")}, {"hearing", QT_TRANSLATE_NOOP("Vocabulary", "Hearing")},
    {"speech", QT_TRANSLATE_NOOP("Vocabulary", "Speech")}, {"physical", QT_TRANSLATE_NOOP("Vocabulary", "Physical")},
    {"intellectual", QT_TRANSLATE_NOOP("Vocabulary", "Intellectual")},
    {"mental", QT_TRANSLATE_NOOP("Vocabulary", "Mental")}, {"multiple", QT_TRANSLATE_NOOP("Vocabulary", "Multiple")}};

const QList<Vocabulary::Entry> kDisabilityGrade = {
    {"1", QT_TRANSLATE_NOOP("Vocabulary", "Grade 1")}, {"2", QT_TRANSLATE_NOOP("Vocabulary", "Grade 2")},
    {"3", QT_TRANSLATE_NOOP("Vocabulary", "Grade 3")}, {"4", QT_TRANSLATE_NOOP("Vocabulary", "Grade 4")}};

const QList<Vocabulary::Entry> kSchooling = {
    {"kindergarten", QT_TRANSLATE_NOOP("Vocabulary", "In kindergarten")},
    {"not_in_kindergarten", QT_TRANSLATE_NOOP("Vocabulary", "Not in kindergarten")},
    {"primary", QT_TRANSLATE_NOOP("Vocabulary", "Primary school")},
    {"junior", QT_TRANSLATE_NOOP("Vocabulary", "Junior middle school")},
    {"senior", QT_TRANSLATE_NOOP("Vocabulary", "Senior middle school")},
    {"vocational", QT_TRANSLATE_NOOP("Vocabulary", "Vocational school")},
    {"dropped_out", QT_TRANSLATE_NOOP("Vocabulary", "Dropped out")},
    {"not_in_school", QT_TRANSLATE_NOOP("Vocabulary", "Not in school (14-16)")}};

const QList<Vocabulary::Entry> kParentStatus = {
    {"at_home", QT_TRANSLATE_NOOP("Vocabulary", "At home")},
    {"away_for_work", QT_TRANSLATE_NOOP("Vocabulary", "Away for work")},
    {"dead", QT_TRANSLATE_NOOP("Vocabulary", "Dead")}, {"missing", QT_TRANSLATE_NOOP("Vocabulary", "Lost contact")},
    {"seriously_ill", QT_TRANSLATE_NOOP("Vocabulary", "Seriously ill")},
    {"seriously_disabled", QT_TRANSLATE_NOOP("Vocabulary", "Seriously disabled")},
    {"in_prison", QT_TRANSLATE_NOOP("Vocabulary", "In prison")},
    {"compulsory_detox", QT_TRANSLATE_NOOP("Vocabulary", "Compulsory drug rehabilitation")},
    {"detained", QT_TRANSLATE_NOOP("Vocabulary", "Other loss of liberty")},
    {"declared_missing", QT_TRANSLATE_NOOP("Vocabulary", "Declared missing by a court")},
    {"guardianship_revoked", QT_TRANSLATE_NOOP("Vocabulary", "Guardianship revoked")},
    {"deported", QT_TRANSLATE_NOOP("Vocabulary", "Deported (repatriated or expelled)")}};

const QList<Vocabulary::Entry> kGuardianshipType = {
    {"none", QT_TRANSLATE_NOOP("Vocabulary", "No guardian")},
    {"parent_incapable", QT_TRANSLATE_NOOP("Vocabulary", "Parent without guardianship capacity")},
    {"caregiver_insufficient", QT_TRANSLATE_NOOP("Vocabulary", "Entrusted guardian's capacity insufficient")},
    {"fair", QT_TRANSLATE_NOOP("Vocabulary", "Guardianship fair")},
    {"good", QT_TRANSLATE_NOOP("Vocabulary", "Guardianship good")}};

const QList<Vocabulary::Entry> kGuardianshipGrade = {
    {"good", QT_TRANSLATE_NOOP("Vocabulary", "Good")}, {"fair", QT_TRANSLATE_NOOP("Vocabulary", "Fair")},
    {"poor", QT_TRANSLATE_NOOP("Vocabulary", "Poor")}};

const QList<Vocabulary::Entry> kIncomeSource = {
    {"work_away", QT_TRANSLATE_NOOP("Vocabulary", "Work away from home")},
    {"farming", QT_TRANSLATE_NOOP("Vocabulary", "Farming")},
    {"government_aid", QT_TRANSLATE_NOOP("Vocabulary", "Government aid")},
    {"relatives", QT_TRANSLATE_NOOP("Vocabulary", "Relatives")}, {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};

const QList<Vocabulary::Entry> kAssistance = {
    {"dibao", QT_TRANSLATE_NOOP("Vocabulary", "Minimum living allowance (dibao)")},
    {"tekun", QT_TRANSLATE_NOOP("Vocabulary", "Support for the extremely poor")},
    {"temporary", QT_TRANSLATE_NOOP("Vocabulary", "Temporary assistance")},
    {"medical", QT_TRANSLATE_NOOP("Vocabulary", "Medical assistance")},
    {"housing", QT_TRANSLATE_NOOP("Vocabulary", "Housing assistance")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};

const QList<Vocabulary::Entry> kChildStatus = {
    {"active", QT_TRANSLATE_NOOP("Vocabulary", "Active")}, {"exited", QT_TRANSLATE_NOOP("Vocabulary", "Exited")}};

const QList<Vocabulary::Entry> kExitReason = {
    {"over_age", QT_TRANSLATE_NOOP("Vocabulary", "Over-age (turned 16)")},
    {"parents_returned", QT_TRANSLATE_NOOP("Vocabulary", "Parents returned")},
    {"moved_away", QT_TRANSLATE_NOOP("Vocabulary", "Moved away")},
    {"died", QT_TRANSLATE_NOOP("Vocabulary", "Died")},
    {"entered_in_error", QT_TRANSLATE_NOOP("Vocabulary", "Entered in error")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};

const QList<Vocabulary::Entry> kRelation = {
    {"father", QT_TRANSLATE_NOOP("Vocabulary", "Father")}, {"mother", QT_TRANSLATE_NOOP("Vocabulary", "Mother")},
    {"paternal_grandfather", QT_TRANSLATE_NOOP("Vocabulary", "Paternal grandfather")},
    {"paternal_grandmother", QT_TRANSLATE_NOOP("Vocabulary", "Paternal grandmother")},
    {"maternal_grandfather", QT_TRANSLATE_NOOP("Vocabulary", "Maternal grandfather")},
    {"maternal_grandmother", QT_TRANSLATE_NOOP("Vocabulary", "Maternal grandmother")},
    {"guardian", QT_TRANSLATE_NOOP("Vocabulary", "Entrusted guardian")},
    {"caregiver", QT_TRANSLATE_NOOP("Vocabulary", "Caregiver")}};

const QList<Vocabulary::Entry> kRole = {
    {"village", QT_TRANSLATE_NOOP("Vocabulary", "Village")}, {"township", QT_TRANSLATE_NOOP("Vocabulary", "Township")},
    {"county", QT_TRANSLATE_NOOP("Vocabulary", "County")}, {"city", QT_TRANSLATE_NOOP("Vocabulary", "City")}};

const QList<Vocabulary::Entry> kAgreementStatus = {
    {"draft", QT_TRANSLATE_NOOP("Vocabulary", "Draft")}, {"printed", QT_TRANSLATE_NOOP("Vocabulary", "Printed")},
    {"signed", QT_TRANSLATE_NOOP("Vocabulary", "Signed")}, {"expired", QT_TRANSLATE_NOOP("Vocabulary", "Expired")},
    {"replaced", QT_TRANSLATE_NOOP("Vocabulary", "Replaced")}};

// Group activities and talks (notice points 2 and 5): 政策宣讲进村, 家庭监护指导, 心理健康关爱服务,
// 爱心暑托班, 暑期安全教育.
const QList<Vocabulary::Entry> kActivityKind = {
    {"policy_talk", QT_TRANSLATE_NOOP("Vocabulary", "Policy talk in the village")},
    {"guardianship_guidance", QT_TRANSLATE_NOOP("Vocabulary", "Family guardianship guidance")},
    {"mental_health", QT_TRANSLATE_NOOP("Vocabulary", "Mental-health session")},
    {"care_home", QT_TRANSLATE_NOOP("Vocabulary", "Session at the children's care home")},
    {"summer_class", QT_TRANSLATE_NOOP("Vocabulary", "Summer care class")},
    {"safety_education", QT_TRANSLATE_NOOP("Vocabulary", "Safety education")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other activity")}};

// Spot checks (抽查): of the records updated on the day or in the week, and what the checker found.
const QList<Vocabulary::Entry> kSpotCheckPeriod = {
    {"day", QT_TRANSLATE_NOOP("Vocabulary", "Updated that day")},
    {"week", QT_TRANSLATE_NOOP("Vocabulary", "Updated that week")}};
const QList<Vocabulary::Entry> kSpotCheckResult = {
    {"pending", QT_TRANSLATE_NOOP("Vocabulary", "Not checked yet")},
    {"verified", QT_TRANSLATE_NOOP("Vocabulary", "Verified")},
    {"problem", QT_TRANSLATE_NOOP("Vocabulary", "Problem found")}};

// Visits: kinds, who visits, whom they met, the assessment scales and checklists.
const QList<Vocabulary::Entry> kVisitKind = {
    {"survey", QT_TRANSLATE_NOOP("Vocabulary", "Survey visit")},
    {"monthly", QT_TRANSLATE_NOOP("Vocabulary", "Monthly visit (child director)")},
    {"party_cadre", QT_TRANSLATE_NOOP("Vocabulary", "Party cadre home visit")},
    {"resident_cadre", QT_TRANSLATE_NOOP("Vocabulary", "Resident cadre visit")},
    {"social_worker", QT_TRANSLATE_NOOP("Vocabulary", "Social worker follow-up")},
    {"holiday_check", QT_TRANSLATE_NOOP("Vocabulary", "Holiday safety check")}};

const QList<Vocabulary::Entry> kVisitorRole = {
    {"child_director", QT_TRANSLATE_NOOP("Vocabulary", "Child director")},
    {"child_supervisor", QT_TRANSLATE_NOOP("Vocabulary", "Child supervisor")},
    {"party_cadre", QT_TRANSLATE_NOOP("Vocabulary", "Party cadre")},
    {"resident_cadre", QT_TRANSLATE_NOOP("Vocabulary", "Resident village cadre")},
    {"social_worker", QT_TRANSLATE_NOOP("Vocabulary", "Social worker")},
    {"volunteer", QT_TRANSLATE_NOOP("Vocabulary", "Volunteer")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};

const QList<Vocabulary::Entry> kVisitMet = {
    {"child", QT_TRANSLATE_NOOP("Vocabulary", "The child")}, {"father", QT_TRANSLATE_NOOP("Vocabulary", "Father")},
    {"mother", QT_TRANSLATE_NOOP("Vocabulary", "Mother")},
    {"grandparent", QT_TRANSLATE_NOOP("Vocabulary", "Grandparent")},
    {"guardian", QT_TRANSLATE_NOOP("Vocabulary", "Entrusted guardian")},
    {"caregiver", QT_TRANSLATE_NOOP("Vocabulary", "Caregiver")},
    {"teacher", QT_TRANSLATE_NOOP("Vocabulary", "Teacher")}, {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};

const QList<Vocabulary::Entry> kAssessment = {
    {"good", QT_TRANSLATE_NOOP("Vocabulary", "Good")}, {"fair", QT_TRANSLATE_NOOP("Vocabulary", "Fair")},
    {"poor", QT_TRANSLATE_NOOP("Vocabulary", "Poor")}};

const QList<Vocabulary::Entry> kSafetyConcern = {
    {"living_alone", QT_TRANSLATE_NOOP("Vocabulary", "Living alone without guardianship")},
    {"guardian_unable", QT_TRANSLATE_NOOP("Vocabulary", "Guardian unable to care")},
    {"guardian_neglect", QT_TRANSLATE_NOOP("Vocabulary", "Guardian not doing the job")},
    {"domestic_violence", QT_TRANSLATE_NOOP("Vocabulary", "Suspected domestic violence")},
    {"injury", QT_TRANSLATE_NOOP("Vocabulary", "Accidental injury or harm")},
    {"left_unattended", QT_TRANSLATE_NOOP("Vocabulary", "Left unattended")}};

const QList<Vocabulary::Entry> kHazard = {
    {"water", QT_TRANSLATE_NOOP("Vocabulary", "Water")}, {"electricity", QT_TRANSLATE_NOOP("Vocabulary", "Electricity")},
    {"fire", QT_TRANSLATE_NOOP("Vocabulary", "Fire")}, {"traffic", QT_TRANSLATE_NOOP("Vocabulary", "Traffic")},
    {"animals", QT_TRANSLATE_NOOP("Vocabulary", "Animals")}, {"falls", QT_TRANSLATE_NOOP("Vocabulary", "Falls")},
    {"unsafe_buildings", QT_TRANSLATE_NOOP("Vocabulary", "Unsafe buildings")},
    {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};

const QList<Vocabulary::Entry> kContactFrequency = {
    {"daily", QT_TRANSLATE_NOOP("Vocabulary", "Daily")}, {"weekly", QT_TRANSLATE_NOOP("Vocabulary", "Weekly")},
    {"monthly", QT_TRANSLATE_NOOP("Vocabulary", "Monthly")}, {"rarely", QT_TRANSLATE_NOOP("Vocabulary", "Rarely")},
    {"never", QT_TRANSLATE_NOOP("Vocabulary", "Never")}};

const QList<Vocabulary::Entry> kContactMeans = {
    {"phone", QT_TRANSLATE_NOOP("Vocabulary", "Phone")}, {"video", QT_TRANSLATE_NOOP("Vocabulary", "Video call")},
    {"wechat", QT_TRANSLATE_NOOP("Vocabulary", "WeChat")},
    {"visits_home", QT_TRANSLATE_NOOP("Vocabulary", "Visits home")}};

const QList<Vocabulary::Entry> kService = {
    {"guardianship_guidance", QT_TRANSLATE_NOOP("Vocabulary", "Guardianship guidance")},
    {"medical_treatment", QT_TRANSLATE_NOOP("Vocabulary", "Medical treatment")},
    {"counselling", QT_TRANSLATE_NOOP("Vocabulary", "Counselling")},
    {"behaviour_correction", QT_TRANSLATE_NOOP("Vocabulary", "Behaviour correction")},
    {"legal_service", QT_TRANSLATE_NOOP("Vocabulary", "Legal service")},
    {"judicial_aid", QT_TRANSLATE_NOOP("Vocabulary", "Judicial aid")}};

// The six items of the survey that must all be clear (六清).
const QList<Vocabulary::Entry> kSurveyItem = {
    {"data", QT_TRANSLATE_NOOP("Vocabulary", "Data")},
    {"basic_situation", QT_TRANSLATE_NOOP("Vocabulary", "Basic situation")},
    {"social_relations", QT_TRANSLATE_NOOP("Vocabulary", "Social relations")},
    {"growth_needs", QT_TRANSLATE_NOOP("Vocabulary", "Growth needs")},
    {"safety_net", QT_TRANSLATE_NOOP("Vocabulary", "Safety-net situation")},
    {"guardianship_living_medical", QT_TRANSLATE_NOOP("Vocabulary", "Guardianship, living and medical situation")}};

const QList<Vocabulary::Entry> kReferralKind = {
    {"police_report", QT_TRANSLATE_NOOP("Vocabulary", "Report to the police")},
    {"safety_net", QT_TRANSLATE_NOOP("Vocabulary", "Safety-net referral")},
    {"dropout", QT_TRANSLATE_NOOP("Vocabulary", "Dropout referral")}};

const QList<Vocabulary::Entry> kReferralStatus = {
    {"open", QT_TRANSLATE_NOOP("Vocabulary", "Open")}, {"in_progress", QT_TRANSLATE_NOOP("Vocabulary", "In progress")},
    {"closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")},
    {"folded", QT_TRANSLATE_NOOP("Vocabulary", "Folded into an earlier referral")}};

const QList<Vocabulary::Entry> kReferralAction = {
    {"opened", QT_TRANSLATE_NOOP("Vocabulary", "Opened")},
    {"found_again", QT_TRANSLATE_NOOP("Vocabulary", "Found again on a visit")},
    {"note", QT_TRANSLATE_NOOP("Vocabulary", "Note")},
    {"police_reported", QT_TRANSLATE_NOOP("Vocabulary", "Reported to the police")},
    {"guardian_notified", QT_TRANSLATE_NOOP("Vocabulary", "Parents or guardian notified")},
    {"education_reported", QT_TRANSLATE_NOOP("Vocabulary", "Written report to the education department")},
    {"assistance_applied", QT_TRANSLATE_NOOP("Vocabulary", "Assistance applied for")},
    {"returned_to_school", QT_TRANSLATE_NOOP("Vocabulary", "Back in school")},
    {"status_changed", QT_TRANSLATE_NOOP("Vocabulary", "Status changed")},
    {"closed", QT_TRANSLATE_NOOP("Vocabulary", "Closed")},
    {"folded", QT_TRANSLATE_NOOP("Vocabulary", "A later referral of the same kind was folded in")}};

const QList<Vocabulary::Entry> kRiskTrigger = {
    {"living_alone", QT_TRANSLATE_NOOP("Vocabulary", "Living alone without guardianship")},
    {"guardian_unable", QT_TRANSLATE_NOOP("Vocabulary", "Guardian unable to care")},
    {"guardian_neglect", QT_TRANSLATE_NOOP("Vocabulary", "Guardian not doing the job")},
    {"domestic_violence", QT_TRANSLATE_NOOP("Vocabulary", "Suspected domestic violence")},
    {"injury", QT_TRANSLATE_NOOP("Vocabulary", "Accidental injury or harm")},
    {"under8_unattended", QT_TRANSLATE_NOOP("Vocabulary", "Child under 8 left unattended")},
    {"special_care_unattended", QT_TRANSLATE_NOOP("Vocabulary", "Child needing special care left unattended")},
    {"under16_alone", QT_TRANSLATE_NOOP("Vocabulary", "Child under 16 living alone")},
    {"economic_difficulty", QT_TRANSLATE_NOOP("Vocabulary", "Household in economic difficulty, possibly eligible")},
    {"out_of_school", QT_TRANSLATE_NOOP("Vocabulary", "Out of school during compulsory schooling")}};

const QList<Vocabulary::Entry> kLivesWith = {
    {"both_parents", QT_TRANSLATE_NOOP("Vocabulary", "Both parents")},
    {"father", QT_TRANSLATE_NOOP("Vocabulary", "Father")}, {"mother", QT_TRANSLATE_NOOP("Vocabulary", "Mother")},
    {"grandparents", QT_TRANSLATE_NOOP("Vocabulary", "Grandparents")},
    {"relatives", QT_TRANSLATE_NOOP("Vocabulary", "Other relatives")},
    {"guardian", QT_TRANSLATE_NOOP("Vocabulary", "Entrusted guardian or caregiver")},
    {"alone", QT_TRANSLATE_NOOP("Vocabulary", "Alone")}, {"other", QT_TRANSLATE_NOOP("Vocabulary", "Other")}};

// Work places outside the mainland: Hong Kong, Macao and Taiwan first, then countries abroad (ISO 3166-1
// alpha-2); ZZ (user-assigned in ISO 3166) for any other country or region.
const QList<Vocabulary::Entry> kCountryRegion = {
    {"HK", QT_TRANSLATE_NOOP("Vocabulary", "Hong Kong, China")},
    {"MO", QT_TRANSLATE_NOOP("Vocabulary", "Macao, China")},
    {"TW", QT_TRANSLATE_NOOP("Vocabulary", "Taiwan, China")},
    {"JP", QT_TRANSLATE_NOOP("Vocabulary", "Japan")},
    {"KR", QT_TRANSLATE_NOOP("Vocabulary", "South Korea")},
    {"SG", QT_TRANSLATE_NOOP("Vocabulary", "Singapore")},
    {"MY", QT_TRANSLATE_NOOP("Vocabulary", "Malaysia")},
    {"TH", QT_TRANSLATE_NOOP("Vocabulary", "Thailand")},
    {"VN", QT_TRANSLATE_NOOP("Vocabulary", "Vietnam")},
    {"KH", QT_TRANSLATE_NOOP("Vocabulary", "Cambodia")},
    {"LA", QT_TRANSLATE_NOOP("Vocabulary", "Laos")},
    {"MM", QT_TRANSLATE_NOOP("Vocabulary", "Myanmar")},
    {"ID", QT_TRANSLATE_NOOP("Vocabulary", "Indonesia")},
    {"PH", QT_TRANSLATE_NOOP("Vocabulary", "Philippines")},
    {"IN", QT_TRANSLATE_NOOP("Vocabulary", "India")},
    {"PK", QT_TRANSLATE_NOOP("Vocabulary", "Pakistan")},
    {"BD", QT_TRANSLATE_NOOP("Vocabulary", "Bangladesh")},
    {"MN", QT_TRANSLATE_NOOP("Vocabulary", "Mongolia")},
    {"RU", QT_TRANSLATE_NOOP("Vocabulary", "Russia")},
    {"KZ", QT_TRANSLATE_NOOP("Vocabulary", "Kazakhstan")},
    {"AE", QT_TRANSLATE_NOOP("Vocabulary", "United Arab Emirates")},
    {"SA", QT_TRANSLATE_NOOP("Vocabulary", "Saudi Arabia")},
    {"QA", QT_TRANSLATE_NOOP("Vocabulary", "Qatar")},
    {"KW", QT_TRANSLATE_NOOP("Vocabulary", "Kuwait")},
    {"IQ", QT_TRANSLATE_NOOP("Vocabulary", "Iraq")},
    {"IL", QT_TRANSLATE_NOOP("Vocabulary", "Israel")},
    {"TR", QT_TRANSLATE_NOOP("Vocabulary", "Turkey")},
    {"EG", QT_TRANSLATE_NOOP("Vocabulary", "Egypt")},
    {"DZ", QT_TRANSLATE_NOOP("Vocabulary", "Algeria")},
    {"NG", QT_TRANSLATE_NOOP("Vocabulary", "Nigeria")},
    {"AO", QT_TRANSLATE_NOOP("Vocabulary", "Angola")},
    {"ET", QT_TRANSLATE_NOOP("Vocabulary", "Ethiopia")},
    {"KE", QT_TRANSLATE_NOOP("Vocabulary", "Kenya")},
    {"ZA", QT_TRANSLATE_NOOP("Vocabulary", "South Africa")},
    {"GB", QT_TRANSLATE_NOOP("Vocabulary", "United Kingdom")},
    {"FR", QT_TRANSLATE_NOOP("Vocabulary", "France")},
    {"DE", QT_TRANSLATE_NOOP("Vocabulary", "Germany")},
    {"IT", QT_TRANSLATE_NOOP("Vocabulary", "Italy")},
    {"ES", QT_TRANSLATE_NOOP("Vocabulary", "Spain")},
    {"NL", QT_TRANSLATE_NOOP("Vocabulary", "Netherlands")},
    {"US", QT_TRANSLATE_NOOP("Vocabulary", "United States")},
    {"CA", QT_TRANSLATE_NOOP("Vocabulary", "Canada")},
    {"MX", QT_TRANSLATE_NOOP("Vocabulary", "Mexico")},
    {"BR", QT_TRANSLATE_NOOP("Vocabulary", "Brazil")},
    {"AR", QT_TRANSLATE_NOOP("Vocabulary", "Argentina")},
    {"PE", QT_TRANSLATE_NOOP("Vocabulary", "Peru")},
    {"AU", QT_TRANSLATE_NOOP("Vocabulary", "Australia")},
    {"NZ", QT_TRANSLATE_NOOP("Vocabulary", "New Zealand")},
    {"ZZ", QT_TRANSLATE_NOOP("Vocabulary", "Another country or region")}};
// clang-format on

const QHash<QString, const QList<Vocabulary::Entry>*>& lists()
{
    static const QHash<QString, const QList<Vocabulary::Entry>*> all = {
        {Vocabulary::Sex, &kSex},
        {Vocabulary::Ethnicity, &kEthnicity},
        {Vocabulary::HukouType, &kHukouType},
        {Vocabulary::Health, &kHealth},
        {Vocabulary::DisabilityType, &kDisabilityType},
        {Vocabulary::DisabilityGrade, &kDisabilityGrade},
        {Vocabulary::Schooling, &kSchooling},
        {Vocabulary::ParentStatus, &kParentStatus},
        {Vocabulary::GuardianshipType, &kGuardianshipType},
        {Vocabulary::GuardianshipGrade, &kGuardianshipGrade},
        {Vocabulary::IncomeSource, &kIncomeSource},
        {Vocabulary::Assistance, &kAssistance},
        {Vocabulary::ChildStatus, &kChildStatus},
        {Vocabulary::ExitReason, &kExitReason},
        {Vocabulary::Relation, &kRelation},
        {Vocabulary::Role, &kRole},
        {Vocabulary::VisitKind, &kVisitKind},
        {Vocabulary::VisitorRole, &kVisitorRole},
        {Vocabulary::VisitMet, &kVisitMet},
        {Vocabulary::Assessment, &kAssessment},
        {Vocabulary::SafetyConcern, &kSafetyConcern},
        {Vocabulary::Hazard, &kHazard},
        {Vocabulary::ContactFrequency, &kContactFrequency},
        {Vocabulary::ContactMeans, &kContactMeans},
        {Vocabulary::Service, &kService},
        {Vocabulary::SurveyItem, &kSurveyItem},
        {Vocabulary::ReferralKind, &kReferralKind},
        {Vocabulary::ReferralStatus, &kReferralStatus},
        {Vocabulary::ReferralAction, &kReferralAction},
        {Vocabulary::RiskTrigger, &kRiskTrigger},
        {Vocabulary::AgreementStatus, &kAgreementStatus},
        {Vocabulary::CountryRegion, &kCountryRegion},
        {Vocabulary::LivesWith, &kLivesWith},
        {Vocabulary::ActivityKind, &kActivityKind},
        {Vocabulary::SpotCheckPeriod, &kSpotCheckPeriod},
        {Vocabulary::SpotCheckResult, &kSpotCheckResult},
    };
    return all;
}

} // namespace

QList<Vocabulary::Entry> Vocabulary::entries(const QString& list)
{
    const auto* l = lists().value(list);
    return l ? *l : QList<Entry>{};
}

QStringList Vocabulary::codes(const QString& list)
{
    QStringList out;
    for (const Entry& e : entries(list))
        out << QString::fromLatin1(e.code);
    return out;
}

bool Vocabulary::contains(const QString& list, QStringView code)
{
    const auto* l = lists().value(list);
    if (!l)
        return false;
    for (const Entry& e : *l) {
        if (code == QLatin1String(e.code))
            return true;
    }
    return false;
}

QString Vocabulary::label(const QString& list, QStringView code)
{
    if (const auto* l = lists().value(list)) {
        for (const Entry& e : *l) {
            if (code == QLatin1String(e.code))
                return QCoreApplication::translate("Vocabulary", e.label);
        }
    }
    return code.toString();
}

QString Vocabulary::labels(const QString& list, QStringView codes)
{
    QStringList out;
    for (QStringView c : codes.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out << label(list, c.trimmed());
    return out.join(QStringLiteral("、"));
}
