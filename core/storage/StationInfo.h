#pragma once

#include <QString>

// This installation: who it is and which area it may write.
struct StationInfo
{
    QString id;       // random, 16 hex characters
    QString role;     // village, township, county, city (Vocabulary::Role)
    QString areaCode; // 12 digits
    QString name;
    QString operatorName;
    bool isDemo = false;
};
