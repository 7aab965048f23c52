#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// A week of ISO 8601 (Monday to Sunday; week 1 is the week that holds the year's first Thursday), written
// 2026-W49. A year has 52 weeks, or 53 when it starts on a Thursday (or on a Wednesday in a leap year):
// 2026-W53 exists, 2025-W53 does not. The week of a day may belong to the year before or after (2026-01-01
// lies in 2026-W01, 2027-01-01 in 2026-W53).
class IsoWeek final
{
    Q_DECLARE_TR_FUNCTIONS(IsoWeek)

public:
    IsoWeek() = default;

    // The week that holds the day; an invalid week for an invalid date.
    static IsoWeek of(QDate day);
    // "YYYY-Www" (the W in either case), week 01 up to the year's last week; anything else is refused with
    // one sentence that shows the form.
    static Result<IsoWeek> parse(const QString& text);
    // 52 or 53.
    static int weeksInYear(int year);

    bool isValid() const { return m_year != 0; }
    int year() const { return m_year; }
    int week() const { return m_week; }
    QDate monday() const;
    QDate sunday() const { return monday().addDays(6); }
    bool contains(QDate day) const { return isValid() && of(day) == *this; }
    // "2026-W49"; empty when invalid.
    QString toString() const;
    // The Monday 00:00 that starts the week and the Monday 00:00 that ends it, local time, in milliseconds
    // since 1970 (UTC), as the hybrid logical clocks count.
    qint64 startMs() const;
    qint64 endMs() const;

    friend bool operator==(const IsoWeek& a, const IsoWeek& b)
    {
        return a.m_year == b.m_year && a.m_week == b.m_week;
    }
    friend bool operator!=(const IsoWeek& a, const IsoWeek& b) { return !(a == b); }

private:
    IsoWeek(int year, int week)
        : m_year(year)
        , m_week(week)
    {}
    int m_year = 0;
    int m_week = 0;
};
