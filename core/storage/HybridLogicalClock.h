#pragma once

#include "Clock.h"

// A hybrid logical clock (wall-clock ms + counter): never goes backwards, and moves past any clock it
// observes in an import, so that a laptop whose system clock is wrong cannot reorder history silently.
class HybridLogicalClock final
{
public:
    explicit HybridLogicalClock(const Clock& clock, qint64 last = 0)
        : m_clock(&clock)
        , m_last(last)
    {}

    // The clock value for a new local write.
    qint64 tick();
    // Moves past a clock seen in another station's write.
    void observe(qint64 remote);
    qint64 last() const { return m_last; }
    // Sets the clock to `last`, also backwards: only for the repair of a clock that ran ahead (ClockRepair).
    void reset(qint64 last) { m_last = last; }
    // How far (ms) the system clock is behind what this station has already seen; 0 when it is not behind.
    qint64 systemClockLagMs() const;

private:
    const Clock* m_clock;
    qint64 m_last;
};
