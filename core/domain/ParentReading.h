#pragma once

#include "ChildFacts.h"
#include "Classification.h"
#include "ClassifierSettings.h"

#include <QDate>
#include <QString>
#include <QStringList>

// How the classifier reads one parent's facts: what the parent means for the left-behind rule
// (国发〔2016〕13号), and what both parents mean for the factually unsupported rule (民发〔2019〕62号).
// Sentences in the "Classifier" context.
class ParentReading final
{
public:
    // What a parent means for the left-behind rule.
    enum class Role
    {
        Present,   // at home and able, or away but not as the rule counts it: the child is not left behind
        Away,      // away for work as the rule counts it
        Incapable, // cannot act as guardian (ill, disabled, dead, missing, deprived of liberty)
        Unknown,   // a fact needed to tell is missing
    };

    struct View
    {
        Role role = Role::Unknown;
        QStringList facts;   // sentences on what is known
        QStringList missing; // sentences on what must be recorded to know the role
    };

    // What the parent's facts say for the left-behind rule on `onDate`, with the sentences to show.
    static View view(const ParentFacts& p, bool father, const ChildFacts& child, QDate onDate,
                     const ClassifierSettings& s);
    // 事实无人抚养儿童 and orphans: sets the classification's flags, reasons and notes.
    static void addUnsupported(const ChildFacts& f, QDate onDate, const ClassifierSettings& s,
                               Classification& c);

    // "father" or "mother", translated.
    static QString noun(bool father);
    // A sentence when the parent's facts contradict each other (empty when they do not).
    static QString contradiction(const ParentFacts& p, const QString& noun);
    // The status the rules read (not alive with no status counts as dead).
    static ParentStatus effectiveStatus(const ParentFacts& p);
};
