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
                                       "The package's contents are damaged: they do not follow the package "
                                       "format. Ask the sender to export it again.");
}

QString oversized()
{
    return QCoreApplication::translate("PayloadReader",
                                       "The package was refused: its contents are larger than its header "
                                       "announces.");
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
                // The signature held, so the sender wrote a stream that is not what the format says.
                m_error = damaged();
                return false;
            }
            m_input = chunk.value();
            z.next_in = reinterpret_cast<Bytef*>(m_input.data());
            z.avail_in = uInt(m_input.size());
            continue;
        }
        // Inflating stops at the budget: a small file cannot swell into gigabytes.
        if (m_inflated > m_budget) {
            m_error = oversized();
            return false;
        }
        const qsizetype before = m_plain.size();
        m_plain.resize(before + 256 * 1024);
        z.next_out = reinterpret_cast<Bytef*>(m_plain.data() + before);
        z.avail_out = 256 * 1024;
        const int rc = inflate(&z, Z_NO_FLUSH);
        m_plain.resize(m_plain.size() - qsizetype(z.avail_out));
        m_inflated += m_plain.size() - before;
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
                    m_error = damaged();
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
