#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QString>

// Seals a station's private keys with the operator's passphrase: Argon2id (crypto_pwhash) derives a key,
// XChaCha20-Poly1305 (IETF AEAD) encrypts. The blob describes itself, so the work factors can be raised
// later without breaking old blobs:
//   "SHKS" | version 1 | algorithm 1 | opslimit u32 BE | memlimit u64 BE | salt 16 | nonce 24
//   | ciphertext (secret + 16) | BLAKE2b-128 checksum of everything before it.
// The header is authenticated as associated data; the checksum tells a damaged blob from a wrong passphrase.
class KeyStore final
{
public:
    enum class Strength
    {
        Minimum,     // libsodium's minimum limits: for tests only, never for real keys
        Interactive, // OPSLIMIT/MEMLIMIT_INTERACTIVE (64 MiB): the default
        Moderate,    // OPSLIMIT/MEMLIMIT_MODERATE (256 MiB)
    };

    static constexpr int MinimumPassphraseLength = 8; // in characters (code points)

    // The passphrase rules, as a sentence for the user if broken.
    static Status checkPassphrase(const QString& passphrase);

    static Result<QByteArray> seal(const SecureBytes& secret, const QString& passphrase,
                                   Strength strength = Strength::Interactive);
    static Result<SecureBytes> open(const QByteArray& blob, const QString& passphrase);
    // Re-seals with a new passphrase (new salt and nonce), keeping the blob's work factors.
    static Result<QByteArray> changePassphrase(const QByteArray& blob, const QString& oldPassphrase,
                                               const QString& newPassphrase);
};
