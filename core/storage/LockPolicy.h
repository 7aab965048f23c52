#pragma once

#include "Result.h"

class CaseDatabase;

// When the program locks itself and how it slows down passphrase guessing. The idle time is a setting of the
// station (`lock_idle_minutes`, default 10, 0 = never); a station without keys has no passphrase to ask for
// and does not lock.
class LockPolicy final
{
public:
    static constexpr int DefaultIdleMinutes = 10;
    static constexpr int MaxIdleMinutes = 240;
    // The longest wait after wrong passphrases, in seconds.
    static constexpr int MaxDelaySeconds = 60;

    static int idleMinutes(const CaseDatabase& db);
    // 0 (never) to MaxIdleMinutes; anything else is refused with a sentence.
    static Status setIdleMinutes(CaseDatabase& db, int minutes);
    // Whether the program locks at all: an idle time is set and the station has a passphrase.
    static bool enabled(CaseDatabase& db);

    // Wrong passphrases typed in a row at the lock screen, kept in the database (`lock_failures`) so that
    // restarting the program does not reset the wait.
    static int failures(const CaseDatabase& db);
    static void setFailures(CaseDatabase& db, int failures);

    // The wait before the next try after `failures` wrong passphrases in a row: none for the first two, then
    // 2, 4, 8 … seconds, at most MaxDelaySeconds.
    static int delaySeconds(int failures);
};
