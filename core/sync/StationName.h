#pragma once

#include <QString>

class CaseDatabase;

// What a user reads for a station's id (16 hex characters): "this station", the name of an enrolled
// station from the trust store, else "another station". The id itself belongs in a tooltip, not in text.
class StationName final
{
public:
    static QString of(CaseDatabase& db, const QString& stationId);
};
