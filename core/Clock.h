#pragma once

#include <QDate>
#include <QDateTime>

// The seam for time: production code asks a Clock, tests give a fixed one.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual qint64 nowMs() const = 0;
    QDateTime now() const { return QDateTime::fromMSecsSinceEpoch(nowMs()); }
    QDate today() const { return now().date(); }

    static const Clock& system();
};

// A clock that always says the same time; for tests and reproducible demo data.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(QDateTime at)
        : m_ms(at.toMSecsSinceEpoch())
    {}
    qint64 nowMs() const override { return m_ms; }
    void set(QDateTime at) { m_ms = at.toMSecsSinceEpoch(); }
    void advanceMs(qint64 ms) { m_ms += ms; }

private:
    qint64 m_ms;
};
