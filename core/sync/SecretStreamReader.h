#pragma once

#include "Result.h"
#include "SecretStream.h"
#include "SecureBytes.h"

#include <QByteArray>
#include <QString>

class QIODevice;

// Decrypts, chunk by chunk, what SecretStreamWriter wrote (see SecretStream.h for the format).
// Refuses, each with its own sentence, a stream that is cut short (no FINAL chunk), altered or encrypted
// with another key (authentication fails), or followed by extra bytes. Plaintext of a chunk is handed out
// only after that chunk authenticated; a caller must still treat everything as unconfirmed until atEnd().
// The device must deliver its bytes synchronously (a file or a buffer). After a failure every further
// call returns the same failure.
class SecretStreamReader final
{
public:
    SecretStreamReader(const SecureBytes& key, QIODevice* in);

    // The next chunk of plaintext (possibly empty). After the FINAL chunk, atEnd() is true.
    Result<QByteArray> readChunk();
    bool atEnd() const { return m_finished; }

    // Reads and decrypts a whole (small enough) stream.
    static Result<QByteArray> readAll(const SecureBytes& key, QIODevice* in);

private:
    enum class Problem
    {
        Truncated,
        Damaged,
        Trailing,
        Unreadable
    };
    Result<QByteArray> fail(Problem problem);
    // Reads exactly n bytes unless the device ends first; -1 on a read error.
    qint64 readExactly(char* into, qint64 n);

    SecureBytes m_state;
    SecureBytes m_key;
    QIODevice* m_in;
    bool m_started = false;
    bool m_finished = false;
    QString m_error;
};
