#include "Signer.h"

#include "Crypto.h"

#include <QCoreApplication>
#include <QIODevice>

#include <sodium.h>

static_assert(Signer::PublicKeyBytes == crypto_sign_PUBLICKEYBYTES);
static_assert(Signer::SecretKeyBytes == crypto_sign_SECRETKEYBYTES);
static_assert(Signer::SeedBytes == crypto_sign_SEEDBYTES);
static_assert(Signer::SignatureBytes == crypto_sign_BYTES);

namespace {

const unsigned char* bytes(QByteArrayView v)
{
    return reinterpret_cast<const unsigned char*>(v.data());
}

} // namespace

SigningKeyPair Signer::generate()
{
    Crypto::ensureInitialized();
    SigningKeyPair pair{QByteArray(PublicKeyBytes, Qt::Uninitialized), SecureBytes(SecretKeyBytes)};
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()), pair.secretKey.data());
    return pair;
}

Result<SigningKeyPair> Signer::fromSeed(const SecureBytes& seed)
{
    Crypto::ensureInitialized();
    if (seed.size() != SeedBytes)
        return Result<SigningKeyPair>::failure(
            QCoreApplication::translate("Signer", "The signing key has the wrong length."));
    SigningKeyPair pair{QByteArray(PublicKeyBytes, Qt::Uninitialized), SecureBytes(SecretKeyBytes)};
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char*>(pair.publicKey.data()), pair.secretKey.data(),
                             seed.data());
    return pair;
}

QByteArray Signer::publicKeyOf(const SecureBytes& secretKey)
{
    Crypto::ensureInitialized();
    if (secretKey.size() != SecretKeyBytes)
        return {};
    QByteArray pk(PublicKeyBytes, Qt::Uninitialized);
    crypto_sign_ed25519_sk_to_pk(reinterpret_cast<unsigned char*>(pk.data()), secretKey.data());
    return pk;
}

QByteArray Signer::sign(const SecureBytes& secretKey, QByteArrayView message)
{
    Crypto::ensureInitialized();
    if (secretKey.size() != SecretKeyBytes)
        return {};
    QByteArray signature(SignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr, bytes(message),
                         static_cast<unsigned long long>(message.size()), secretKey.data());
    return signature;
}

bool Signer::verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature)
{
    Crypto::ensureInitialized();
    if (publicKey.size() != PublicKeyBytes || signature.size() != SignatureBytes)
        return false;
    return crypto_sign_verify_detached(bytes(signature), bytes(message),
                                       static_cast<unsigned long long>(message.size()),
                                       bytes(publicKey)) == 0;
}

struct Signer::Stream::State
{
    crypto_sign_state sodium;
};

Signer::Stream::Stream()
    : m_state(std::make_unique<State>())
{
    Crypto::ensureInitialized();
    crypto_sign_init(&m_state->sodium);
}

Signer::Stream::~Stream() = default;
Signer::Stream::Stream(Stream&& other) noexcept = default;
Signer::Stream& Signer::Stream::operator=(Stream&& other) noexcept = default;

void Signer::Stream::update(QByteArrayView part)
{
    Q_ASSERT(m_state && !m_finished);
    if (!m_state || m_finished || part.isEmpty())
        return;
    crypto_sign_update(&m_state->sodium, bytes(part), static_cast<unsigned long long>(part.size()));
}

Status Signer::Stream::updateFrom(QIODevice* device)
{
    QByteArray buffer(64 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = device->read(buffer.data(), buffer.size());
        if (n < 0)
            return Status::failure(
                QCoreApplication::translate("Signer", "The file to be signed could not be read."));
        if (n == 0)
            return {};
        update(QByteArrayView(buffer).first(n));
    }
}

QByteArray Signer::Stream::sign(const SecureBytes& secretKey)
{
    Q_ASSERT(m_state && !m_finished);
    if (!m_state || m_finished || secretKey.size() != SecretKeyBytes)
        return {};
    m_finished = true;
    QByteArray signature(SignatureBytes, Qt::Uninitialized);
    crypto_sign_final_create(&m_state->sodium, reinterpret_cast<unsigned char*>(signature.data()), nullptr,
                             secretKey.data());
    return signature;
}

bool Signer::Stream::verify(QByteArrayView publicKey, QByteArrayView signature)
{
    Q_ASSERT(m_state && !m_finished);
    if (!m_state || m_finished || publicKey.size() != PublicKeyBytes || signature.size() != SignatureBytes)
        return false;
    m_finished = true;
    // libsodium's prototype takes a non-const signature; copy so the caller's bytes are never touched.
    QByteArray sig = signature.toByteArray();
    return crypto_sign_final_verify(&m_state->sodium, reinterpret_cast<unsigned char*>(sig.data()),
                                    bytes(publicKey)) == 0;
}
