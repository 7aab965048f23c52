#pragma once

#include <QString>

#include <tuple>

// The clock of one field write: a hybrid logical clock value and the station that wrote it.
// Writes are ordered by (hlc, station); the greatest wins (per-field last-writer-wins).
struct Stamp
{
    qint64 hlc = 0; // wall-clock milliseconds << 16 | counter
    QString station;

    bool isNull() const { return hlc == 0; }
    friend bool operator==(const Stamp& a, const Stamp& b)
    {
        return a.hlc == b.hlc && a.station == b.station;
    }
    friend bool operator<(const Stamp& a, const Stamp& b)
    {
        return std::tie(a.hlc, a.station) < std::tie(b.hlc, b.station);
    }
    static qint64 millisOf(qint64 hlc) { return hlc >> 16; }
    static qint64 make(qint64 ms, int counter) { return (ms << 16) | (counter & 0xffff); }
};
