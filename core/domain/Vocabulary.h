#pragma once

#include <QList>
#include <QString>
#include <QStringList>

// The closed lists of the 2016 national registration form and of our own records: each entry is a stable code
// (stored in the database and in packages) and an English label translated for display (zh_CN by default).
class Vocabulary final
{
public:
    struct Entry
    {
        const char* code;
        const char* label; // source text for QCoreApplication::translate("Vocabulary", label)
    };

    // Names of the lists, used by the schema to say which list a field takes its codes from.
    static inline const QString Sex = QStringLiteral("sex");
    static inline const QString Ethnicity = QStringLiteral("ethnicity");
    static inline const QString HukouType = QStringLiteral("hukou_type");
    static inline const QString Health = QStringLiteral("health");
    static inline const QString DisabilityType = QStringLiteral("disability_type");
    static inline const QString DisabilityGrade = QStringLiteral("disability_grade");
    static inline const QString Schooling = QStringLiteral("schooling");
    static inline const QString ParentStatus = QStringLiteral("parent_status");
    static inline const QString GuardianshipType = QStringLiteral("guardianship_type");
    static inline const QString GuardianshipGrade = QStringLiteral("guardianship_grade");
    static inline const QString IncomeSource = QStringLiteral("income_source");
    static inline const QString Assistance = QStringLiteral("assistance");
    static inline const QString ChildStatus = QStringLiteral("child_status");
    static inline const QString ExitReason = QStringLiteral("exit_reason");
    static inline const QString Relation = QStringLiteral("relation");
    static inline const QString Role = QStringLiteral("role");
    // Visits and referrals.
    static inline const QString VisitKind = QStringLiteral("visit_kind");
    static inline const QString VisitorRole = QStringLiteral("visitor_role");
    static inline const QString VisitMet = QStringLiteral("visit_met");
    static inline const QString Assessment = QStringLiteral("assessment");
    static inline const QString SafetyConcern = QStringLiteral("safety_concern");
    static inline const QString Hazard = QStringLiteral("hazard");
    static inline const QString ContactFrequency = QStringLiteral("contact_frequency");
    static inline const QString ContactMeans = QStringLiteral("contact_means");
    static inline const QString Service = QStringLiteral("service");
    static inline const QString SurveyItem = QStringLiteral("survey_item");
    static inline const QString ReferralKind = QStringLiteral("referral_kind");
    static inline const QString ReferralStatus = QStringLiteral("referral_status");
    static inline const QString ReferralAction = QStringLiteral("referral_action");
    static inline const QString RiskTrigger = QStringLiteral("risk_trigger");
    static inline const QString AgreementStatus = QStringLiteral("agreement_status");
    // Work places outside the mainland (ISO 3166-1 alpha-2 codes): always outside the child's county.
    static inline const QString CountryRegion = QStringLiteral("country_region");
    // With whom the child actually lives (随迁: with the parents where they work).
    static inline const QString LivesWith = QStringLiteral("lives_with");
    // Group activities and talks (notice point 5).
    static inline const QString ActivityKind = QStringLiteral("activity_kind");
    // Daily spot checks (抽查) of the records updated in a day or a week.
    static inline const QString SpotCheckPeriod = QStringLiteral("spot_check_period");
    static inline const QString SpotCheckResult = QStringLiteral("spot_check_result");

    static QList<Entry> entries(const QString& list);
    static QStringList codes(const QString& list);
    static bool contains(const QString& list, QStringView code);
    // The translated label of a code, or the code itself when the list does not know it.
    static QString label(const QString& list, QStringView code);
    // Labels of a comma-separated set of codes (multi-choice fields), joined with "、".
    static QString labels(const QString& list, QStringView codes);
};
