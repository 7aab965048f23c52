#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

// A child's risk level and why, in sentences for the child director.
struct RiskLevel
{
    enum class Level
    {
        None,
        Low,
        Medium,
        High,
    };
    Level level = Level::None;
    QStringList reasons;

    static QString code(Level level); // none, low, medium, high
    static QString label(Level level);
    QString code() const { return code(level); }
};

// What the risk rules read about one child.
struct RiskFacts
{
    struct OpenReferral
    {
        QString kind; // Vocabulary "referral_kind"
        QDate dueDate;
        bool actionTaken = false; // a police report that has been made: no longer overdue
    };
    QList<OpenReferral> openReferrals;
    QString guardianshipGrade; // Vocabulary "guardianship_grade": good, fair, poor (may be empty)
    bool scheduled = false;    // an active left-behind child who should be visited every month
    QDate lastVisit;           // the last visit of any kind; invalid when none
    QDate registered;
    QDate today;
    int noVisitDays = 60; // setting risk_no_visit_days
};

// The rules (pure):
//   high:   an open report to the police, or any open referral past its due date;
//   medium: another open referral, guardianship graded poor, or a scheduled child not visited for
//           `noVisitDays` days (or never, when registered longer ago than that);
//   low:    guardianship graded fair;
//   none:   otherwise.
// Every rule that applies adds its sentence; the level is the highest.
class RiskRules final
{
public:
    static RiskLevel assess(const RiskFacts& facts);
};
