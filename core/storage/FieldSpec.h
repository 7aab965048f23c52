#pragma once

#include <QString>

// One synced field of a record: its column, its type, and (for codes) the vocabulary list it takes codes
// from.
struct FieldSpec
{
    enum class Type
    {
        Text,       // free text, trimmed
        Date,       // ISO date, a real calendar date, not in the future
        Bool,       // stored 0/1
        Code,       // one code of a vocabulary list
        CodeSet,    // comma-separated codes of a vocabulary list
        IdNumber,   // citizen ID number (GB 11643), stored normalized (18 characters)
        AreaCode,   // a 12-digit statistical area code from the real list
        PlaceCode,  // a work place: a 2-12 digit prefix of an area code
        CountyCode, // the 6-digit code of a county, or of a city without counties (东莞 441900)
        Phone,      // digits, optionally with + - and spaces, 5-20 characters
        Reference,  // the id of another record
    };

    QString name;
    Type type = Type::Text;
    QString vocabulary; // for Code and CodeSet
    const char* label =
        ""; // English source text, translated through QCoreApplication::translate("Field", label)
    bool required = false;
    int maxLength = 200; // for Text
};
