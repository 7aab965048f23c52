#pragma once

#include "Result.h"
#include "domain/ScheduleRules.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

#include <functional>

class CaseDatabase;

// One child on the month's schedule: what is due (first visit, monthly visit, holiday check), by when, and
// the last visit; for visited entries the visit that satisfied it.
struct ScheduleEntry
{
    QString childId;
    QString name;
    QString village; // area code
    ScheduleItem::Kind kind = ScheduleItem::Kind::Monthly;
    ScheduleItem::State state = ScheduleItem::State::Due;
    QDate dueDate;   // invalid for a visited monthly entry
    QDate lastVisit; // the last counting visit before the month (or the visit of the month when visited)
    QString visitor; // who made that visit: the child's visitor, for the per-visitor views
    // For the worklist (ScheduleQuery::worklist only): address and the guardian's or caregiver's contact.
    QString address;
    QString contactName;
    QString contactPhone;

    QJsonObject toJson() const; // id, name, village, kind, dueDate, lastVisit, visitor (+ contact fields)
};

// The month's schedule: due this month, overdue, visited.
struct Schedule
{
    QDate month; // the first day
    QDate today;
    QList<ScheduleEntry> due;
    QList<ScheduleEntry> overdue;
    QList<ScheduleEntry> visited;

    struct Counts
    {
        int due = 0;
        int overdue = 0;
        int visited = 0;
    };
    // Counts by village code and by visitor name (empty name: never visited).
    QMap<QString, Counts> byVillage() const;
    QMap<QString, Counts> byVisitor() const;
    QJsonObject toJson() const; // {"month", "due": [...], "overdue": [...], "visited": [...]}
};

// Computes the month's schedule for the children in the left-behind category (see ScheduleRules for the
// rules), from the register and the visits. Reads only; fast enough to run on the GUI thread for a county
// (one pass over the visits' covering index).
class ScheduleQuery final
{
public:
    explicit ScheduleQuery(CaseDatabase& db);

    struct Filter
    {
        QDate month;     // any day of the month; default: this month
        QString area;    // a village, township, ... code; default: everything
        QString visitor; // only entries whose visitor is this person
    };
    Result<Schedule> month(const Filter& filter) const;
    // The due and overdue entries of a village with the address and the guardian's contact, by name: the
    // list for a day in the field (printed by the documents layer).
    Result<QList<ScheduleEntry>> worklist(const QString& village, QDate month = {}) const;

private:
    CaseDatabase& m_db;
};
