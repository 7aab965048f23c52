#include "SecretStream.h"

#include "Crypto.h"

#include <sodium.h>

static_assert(SecretStream::KeyBytes == crypto_secretstream_xchacha20poly1305_KEYBYTES);
static_assert(SecretStream::HeaderBytes == crypto_secretstream_xchacha20poly1305_HEADERBYTES);
static_assert(SecretStream::ChunkOverhead == crypto_secretstream_xchacha20poly1305_ABYTES);

SecureBytes SecretStream::generateKey()
{
    Crypto::ensureInitialized();
    SecureBytes key(KeyBytes);
    crypto_secretstream_xchacha20poly1305_keygen(key.data());
    return key;
}
