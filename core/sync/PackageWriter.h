#pragma once

#include "PackageHeader.h"
#include "Result.h"
#include "StationIdentity.h"
#include "SyncProgress.h"

class CaseDatabase;

// Writes a sync package for an enrolled station: every record, audit entry, conflict and revocation it has
// not acknowledged (or everything in scope with `full`), and the receipt of what this station imported from
// it. Rows that came from the recipient and were not changed here since are left out (no echo). The
// payload is encrypted to the recipient, the whole file signed; written atomically (QSaveFile).
class PackageWriter final
{
public:
    struct Options
    {
        QString recipient;
        QString path;
        bool full = false;
        // Also the rows that came from the recipient unchanged (only to measure what leaving them out saves).
        bool echo = false;
        SyncProgress progress;
    };
    static Result<PackageHeader> write(CaseDatabase& db, const StationKeys& keys, const Options& options);
};
