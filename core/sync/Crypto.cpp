#include "Crypto.h"

#include <QCoreApplication>

#include <sodium.h>

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

const unsigned char* bytes(const QByteArray& a)
{
    return reinterpret_cast<const unsigned char*>(a.constData());
}

Status selfTestFailed(const char* which)
{
    return Status::failure(QCoreApplication::translate(
                               "Crypto", "The encryption library failed its self-test (%1); Shouhu cannot "
                                         "protect data on this computer.")
                               .arg(QLatin1String(which)));
}

} // namespace

Status Crypto::initialize()
{
    static const Status result = [] {
        if (sodium_init() < 0)
            return Status::failure(
                QCoreApplication::translate("Crypto", "The encryption library could not be started."));
        return runSelfTests();
    }();
    return result;
}

void Crypto::ensureInitialized()
{
    const Status status = initialize();
    if (!status)
        qFatal("%s", qUtf8Printable(status.error()));
}

Status Crypto::runSelfTests()
{
    // RFC 8032 section 7.1, TEST 1: seed -> public key -> signature of the empty message.
    {
        const QByteArray seed = hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
        const QByteArray expectedPk = hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        const QByteArray expectedSig =
            hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590"
                "a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        unsigned char pk[crypto_sign_PUBLICKEYBYTES];
        unsigned char sk[crypto_sign_SECRETKEYBYTES];
        unsigned char sig[crypto_sign_BYTES];
        const bool ok = crypto_sign_seed_keypair(pk, sk, bytes(seed)) == 0 &&
                        sodium_memcmp(pk, bytes(expectedPk), sizeof pk) == 0 &&
                        crypto_sign_detached(sig, nullptr, nullptr, 0, sk) == 0 &&
                        sodium_memcmp(sig, bytes(expectedSig), sizeof sig) == 0 &&
                        crypto_sign_verify_detached(sig, nullptr, 0, pk) == 0;
        sig[0] ^= 1;
        const bool rejectsBadSignature = crypto_sign_verify_detached(sig, nullptr, 0, pk) != 0;
        sodium_memzero(sk, sizeof sk);
        if (!ok || !rejectsBadSignature)
            return selfTestFailed("Ed25519");
    }
    // RFC 7693 appendix A: BLAKE2b-512("abc").
    {
        const QByteArray expected =
            hex("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab"
                "792dc252d5de4533cc9518d38aa8dbf1925ab92386edd4009923");
        unsigned char out[64];
        if (crypto_generichash(out, sizeof out, reinterpret_cast<const unsigned char*>("abc"), 3, nullptr,
                               0) != 0 ||
            sodium_memcmp(out, bytes(expected), sizeof out) != 0)
            return selfTestFailed("BLAKE2b");
    }
    // RFC 7748 section 6.1: X25519 key agreement between Alice and Bob.
    {
        const QByteArray alicePriv = hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a");
        const QByteArray alicePub = hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
        const QByteArray bobPriv = hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb");
        const QByteArray bobPub = hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
        const QByteArray shared = hex("4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742");
        unsigned char out[crypto_scalarmult_BYTES];
        bool ok = crypto_scalarmult_base(out, bytes(alicePriv)) == 0 &&
                  sodium_memcmp(out, bytes(alicePub), 32) == 0;
        ok = ok && crypto_scalarmult_base(out, bytes(bobPriv)) == 0 &&
             sodium_memcmp(out, bytes(bobPub), 32) == 0;
        ok = ok && crypto_scalarmult(out, bytes(alicePriv), bytes(bobPub)) == 0 &&
             sodium_memcmp(out, bytes(shared), 32) == 0;
        ok = ok && crypto_scalarmult(out, bytes(bobPriv), bytes(alicePub)) == 0 &&
             sodium_memcmp(out, bytes(shared), 32) == 0;
        sodium_memzero(out, sizeof out);
        if (!ok)
            return selfTestFailed("X25519");
    }
    return {};
}

QByteArray Crypto::randomBytes(int n)
{
    ensureInitialized();
    Q_ASSERT(n >= 0);
    QByteArray out(qMax(n, 0), Qt::Uninitialized);
    randombytes_buf(out.data(), static_cast<size_t>(out.size()));
    return out;
}

QByteArray Crypto::hash(QByteArrayView data, int outLen)
{
    ensureInitialized();
    Q_ASSERT(outLen >= int(crypto_generichash_BYTES_MIN) && outLen <= int(crypto_generichash_BYTES_MAX));
    if (outLen < int(crypto_generichash_BYTES_MIN) || outLen > int(crypto_generichash_BYTES_MAX))
        return {};
    QByteArray out(outLen, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char*>(out.data()), static_cast<size_t>(outLen),
                       reinterpret_cast<const unsigned char*>(data.data()),
                       static_cast<unsigned long long>(data.size()), nullptr, 0);
    return out;
}

bool Crypto::constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    ensureInitialized();
    if (a.size() != b.size())
        return false;
    return a.isEmpty() || sodium_memcmp(a.data(), b.data(), static_cast<size_t>(a.size())) == 0;
}

struct Crypto::Hasher::State
{
    crypto_generichash_state state;
};

Crypto::Hasher::Hasher(int outLen)
    : m_state(std::make_unique<State>())
    , m_outLen(qBound(int(crypto_generichash_BYTES_MIN), outLen, int(crypto_generichash_BYTES_MAX)))
{
    ensureInitialized();
    crypto_generichash_init(&m_state->state, nullptr, 0, size_t(m_outLen));
}

Crypto::Hasher::~Hasher()
{
    sodium_memzero(&m_state->state, sizeof m_state->state);
}

void Crypto::Hasher::update(QByteArrayView part)
{
    crypto_generichash_update(&m_state->state, reinterpret_cast<const unsigned char*>(part.data()),
                              static_cast<unsigned long long>(part.size()));
}

QByteArray Crypto::Hasher::finish()
{
    QByteArray out(m_outLen, Qt::Uninitialized);
    crypto_generichash_final(&m_state->state, reinterpret_cast<unsigned char*>(out.data()), size_t(m_outLen));
    return out;
}
