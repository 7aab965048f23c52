#pragma once

#include "Clock.h"
#include "Sex.h"

#include <QDate>
#include <QString>

// A citizen ID number (GB 11643-1999): 6-digit address code, 8-digit birth date, 3-digit sequence (odd for
// men), check character. Old 15-digit numbers (2-digit year, no check character) are accepted and upgraded.
// An address code that no longer exists still makes a valid number: codes are as at the time of issue.
class IdNumber final
{
public:
    // Reads a number as typed: spaces around it are ignored, a lower-case x is accepted. `today` decides
    // whether the birth date lies in the future.
    static IdNumber parse(QStringView text, QDate today = Clock::system().today());
    // The check character of the first 17 digits ('0'-'9' or 'X'); a null QChar if they are not 17 digits.
    static QChar checkCharacter(QStringView first17);

    // An empty, invalid number; parse() makes real ones.
    IdNumber() = default;

    bool isValid() const { return !m_normalized.isEmpty(); }
    // Why the number is not valid, as one sentence for the user; empty when valid.
    const QString& reason() const { return m_reason; }
    // The 18-character form with an upper-case X (old numbers upgraded); empty when invalid.
    const QString& normalized() const { return m_normalized; }
    bool isLegacy() const { return m_legacy; }
    QDate birthDate() const { return m_birthDate; }
    Sex sex() const { return m_sex; }
    // The 6-digit address code; empty when invalid.
    QString addressCode() const { return m_normalized.left(6); }
    // Whether the address code is in the current area list (AreaCatalog).
    bool addressCodeKnown() const;
    // The full name of the address code's county (广东省 汕头市 潮阳区); empty when unknown.
    QString countyName() const;

private:
    QString m_reason;
    QString m_normalized;
    QDate m_birthDate;
    Sex m_sex = Sex::Unknown;
    bool m_legacy = false;
};
