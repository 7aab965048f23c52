#pragma once

#include "DatabaseKey.h"
#include "Result.h"

#include <QCoreApplication>
#include <QString>

class CaseDatabase;

// Encryption at rest of the case database (SQLCipher 4; docs/security.md). A database is plain until its
// station has a passphrase; then it is encrypted in place (encrypt()), with its backups, and from then on it
// opens only once unlock() was given the passphrase in this process.
class DatabaseEncryption final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseEncryption)
public:
    // Whether the file at `path` may be an encrypted database: whole pages of 4096 bytes (SQLCipher 4's page
    // size), at least one, not starting with SQLite's plain header "SQLite format 3". (Only the key can tell
    // an encrypted database from random bytes of that size.)
    static bool isEncrypted(const QString& path);
    // The salt of an encrypted database (its first 16 bytes); empty when it cannot be read.
    static QByteArray saltOf(const QString& path);
    // Whether CaseDatabase::open(path) needs unlock() first: the file is encrypted and its key is not known
    // to this process.
    static bool needsPassphrase(const QString& path);

    // Derives the key of the encrypted database at `path` from `passphrase`, checks that it opens the file
    // and remembers it (DatabaseKeyRing) for every connection of this process. Refused with one sentence for
    // a wrong passphrase.
    static Status unlock(const QString& path, const QString& passphrase);

    // Encrypts the plain database at `path` in place with a key derived from `passphrase` and a new salt:
    // exported into "<path>.encrypting" (sqlcipher_export), checked (integrity_check and the rows of every
    // table counted on both sides), then renamed over the database in one step, so that a crash leaves the
    // plain database or the encrypted one, never a mix. Then every plain backup of the database is encrypted
    // the same way. The database must not be open in this process (close it first); another process holding
    // it is refused. Nothing happens to an encrypted database.
    static Status encrypt(const QString& path, const QString& passphrase);

    // Re-encrypts the open encrypted database (and its backups) under `newPassphrase`: the same salt, a new
    // key (PRAGMA rekey). A plain database is left alone.
    static Status changePassphrase(CaseDatabase& db, const QString& newPassphrase);

    static QString wrongPassphraseSentence(const QString& path);
    static QString passphraseNeededSentence(const QString& path);

private:
    // The plain file `source` written encrypted with `key` to `target` (a new file), checked; SQLite's code.
    static Status exportEncrypted(const QString& source, const QString& target, const DatabaseKey& key);
    static Status replaceWithEncrypted(const QString& path, const DatabaseKey& key, bool walDatabase);
};
