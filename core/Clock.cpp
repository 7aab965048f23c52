#include "Clock.h"

#include <QtGlobal>

namespace {
// The computer's clock; or, when the environment variable SHOUHU_TEST_NOW holds an ISO 8601 date and time,
// that time (a test hook for the end-to-end tests of shouhu-cli, which cannot move the system clock). Read
// once.
class SystemClock final : public Clock
{
public:
    SystemClock()
    {
        const QString fixed = qEnvironmentVariable("SHOUHU_TEST_NOW");
        if (fixed.isEmpty())
            return;
        const QDateTime at = QDateTime::fromString(fixed, Qt::ISODateWithMs);
        if (at.isValid())
            m_fixedMs = at.toMSecsSinceEpoch();
        else
            qWarning("SHOUHU_TEST_NOW is not an ISO 8601 date and time; the computer's clock is used.");
    }
    qint64 nowMs() const override { return m_fixedMs >= 0 ? m_fixedMs : QDateTime::currentMSecsSinceEpoch(); }

private:
    qint64 m_fixedMs = -1;
};
} // namespace

const Clock& Clock::system()
{
    static const SystemClock clock;
    return clock;
}
