#pragma once

#include <QString>
#include <QStringView>

// Levels of the 统计用区划代码 (National Bureau of Statistics area codes).
enum class AreaLevel
{
    Invalid,
    Province,
    City,
    County,
    Township,
    Village
};

// Pure rules on 12-digit area codes: province 2 + city 2 + county 2 + township 3 + village 3 digits, the
// parts below an area's own level set to zero (county 110101000000, township 110101001000). No data: whether
// a code really exists is AreaCatalog's business.
//
// A county part of 00 under a real city is allowed: a few cities have no county level (东莞 441900003000).
class AreaCode final
{
public:
    // Accepts 2, 4, 6, 9 or 12 digits (surrounding spaces ignored); returns the 12-digit form, or an empty
    // string when the text is not a well-formed code.
    static QString normalize(QStringView code);
    // The level of a 12-digit code; Invalid for anything malformed.
    static AreaLevel levelOf(QStringView code12);
    // The significant digits: 2, 4, 6, 9 or 12 of them (empty when invalid).
    static QString prefix(QStringView code12);
    // True when inner lies inside outer or equals it.
    static bool contains(QStringView outer12, QStringView inner12);
    // The 12-digit code of the area one level up; empty for a province or an invalid code.
    static QString parentOf(QStringView code12);
    // The 6-digit county part of a county, township or village code; empty above county level.
    static QString countyOf(QStringView code12);
    // Cities without a county level in the 2023 list (东莞 4419, 中山 4420, 儋州 4604, 嘉峪关 6202): their
    // townships sit directly under the city, and the city plays the county's part (for "cross-county", for
    // stations, for reports). True for any code inside such a city.
    static bool inCityWithoutCounties(QStringView code);
    // Whether a 12-digit code is a county-level unit: a county, or a city without counties.
    static bool isCountyUnit(QStringView code12);
    // The 6-digit code of the county-level unit a county, township or village lies in: its county, or for a
    // city without counties the city (441900; also for 嘉峪关's county 620201, which repeats the city,
    // 620200). Empty above that level or for an invalid code.
    static QString countyUnitOf(QStringView code12);
    // Number of significant digits of a level (2, 4, 6, 9, 12; 0 for Invalid).
    static int digitsOf(AreaLevel level);
};
