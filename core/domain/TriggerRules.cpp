#include "TriggerRules.h"

#include "Vocabulary.h"

#include <QCoreApplication>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("TriggerRules", text);
}

const QString kPolice = QStringLiteral("police_report");
const QString kSafetyNet = QStringLiteral("safety_net");
const QString kDropout = QStringLiteral("dropout");
} // namespace

bool TriggerRules::schoolAge(QDate birthDate, QDate on)
{
    if (!birthDate.isValid() || !on.isValid())
        return false;
    const int schoolYear = on.month() >= 9 ? on.year() : on.year() - 1; // began on 1 September
    return birthDate.addYears(6) <= QDate(schoolYear, 8, 31);
}

int TriggerRules::ageOn(QDate birthDate, QDate on)
{
    if (!birthDate.isValid() || !on.isValid())
        return -1;
    int age = on.year() - birthDate.year();
    if (on.month() < birthDate.month() || (on.month() == birthDate.month() && on.day() < birthDate.day()))
        --age;
    return age;
}

QString TriggerRules::referralKindOf(const QString& code)
{
    static const QStringList police{
        QStringLiteral("living_alone"),     QStringLiteral("guardian_unable"),
        QStringLiteral("guardian_neglect"), QStringLiteral("domestic_violence"),
        QStringLiteral("injury"),           QStringLiteral("under8_unattended"),
        QStringLiteral("under16_alone"),    QStringLiteral("special_care_unattended")};
    if (police.contains(code))
        return kPolice;
    if (code == QLatin1String("economic_difficulty"))
        return kSafetyNet;
    if (code == QLatin1String("out_of_school"))
        return kDropout;
    return {};
}

QList<RiskTrigger> TriggerRules::evaluate(const VisitFindings& f)
{
    QList<RiskTrigger> out;
    const int age = ageOn(f.birthDate, f.visitDate);
    const auto add = [&out](const QString& code, const QString& reason) {
        out.append({code, referralKindOf(code), reason});
    };
    for (const QString& concern : Vocabulary::codes(Vocabulary::SafetyConcern)) {
        if (!f.safetyConcerns.contains(concern))
            continue;
        if (concern == QLatin1String("living_alone")) {
            if (age >= 0 && age >= 16)
                add(QStringLiteral("living_alone"),
                    tr("The child lives alone without guardianship: report to the police at once."));
            else
                add(QStringLiteral("under16_alone"), tr("A child under 16 lives alone (Minors Protection Law "
                                                        "Art. 21): report to the police at "
                                                        "once."));
        } else if (concern == QLatin1String("left_unattended")) {
            if (age < 8)
                add(QStringLiteral("under8_unattended"),
                    tr("A child under 8 was left unattended (Minors Protection Law Art. 21): report to the "
                       "police at once."));
            else if (f.needsSpecialCare)
                add(QStringLiteral("special_care_unattended"),
                    tr("A child who needs special care (an intellectual or mental disability) was left "
                       "unattended "
                       "(Minors Protection Law Art. 21): report to the police at once."));
        } else {
            add(concern, tr("%1: report to the police at once.")
                             .arg(Vocabulary::label(Vocabulary::RiskTrigger, concern)));
        }
    }
    if (f.economicDifficulty && !f.assistanceEligible.isEmpty())
        add(QStringLiteral("economic_difficulty"),
            tr("The household is in economic difficulty and may be eligible for %1: refer it to the safety "
               "net.")
                .arg(
                    Vocabulary::labels(Vocabulary::Assistance, f.assistanceEligible.join(QLatin1Char(',')))));
    // 失学辍学 must be reported under 16, at 14 and 15 too. A child not in kindergarten or school is of
    // school age from the September after turning 6 (the 31 August rule): one who turns 6 after 31 August
    // starts the next September.
    const bool under16 = age < 16; // an unknown age counts as the younger age
    const bool droppedOut = f.schooling == QLatin1String("dropped_out") && (age < 0 || (age >= 6 && under16));
    const bool notInSchool = (f.schooling == QLatin1String("not_in_school") ||
                              f.schooling == QLatin1String("not_in_kindergarten")) &&
                             age >= 0 && under16 && schoolAge(f.birthDate, f.visitDate);
    if (droppedOut || notInSchool)
        add(QStringLiteral("out_of_school"),
            tr("The child is out of school during compulsory schooling: report in writing to the education "
               "department and notify the parents or guardian."));
    return out;
}

QDate TriggerRules::dueDate(const QString& kind, QDate visitDate, const TriggerSettings& settings)
{
    if (kind == kSafetyNet)
        return visitDate.addDays(settings.safetyNetDueDays);
    if (kind == kDropout)
        return visitDate.addDays(settings.dropoutDueDays);
    return visitDate; // a police report: at once
}

QList<MandatedReferral> TriggerRules::referrals(const QList<RiskTrigger>& triggers, const VisitFindings& f,
                                                const TriggerSettings& settings)
{
    QList<MandatedReferral> out;
    for (const QString& kind : {kPolice, kSafetyNet, kDropout}) {
        MandatedReferral r;
        r.kind = kind;
        for (const RiskTrigger& t : triggers) {
            if (t.referralKind == kind) {
                r.triggers << t.code;
                r.reasons << t.reason;
            }
        }
        if (r.triggers.isEmpty())
            continue;
        r.dueDate = dueDate(kind, f.visitDate, settings);
        if (kind == kSafetyNet)
            r.schemes = f.assistanceEligible;
        out << r;
    }
    return out;
}
