#pragma once

#include <QDate>
#include <QString>

// One spot check (抽查) of a child's record: drawn by a township (or higher) office from the records updated
// on a day or in a week, then marked verified or a problem with a note, which travels back to the child's
// village in the next package (a synced record in the child's village, EntitySchema::spotCheck()).
struct SpotCheck
{
    QString id;
    QString childId;
    QString childName;
    QString areaCode; // the child's village
    QDate sampleDate; // the day whose updates were sampled, or the Monday of the week
    QString period;   // Vocabulary "spot_check_period": day, week
    QString result;   // Vocabulary "spot_check_result": pending, verified, problem
    QDate checkedOn;
    QString checker;
    QString note;
};

// The results of a span's spot checks in one area (a village, or the total).
struct SpotCheckTally
{
    QString areaCode;
    int drawn = 0;
    int verified = 0;
    int problems = 0;
    int pending() const { return drawn - verified - problems; }
};
