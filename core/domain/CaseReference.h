#pragma once

#include <QString>

// The short reference of a case printed on every page, so that paper can be matched back to the record: the
// first 8 hexadecimal digits of the child's id in upper case, in two groups of four ("7F3A-91C2").
class CaseReference final
{
public:
    static QString of(const QString& childId);
    // True when `text` (as typed from paper: any case, with or without the dash) is the reference of the id.
    static bool matches(const QString& text, const QString& childId);
};
