#pragma once

#include "Result.h"
#include "domain/RiskTrigger.h"

#include <QDate>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QVariantMap>

// One visit to a child as entered and shown. `values` holds the fields of EntitySchema::visit() (without
// child_id) in their stored form: codes, code sets as "a,b", dates as YYYY-MM-DD, booleans 0/1. The hazard
// checklist is `hazards` (code set) with `hazard_actions` (what was done about each, a JSON object kept as
// text); `file_changes` is a partial child's file (docs/child-json.md) as JSON text. The JSON form is
// described in docs/visit-json.md. A saved visit is never changed: a correction is a new visit whose
// `supersedes` names it.
class Visit final
{
public:
    QString id; // empty for a new visit
    QString childId;
    QString areaCode; // the child's village (filled by VisitRepository)
    QVariantMap values;
    // Read-only, filled by VisitRepository: created_at, created_by; and the correction that replaced it.
    QVariantMap meta;
    QString supersededBy;

    QString text(const QString& field) const { return values.value(field).toString(); }
    QStringList codes(const QString& field) const;
    QString kind() const { return text(QStringLiteral("kind")); }
    QDate date() const;
    bool isSuperseded() const { return !supersededBy.isEmpty(); }

    // Hazard code -> what was done about it.
    QMap<QString, QString> hazardActions() const;
    void setHazards(const QMap<QString, QString>& actions);

    VisitFindings findings(QDate birthDate) const;

    static Result<Visit> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// The survey state of a child: which of the six items (六清) are clear over all survey visits (corrections
// replace what they correct). Surveyed: at least one survey visit; complete: all six clear.
struct SurveyStatus
{
    QStringList clear;
    QStringList missing;
    QDate lastSurvey;
    bool surveyed = false;
    bool complete = false;
};
