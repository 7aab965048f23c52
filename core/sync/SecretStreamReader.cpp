#include "SecretStreamReader.h"

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

SecretStreamReader::SecretStreamReader(const SecureBytes& key, QIODevice* in)
    : m_state(sizeof(crypto_secretstream_xchacha20poly1305_state))
    , m_key(key.clone())
    , m_in(in)
{
    Crypto::ensureInitialized();
}

Result<QByteArray> SecretStreamReader::readChunk()
{
    if (!m_error.isEmpty())
        return Result<QByteArray>::failure(m_error);
    if (m_finished)
        return QByteArray();
    if (!m_in || (!m_started && m_key.size() != SecretStream::KeyBytes))
        return fail(Problem::Damaged);

    if (!m_started) {
        unsigned char header[SecretStream::HeaderBytes];
        const qint64 got = readExactly(reinterpret_cast<char*>(header), sizeof header);
        if (got < 0)
            return fail(Problem::Unreadable);
        if (got < qint64(sizeof header))
            return fail(Problem::Truncated);
        if (crypto_secretstream_xchacha20poly1305_init_pull(stateOf(m_state), header, m_key.data()) != 0)
            return fail(Problem::Damaged);
        m_key = SecureBytes();
        m_started = true;
    }

    char lengthBytes[SecretStream::LengthBytes];
    const qint64 gotLength = readExactly(lengthBytes, sizeof lengthBytes);
    if (gotLength < 0)
        return fail(Problem::Unreadable);
    if (gotLength < qint64(sizeof lengthBytes))
        return fail(Problem::Truncated); // includes a stream cut exactly at a chunk boundary before FINAL
    const quint32 cipherLength = qFromBigEndian<quint32>(lengthBytes);
    if (cipherLength < quint32(SecretStream::ChunkOverhead) ||
        cipherLength > quint32(SecretStream::MaxChunkSize + SecretStream::ChunkOverhead))
        return fail(Problem::Damaged);

    QByteArray cipher(qsizetype(cipherLength), Qt::Uninitialized);
    const qint64 got = readExactly(cipher.data(), cipher.size());
    if (got < 0)
        return fail(Problem::Unreadable);
    if (got < cipher.size())
        return fail(Problem::Truncated);

    QByteArray plain(cipher.size() - SecretStream::ChunkOverhead, Qt::Uninitialized);
    unsigned char tag = 0;
    if (crypto_secretstream_xchacha20poly1305_pull(
            stateOf(m_state), reinterpret_cast<unsigned char*>(plain.data()), nullptr, &tag,
            reinterpret_cast<const unsigned char*>(cipher.constData()),
            static_cast<unsigned long long>(cipher.size()), nullptr, 0) != 0)
        return fail(Problem::Damaged);

    if (tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL) {
        char extra;
        const qint64 more = m_in->read(&extra, 1);
        if (more < 0)
            return fail(Problem::Unreadable);
        if (more > 0)
            return fail(Problem::Trailing);
        m_finished = true;
    } else if (tag != crypto_secretstream_xchacha20poly1305_TAG_MESSAGE) {
        return fail(Problem::Damaged); // our writer uses no other tags
    }
    return plain;
}

Result<QByteArray> SecretStreamReader::readAll(const SecureBytes& key, QIODevice* in)
{
    SecretStreamReader reader(key, in);
    QByteArray all;
    while (!reader.atEnd()) {
        Result<QByteArray> chunk = reader.readChunk();
        if (!chunk)
            return chunk;
        all.append(*chunk);
    }
    return all;
}

Result<QByteArray> SecretStreamReader::fail(Problem problem)
{
    switch (problem) {
    case Problem::Truncated:
        m_error = QCoreApplication::translate("SecretStreamReader",
                                              "The encrypted data ends too early: the file is incomplete.");
        break;
    case Problem::Damaged:
        m_error = QCoreApplication::translate(
            "SecretStreamReader",
            "The encrypted data has been damaged or altered, or it was not encrypted with this key.");
        break;
    case Problem::Trailing:
        m_error = QCoreApplication::translate("SecretStreamReader",
                                              "The encrypted data is followed by unexpected extra bytes.");
        break;
    case Problem::Unreadable:
        m_error = QCoreApplication::translate("SecretStreamReader", "The encrypted data could not be read.");
        break;
    }
    return Result<QByteArray>::failure(m_error);
}

qint64 SecretStreamReader::readExactly(char* into, qint64 n)
{
    qint64 total = 0;
    while (total < n) {
        const qint64 got = m_in->read(into + total, n - total);
        if (got < 0)
            return -1;
        if (got == 0)
            break;
        total += got;
    }
    return total;
}
