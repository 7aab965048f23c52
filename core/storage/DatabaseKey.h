#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

// The key of an encrypted case database (SQLCipher 4), derived from the station's passphrase with Argon2id
// (libsodium's crypto_pwhash) and the database's salt: the first 16 bytes of the file, which SQLCipher keeps
// in plain text. The key is given to SQLCipher as a raw key with that salt (x'<64 hex digits of key><32 of
// salt>'), so SQLCipher runs no key derivation of its own and the file needs nothing beside it: the
// passphrase and the file are enough to open it (docs/security.md, "Encryption at rest").
//
// The low two bits of the salt's first byte name the Argon2id cost the key was made with (0 interactive,
// 1 minimum (tests only, SHOUHU_KDF=minimum), 2 moderate); the other 126 bits are random.
class DatabaseKey final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseKey)
public:
    static constexpr int SaltBytes = 16;
    static constexpr int KeyBytes = 32;
    enum class Strength : quint8
    {
        Interactive = 0,
        Minimum = 1,
        Moderate = 2,
    };

    // The cost for a new database: interactive, or minimum when SHOUHU_KDF=minimum (as the station's keys).
    static Strength defaultStrength();
    // A new random salt for a database made with `strength`.
    static QByteArray newSalt(Strength strength = defaultStrength());
    // The key for `passphrase` and the database's `salt`. Refused (one sentence) for an empty passphrase, a
    // salt of the wrong size or of an unknown cost (a newer version), or when memory runs out.
    static Result<DatabaseKey> derive(const QString& passphrase, const QByteArray& salt);

    DatabaseKey() = default;
    bool isValid() const { return m_key.size() == KeyBytes && m_salt.size() == SaltBytes; }
    const QByteArray& salt() const { return m_salt; }
    // SQLCipher's raw key with its salt, quoted for PRAGMA key / PRAGMA rekey / ATTACH ... KEY:
    // "x'…'" (double quotes included).
    QByteArray sqlLiteral() const;
    bool operator==(const DatabaseKey& other) const { return m_key == other.m_key && m_salt == other.m_salt; }

private:
    DatabaseKey(QByteArray key, QByteArray salt);

    QByteArray m_key;
    QByteArray m_salt;
};
