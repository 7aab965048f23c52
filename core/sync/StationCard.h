#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

// A station's public identity card (.shid): id, role, area, name and public keys, self-signed with the
// station's Ed25519 key. A JSON file; the signature covers signedBytes() (see docs/sync-format.md).
class StationCard final
{
public:
    QString station;
    QString role;
    QString area;
    QString name;
    QByteArray signPublicKey; // Ed25519, 32 bytes
    QByteArray encPublicKey;  // X25519, 32 bytes
    QByteArray signature;     // Ed25519 over signedBytes(), 64 bytes

    QString fingerprint() const;
    // "SHOUHU-CARD-1\n" id "\n" role "\n" area "\n" name "\n" base64(sign key) "\n" base64(enc key), UTF-8.
    QByteArray signedBytes() const;
    QByteArray toJson() const;
    // Parses and checks the self-signature; refuses anything malformed in one sentence.
    static Result<StationCard> fromJson(const QByteArray& json);
    static bool isStationId(const QString& id);
};
