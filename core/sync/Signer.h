#pragma once

#include "Result.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

class QIODevice;

struct SigningKeyPair
{
    QByteArray publicKey;  // 32 bytes
    SecureBytes secretKey; // 64 bytes (libsodium layout: seed || public key)
};

// Ed25519 signatures (libsodium crypto_sign).
class Signer final
{
public:
    static constexpr qsizetype PublicKeyBytes = 32;
    static constexpr qsizetype SecretKeyBytes = 64;
    static constexpr qsizetype SeedBytes = 32;
    static constexpr qsizetype SignatureBytes = 64;

    static SigningKeyPair generate();
    // Deterministic key pair from a 32-byte seed (RFC 8032 "secret key").
    static Result<SigningKeyPair> fromSeed(const SecureBytes& seed);
    // The public half of a 64-byte secret key; empty if the key has the wrong size.
    static QByteArray publicKeyOf(const SecureBytes& secretKey);

    // Detached 64-byte signature (pure Ed25519); empty if the secret key has the wrong size.
    static QByteArray sign(const SecureBytes& secretKey, QByteArrayView message);
    static bool verify(QByteArrayView publicKey, QByteArrayView message, QByteArrayView signature);

    // Ed25519ph (RFC 8032 pre-hashed, crypto_sign_init/update/final): signs or verifies a message fed in
    // parts, e.g. a file of hundreds of MB, without holding it in memory. Its signatures are NOT
    // interchangeable with sign()/verify(): a stream signature is checked by a Stream only.
    class Stream final
    {
    public:
        Stream();
        ~Stream();
        Stream(Stream&& other) noexcept;
        Stream& operator=(Stream&& other) noexcept;
        Stream(const Stream&) = delete;
        Stream& operator=(const Stream&) = delete;

        void update(QByteArrayView part);
        // Feeds everything the device delivers until its end, in 64 KiB pieces.
        Status updateFrom(QIODevice* device);
        // Both finish the stream; feed a new Stream for the next message.
        QByteArray sign(const SecureBytes& secretKey);
        bool verify(QByteArrayView publicKey, QByteArrayView signature);

    private:
        struct State;
        std::unique_ptr<State> m_state;
        bool m_finished = false;
    };
};
