#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

struct EncryptionKeyPair
{
    QByteArray publicKey;  // 32 bytes
    SecureBytes secretKey; // 32 bytes
};

// X25519 anonymous sealed boxes (libsodium crypto_box_seal): anyone with a station's public key can seal
// a short message (typically a fresh SecretStream key) that only that station can open.
class Sealer final
{
public:
    static constexpr qsizetype PublicKeyBytes = 32;
    static constexpr qsizetype SecretKeyBytes = 32;
    static constexpr qsizetype Overhead = 48; // ephemeral public key + MAC

    static EncryptionKeyPair generate();
    // The public key of a 32-byte secret key (X25519 scalar multiplication by the base point).
    static QByteArray publicKeyOf(const SecureBytes& secretKey);

    // Empty if the recipient's public key has the wrong size.
    static QByteArray seal(QByteArrayView recipientPublicKey, QByteArrayView message);
    static Result<SecureBytes> open(QByteArrayView sealed, QByteArrayView publicKey,
                                    const SecureBytes& secretKey);
};
