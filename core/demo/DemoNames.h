#pragma once

#include "domain/Sex.h"

#include <QString>

class QRandomGenerator;

// Plausible, fictitious Chinese names for demo data: surnames drawn by their frequency in the population
// (王 李 张 刘 陈 ...), given names of one or two characters from pools that fit the person's sex and the
// decade of birth (a grandmother is 秀英, a granddaughter 梓涵).
class DemoNames final
{
public:
    static QString surname(QRandomGenerator& rng);
    static QString givenName(QRandomGenerator& rng, Sex sex, int birthYear);
};
