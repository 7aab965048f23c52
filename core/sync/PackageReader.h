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
// header and version, the signature against the enrolled stations (PackageVerifier), the recipient, the
// import ledger, decrypts, reads every item strictly and checks the sender's right to write it against what
// is stored here (PackageImport), and merges everything in ONE transaction, then records the package in the
// import ledger. Any refusal leaves
// the database exactly as it was and says why in one sentence. A package imported before is not an error:
// the report says so and nothing changes.
class PackageReader final
{
public:
    // Clocks further ahead of this station's clock than this refuse the package.
    static constexpr qint64 MaxClockAheadMs = 24LL * 60 * 60 * 1000;

    static Result<PackageHeader> inspect(const QString& path);
    // The report of an earlier import of this package, with alreadyImported set; empty when it was not
    // imported here. Checks the signature first, as import() does (a changed copy of an imported package is
    // refused, not "imported already"), with the sender's public key only: no passphrase is needed.
    static Result<std::optional<ImportReport>> previousImport(CaseDatabase& db, const QString& path);
    static Result<ImportReport> import(CaseDatabase& db, const StationKeys& keys, const QString& path,
                                       const SyncProgress& progress = {});

    // A seam for tests: called after the signature was checked and before the payload is read again (a
    // test swaps the file there). The payload must then hash to what the signature pass saw.
    static void setAfterSignatureCheck(std::function<void()> hook);
};
