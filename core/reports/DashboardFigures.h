#pragma once

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QMap>
#include <QString>

// What the office dashboard shows (Dashboard::compute): one number per figure for the area and for each of
// its parts one level down. Every number has a list of children behind it (Dashboard::children), found
// with the same definition as the count.
struct DashboardFigures
{
    // One figure: a kind, and for the figures by category or by reason of exit, the code.
    enum class Kind
    {
        Children,         // on the register (status active)
        Category,         // on the register, in the category `code` ("none": no verdict yet; empty: any)
        New,              // files made this month (not merged away)
        Exited,           // exited this month, by the exit date; `code`: the reason (empty: any reason)
        Surveyed,         // on the register with a survey visit (not superseded) dated up to today
        ToSurvey,         // on the register without one
        LeftBehind,       // on the register in the left-behind category
        Covered,          // of them, with a signed agreement valid today
        Uncovered,        // of them, without
        VisitsDone,       // left-behind children visited this month (the month's schedule)
        VisitsDue,        // with a visit due this month, not yet late
        VisitsOverdue,    // with a visit overdue
        ReferralsOpen,    // with an open mandatory referral
        ReferralsOverdue, // with an open referral past its due date
        Quality,          // on the register with at least one data-quality issue (QualityCheck)
        UpdatedThisWeek,  // whose records changed this ISO week (UpdatedChildren)
        InActivities,     // who took part in a group activity or talk dated this month (ActivityRepository)
    };
    struct Figure
    {
        Kind kind = Kind::Children;
        QString code;
        bool operator==(const Figure&) const = default;
        QString key() const; // "children", "category:left_behind", "exited:moved_away", ...
        static bool fromKey(const QString& key, Figure& out);
    };
    static QList<Kind> plainKinds(); // every kind but Category and Exited with a code, in display order
    static QString kindCode(Kind kind);

    // The counts of one area.
    struct Counts
    {
        QHash<int, int> byKind;           // Kind -> children (Category, Exited: any code)
        QMap<QString, int> byCategory;    // category code -> children on the register
        QMap<QString, int> exitsByReason; // reason code -> children exited this month
        int qualityIssues = 0;            // the issues themselves (Quality counts children)
        int value(const Figure& f) const;
        int value(Kind kind) const { return byKind.value(int(kind)); }
    };

    struct Area
    {
        QString code; // 12 digits
        QString name;
        Counts counts;
        QDateTime lastPackage;   // the last package imported from a station inside the area (invalid: none)
        QString lastPackageFrom; // that station's name
    };

    QString areaCode; // the area shown (12 digits)
    QString areaName; // its full name
    QDate today;
    QDate monthStart;        // the month of the visits, the new and the exited
    QDate weekStart;         // the ISO week of the updates (Monday)
    QDate surveyDeadline;    // invalid: none set (StationSettings)
    int daysLeft = 0;        // to the deadline from today (negative: passed); 0 without a deadline
    bool withQuality = true; // false: the data-quality figure was not computed (Options::quality)
    Counts total;
    QList<Area> areas; // the parts one level down (a city's townships); a village has none
};
