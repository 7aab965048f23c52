#pragma once

#include "Result.h"
#include "StationInfo.h"
#include "domain/AreaCode.h"

#include <QString>

class CaseDatabase;

// Setting up a new station (the first-run wizard and `shouhu-cli init`): the area must be in the official
// list at the level of the role (village: a village, township: a township, county: a county, city: a city).
class StationSetup final
{
public:
    // Checks the role and area and returns the station as it would be stored (12-digit area code, a new id).
    static Result<StationInfo> prepare(const QString& role, const QString& areaCode, const QString& name,
                                       const QString& operatorName = {});
    // Checks, then stores the station in a database that has none yet.
    static Result<StationInfo> initialize(CaseDatabase& db, const QString& role, const QString& areaCode,
                                          const QString& name, const QString& operatorName = {});
    // A new random station id: 16 hexadecimal characters.
    static QString newStationId();
    // The area level a station of this role works at (Invalid for an unknown role).
    static AreaLevel levelOfRole(const QString& role);
    // Whether a 12-digit area code fits a station of the role: its level is the role's, or (county) it is a
    // city without counties (东莞市), which plays the county's part.
    static bool fitsRole(const QString& role, const QString& code12);
};
