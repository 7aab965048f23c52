#pragma once

#include "KeyStore.h"
#include "Result.h"
#include "Sealer.h"
#include "Signer.h"
#include "StationCard.h"

class CaseDatabase;

// This station's keys, unlocked with the passphrase for one export, import or card.
struct StationKeys
{
    QString station;
    SigningKeyPair sign;
    EncryptionKeyPair enc;
};

// The station's own keys: an Ed25519 signing key and an X25519 encryption key, made on first need; the
// public keys are stored plain, the private keys sealed with the operator's passphrase (KeyStore).
class StationIdentity final
{
public:
    static bool hasKeys(CaseDatabase& db);
    // Makes the keys; refuses when the station has keys already or the passphrase breaks the rules.
    static Status create(CaseDatabase& db, const QString& passphrase,
                         KeyStore::Strength strength = defaultStrength());
    static Result<StationKeys> unlock(CaseDatabase& db, const QString& passphrase);
    static Status changePassphrase(CaseDatabase& db, const QString& oldPassphrase,
                                   const QString& newPassphrase);
    // The public keys and fingerprint (no passphrase needed).
    static Result<StationCard> publicCard(CaseDatabase& db);
    // The self-signed card.
    static Result<StationCard> signedCard(CaseDatabase& db, const StationKeys& keys);
    // Interactive, or the minimum work factors when SHOUHU_KDF=minimum (tests only).
    static KeyStore::Strength defaultStrength();
};
