#pragma once

#include <QString>

// The local rules of the survey. The national definition leaves these to the notice that orders the survey,
// so they are settings, not constants.
struct ClassifierSettings
{
    // A parent counts as away after this many whole months ("3个月以上" includes 3; other places use 6).
    int monthsAwayThreshold = 3;
    // The work place must lie outside the child's hukou county (跨县域).
    bool requireCrossCounty = true;
    // On this birthday the child leaves the left-behind category (不满十六周岁).
    int overAgeYears = 16;
    // The 困境 and 事实无人抚养 indicators apply under this age.
    int difficultyAgeLimit = 18;
    // 民发〔2019〕62号: lost contact, prison, compulsory drug rehabilitation and other loss of liberty count
    // when they have lasted this many whole months (setting unsupported_min_months).
    int unsupportedMinMonths = 6;
    // 国发〔2016〕36号 names family poverty, the child's own disability and lack of guardianship; a child's
    // serious illness counts as 困境 only where the local rules list it (setting ill_child_in_difficulty).
    bool illChildInDifficulty = false;

    // One string that changes whenever a setting changes: stored beside saved verdicts to tell when they are
    // stale.
    QString signature() const
    {
        return QStringLiteral("months=%1;cross=%2;age=%3;difficulty=%4;unsupported=%5;ill=%6")
            .arg(QString::number(monthsAwayThreshold), QString::number(requireCrossCounty ? 1 : 0),
                 QString::number(overAgeYears), QString::number(difficultyAgeLimit),
                 QString::number(unsupportedMinMonths), QString::number(illChildInDifficulty ? 1 : 0));
    }
};
