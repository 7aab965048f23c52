#include "ParentReading.h"

#include "AreaCode.h"
#include "Classifier.h"
#include "Vocabulary.h"

#include <QCoreApplication>

#include <tuple>
#include <utility>

namespace {

using Role = ParentReading::Role;

enum class Tri
{
    No,
    Yes,
    Unknown,
};

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

QString parentNoun(bool father)
{
    return father ? QCoreApplication::translate("Classifier", "father")
                  : QCoreApplication::translate("Classifier", "mother");
}

bool isDigits(const QString& s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

// The significant part of an area code: the province (2), city (4) or county (6) prefix, without the "00"
// that stands for a whole province or city ("440300" is the city 4403). Empty when the code is not an area
// code.
QString areaPrefix(const QString& code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.size() < 2 || !isDigits(trimmed))
        return QString();
    QString prefix = trimmed.left(qMin<qsizetype>(6, trimmed.size() / 2 * 2));
    while (prefix.size() > 2 && prefix.endsWith(QLatin1String("00")))
        prefix.chop(2);
    return prefix == QLatin1String("00") ? QString() : prefix;
}

// The significant digits of the hukou's county-level unit: the 6 digits of a county, or the 4 of a city
// without counties (东莞 4419: the city plays the county's part). Empty when the code names no such unit.
QString countyUnitPrefix(const QString& code)
{
    const QString prefix = areaPrefix(code);
    if (prefix.size() >= 4 && AreaCode::inCityWithoutCounties(prefix))
        return prefix.left(4); // 嘉峪关's county 620201, which repeats the city is the city too
    return prefix.size() == 6 ? prefix : QString();
}

// Whether the work place lies outside the child's hukou county; adds to `missing` what prevents telling.
Tri outsideHukouCounty(const ParentFacts& p, const QString& noun, const QString& hukouCountyCode,
                       QStringList& missing)
{
    if (Vocabulary::contains(Vocabulary::CountryRegion, p.workPlaceCode.trimmed()))
        return Tri::Yes; // Hong Kong, Macao, Taiwan or abroad: always outside the county
    const QString work = areaPrefix(p.workPlaceCode);
    const QString county = countyUnitPrefix(hukouCountyCode);
    if (p.workPlaceCode.trimmed().isEmpty()) {
        missing << (p.workPlaceText.trimmed().isEmpty()
                        ? QCoreApplication::translate("Classifier", "The %1's work place is not recorded.")
                              .arg(noun)
                        : QCoreApplication::translate("Classifier",
                                                      "The %1's work place (%2) has no area code recorded.")
                              .arg(noun, p.workPlaceText.trimmed()));
    } else if (work.isEmpty()) {
        missing << QCoreApplication::translate("Classifier",
                                               "The %1's work place code (%2) is not a valid area code.")
                       .arg(noun, p.workPlaceCode);
    }
    if (county.isEmpty())
        missing << (hukouCountyCode.trimmed().isEmpty()
                        ? QCoreApplication::translate("Classifier",
                                                      "The child's hukou county is not recorded.")
                        : QCoreApplication::translate(
                              "Classifier", "The child's hukou county (%1) is not the code of a county.")
                              .arg(hukouCountyCode.trimmed()));
    if (work.isEmpty() || county.isEmpty())
        return Tri::Unknown;
    if (!county.startsWith(work) && !work.startsWith(county))
        return Tri::Yes;
    if (work.startsWith(county)) // the county itself or a place inside it
        return Tri::No;
    missing << QCoreApplication::translate(
                   "Classifier",
                   "Only the province or city of the %1's work place (%2) is recorded, not the county.")
                   .arg(noun, p.workPlaceCode);
    return Tri::Unknown;
}

QString workPlaceLabel(const ParentFacts& p)
{
    if (!p.workPlaceText.trimmed().isEmpty())
        return p.workPlaceText.trimmed();
    const QString code = p.workPlaceCode.trimmed();
    return Vocabulary::contains(Vocabulary::CountryRegion, code)
               ? Vocabulary::label(Vocabulary::CountryRegion, code)
               : code;
}

// A sentence on a parent who cannot act as guardian; empty for the other statuses.
QString incapableSentence(ParentStatus status, const QString& noun)
{
    switch (status) {
    case ParentStatus::Dead:
        return QCoreApplication::translate("Classifier", "The %1 has died.").arg(noun);
    case ParentStatus::Missing:
        return QCoreApplication::translate("Classifier", "The %1 is missing and cannot be contacted.")
            .arg(noun);
    case ParentStatus::SeriouslyIll:
        return QCoreApplication::translate("Classifier",
                                           "The %1 is seriously ill and cannot act as guardian.")
            .arg(noun);
    case ParentStatus::SeriouslyDisabled:
        return QCoreApplication::translate("Classifier",
                                           "The %1 is seriously disabled and cannot act as guardian.")
            .arg(noun);
    case ParentStatus::InPrison:
        return QCoreApplication::translate("Classifier", "The %1 is in prison.").arg(noun);
    case ParentStatus::CompulsoryDetox:
        return QCoreApplication::translate("Classifier", "The %1 is in compulsory drug rehabilitation.")
            .arg(noun);
    case ParentStatus::Detained:
        return QCoreApplication::translate("Classifier", "The %1 is deprived of liberty by a legal measure.")
            .arg(noun);
    case ParentStatus::DeclaredMissing:
        return QCoreApplication::translate("Classifier", "The %1 has been declared missing by a court.")
            .arg(noun);
    case ParentStatus::GuardianshipRevoked:
        return QCoreApplication::translate("Classifier", "The %1's guardianship has been revoked by a court.")
            .arg(noun);
    case ParentStatus::Deported:
        return QCoreApplication::translate("Classifier",
                                           "The %1 has been deported (repatriated or expelled).")
            .arg(noun);
    case ParentStatus::Unknown:
    case ParentStatus::AtHome:
    case ParentStatus::AwayForWork:
        break;
    }
    return QString();
}

// The status the rules go by: a parent recorded as not alive, with no status, is dead.
ParentStatus effectiveStatus(const ParentFacts& p)
{
    return p.alive == false && p.status == ParentStatus::Unknown ? ParentStatus::Dead : p.status;
}

bool isCapacityStatus(ParentStatus s)
{
    return s == ParentStatus::SeriouslyIll || s == ParentStatus::SeriouslyDisabled;
}

// A sentence when the status and the alive/capable answers of one parent contradict each other: the file
// must be corrected before anything is decided on it. Empty when they agree.
QString contradiction(const ParentFacts& p, const QString& noun)
{
    const QString status = Vocabulary::label(Vocabulary::ParentStatus, parentStatusCode(p.status));
    if (p.alive == false && p.status != ParentStatus::Unknown && p.status != ParentStatus::Dead)
        return QCoreApplication::translate("Classifier",
                                           "The %1 is recorded as not alive but with the status \"%2\": "
                                           "correct one of them.")
            .arg(noun, status);
    if (p.alive == true && p.status == ParentStatus::Dead)
        return QCoreApplication::translate(
                   "Classifier",
                   "The %1 is recorded as alive but with the status \"%2\": correct one of them.")
            .arg(noun, status);
    if (p.capable == true && isCapacityStatus(p.status))
        return QCoreApplication::translate("Classifier",
                                           "The %1 is recorded as able to give care but with the status "
                                           "\"%2\": correct one of them.")
            .arg(noun, status);
    return QString();
}

} // namespace

ParentReading::View ParentReading::view(const ParentFacts& p, bool father, const ChildFacts& child,
                                        QDate onDate, const ClassifierSettings& s)
{
    const QString noun = parentNoun(father);
    View v;
    if (const QString conflict = contradiction(p, noun); !conflict.isEmpty()) {
        v.missing << conflict;
        return v;
    }
    const bool notCapable = p.capable == false;
    const ParentStatus status = effectiveStatus(p);
    switch (status) {
    case ParentStatus::Unknown:
        v.missing << QCoreApplication::translate("Classifier", "The %1's status is not recorded.").arg(noun);
        return v;
    case ParentStatus::AtHome:
        if (notCapable) {
            // 13号: one parent away, the other without guardianship capacity. Whatever the status says, a
            // parent recorded as not able to give care is not "at home and able to care".
            v.role = Role::Incapable;
            v.facts << QCoreApplication::translate(
                           "Classifier",
                           "The %1 is at home but is recorded as not able to give care (no guardianship "
                           "capacity).")
                           .arg(noun);
        } else {
            v.role = Role::Present;
            v.facts << QCoreApplication::translate("Classifier", "The %1 is at home.").arg(noun);
        }
        return v;
    case ParentStatus::AwayForWork:
        break;
    default:
        v.role = Role::Incapable;
        v.facts
            << (p.alive == false && p.status == ParentStatus::Unknown
                    ? QCoreApplication::translate("Classifier", "The %1 is recorded as not alive.").arg(noun)
                    : incapableSentence(status, noun));
        return v;
    }

    // Away for work: long enough, and (when the rule asks) outside the hukou county?
    const int months = Classifier::monthsBetween(p.awaySince, onDate);
    Tri longEnough = Tri::Unknown;
    if (p.awaySince.isValid())
        longEnough = p.awaySince <= onDate && months >= s.monthsAwayThreshold ? Tri::Yes : Tri::No;
    QStringList placeMissing;
    const Tri outside =
        s.requireCrossCounty ? outsideHukouCounty(p, noun, child.hukouCountyCode, placeMissing) : Tri::Yes;

    if (longEnough == Tri::No) {
        v.role = Role::Present;
        v.facts << QCoreApplication::translate(
                       "Classifier",
                       "The %1 has been away for work since %2, only %n month(s): less than "
                       "the %3 months the rule requires.",
                       nullptr, months)
                       .arg(noun, isoDate(p.awaySince), QString::number(s.monthsAwayThreshold));
    } else if (outside == Tri::No) {
        v.role = Role::Present;
        v.facts << QCoreApplication::translate(
                       "Classifier", "The %1 works inside the child's hukou county (%2), which does not "
                                     "count as away for work.")
                       .arg(noun, workPlaceLabel(p));
    } else if (longEnough == Tri::Yes && outside == Tri::Yes) {
        v.role = Role::Away;
        v.facts << (s.requireCrossCounty
                        ? QCoreApplication::translate(
                              "Classifier",
                              "The %1 has been away for work since %2 (%n month(s)), outside "
                              "the hukou county (%3).",
                              nullptr, months)
                              .arg(noun, isoDate(p.awaySince), workPlaceLabel(p))
                        : QCoreApplication::translate("Classifier",
                                                      "The %1 has been away for work since %2 (%n month(s)).",
                                                      nullptr, months)
                              .arg(noun, isoDate(p.awaySince)));
    } else {
        v.facts << QCoreApplication::translate("Classifier", "The %1 is away for work.").arg(noun);
        if (longEnough == Tri::Unknown)
            v.missing << QCoreApplication::translate("Classifier",
                                                     "The date the %1 left for work is not recorded.")
                             .arg(noun);
        if (outside == Tri::Unknown)
            v.missing << placeMissing;
    }
    if (v.role == Role::Present && notCapable) {
        // Not away as the rule counts it, and not able to give care either.
        v.role = Role::Incapable;
        v.facts << QCoreApplication::translate(
                       "Classifier",
                       "The %1 is recorded as not able to give care (no guardianship capacity).")
                       .arg(noun);
    }
    return v;
}

namespace {

// What one parent means for 民发〔2019〕62号.
enum class Unsupport
{
    None, // not one of the 62号 situations
    Listed, // 重残, 重病, 被撤销监护资格, 被遣送（驱逐）出境, or a timed one lasting long enough
    DeadOrDeclared, // 死亡 or 宣告失踪
    TooShort, // 失联, 服刑在押, 强制隔离戒毒 or other loss of liberty, shorter than the minimum
    SinceUnknown, // one of those, with no start date recorded
};

struct ParentUnsupport
{
    Unsupport kind = Unsupport::None;
    QString sentence;
};

bool isTimedStatus(ParentStatus s)
{
    return s == ParentStatus::Missing || s == ParentStatus::InPrison || s == ParentStatus::CompulsoryDetox ||
           s == ParentStatus::Detained;
}

ParentUnsupport unsupportOf(const ParentFacts& p, bool father, QDate onDate, const ClassifierSettings& s)
{
    const QString noun = parentNoun(father);
    if (!contradiction(p, noun).isEmpty())
        return {};
    const ParentStatus status = effectiveStatus(p);
    const QString label = Vocabulary::label(Vocabulary::ParentStatus, parentStatusCode(status));
    switch (status) {
    case ParentStatus::Dead:
    case ParentStatus::DeclaredMissing:
        return {Unsupport::DeadOrDeclared, incapableSentence(status, noun)};
    case ParentStatus::SeriouslyDisabled:
    case ParentStatus::SeriouslyIll:
    case ParentStatus::GuardianshipRevoked:
    case ParentStatus::Deported:
        return {Unsupport::Listed, incapableSentence(status, noun)};
    default:
        break;
    }
    if (!isTimedStatus(status))
        return {};
    const QString minimum = QString::number(s.unsupportedMinMonths);
    if (!p.statusSince.isValid())
        return {Unsupport::SinceUnknown,
                QCoreApplication::translate(
                    "Classifier", "The date the %1's status (%2) began is not recorded: 民发〔2019〕62号 "
                                  "counts it only when it has lasted %3 months or more.")
                    .arg(noun, label, minimum)};
    const int months = Classifier::monthsBetween(p.statusSince, onDate);
    if (p.statusSince > onDate || months < s.unsupportedMinMonths)
        return {Unsupport::TooShort,
                QCoreApplication::translate("Classifier",
                                            "The %1's status (%2) began on %3, only %n month(s) ago: "
                                            "民发〔2019〕62号 counts it from %4 months.",
                                            nullptr, months)
                    .arg(noun, label, isoDate(p.statusSince), minimum)};
    return {Unsupport::Listed, QCoreApplication::translate(
                                   "Classifier",
                                   "The %1's status (%2) has lasted since %3 (%n month(s)): 民发〔2019〕62号 "
                                   "counts it from %4 months.",
                                   nullptr, months)
                                   .arg(noun, label, isoDate(p.statusSince), minimum)};
}

} // namespace

// 事实无人抚养儿童 (民发〔2019〕62号 Art. 1): both parents each in one of the listed situations, or one dead
// or declared missing and the other in one of them. Both dead or declared missing: an orphan (孤儿), who has
// support of its own.
void ParentReading::addUnsupported(const ChildFacts& f, QDate onDate, const ClassifierSettings& s,
                                   Classification& c)
{
    const ParentUnsupport father = unsupportOf(f.father, true, onDate, s);
    const ParentUnsupport mother = unsupportOf(f.mother, false, onDate, s);
    using U = Unsupport;
    if (father.kind == U::DeadOrDeclared && mother.kind == U::DeadOrDeclared) {
        c.orphan = true;
        c.reasons << (effectiveStatus(f.father) == ParentStatus::Dead &&
                              effectiveStatus(f.mother) == ParentStatus::Dead
                          ? QCoreApplication::translate(
                                "Classifier", "Both parents have died: the child is an orphan and should "
                                              "be referred to orphan support.")
                          : QCoreApplication::translate(
                                "Classifier", "Both parents have died or been declared missing by a court: "
                                              "the child is an orphan and should be referred to orphan "
                                              "support."));
        return;
    }
    const auto counts = [](U k) { return k == U::Listed || k == U::DeadOrDeclared; };
    const auto mayCount = [&](U k) { return counts(k) || k == U::TooShort || k == U::SinceUnknown; };
    if (counts(father.kind) && counts(mother.kind)) {
        c.factuallyUnsupported = true;
        c.unsupportedReasons
            << QCoreApplication::translate(
                   "Classifier",
                   "Neither parent can raise the child (民发〔2019〕62号): the child counts as a "
                   "factually unsupported child and should be referred to the safety net.")
            << father.sentence << mother.sentence;
    } else if (mayCount(father.kind) && mayCount(mother.kind)) {
        // Each parent is in one of the situations, but one of them has not lasted long enough (or since when
        // is not recorded): not yet, and the director is told why.
        for (const ParentUnsupport* p : {&father, &mother}) {
            if (!counts(p->kind))
                c.unsupportedNotes << p->sentence;
        }
    }
}

QString ParentReading::noun(bool father)
{
    return parentNoun(father);
}

QString ParentReading::contradiction(const ParentFacts& p, const QString& noun)
{
    return ::contradiction(p, noun);
}

ParentStatus ParentReading::effectiveStatus(const ParentFacts& p)
{
    return ::effectiveStatus(p);
}
