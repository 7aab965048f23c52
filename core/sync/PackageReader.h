#pragma once

#include "ImportReport.h"
#include "PackageHeader.h"
#include "Result.h"
#include "StationIdentity.h"
#include "SyncProgress.h"

#include <functional>
#include <optional>

class CaseDatabase;

// Reads sync packages. `inspect` shows the header without any key. `import` checks, in this order, the
// header and version, the signature against the enrolled stations, the recipient, decrypts, validates every
// record, checks each record's area against the sender's scope and its clocks against this station's, and
// merges everything in ONE transaction, then records the package in the import ledger. Any refusal leaves
// the database exactly as it was and says why in one sentence. A package imported before is not an error:
// the report says so and nothing changes.
class PackageReader final
{
public:
    // Clocks further ahead of this station's clock than this refuse the package.
    static constexpr qint64 MaxClockAheadMs = 24LL * 60 * 60 * 1000;

    static Result<PackageHeader> inspect(const QString& path);
    // The report of an earlier import of this package (found by the package id of its clear header, no key
    // needed), with alreadyImported set; empty when it was not imported here or the file is no package.
    // Lets a caller say "already imported" before asking for the passphrase; import() checks it again.
    static std::optional<ImportReport> previousImport(CaseDatabase& db, const QString& path);
    static Result<ImportReport> import(CaseDatabase& db, const StationKeys& keys, const QString& path,
                                       const SyncProgress& progress = {});

    // A seam for tests: called after the signature was checked and before the payload is read again (a
    // test swaps the file there). The payload must then hash to what the signature pass saw.
    static void setAfterSignatureCheck(std::function<void()> hook);
};
