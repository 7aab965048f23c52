#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

class CaseDatabase;

// A station whose computer's date was ahead (a flat clock battery, a date typed wrong) wrote its changes with
// clocks in the future, and its hybrid logical clock never goes back: every other station refuses what it
// sends (clocks more than PackageReader::MaxClockAheadMs ahead) until real time catches up. check() says
// whether that is so; repair() writes every write of this station that carries a future clock again with a
// current one, in the same order and with the same values, and sets the station's clock back to the
// computer's time. Writes of other stations are never touched. See docs/sync-format.md, "A clock that ran
// ahead".
class ClockRepair final
{
    Q_DECLARE_TR_FUNCTIONS(ClockRepair)

public:
    enum class State
    {
        Fine,          // the station's clock is not more than the import limit ahead of the computer's
        FutureWrites,  // it is: what was written here carries future clocks; repair() fixes it
        ComputerBehind // it is, and so are clocks received from other stations: the computer's date is wrong
    };
    struct Check
    {
        State state = State::Fine;
        qint64 aheadMs = 0;    // how far the station's clock is ahead of the computer's
        qint64 lastSeenMs = 0; // the latest clock received from other stations (ms since 1970), 0 if none
        QString sentence;      // what to tell the user (empty when Fine)
    };
    // Reads the clock as stored (another connection may have moved it) and, only when it is ahead, the
    // clocks received from other stations.
    static Check check(CaseDatabase& db);

    struct Report
    {
        int writes = 0;    // field writes written again with a current clock
        int records = 0;   // records they belong to
        int audit = 0;     // audit entries of this station whose clock was set to the current one
        int conflicts = 0; // conflicts that named a write of this station with a future clock
        qint64 clockBefore = 0;
        qint64 clockAfter = 0;
        // This station's future clock values and the current ones that replaced them, in the same order.
        QHash<qint64, qint64> restamped;
        // Dates among the re-dated values that lie after today (typed as "today" while the date was wrong):
        // kept as written, but other stations refuse them until that day. "field label value", for people.
        QStringList laterDates;
        bool repaired() const { return clockAfter != clockBefore; }
    };
    // In one transaction. Nothing to repair (the clock is not ahead) changes nothing. Refused, with a
    // sentence and nothing changed, when the computer's date is more than the import limit behind the
    // latest clock received from other stations (then the computer's date is what is wrong).
    static Result<Report> repair(CaseDatabase& db);

    // The one sentence of State::FutureWrites.
    static QString futureWritesSentence();
    // What repair() did, in one sentence.
    static QString reportSentence(const Report& report);
    // The audit trail's word (field `*`) for a record whose writes were re-dated by the repair.
    static QString auditWord() { return QStringLiteral("clock-repaired"); }
};
