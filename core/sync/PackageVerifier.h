#pragma once

#include "PackageHeader.h"
#include "Result.h"
#include "TrustStore.h"

#include <QByteArray>
#include <QCoreApplication>

class CaseDatabase;
class QFile;

// A package whose signature was checked, and what that check read.
struct VerifiedPackage
{
    PackageHeader header;
    PackageHeader::Layout layout;
    Peer sender;            // as enrolled here
    QByteArray head;        // the bytes from the magic to the end of the sealed key, as they were verified
    QByteArray payloadHash; // BLAKE2b of the payload as it was verified
};

// The checks every package passes before anything else, even before the answer "imported already": the
// file's layout and header, its sender among the enrolled stations, the Ed25519ph signature over every byte
// with the sender's enrolled key, and the signed header agreeing with what was enrolled (role and area).
// Needs no secret key and changes nothing.
class PackageVerifier final
{
    Q_DECLARE_TR_FUNCTIONS(PackageVerifier)

public:
    static Result<VerifiedPackage> verify(CaseDatabase& db, QFile& file);
};
