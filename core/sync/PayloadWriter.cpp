#include "PayloadWriter.h"

#include <QCoreApplication>
#include <QtEndian>

#include <zlib.h>

struct PayloadWriter::Zlib
{
    z_stream z{};
};

namespace {
constexpr int kPiece = 64 * 1024;
}

PayloadWriter::PayloadWriter(const SecureBytes& key, QIODevice* out)
    : m_zlib(std::make_unique<Zlib>())
    , m_stream(key, out)
{
    deflateInit(&m_zlib->z, 9);
    m_out.resize(kPiece);
}

PayloadWriter::~PayloadWriter()
{
    deflateEnd(&m_zlib->z);
}

Status PayloadWriter::deflateSome(int flush)
{
    z_stream& z = m_zlib->z;
    for (;;) {
        z.next_out = reinterpret_cast<Bytef*>(m_out.data());
        z.avail_out = uInt(m_out.size());
        const int rc = deflate(&z, flush);
        if (rc == Z_STREAM_ERROR)
            return Status::failure(
                QCoreApplication::translate("PayloadWriter", "Compressing the package failed."));
        const qsizetype produced = m_out.size() - qsizetype(z.avail_out);
        if (produced > 0) {
            if (Status s = m_stream.write(QByteArrayView(m_out).first(produced)); !s)
                return s;
        }
        if (flush == Z_FINISH ? rc == Z_STREAM_END : (z.avail_in == 0 && z.avail_out != 0))
            return {};
    }
}

Status PayloadWriter::write(const QByteArray& cborItem)
{
    uchar length[4];
    qToBigEndian<quint32>(quint32(cborItem.size()), length);
    z_stream& z = m_zlib->z;
    z.next_in = length;
    z.avail_in = 4;
    if (Status s = deflateSome(Z_NO_FLUSH); !s)
        return s;
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(cborItem.constData()));
    z.avail_in = uInt(cborItem.size());
    ++m_items;
    return deflateSome(Z_NO_FLUSH);
}

Status PayloadWriter::finish()
{
    m_zlib->z.avail_in = 0;
    if (Status s = deflateSome(Z_FINISH); !s)
        return s;
    return m_stream.finish();
}
