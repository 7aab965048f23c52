#include "SecretStreamWriter.h"

#include "Crypto.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QtEndian>

#include <sodium.h>

namespace {

crypto_secretstream_xchacha20poly1305_state* stateOf(SecureBytes& bytes)
{
    return reinterpret_cast<crypto_secretstream_xchacha20poly1305_state*>(bytes.data());
}

} // namespace

SecretStreamWriter::SecretStreamWriter(const SecureBytes& key, QIODevice* out, qsizetype chunkSize)
    : m_state(sizeof(crypto_secretstream_xchacha20poly1305_state))
    , m_pendingHeader(SecretStream::HeaderBytes, Qt::Uninitialized)
    , m_out(out)
    , m_chunkSize(qBound(qsizetype(1), chunkSize, SecretStream::MaxChunkSize))
{
    Crypto::ensureInitialized();
    if (key.size() != SecretStream::KeyBytes || !out ||
        crypto_secretstream_xchacha20poly1305_init_push(
            stateOf(m_state), reinterpret_cast<unsigned char*>(m_pendingHeader.data()), key.data()) != 0)
        (void)fail();
    m_buffer.reserve(m_chunkSize);
}

Status SecretStreamWriter::write(QByteArrayView data)
{
    if (!m_error.isEmpty() || m_finished)
        return fail();
    while (!data.isEmpty()) {
        // A full chunk is held back until more data arrives, so that the last chunk can carry FINAL.
        if (m_buffer.size() == m_chunkSize) {
            if (const Status s = writeChunk(m_buffer, false); !s)
                return s;
            m_buffer.clear();
        }
        const qsizetype take = qMin(data.size(), m_chunkSize - m_buffer.size());
        m_buffer.append(data.first(take));
        data = data.sliced(take);
    }
    return {};
}

Status SecretStreamWriter::finish()
{
    if (!m_error.isEmpty() || m_finished)
        return fail();
    if (const Status s = writeChunk(m_buffer, true); !s)
        return s;
    m_buffer.clear();
    m_finished = true;
    return {};
}

Status SecretStreamWriter::writeChunk(QByteArrayView plaintext, bool final)
{
    if (!m_pendingHeader.isEmpty()) {
        if (m_out->write(m_pendingHeader) != m_pendingHeader.size())
            return fail();
        m_bytesWritten += m_pendingHeader.size();
        m_pendingHeader.clear();
    }
    const qsizetype cipherLength = plaintext.size() + SecretStream::ChunkOverhead;
    m_cipher.resize(SecretStream::LengthBytes + cipherLength);
    qToBigEndian(quint32(cipherLength), m_cipher.data());
    const unsigned char tag = final ? crypto_secretstream_xchacha20poly1305_TAG_FINAL
                                    : crypto_secretstream_xchacha20poly1305_TAG_MESSAGE;
    crypto_secretstream_xchacha20poly1305_push(
        stateOf(m_state), reinterpret_cast<unsigned char*>(m_cipher.data() + SecretStream::LengthBytes),
        nullptr, reinterpret_cast<const unsigned char*>(plaintext.data()),
        static_cast<unsigned long long>(plaintext.size()), nullptr, 0, tag);
    if (m_out->write(m_cipher) != m_cipher.size())
        return fail();
    m_bytesWritten += m_cipher.size();
    return {};
}

Status SecretStreamWriter::fail()
{
    if (m_error.isEmpty())
        m_error =
            QCoreApplication::translate("SecretStreamWriter", "The encrypted data could not be written.");
    return Status::failure(m_error);
}
