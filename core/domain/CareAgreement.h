#pragma once

#include "CaregiverCheck.h"
#include "Result.h"

#include <QDate>
#include <QString>
#include <QVariantMap>

// An entrusted-care agreement (委托照护协议书) of one child: the parents entrust a caregiver with the child's
// daily care for a term. `fields` holds the columns of EntitySchema::agreement() as stored.
//
// Lifecycle: draft -> printed -> signed (date, witness) -> expired (the term has ended; derived from the
// date, never written) or replaced (a new agreement took its place, e.g. after a change of caregiver).
// Renewal is due from 30 days before the end of the term.
class CareAgreement final
{
public:
    enum class State
    {
        Draft,
        Printed,
        Signed,
        Expired,
        Replaced
    };
    static constexpr int RenewalDays = 30;

    QString id;
    QString areaCode;
    QVariantMap fields;

    QString text(const QString& field) const { return fields.value(field).toString(); }
    QString childId() const { return text(QStringLiteral("child_id")); }
    QDate termFrom() const;
    QDate termTo() const;
    QDate signedOn() const;

    // The state on a day: the stored status, except that a signed agreement whose term has ended is expired.
    State state(QDate today) const;
    // Signed (or expired) and within RenewalDays of the end of the term, or past it.
    bool renewalDue(QDate today) const;
    // Signed and the day lies within the term: the child is covered.
    bool isValid(QDate today) const;
    // The caregiver check from the answers stored in the agreement.
    CaregiverCheck caregiverCheck() const;
    // Whether the agreement may be printed on the day: not replaced, with a term, and a caregiver who passes
    // the check; otherwise the reason.
    Status printable(QDate today) const;
    // Whether the stored status may move from `from` to `to` (the expired state is never stored).
    static bool canMove(State from, State to);
    // Whether two caregivers are the same person: the same ID number, or (without numbers) the same name.
    bool sameCaregiver(const QString& name, const QString& idNumber) const;

    static QString stateCode(State s);
    static State stateFromCode(const QString& code);
    // The translated name of the state.
    static QString stateLabel(State s);
};
