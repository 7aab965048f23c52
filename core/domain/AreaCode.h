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
    // Number of significant digits of a level (2, 4, 6, 9, 12; 0 for Invalid).
    static int digitsOf(AreaLevel level);
};
