#pragma once

// Shorthands for the classifier's table-driven tests (TestClassifier, TestChildIndicators). The hukou county
// of the children is 431126 (宁远县, 永州市, 湖南省); 431127 is another county of the same city, 440305 a
// district of 深圳市 (4403), 44 广东省.

#include "domain/Classifier.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace ClassifierSpecs {

inline const QString kCounty = QStringLiteral("431126");

inline QDate d(const char* iso)
{
    return QDate::fromString(QLatin1String(iso), Qt::ISODate);
}

// "<status code> [yyyy-MM-dd|-] [area code|-] [work place text]"; "-" or an absent token means not recorded.
// Tokens key=value anywhere set the other facts: alive=0/1, capable=0/1, since=yyyy-MM-dd (status since).
inline ParentFacts parentFacts(const QString& spec)
{
    QStringList t = spec.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    ParentFacts p;
    for (qsizetype i = t.size() - 1; i >= 0; --i) {
        const QString key = t.at(i).section(QLatin1Char('='), 0, 0);
        const QString value = t.at(i).section(QLatin1Char('='), 1);
        if (!t.at(i).contains(QLatin1Char('=')))
            continue;
        if (key == QLatin1String("alive"))
            p.alive = value == QLatin1String("1");
        else if (key == QLatin1String("capable"))
            p.capable = value == QLatin1String("1");
        else if (key == QLatin1String("since"))
            p.statusSince = QDate::fromString(value, Qt::ISODate);
        t.removeAt(i);
    }
    const auto token = [&](int i) {
        return i < t.size() && t.at(i) != QLatin1String("-") ? t.at(i) : QString();
    };
    p.status = parentStatusFromCode(token(0));
    p.awaySince = QDate::fromString(token(1), Qt::ISODate);
    p.workPlaceCode = token(2);
    p.workPlaceText = token(3);
    return p;
}

// "months=6 cross=0 age=17": only the named settings differ from the defaults.
inline ClassifierSettings settingsFrom(const QString& spec)
{
    ClassifierSettings s;
    for (const QString& kv : spec.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString key = kv.section(QLatin1Char('='), 0, 0);
        const int value = kv.section(QLatin1Char('='), 1).toInt();
        if (key == QLatin1String("months"))
            s.monthsAwayThreshold = value;
        else if (key == QLatin1String("cross"))
            s.requireCrossCounty = value != 0;
        else if (key == QLatin1String("age"))
            s.overAgeYears = value;
    }
    return s;
}

} // namespace ClassifierSpecs
