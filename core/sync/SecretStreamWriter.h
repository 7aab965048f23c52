#pragma once

#include "Result.h"
#include "SecretStream.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

class QIODevice;

// Encrypts a stream of bytes of any length to a QIODevice in chunks (see SecretStream.h for the format).
// Data is buffered up to one chunk; the header goes out with the first chunk, and finish() writes the last
// chunk with the FINAL tag. A stream that was never finished is refused by SecretStreamReader as truncated.
// After a failure every further call returns the same failure.
class SecretStreamWriter final
{
public:
    SecretStreamWriter(const SecureBytes& key, QIODevice* out,
                       qsizetype chunkSize = SecretStream::DefaultChunkSize);

    Status write(QByteArrayView data);
    Status finish();
    qint64 bytesWritten() const { return m_bytesWritten; }

private:
    Status writeChunk(QByteArrayView plaintext, bool final);
    Status fail();

    SecureBytes m_state;
    QByteArray m_pendingHeader;
    QIODevice* m_out;
    qsizetype m_chunkSize;
    QByteArray m_buffer;
    QByteArray m_cipher;
    qint64 m_bytesWritten = 0;
    bool m_finished = false;
    QString m_error;
};
