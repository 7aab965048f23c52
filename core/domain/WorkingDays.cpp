#include "WorkingDays.h"

#include <QCoreApplication>

Result<QSet<QDate>> WorkingDays::parseDates(const QString& text)
{
    QSet<QDate> out;
    for (const QString& part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList ends = part.trimmed().split(QStringLiteral(".."));
        const QDate from = QDate::fromString(ends.value(0).trimmed(), Qt::ISODate);
        const QDate to = ends.size() > 1 ? QDate::fromString(ends.value(1).trimmed(), Qt::ISODate) : from;
        if (ends.size() > 2 || !from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 366)
            return Result<QSet<QDate>>::failure(
                QCoreApplication::translate(
                    "WorkingDays", "\"%1\" is not a date or range of dates (write 2024-10-01..2024-10-07).")
                    .arg(part.trimmed()));
        for (QDate d = from; d <= to; d = d.addDays(1))
            out.insert(d);
    }
    return out;
}

Result<WorkingDays> WorkingDays::parse(const QString& holidays, const QString& extraWorkingDays)
{
    Result<QSet<QDate>> h = parseDates(holidays);
    if (!h)
        return Result<WorkingDays>::failure(h.error());
    Result<QSet<QDate>> e = parseDates(extraWorkingDays);
    if (!e)
        return Result<WorkingDays>::failure(e.error());
    return WorkingDays(h.value(), e.value());
}

bool WorkingDays::isWorkingDay(QDate day) const
{
    if (m_extra.contains(day))
        return true;
    return day.dayOfWeek() <= 5 && !m_holidays.contains(day);
}

QDate WorkingDays::addWorkingDays(QDate from, int n) const
{
    QDate d = from;
    for (int counted = 0; counted < n;) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            ++counted;
    }
    return d;
}
