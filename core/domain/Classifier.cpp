#include "Classifier.h"

#include "AreaCode.h"
#include "Vocabulary.h"

#include <QCoreApplication>

#include <tuple>
#include <utility>

namespace {

// What a parent means for the left-behind rule.
enum class Role
{
    Present,   // at home and able, or away but not as the rule counts it: the child is not left behind
    Away,      // away for work as the rule counts it
    Incapable, // cannot act as guardian (ill, disabled, dead, missing, deprived of liberty)
    Unknown,   // a fact needed to tell is missing
};

enum class Tri
{
    No,
    Yes,
    Unknown,
};

struct ParentView
{
    Role role = Role::Unknown;
    QStringList facts;   // sentences on what is known
    QStringList missing; // sentences on what must be recorded to know the role
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

ParentView viewParent(const ParentFacts& p, bool father, const ChildFacts& child, QDate onDate,
                      const ClassifierSettings& s)
{
    const QString noun = parentNoun(father);
    ParentView v;
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

// 事实无人抚养儿童 (民发〔2019〕62号 Art. 1): both parents each in one of the listed situations, or one dead
// or declared missing and the other in one of them. Both dead or declared missing: an orphan (孤儿), who has
// support of its own.
void addUnsupported(const ChildFacts& f, QDate onDate, const ClassifierSettings& s, Classification& c)
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

// 困境儿童 (国发〔2016〕36号).
void addDifficulty(const ChildFacts& f, const ClassifierSettings& s, Classification& c)
{
    QStringList& r = c.difficultyReasons;
    if (f.householdDibao)
        r << QCoreApplication::translate("Classifier",
                                         "The household receives dibao (minimum living allowance).");
    if (f.householdTekun)
        r << QCoreApplication::translate("Classifier",
                                         "The household receives support for the extremely poor.");
    if (f.economicDifficulty)
        r << QCoreApplication::translate("Classifier",
                                         "The family is recorded as being in economic difficulty.");
    if (f.childDisabled)
        r << QCoreApplication::translate("Classifier", "The child has a disability.");
    if (f.childSeriouslyIll && s.illChildInDifficulty)
        r << QCoreApplication::translate("Classifier",
                                         "The child is seriously ill, which the local rules count "
                                         "as a child in difficulty.");
    if (f.guardianshipType == QLatin1String("none"))
        r << QCoreApplication::translate("Classifier",
                                         "Nobody is looking after the child (no guardianship).");
    if (f.abuseOrAbandonment)
        r << QCoreApplication::translate("Classifier",
                                         "The file records a suspicion that the child is abused or "
                                         "abandoned.");
    c.inDifficulty = !r.isEmpty();
}

// 随迁: the child lives with a parent who is away for work (where that parent works). Returns the verdict
// sentence, or a contradiction when the file says the child lives with a parent who cannot be there; empty
// when the rule does not apply.
struct Migration
{
    QString verdict;
    QString contradiction;
};

Migration migration(const ChildFacts& f)
{
    const bool withFather =
        f.livesWith == QLatin1String("father") || f.livesWith == QLatin1String("both_parents");
    const bool withMother =
        f.livesWith == QLatin1String("mother") || f.livesWith == QLatin1String("both_parents");
    Migration m;
    const auto absent = [](ParentStatus s) {
        return s == ParentStatus::Dead || s == ParentStatus::DeclaredMissing || s == ParentStatus::Missing ||
               s == ParentStatus::InPrison || s == ParentStatus::CompulsoryDetox ||
               s == ParentStatus::Detained || s == ParentStatus::Deported;
    };
    QString awayWith;
    for (const auto& [with, parent, father] :
         {std::tuple{withFather, &f.father, true}, std::tuple{withMother, &f.mother, false}}) {
        if (!with)
            continue;
        const ParentStatus s = effectiveStatus(*parent);
        if (absent(s)) {
            m.contradiction = QCoreApplication::translate(
                                  "Classifier", "The child is recorded as living with the %1, whose "
                                                "status is \"%2\": correct one of them.")
                                  .arg(parentNoun(father),
                                       Vocabulary::label(Vocabulary::ParentStatus, parentStatusCode(s)));
            return m;
        }
        if (s == ParentStatus::AwayForWork && awayWith.isEmpty())
            awayWith = parentNoun(father);
    }
    if (awayWith.isEmpty())
        return m;
    const QString place = f.livesAt.trimmed();
    m.verdict =
        place.isEmpty()
            ? QCoreApplication::translate("Classifier", "The child lives with the %1 where the %1 works "
                                                        "(随迁): not a left-behind child.")
                  .arg(awayWith)
            : QCoreApplication::translate("Classifier", "The child lives with the %1 where the %1 works "
                                                        "(随迁, in %2): not a left-behind child.")
                  .arg(awayWith, Vocabulary::contains(Vocabulary::CountryRegion, place)
                                     ? Vocabulary::label(Vocabulary::CountryRegion, place)
                                     : place);
    return m;
}

} // namespace

Classifier::Classifier(ClassifierSettings settings)
    : m_settings(std::move(settings))
{}

int Classifier::monthsBetween(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || to < from)
        return 0;
    int months = (to.year() - from.year()) * 12 + to.month() - from.month();
    if (from.addMonths(months) > to)
        --months;
    return qMax(0, months);
}

QDate Classifier::overAgeDate(QDate birthDate, const ClassifierSettings& settings)
{
    return birthDate.isValid() ? birthDate.addYears(settings.overAgeYears) : QDate();
}

Classification Classifier::classify(const ChildFacts& facts, QDate onDate) const
{
    Classification c;
    const bool birthKnown = facts.birthDate.isValid();
    c.overAgeOn = overAgeDate(facts.birthDate, m_settings);

    // The indicators apply under 18; with no birth date they are computed anyway (the age is asked for
    // below).
    if (!birthKnown || onDate < facts.birthDate.addYears(m_settings.difficultyAgeLimit)) {
        addUnsupported(facts, onDate, m_settings, c);
        addDifficulty(facts, m_settings, c);
    }

    if (birthKnown && onDate >= c.overAgeOn) {
        c.category = Category::OverAge;
        c.reasons.prepend(QCoreApplication::translate(
                              "Classifier", "The child turned %1 on %2: over-age, no longer counted as a "
                                            "left-behind child.")
                              .arg(QString::number(m_settings.overAgeYears), isoDate(c.overAgeOn)));
        return c;
    }

    QStringList known;
    QStringList missing;
    if (birthKnown) {
        known << QCoreApplication::translate("Classifier", "The child is under %1 (turns %1 on %2).")
                     .arg(QString::number(m_settings.overAgeYears), isoDate(c.overAgeOn));
    } else {
        missing << QCoreApplication::translate("Classifier", "The birth date is not recorded.");
    }
    if (!facts.ruralHukou.has_value())
        missing << QCoreApplication::translate("Classifier",
                                               "The hukou type (rural or not) is not recorded.");

    const ParentView father = viewParent(facts.father, true, facts, onDate, m_settings);
    const ParentView mother = viewParent(facts.mother, false, facts, onDate, m_settings);
    known << father.facts << mother.facts;

    const auto presentParent = [&]() -> const ParentFacts* {
        if (father.role == Role::Present)
            return &facts.father;
        if (mother.role == Role::Present)
            return &facts.mother;
        return nullptr;
    };

    QString verdict;
    const Migration migrated = migration(facts);
    if (facts.ruralHukou == false) {
        c.category = Category::NotLeftBehind;
        verdict = QCoreApplication::translate("Classifier",
                                              "The child's hukou is not rural: not a left-behind child.");
    } else if (!migrated.contradiction.isEmpty()) {
        c.category = Category::Suspected;
        verdict = QCoreApplication::translate("Classifier",
                                              "Facts needed for the decision are not recorded: a suspected "
                                              "left-behind child until they are.");
        c.missingFacts << migrated.contradiction;
    } else if (!migrated.verdict.isEmpty()) {
        c.category = Category::NotLeftBehind;
        verdict = migrated.verdict;
    } else if (const ParentFacts* present = presentParent()) {
        c.category = Category::NotLeftBehind;
        const QString noun = parentNoun(present == &facts.father);
        verdict = present->status == ParentStatus::AtHome
                      ? QCoreApplication::translate("Classifier",
                                                    "The %1 is at home and can look after the child: not a "
                                                    "left-behind child.")
                            .arg(noun)
                      : QCoreApplication::translate(
                            "Classifier", "The %1 does not count as away for work under the rule: not a "
                                          "left-behind child.")
                            .arg(noun);
    } else if (father.role == Role::Incapable && mother.role == Role::Incapable) {
        c.category = Category::NotLeftBehind;
        verdict = QCoreApplication::translate("Classifier",
                                              "Neither parent is away for work: not a left-behind child.");
    } else if (missing.isEmpty() && father.role != Role::Unknown && mother.role != Role::Unknown) {
        // Both roles known, none Present, not both Incapable: at least one is Away and the other Away or
        // Incapable.
        c.category = Category::LeftBehind;
        if (father.role == Role::Away && mother.role == Role::Away) {
            verdict = QCoreApplication::translate("Classifier",
                                                  "Both parents are away for work: a left-behind child.");
        } else {
            const bool fatherAway = father.role == Role::Away;
            verdict = QCoreApplication::translate(
                          "Classifier", "The %1 is away for work and the %2 cannot act as guardian: a "
                                        "left-behind child.")
                          .arg(parentNoun(fatherAway), parentNoun(!fatherAway));
        }
    } else {
        c.category = Category::Suspected;
        verdict = QCoreApplication::translate("Classifier",
                                              "Facts needed for the decision are not recorded: a suspected "
                                              "left-behind child until they are.");
        c.missingFacts << missing << father.missing << mother.missing;
        c.missingFacts.removeDuplicates();
    }
    c.reasons = QStringList{verdict} + known + c.reasons;
    return c;
}
