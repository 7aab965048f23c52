#pragma once

#include <QByteArrayView>
#include <QString>

// A short code two people can read to each other on the phone to confirm a station's public keys:
// BLAKE2b of (sign key || encryption key), first 80 bits, as 16 Crockford base32 symbols in groups of four,
// e.g. "7K3Q-M9XA-2PWD-4HFE".
class Fingerprint final
{
public:
    static constexpr int Symbols = 16;

    // Empty if a key has the wrong size (32 bytes each).
    static QString of(QByteArrayView signPublicKey, QByteArrayView encPublicKey);
    // What a person typed, reduced to the symbols: case, spaces and dashes ignored (also full-width forms),
    // O read as 0, I and L as 1. Characters outside the alphabet are kept so that the result fails to match.
    static QString normalize(QString typed);
    // True only if both normalise to the same complete, valid fingerprint.
    static bool matches(const QString& typed, const QString& expected);
};
