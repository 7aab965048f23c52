#pragma once

#include "ChildFile.h"
#include "Result.h"
#include "Visit.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariantMap>

// One step in a referral's history (immutable once saved).
struct ReferralStep
{
    QString id;
    QString referralId;
    QDate date;
    QString action; // Vocabulary "referral_action"
    QString status; // the referral's status after the step
    QString doneBy;
    QString note;
    QString visitId;
    QString createdAt;

    QJsonObject toJson() const;
};

// A mandated referral (police report, safety net, dropout). `values` holds the fields of
// EntitySchema::referral() in stored form; the accessors read the ones every view needs.
class Referral final
{
public:
    QString id;
    QString childId;
    QString areaCode;
    QString childName; // filled by ReferralRepository for lists
    QVariantMap values;
    QVariantMap meta;          // created_at, updated_at, ...
    QList<ReferralStep> steps; // oldest first; filled by ReferralRepository::load and forChild

    QString text(const QString& field) const { return values.value(field).toString(); }
    QString kind() const { return text(QStringLiteral("kind")); }
    QString status() const { return text(QStringLiteral("status")); }
    QDate dueDate() const { return QDate::fromString(text(QStringLiteral("due_date")), Qt::ISODate); }
    QDate openedOn() const { return QDate::fromString(text(QStringLiteral("opened_on")), Qt::ISODate); }
    bool isOpen() const { return status() != QLatin1String("closed") && status() != QLatin1String("folded"); }
    // Open (or in progress) after its due date; a report to the police only until the report is recorded.
    bool isOverdue(QDate today) const
    {
        return isOpen() && dueDate().isValid() && dueDate() < today &&
               !(kind() == QLatin1String("police_report") && policeReportRecorded());
    }
    // A report to the police records when, to whom and by whom it was made.
    bool policeReportRecorded() const;

    QJsonObject toJson(QDate today) const;
};

// A change to a referral, as `shouhu-cli referral update ID FILE.json` or the GUI gives it: one step (an
// action with a note, who and when) and the referral fields it sets. See docs/visit-json.md.
struct ReferralUpdate
{
    QString action; // empty: inferred from the fields set (reported_* -> police_reported, ...), else "note"
    QString note;
    QString doneBy;      // empty: the station's operator
    QDate date;          // empty: today
    QString status;      // open or in_progress (closing is ReferralRepository::close)
    QVariantMap changes; // reported_at, reported_to, reported_by, schemes, guardian_notified_on,
                         // education_reported_on, returned_on

    static Result<ReferralUpdate> fromJson(const QJsonObject& json);
};

// What saving (or previewing) a visit did or would do about one mandated referral.
struct ReferralOutcome
{
    QString kind;
    QString referralId;  // the new referral, or the open one of the same kind that got a step
    bool opened = false; // false: a step was added to the open referral of this kind
    QDate dueDate;
    QStringList triggers;
    QStringList reasons;
};

// What the written report to the education department about a child out of school needs: the referral with
// its steps, the child's whole file, the visit that found it, and who reports.
struct DropoutReport
{
    Referral referral;
    ChildFile child;
    Visit visit; // empty when the referral was not opened by a visit
    QString stationName;
    QString stationArea;
    QString reporter; // the station's operator
    QDate date;       // today
};
