#include "BoundedDevice.h"

BoundedDevice::BoundedDevice(QIODevice* inner, qint64 offset, qint64 length)
    : m_inner(inner)
    , m_length(length)
    , m_remaining(length)
{
    m_inner->seek(offset);
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

qint64 BoundedDevice::readData(char* data, qint64 maxSize)
{
    if (m_remaining <= 0)
        return 0;
    const qint64 n = m_inner->read(data, qMin(maxSize, m_remaining));
    if (n < 0)
        return -1;
    if (m_hasher)
        m_hasher->update(QByteArrayView(data, n));
    m_remaining -= n; // 0 when the file ended early: the reader then sees a truncated stream
    return n;
}
