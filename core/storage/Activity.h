#pragma once

#include "Result.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

// One child's part in a group activity: the child, the child's guardian or caregiver, or both took part.
// A participant is never deleted (records travel by sync): taking a child off the list clears both flags.
struct ActivityParticipant
{
    QString childId;
    bool child = true;
    bool guardian = false;
    QString guardianName; // who came for the child, when the guardian did
    QString childName;    // filled by ActivityRepository for display

    bool tookPart() const { return child || guardian; }
};

// A group activity or talk in a village (notice point 5): a summer care class, a session at the children's
// care home, a mental-health session, a policy talk. `kind` is a code of Vocabulary::ActivityKind. The JSON
// form is described in docs/activity-json.md.
class Activity final
{
public:
    QString id;       // empty for a new activity
    QString areaCode; // the village (the participants' village)
    QDate date;
    QString kind;
    QString topic;
    QString place;
    QString organiser;
    QString notes;
    QList<ActivityParticipant> participants; // the ones who took part (filled by ActivityRepository::load)
    // Read-only, filled by ActivityRepository: created_at, created_by of the record.
    QString createdAt;
    int childCount = 0;    // children who took part
    int guardianCount = 0; // guardians or caregivers who took part

    static Result<Activity> fromJson(const QJsonObject& json);
    QJsonObject toJson() const;
};

// What a span of time's activities reached in an area (dashboard, dispatch report).
struct ActivityCounts
{
    int activities = 0;
    int children = 0;  // distinct children who took part
    int guardians = 0; // participations of guardians or caregivers
};
