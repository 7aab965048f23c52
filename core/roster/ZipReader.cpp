#include "ZipReader.h"

#include "RosterValues.h"

#include <zlib.h>

#include <algorithm>

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndRecord = 0x06054b50;
constexpr quint32 kZip64Locator = 0x07064b50;
constexpr qint64 kEndRecordSize = 22;
constexpr qint64 kCentralHeaderSize = 46;
constexpr qint64 kLocalHeaderSize = 30;

quint16 u16(const QByteArray& b, qint64 at)
{
    const auto* p = reinterpret_cast<const uchar*>(b.constData() + at);
    return quint16(p[0] | (p[1] << 8));
}

quint32 u32(const QByteArray& b, qint64 at)
{
    const auto* p = reinterpret_cast<const uchar*>(b.constData() + at);
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

QString notAZip()
{
    return ZipReader::tr("The file is not a complete XLSX (ZIP) file: it may be damaged or cut short.");
}

} // namespace

bool ZipReader::looksLikeZip(const QByteArray& bytes)
{
    return bytes.size() >= 4 && (u32(bytes, 0) == kLocalHeader || u32(bytes, 0) == kEndRecord);
}

Result<ZipReader> ZipReader::open(const QByteArray& bytes)
{
    const qint64 size = bytes.size();
    if (size < kEndRecordSize)
        return Result<ZipReader>::failure(notAZip());
    // The end record: the last signature within the comment's reach (at most 65,535 bytes of comment).
    qint64 end = -1;
    for (qint64 at = size - kEndRecordSize; at >= 0 && at >= size - kEndRecordSize - 65535; --at) {
        if (u32(bytes, at) == kEndRecord && at + kEndRecordSize + u16(bytes, at + 20) == size) {
            end = at;
            break;
        }
    }
    if (end < 0)
        return Result<ZipReader>::failure(notAZip());
    if (end >= 20 && u32(bytes, end - 20) == kZip64Locator)
        return Result<ZipReader>::failure(tr(
            "The file is a ZIP64 archive, which a roster never needs: save it again from the spreadsheet."));
    const quint16 disk = u16(bytes, end + 4);
    const quint16 cdDisk = u16(bytes, end + 6);
    const quint16 onDisk = u16(bytes, end + 8);
    const quint16 count = u16(bytes, end + 10);
    const quint32 cdSize = u32(bytes, end + 12);
    const quint32 cdOffset = u32(bytes, end + 16);
    if (count == 0xFFFF || cdSize == 0xFFFFFFFFu || cdOffset == 0xFFFFFFFFu)
        return Result<ZipReader>::failure(tr(
            "The file is a ZIP64 archive, which a roster never needs: save it again from the spreadsheet."));
    if (disk != 0 || cdDisk != 0 || onDisk != count)
        return Result<ZipReader>::failure(
            tr("The file is split over several ZIP archives; that is not read."));
    if (count > MaxEntries)
        return Result<ZipReader>::failure(
            tr("The file holds more than %1 parts: this is not a spreadsheet.").arg(MaxEntries));
    if (qint64(cdOffset) + qint64(cdSize) > end)
        return Result<ZipReader>::failure(notAZip());

    ZipReader zip(bytes);
    qint64 at = cdOffset;
    const qint64 cdEnd = qint64(cdOffset) + cdSize;
    for (int i = 0; i < count; ++i) {
        if (at + kCentralHeaderSize > cdEnd || u32(bytes, at) != kCentralHeader)
            return Result<ZipReader>::failure(notAZip());
        const quint16 flags = u16(bytes, at + 8);
        Entry e;
        e.method = u16(bytes, at + 10);
        e.crc = u32(bytes, at + 16);
        const quint32 csize = u32(bytes, at + 20);
        const quint32 usize = u32(bytes, at + 24);
        const quint16 nameLength = u16(bytes, at + 28);
        const quint16 extraLength = u16(bytes, at + 30);
        const quint16 commentLength = u16(bytes, at + 32);
        const quint32 offset = u32(bytes, at + 42);
        if (at + kCentralHeaderSize + nameLength + extraLength + commentLength > cdEnd)
            return Result<ZipReader>::failure(notAZip());
        e.name = QString::fromUtf8(bytes.constData() + at + kCentralHeaderSize, nameLength);
        if (flags & 0x0041)
            return Result<ZipReader>::failure(
                tr("The part %1 of the file is encrypted: save the spreadsheet without a password.")
                    .arg(RosterValues::shown(e.name)));
        if (csize == 0xFFFFFFFFu || usize == 0xFFFFFFFFu || offset == 0xFFFFFFFFu)
            return Result<ZipReader>::failure(tr("The file is a ZIP64 archive, which a roster never needs: "
                                                 "save it again from the spreadsheet."));
        e.compressedSize = csize;
        e.size = usize;
        e.localHeaderOffset = offset;
        if (e.localHeaderOffset + kLocalHeaderSize + e.compressedSize > cdOffset)
            return Result<ZipReader>::failure(notAZip());
        zip.m_entries.append(e);
        at += kCentralHeaderSize + nameLength + extraLength + commentLength;
    }
    return zip;
}

bool ZipReader::contains(const QString& name) const
{
    return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry& e) { return e.name == name; });
}

Result<QByteArray> ZipReader::read(const QString& name)
{
    const auto it =
        std::find_if(m_entries.cbegin(), m_entries.cend(), [&](const Entry& e) { return e.name == name; });
    if (it == m_entries.cend())
        return Result<QByteArray>::failure(
            tr("The file has no part %1: it is not an XLSX workbook.").arg(RosterValues::shown(name)));
    const Entry& e = *it;
    const auto bomb = [&] {
        return Result<QByteArray>::failure(tr("The part %1 of the file unpacks to far more data than a "
                                              "roster holds (a \"zip bomb\"): it is not "
                                              "read.")
                                               .arg(RosterValues::shown(name)));
    };
    if (e.size > MaxEntryBytes || m_inflatedTotal + e.size > MaxTotalBytes ||
        (e.size > 1024 * 1024 && e.size > e.compressedSize * MaxRatio))
        return bomb();
    const qint64 at = e.localHeaderOffset;
    if (at + kLocalHeaderSize > m_bytes.size() || u32(m_bytes, at) != kLocalHeader)
        return Result<QByteArray>::failure(notAZip());
    if (u16(m_bytes, at + 6) & 0x0041)
        return Result<QByteArray>::failure(
            tr("The part %1 of the file is encrypted: save the spreadsheet without a password.")
                .arg(RosterValues::shown(name)));
    const qint64 data = at + kLocalHeaderSize + u16(m_bytes, at + 26) + u16(m_bytes, at + 28);
    if (data + e.compressedSize > m_bytes.size())
        return Result<QByteArray>::failure(notAZip());
    const char* in = m_bytes.constData() + data;

    QByteArray out;
    if (e.method == 0) {
        if (e.compressedSize != e.size)
            return Result<QByteArray>::failure(notAZip());
        out = QByteArray(in, e.size);
    } else if (e.method == 8) {
        // Inflated into a buffer of the declared size plus one byte: more output than declared is refused
        // without ever allocating more.
        out.resize(e.size + 1);
        z_stream z{};
        if (inflateInit2(&z, -15) != Z_OK)
            return Result<QByteArray>::failure(notAZip());
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(in));
        z.avail_in = uInt(e.compressedSize);
        z.next_out = reinterpret_cast<Bytef*>(out.data());
        z.avail_out = uInt(out.size());
        const int rc = inflate(&z, Z_FINISH);
        const qint64 produced = qint64(z.total_out);
        inflateEnd(&z);
        if (produced > e.size)
            return bomb();
        if (rc != Z_STREAM_END || produced != e.size)
            return Result<QByteArray>::failure(notAZip());
        out.resize(e.size);
    } else {
        return Result<QByteArray>::failure(
            tr("The part %1 of the file is packed with a method other than deflate: save it again from the "
               "spreadsheet.")
                .arg(RosterValues::shown(name)));
    }
    if (quint32(crc32(0L, reinterpret_cast<const Bytef*>(out.constData()), uInt(out.size()))) != e.crc)
        return Result<QByteArray>::failure(notAZip());
    m_inflatedTotal += out.size();
    return out;
}
