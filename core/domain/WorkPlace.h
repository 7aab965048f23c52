#pragma once

#include <QString>
#include <QStringView>

// A parent's work place code (person.work_place_code): either a 2- to 12-digit prefix of an area code of the
// official list (a place in the mainland), or a code of the Vocabulary list "country_region" (ISO 3166-1
// alpha-2: HK Hong Kong, MO Macao, TW Taiwan, a country abroad, ZZ another country or region). A place of
// that list always lies outside the child's county.
class WorkPlace final
{
public:
    // Whether the code is one of the list "country_region" (exactly as stored: upper case).
    static bool isOutsideMainland(QStringView code);
    // The place in words: the label of a country or region, the full name of an area of the list
    // ("广东省 深圳市 南山区"), or the code itself when neither knows it.
    static QString label(QStringView code);
};
