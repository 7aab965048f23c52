#pragma once

#include "SecureBytes.h"

#include <QtGlobal>

// XChaCha20-Poly1305 secretstream (libsodium crypto_secretstream_xchacha20poly1305), used for the payload
// of a sync package. Format written by SecretStreamWriter and read by SecretStreamReader:
//   24-byte stream header, then chunks, each as a 4-byte big-endian length L followed by L bytes of
//   ciphertext (plaintext + 17 bytes of tag and MAC). The last chunk carries the FINAL tag; nothing may
//   follow it. Chunk boundaries and order are authenticated, so cutting, reordering, altering or
//   appending is detected.
class SecretStream final
{
public:
    static constexpr qsizetype KeyBytes = 32;
    static constexpr qsizetype HeaderBytes = 24;
    static constexpr qsizetype ChunkOverhead = 17;
    static constexpr qsizetype LengthBytes = 4;
    static constexpr qsizetype DefaultChunkSize = 64 * 1024;
    // Readers refuse a chunk that claims to be larger than this (a damaged length must not allocate GBs).
    static constexpr qsizetype MaxChunkSize = 16 * 1024 * 1024;

    static SecureBytes generateKey();
};
