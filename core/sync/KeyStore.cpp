#include "KeyStore.h"

#include "Crypto.h"

#include <QCoreApplication>
#include <QtEndian>

#include <sodium.h>

namespace {

constexpr char Magic[] = "SHKS";
constexpr qsizetype MagicBytes = 4;
constexpr quint8 FormatVersion = 1;
constexpr quint8 AlgorithmArgon2idXChaCha20Poly1305 = 1;
constexpr qsizetype SaltBytes = crypto_pwhash_SALTBYTES;
constexpr qsizetype NonceBytes = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr qsizetype KeyBytes = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr qsizetype MacBytes = crypto_aead_xchacha20poly1305_ietf_ABYTES;
constexpr qsizetype ChecksumBytes = 16;
constexpr qsizetype OpsOffset = MagicBytes + 2;
constexpr qsizetype MemOffset = OpsOffset + 4;
constexpr qsizetype SaltOffset = MemOffset + 8;
constexpr qsizetype NonceOffset = SaltOffset + SaltBytes;
constexpr qsizetype HeaderBytes = NonceOffset + NonceBytes;
// Limits a blob may ask for: beyond them it is damaged, not a reason to allocate gigabytes.
constexpr quint64 MaxOpsLimit = 64;
constexpr quint64 MaxMemLimit = quint64(4) * 1024 * 1024 * 1024;

struct Limits
{
    quint64 ops;
    quint64 mem;
};

Limits limitsFor(KeyStore::Strength strength)
{
    switch (strength) {
    case KeyStore::Strength::Minimum:
        return {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
    case KeyStore::Strength::Interactive:
        break;
    case KeyStore::Strength::Moderate:
        return {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
    }
    return {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
}

QString damaged()
{
    return QCoreApplication::translate("KeyStore", "The sealed key is damaged and cannot be opened.");
}

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

Result<SecureBytes> deriveKey(const QString& passphrase, const unsigned char* salt, Limits limits)
{
    QByteArray pw = passphrase.normalized(QString::NormalizationForm_C).toUtf8();
    SecureBytes key(KeyBytes);
    const int rc =
        crypto_pwhash(key.data(), KeyBytes, pw.constData(), static_cast<unsigned long long>(pw.size()), salt,
                      limits.ops, static_cast<size_t>(limits.mem), crypto_pwhash_ALG_ARGON2ID13);
    sodium_memzero(pw.data(), static_cast<size_t>(pw.size()));
    if (rc != 0)
        return Result<SecureBytes>::failure(QCoreApplication::translate(
            "KeyStore", "There is not enough memory to protect the key with the passphrase."));
    return key;
}

Result<QByteArray> sealWith(const SecureBytes& secret, const QString& passphrase, Limits limits)
{
    QByteArray blob(HeaderBytes, Qt::Uninitialized);
    memcpy(blob.data(), Magic, MagicBytes);
    blob[MagicBytes] = char(FormatVersion);
    blob[MagicBytes + 1] = char(AlgorithmArgon2idXChaCha20Poly1305);
    qToBigEndian(quint32(limits.ops), blob.data() + OpsOffset);
    qToBigEndian(limits.mem, blob.data() + MemOffset);
    randombytes_buf(blob.data() + SaltOffset, SaltBytes);
    randombytes_buf(blob.data() + NonceOffset, NonceBytes);

    Result<SecureBytes> key = deriveKey(passphrase, bytes(blob) + SaltOffset, limits);
    if (!key)
        return Result<QByteArray>::failure(key.error());
    blob.resize(HeaderBytes + secret.size() + MacBytes);
    unsigned long long cipherLength = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(reinterpret_cast<unsigned char*>(blob.data()) + HeaderBytes,
                                               &cipherLength, secret.data(),
                                               static_cast<unsigned long long>(secret.size()), bytes(blob),
                                               HeaderBytes, nullptr, bytes(blob) + NonceOffset, key->data());
    Q_ASSERT(qsizetype(cipherLength) == secret.size() + MacBytes);
    blob.append(Crypto::hash(blob, ChecksumBytes));
    return blob;
}

// Checks the frame of a blob; on success fills the limits it asks for.
Status checkFrame(const QByteArray& blob, Limits* limits)
{
    if (blob.size() < HeaderBytes + MacBytes + ChecksumBytes ||
        !blob.startsWith(QByteArrayView(Magic, MagicBytes)))
        return Status::failure(damaged());
    if (!Crypto::constantTimeEquals(Crypto::hash(QByteArrayView(blob).chopped(ChecksumBytes), ChecksumBytes),
                                    QByteArrayView(blob).last(ChecksumBytes)))
        return Status::failure(damaged());
    if (quint8(blob[MagicBytes]) != FormatVersion ||
        quint8(blob[MagicBytes + 1]) != AlgorithmArgon2idXChaCha20Poly1305)
        return Status::failure(QCoreApplication::translate(
            "KeyStore", "The sealed key was made by a newer version of Shouhu; please update Shouhu."));
    limits->ops = qFromBigEndian<quint32>(blob.constData() + OpsOffset);
    limits->mem = qFromBigEndian<quint64>(blob.constData() + MemOffset);
    if (limits->ops < crypto_pwhash_OPSLIMIT_MIN || limits->ops > MaxOpsLimit ||
        limits->mem < crypto_pwhash_MEMLIMIT_MIN || limits->mem > MaxMemLimit)
        return Status::failure(damaged());
    return {};
}

} // namespace

Status KeyStore::checkPassphrase(const QString& passphrase)
{
    if (passphrase.toUcs4().size() < MinimumPassphraseLength)
        return Status::failure(
            QCoreApplication::translate("KeyStore", "The passphrase must be at least %n characters long.",
                                        nullptr, MinimumPassphraseLength));
    return {};
}

Result<QByteArray> KeyStore::seal(const SecureBytes& secret, const QString& passphrase, Strength strength)
{
    Crypto::ensureInitialized();
    if (const Status ok = checkPassphrase(passphrase); !ok)
        return Result<QByteArray>::failure(ok.error());
    return sealWith(secret, passphrase, limitsFor(strength));
}

Result<SecureBytes> KeyStore::open(const QByteArray& blob, const QString& passphrase)
{
    Crypto::ensureInitialized();
    Limits limits{};
    if (const Status frame = checkFrame(blob, &limits); !frame)
        return Result<SecureBytes>::failure(frame.error());
    Result<SecureBytes> key = deriveKey(passphrase, bytes(blob) + SaltOffset, limits);
    if (!key)
        return key;
    const qsizetype cipherLength = blob.size() - HeaderBytes - ChecksumBytes;
    SecureBytes secret(cipherLength - MacBytes);
    unsigned char empty[1];
    if (crypto_aead_xchacha20poly1305_ietf_decrypt(secret.isEmpty() ? empty : secret.data(), nullptr, nullptr,
                                                   bytes(blob) + HeaderBytes,
                                                   static_cast<unsigned long long>(cipherLength), bytes(blob),
                                                   HeaderBytes, bytes(blob) + NonceOffset, key->data()) != 0)
        return Result<SecureBytes>::failure(
            QCoreApplication::translate("KeyStore", "The passphrase is wrong."));
    return secret;
}

Result<QByteArray> KeyStore::changePassphrase(const QByteArray& blob, const QString& oldPassphrase,
                                              const QString& newPassphrase)
{
    Crypto::ensureInitialized();
    if (const Status ok = checkPassphrase(newPassphrase); !ok)
        return Result<QByteArray>::failure(ok.error());
    Result<SecureBytes> secret = open(blob, oldPassphrase);
    if (!secret)
        return Result<QByteArray>::failure(secret.error());
    Limits limits{};
    (void)checkFrame(blob, &limits); // it passed inside open()
    return sealWith(*secret, newPassphrase, limits);
}
