#include "PayloadReader.h"

#include <QCoreApplication>
#include <QtEndian>

#include <zlib.h>

struct PayloadReader::Zlib
{
    z_stream z{};
};

namespace {
QString damaged()
{
    return QCoreApplication::translate("PayloadReader",
                                       "The package cannot be decrypted: its contents are damaged.");
}
} // namespace

PayloadReader::PayloadReader(const SecureBytes& key, QIODevice* in)
    : m_zlib(std::make_unique<Zlib>())
    , m_stream(key, in)
{
    inflateInit(&m_zlib->z);
}

PayloadReader::~PayloadReader()
{
    inflateEnd(&m_zlib->z);
}

bool PayloadReader::fill(qint64 n)
{
    if (m_pos > 1024 * 1024) {
        m_plain.remove(0, m_pos);
        m_pos = 0;
    }
    z_stream& z = m_zlib->z;
    while (m_plain.size() - m_pos < n && !m_inflateDone) {
        if (z.avail_in == 0) {
            if (m_stream.atEnd()) {
                m_error = damaged();
                return false;
            }
            Result<QByteArray> chunk = m_stream.readChunk();
            if (!chunk) {
                m_error = chunk.error();
                return false;
            }
            m_input = chunk.value();
            z.next_in = reinterpret_cast<Bytef*>(m_input.data());
            z.avail_in = uInt(m_input.size());
            continue;
        }
        const qsizetype before = m_plain.size();
        m_plain.resize(before + 256 * 1024);
        z.next_out = reinterpret_cast<Bytef*>(m_plain.data() + before);
        z.avail_out = 256 * 1024;
        const int rc = inflate(&z, Z_NO_FLUSH);
        m_plain.resize(m_plain.size() - qsizetype(z.avail_out));
        if (rc == Z_STREAM_END) {
            m_inflateDone = true;
            // Nothing may follow the compressed stream, and the encrypted stream must end with it.
            if (z.avail_in != 0) {
                m_error = damaged();
                return false;
            }
            while (!m_stream.atEnd()) {
                Result<QByteArray> more = m_stream.readChunk();
                if (!more) {
                    m_error = more.error();
                    return false;
                }
                if (!more->isEmpty()) {
                    m_error = damaged();
                    return false;
                }
            }
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            m_error = damaged();
            return false;
        }
    }
    return true;
}

Result<QByteArray> PayloadReader::next()
{
    if (!m_error.isEmpty())
        return Result<QByteArray>::failure(m_error);
    if (!fill(4))
        return Result<QByteArray>::failure(m_error);
    const qint64 available = m_plain.size() - m_pos;
    if (available == 0)
        return QByteArray();
    if (available < 4)
        return Result<QByteArray>::failure(m_error = damaged());
    const quint32 length = qFromBigEndian<quint32>(m_plain.constData() + m_pos);
    if (length == 0 || length > MaxItemBytes)
        return Result<QByteArray>::failure(m_error = damaged());
    if (!fill(4 + qint64(length)))
        return Result<QByteArray>::failure(m_error);
    if (m_plain.size() - m_pos < 4 + qint64(length))
        return Result<QByteArray>::failure(m_error = damaged());
    QByteArray item = m_plain.mid(m_pos + 4, length);
    m_pos += 4 + length;
    return item;
}
