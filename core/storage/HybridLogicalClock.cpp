#include "HybridLogicalClock.h"

#include "Stamp.h"

qint64 HybridLogicalClock::tick()
{
    const qint64 wall = Stamp::make(m_clock->nowMs(), 0);
    m_last = wall > m_last ? wall : m_last + 1;
    return m_last;
}

void HybridLogicalClock::observe(qint64 remote)
{
    if (remote > m_last)
        m_last = remote;
}

qint64 HybridLogicalClock::systemClockLagMs() const
{
    const qint64 lag = Stamp::millisOf(m_last) - m_clock->nowMs();
    return lag > 0 ? lag : 0;
}
