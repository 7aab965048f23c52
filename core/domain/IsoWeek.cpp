#include "IsoWeek.h"

#include <QDateTime>
#include <QRegularExpression>

IsoWeek IsoWeek::of(QDate day)
{
    if (!day.isValid())
        return {};
    int year = 0;
    const int week = day.weekNumber(&year);
    return {year, week};
}

int IsoWeek::weeksInYear(int year)
{
    // 28 December always lies in the year's last week.
    return QDate(year, 12, 28).weekNumber();
}

Result<IsoWeek> IsoWeek::parse(const QString& text)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-[Ww](\\d{2})$"));
    const QString t = text.trimmed();
    const QRegularExpressionMatch m = form.match(t);
    if (!m.hasMatch())
        return Result<IsoWeek>::failure(
            tr("\"%1\" is not a week: write the year and the ISO week number, as 2026-W49.").arg(text));
    const int year = m.captured(1).toInt();
    const int week = m.captured(2).toInt();
    const int last = year >= 1 ? weeksInYear(year) : 0;
    if (year < 1 || week < 1 || week > last)
        return Result<IsoWeek>::failure(tr("\"%1\" is not a week: %2 has the weeks %2-W01 to %2-W%3.")
                                            .arg(text)
                                            .arg(year)
                                            .arg(last, 2, 10, QLatin1Char('0')));
    return IsoWeek(year, week);
}

QDate IsoWeek::monday() const
{
    if (!isValid())
        return {};
    // 4 January always lies in week 1.
    const QDate jan4(m_year, 1, 4);
    return jan4.addDays(1 - jan4.dayOfWeek()).addDays(7 * qint64(m_week - 1));
}

QString IsoWeek::toString() const
{
    if (!isValid())
        return {};
    return QStringLiteral("%1-W%2").arg(m_year, 4, 10, QLatin1Char('0')).arg(m_week, 2, 10, QLatin1Char('0'));
}

qint64 IsoWeek::startMs() const
{
    return QDateTime(monday(), QTime(0, 0)).toMSecsSinceEpoch();
}

qint64 IsoWeek::endMs() const
{
    return QDateTime(monday().addDays(7), QTime(0, 0)).toMSecsSinceEpoch();
}
