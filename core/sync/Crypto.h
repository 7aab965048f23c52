#pragma once

#include "Result.h"

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

// Start-up and small helpers of our crypto layer (libsodium behind it; <sodium.h> stays in .cpp files).
class Crypto final
{
public:
    // sodium_init() plus known-answer self-tests (Ed25519 RFC 8032, BLAKE2b RFC 7693, X25519 RFC 7748).
    // Idempotent and thread-safe; the result of the first call is remembered. Call it at start-up to tell
    // the user why crypto is unavailable; every other crypto call runs it lazily through ensureInitialized().
    static Status initialize();
    // Runs initialize(); aborts the program if it failed (a library that fails its self-tests must not be
    // used).
    static void ensureInitialized();

    static QByteArray randomBytes(int n);
    // BLAKE2b (crypto_generichash); outLen between 16 and 64 bytes.
    static QByteArray hash(QByteArrayView data, int outLen = 32);
    // BLAKE2b over a message fed in parts (crypto_generichash_init/update/final): the same digest as
    // hash() of the concatenated parts.
    class Hasher final
    {
    public:
        explicit Hasher(int outLen = 32);
        ~Hasher();
        Hasher(const Hasher&) = delete;
        Hasher& operator=(const Hasher&) = delete;

        void update(QByteArrayView part);
        // Ends the message; the hasher is not used afterwards.
        QByteArray finish();

    private:
        struct State;
        std::unique_ptr<State> m_state;
        int m_outLen;
    };

    // Compares in time that depends only on the length (for MACs, keys, tokens).
    static bool constantTimeEquals(QByteArrayView a, QByteArrayView b);

private:
    static Status runSelfTests();
};
