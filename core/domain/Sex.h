#pragma once

#include <QString>
#include <QStringView>

enum class Sex
{
    Unknown,
    Male,
    Female
};

// The stored code of a sex: "M", "F", or empty when unknown.
inline QString sexCode(Sex sex)
{
    switch (sex) {
    case Sex::Male:
        return QStringLiteral("M");
    case Sex::Female:
        return QStringLiteral("F");
    case Sex::Unknown:
        break;
    }
    return {};
}

// The sex of a stored code ("M"/"F", either case, spaces ignored); Unknown for anything else.
inline Sex sexFromCode(QStringView code)
{
    code = code.trimmed();
    if (code.compare(QLatin1String("M"), Qt::CaseInsensitive) == 0)
        return Sex::Male;
    if (code.compare(QLatin1String("F"), Qt::CaseInsensitive) == 0)
        return Sex::Female;
    return Sex::Unknown;
}
