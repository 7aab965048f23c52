#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

// A small, bounded reader of ZIP archives held in memory (an XLSX file is one), over zlib: the central
// directory, then stored and deflated entries (raw deflate, inflateInit2 with -15). Everything in the file is
// hostile input: every offset and size is checked against the bytes there are, every entry against
// MaxEntryBytes and all of them together against MaxTotalBytes while they are inflated (a zip bomb stops at
// the limit, whatever its headers say), and the CRC-32 is checked. Encrypted entries, ZIP64 archives,
// archives split over several disks and compression methods other than stored and deflate are refused with
// one sentence. (Not QuaZip: its minizip symbols clash with libxlsxwriter's in one process, see
// docs/roster.md.)
class ZipReader final
{
    Q_DECLARE_TR_FUNCTIONS(ZipReader)

public:
    static constexpr qint64 MaxEntryBytes = 64LL * 1024 * 1024;
    static constexpr qint64 MaxTotalBytes = 160LL * 1024 * 1024;
    static constexpr int MaxEntries = 10000;
    // An entry inflating to more than this many times its compressed size (and to more than 1 MB) is a bomb.
    static constexpr qint64 MaxRatio = 200;

    struct Entry
    {
        QString name;
        int method = 0;
        quint32 crc = 0;
        qint64 compressedSize = 0;
        qint64 size = 0;
        qint64 localHeaderOffset = 0;
    };

    // Reads the central directory of the archive in `bytes` (kept, not copied).
    static Result<ZipReader> open(const QByteArray& bytes);

    const QList<Entry>& entries() const { return m_entries; }
    bool contains(const QString& name) const;
    // The inflated bytes of an entry; a refusal names the entry.
    Result<QByteArray> read(const QString& name);

    // The first bytes of a ZIP archive (a local file header, or the end record of an empty archive).
    static bool looksLikeZip(const QByteArray& bytes);

private:
    explicit ZipReader(const QByteArray& bytes)
        : m_bytes(bytes)
    {}

    QByteArray m_bytes;
    QList<Entry> m_entries;
    qint64 m_inflatedTotal = 0;
};
