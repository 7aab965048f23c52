#pragma once

#include "Result.h"
#include "SecretStreamReader.h"

#include <QByteArray>

#include <limits>
#include <memory>

class QIODevice;

// Reads what PayloadWriter wrote: decrypts chunk by chunk, inflates, and hands out one framed CBOR item at
// a time. A cut, altered or over-long stream is refused.
class PayloadReader final
{
public:
    // No item is larger (the largest record, an attachment, is under 2 MiB).
    static constexpr qint64 MaxItemBytes = 2 * 1024 * 1024;

    PayloadReader(const SecureBytes& key, QIODevice* in);
    ~PayloadReader();
    PayloadReader(const PayloadReader&) = delete;
    PayloadReader& operator=(const PayloadReader&) = delete;

    // At most this many decompressed bytes are read (default: no limit); beyond it next() refuses.
    void setBudget(qint64 bytes) { m_budget = bytes; }
    // The next item; an empty array when the payload ended cleanly.
    Result<QByteArray> next();

private:
    // Makes at least n plaintext bytes available unless the stream ends; false on an error.
    bool fill(qint64 n);

    struct Zlib;
    std::unique_ptr<Zlib> m_zlib;
    SecretStreamReader m_stream;
    QByteArray m_plain;
    qint64 m_pos = 0;
    QByteArray m_input;
    bool m_inflateDone = false;
    qint64 m_inflated = 0;
    qint64 m_budget = std::numeric_limits<qint64>::max();
    QString m_error;
};
