#pragma once

#include "Result.h"
#include "SecretStreamWriter.h"

#include <QByteArray>

#include <memory>

class QIODevice;

// Writes the payload of a sync package: a sequence of CBOR items, each framed by its length (4 bytes, big
// endian), deflated with zlib as one stream in pieces, then encrypted with XChaCha20-Poly1305 secretstream.
// Nothing is held in memory beyond one piece.
class PayloadWriter final
{
public:
    PayloadWriter(const SecureBytes& key, QIODevice* out);
    ~PayloadWriter();
    PayloadWriter(const PayloadWriter&) = delete;
    PayloadWriter& operator=(const PayloadWriter&) = delete;

    // One encoded CBOR data item.
    Status write(const QByteArray& cborItem);
    Status finish();
    qint64 items() const { return m_items; }

private:
    Status deflateSome(int flush);

    struct Zlib;
    std::unique_ptr<Zlib> m_zlib;
    SecretStreamWriter m_stream;
    QByteArray m_out;
    qint64 m_items = 0;
};
