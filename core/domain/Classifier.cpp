#include "Classifier.h"

#include "AreaCode.h"
#include "ParentReading.h"
#include "Vocabulary.h"

#include <QCoreApplication>

#include <tuple>
#include <utility>

namespace {

using Role = ParentReading::Role;
using ParentView = ParentReading::View;

QString isoDate(QDate date)
{
    return date.toString(Qt::ISODate);
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
        const ParentStatus s = ParentReading::effectiveStatus(*parent);
        if (absent(s)) {
            m.contradiction = QCoreApplication::translate(
                                  "Classifier", "The child is recorded as living with the %1, whose "
                                                "status is \"%2\": correct one of them.")
                                  .arg(ParentReading::noun(father),
                                       Vocabulary::label(Vocabulary::ParentStatus, parentStatusCode(s)));
            return m;
        }
        if (s == ParentStatus::AwayForWork && awayWith.isEmpty())
            awayWith = ParentReading::noun(father);
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
        ParentReading::addUnsupported(facts, onDate, m_settings, c);
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

    const ParentView father = ParentReading::view(facts.father, true, facts, onDate, m_settings);
    const ParentView mother = ParentReading::view(facts.mother, false, facts, onDate, m_settings);
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
        const QString noun = ParentReading::noun(present == &facts.father);
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
                          .arg(ParentReading::noun(fatherAway), ParentReading::noun(!fatherAway));
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
