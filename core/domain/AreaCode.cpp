#include "AreaCode.h"

namespace {

bool allDigits(QStringView s)
{
    for (QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return true;
}

bool allZero(QStringView s)
{
    for (QChar c : s) {
        if (c != QLatin1Char('0'))
            return false;
    }
    return true;
}

} // namespace

int AreaCode::digitsOf(AreaLevel level)
{
    switch (level) {
    case AreaLevel::Province:
        return 2;
    case AreaLevel::City:
        return 4;
    case AreaLevel::County:
        return 6;
    case AreaLevel::Township:
        return 9;
    case AreaLevel::Village:
        return 12;
    case AreaLevel::Invalid:
        break;
    }
    return 0;
}

AreaLevel AreaCode::levelOf(QStringView code)
{
    if (code.size() != 12 || !allDigits(code) || allZero(code.first(2)))
        return AreaLevel::Invalid;
    const bool city = !allZero(code.mid(2, 2));
    const bool county = !allZero(code.mid(4, 2));
    const bool township = !allZero(code.mid(6, 3));
    const bool village = !allZero(code.mid(9, 3));
    // A lower part may only be set when the parts above it are; the county part alone may stay 00.
    if (village)
        return township && city ? AreaLevel::Village : AreaLevel::Invalid;
    if (township)
        return city ? AreaLevel::Township : AreaLevel::Invalid;
    if (county)
        return city ? AreaLevel::County : AreaLevel::Invalid;
    return city ? AreaLevel::City : AreaLevel::Province;
}

QString AreaCode::normalize(QStringView code)
{
    code = code.trimmed();
    const qsizetype n = code.size();
    if (n != 2 && n != 4 && n != 6 && n != 9 && n != 12)
        return {};
    QString full = code.toString();
    full.append(QString(12 - n, QLatin1Char('0')));
    return levelOf(full) == AreaLevel::Invalid ? QString() : full;
}

QString AreaCode::prefix(QStringView code)
{
    return code.first(digitsOf(levelOf(code))).toString();
}

bool AreaCode::contains(QStringView outer, QStringView inner)
{
    const AreaLevel level = levelOf(outer);
    return level != AreaLevel::Invalid && levelOf(inner) != AreaLevel::Invalid &&
           inner.startsWith(outer.first(digitsOf(level)));
}

QString AreaCode::parentOf(QStringView code)
{
    const AreaLevel level = levelOf(code);
    if (level == AreaLevel::Invalid || level == AreaLevel::Province)
        return {};
    const int digits = digitsOf(AreaLevel(int(level) - 1));
    return code.first(digits) + QString(12 - digits, QLatin1Char('0'));
}

bool AreaCode::inCityWithoutCounties(QStringView code)
{
    static const QLatin1String cities[] = {QLatin1String("4419"), QLatin1String("4420"),
                                           QLatin1String("4604"), QLatin1String("6202")};
    if (code.size() < 4)
        return false;
    for (const QLatin1String& c : cities) {
        if (code.first(4) == c)
            return true;
    }
    return false;
}

bool AreaCode::isCountyUnit(QStringView code)
{
    const AreaLevel level = levelOf(code);
    return level == AreaLevel::County || (level == AreaLevel::City && inCityWithoutCounties(code));
}

QString AreaCode::countyUnitOf(QStringView code)
{
    const AreaLevel level = levelOf(code);
    if (level == AreaLevel::Invalid)
        return {};
    if (inCityWithoutCounties(code)) // 嘉峪关's county 620201, which repeats the city too
        return code.first(4) + QStringLiteral("00");
    return level >= AreaLevel::County ? code.first(6).toString() : QString();
}

QString AreaCode::countyOf(QStringView code)
{
    const AreaLevel level = levelOf(code);
    return level >= AreaLevel::County ? code.first(6).toString() : QString();
}
