#pragma once

#include "ParentStatus.h"

#include <QDate>
#include <QString>

#include <optional>

// What the record says about one parent, as far as the classifier needs it.
struct ParentFacts
{
    ParentStatus status = ParentStatus::Unknown;
    std::optional<bool> alive;   // person.alive; empty when not recorded
    std::optional<bool> capable; // person.capable: able to give care; empty when not recorded
    QDate awaySince;             // the date the parent left for work; invalid when not recorded
    QDate statusSince; // the date the status began (in prison since, lost contact since); may be invalid
    QString
        workPlaceCode; // area code (or its 2-, 4-, 6-, 9- or 12-digit prefix) of the work place; may be empty
    QString workPlaceText; // the work place in words, as the director wrote it; only used in sentences
};

// The facts of one child that decide the category and the indicators. Plain values, filled by the caller from
// the record; the classifier never reads the database.
struct ChildFacts
{
    QDate birthDate;                // invalid when not recorded
    std::optional<bool> ruralHukou; // rural household registration; empty when the hukou type is not recorded
    QString hukouCountyCode;        // 6-digit county code (or a longer area code) of the hukou address
    ParentFacts father;
    ParentFacts mother;
    QString livesWith; // Vocabulary "lives_with" code: with whom the child actually lives; may be empty
    QString
        livesAt; // where the child actually lives: a place code (area prefix or country_region); may be empty
    bool childDisabled = false;
    bool childSeriouslyIll = false;
    bool householdDibao = false;     // the household receives dibao (最低生活保障)
    bool householdTekun = false;     // the household receives support for the extremely poor (特困供养)
    bool economicDifficulty = false; // marked as a family in economic difficulty
    QString guardianshipType;        // Vocabulary "guardianship_type" code: none, parent_incapable,
                                     // caregiver_insufficient, fair, good
    bool abuseOrAbandonment = false; // the file records a suspicion (abuse_suspected), not a finding
};
