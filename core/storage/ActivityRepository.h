#pragma once

#include "Activity.h"
#include "RecordWriter.h"
#include "Result.h"

#include <QDate>

class CaseDatabase;

// Group activities and talks (notice point 5) and who took part. An activity belongs to one village, and so
// do its participants: the children of that village's files (a township that runs one activity for several
// villages records it once per village). Saving an activity with its list of participants is one
// transaction; a child taken off the list keeps a record with both "took part" flags cleared (records are
// never deleted: they travel by sync), so that a station that has not seen the change yet cannot bring the
// child back unnoticed.
class ActivityRepository final
{
public:
    explicit ActivityRepository(CaseDatabase& db);

    // Checks and normalizes an activity as it would be saved: its fields as typed fields are checked, the
    // village (given, or the participants', or this village station's), and every participant: a child of
    // that village, listed once, not a file merged into another.
    Result<Activity> check(Activity activity) const;
    // Creates the activity (no id) or changes it (its id): the fields, and the list of participants, which
    // replaces the stored one. Returns the activity's id.
    Result<QString> save(const Activity& activity);

    // The activity with the participants who took part (children's names filled in).
    Result<Activity> load(const QString& id) const;
    // The activities of an area (a prefix of area codes: a village, a township, …; empty for all) between
    // two dates (both included; an invalid date leaves that end open), newest first, with their counts.
    Result<QList<Activity>> list(const QString& area, QDate from, QDate to) const;
    // The activities a child (or the child's guardian) took part in, newest first.
    Result<QList<Activity>> forChild(const QString& childId) const;
    // What the activities of an area between two dates reached.
    Result<ActivityCounts> counts(const QString& area, QDate from, QDate to) const;

private:
    struct ChildRow
    {
        QString area;
        QString name;
        QString mergedInto;
    };
    Result<ChildRow> childRow(const QString& childId) const;
    Result<QList<Activity>> select(const QString& where, const QVariantList& values) const;

    CaseDatabase& m_db;
    mutable RecordWriter m_writer;
};
