#pragma once

#include "Result.h"

#include <QDate>
#include <QSet>

// Working days: Monday to Friday, less the public holidays, plus the weekend days worked in their place
// (调休). Both lists come from settings (public_holidays, extra_working_days) as dates and ranges:
// "2024-10-01..2024-10-07,2025-01-01".
class WorkingDays final
{
public:
    WorkingDays() = default;
    WorkingDays(QSet<QDate> holidays, QSet<QDate> extraWorkingDays)
        : m_holidays(std::move(holidays))
        , m_extra(std::move(extraWorkingDays))
    {}

    static Result<WorkingDays> parse(const QString& holidays, const QString& extraWorkingDays = {});
    // The dates of a list "YYYY-MM-DD[..YYYY-MM-DD],..."; a failure names the first part that is not a date.
    static Result<QSet<QDate>> parseDates(const QString& text);

    bool isWorkingDay(QDate day) const;
    // The n-th working day after `from` (n >= 1); `from` itself never counts.
    QDate addWorkingDays(QDate from, int n) const;

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_extra;
};
