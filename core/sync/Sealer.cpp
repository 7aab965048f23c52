#include "Sealer.h"

#include "Crypto.h"

#include <QCoreApplication>

#include <sodium.h>

static_assert(Sealer::PublicKeyBytes == crypto_box_PUBLICKEYBYTES);
static_assert(Sealer::SecretKeyBytes == crypto_box_SECRETKEYBYTES);
static_assert(Sealer::Overhead == crypto_box_SEALBYTES);

namespace {

const unsigned char* bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

} // namespace

EncryptionKeyPair Sealer::generate()
{
    Crypto::ensureInitialized();
    EncryptionKeyPair pair{QByteArray(PublicKeyBytes, Qt::Uninitialized), SecureBytes(SecretKeyBytes)};
    crypto_box_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()), pair.secretKey.data());
    return pair;
}

QByteArray Sealer::publicKeyOf(const SecureBytes& secretKey)
{
    Crypto::ensureInitialized();
    if (secretKey.size() != SecretKeyBytes)
        return {};
    QByteArray pk(PublicKeyBytes, Qt::Uninitialized);
    if (crypto_scalarmult_base(reinterpret_cast<unsigned char*>(pk.data()), secretKey.data()) != 0)
        return {};
    return pk;
}

QByteArray Sealer::seal(QByteArrayView recipientPublicKey, QByteArrayView message)
{
    Crypto::ensureInitialized();
    if (recipientPublicKey.size() != PublicKeyBytes)
        return {};
    QByteArray sealed(message.size() + Overhead, Qt::Uninitialized);
    if (crypto_box_seal(reinterpret_cast<unsigned char*>(sealed.data()), bytes(message),
                        static_cast<unsigned long long>(message.size()), bytes(recipientPublicKey)) != 0)
        return {};
    return sealed;
}

Result<SecureBytes> Sealer::open(QByteArrayView sealed, QByteArrayView publicKey,
                                 const SecureBytes& secretKey)
{
    Crypto::ensureInitialized();
    if (sealed.size() < Overhead || publicKey.size() != PublicKeyBytes || secretKey.size() != SecretKeyBytes)
        return Result<SecureBytes>::failure(QCoreApplication::translate(
            "Sealer", "The encrypted data is damaged or was not meant for this station."));
    SecureBytes message(sealed.size() - Overhead);
    unsigned char empty[1];
    if (crypto_box_seal_open(message.isEmpty() ? empty : message.data(), bytes(sealed),
                             static_cast<unsigned long long>(sealed.size()), bytes(publicKey),
                             secretKey.data()) != 0)
        return Result<SecureBytes>::failure(QCoreApplication::translate(
            "Sealer", "The encrypted data is damaged or was not meant for this station."));
    return message;
}
