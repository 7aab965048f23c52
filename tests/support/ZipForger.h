#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QtEndian>

#include <zlib.h>

// Writes small ZIP archives for the roster reader's tests: honest ones (stored or deflated entries, an XLSX
// made by hand) and broken ones (headers that lie about sizes, the encryption flag, a ZIP64 end record).
// moc does not read this (its tokenizer trips over the raw strings' quotes).
#ifndef Q_MOC_RUN
namespace ZipForger {

struct Entry
{
    QString name;
    QByteArray data;
    bool deflate = true;
    quint16 flags = 0;
    qint64 declaredSize = -1; // the uncompressed size the headers claim; -1: the true one
};

inline QByteArray rawDeflate(const QByteArray& data)
{
    z_stream z{};
    deflateInit2(&z, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))), '\0');
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(int(z.total_out));
    deflateEnd(&z);
    return out;
}

inline void put16(QByteArray& b, quint32 v)
{
    const quint16 le = qToLittleEndian(quint16(v));
    b.append(reinterpret_cast<const char*>(&le), 2);
}

inline void put32(QByteArray& b, quint32 v)
{
    const quint32 le = qToLittleEndian(v);
    b.append(reinterpret_cast<const char*>(&le), 4);
}

inline QByteArray zip(const QList<Entry>& entries, bool zip64Locator = false)
{
    QByteArray out;
    QByteArray central;
    for (const Entry& e : entries) {
        const QByteArray name = e.name.toUtf8();
        const QByteArray packed = e.deflate ? rawDeflate(e.data) : e.data;
        const quint32 crc =
            quint32(crc32(0L, reinterpret_cast<const Bytef*>(e.data.constData()), uInt(e.data.size())));
        const quint32 size = quint32(e.declaredSize >= 0 ? e.declaredSize : e.data.size());
        const quint32 offset = quint32(out.size());
        put32(out, 0x04034b50);
        put16(out, 20);
        put16(out, e.flags);
        put16(out, e.deflate ? 8 : 0);
        put16(out, 0);
        put16(out, 0);
        put32(out, crc);
        put32(out, quint32(packed.size()));
        put32(out, size);
        put16(out, quint32(name.size()));
        put16(out, 0);
        out += name;
        out += packed;

        put32(central, 0x02014b50);
        put16(central, 20);
        put16(central, 20);
        put16(central, e.flags);
        put16(central, e.deflate ? 8 : 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, crc);
        put32(central, quint32(packed.size()));
        put32(central, size);
        put16(central, quint32(name.size()));
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put16(central, 0);
        put32(central, 0);
        put32(central, offset);
        central += name;
    }
    const quint32 cdOffset = quint32(out.size());
    out += central;
    if (zip64Locator) {
        put32(out, 0x07064b50);
        put32(out, 0);
        put32(out, 0);
        put32(out, 0);
        put32(out, 1);
    }
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(entries.size()));
    put16(out, quint32(entries.size()));
    put32(out, quint32(central.size()));
    put32(out, cdOffset);
    put16(out, 0);
    return out;
}

// A one-sheet workbook: the sheet's XML (inside <sheetData>), and optionally shared strings and styles.
inline QByteArray xlsx(const QByteArray& sheetData, const QByteArray& sharedStrings = {},
                       const QByteArray& styles = {})
{
    QList<Entry> entries{
        {QStringLiteral("[Content_Types].xml"),
         R"(<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>)"},
        {QStringLiteral("xl/workbook.xml"),
         R"(<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="花名册" sheetId="1" r:id="rId7"/></sheets></workbook>)"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         R"(<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/roster.xml"/></Relationships>)"},
        {QStringLiteral("xl/worksheets/roster.xml"),
         R"(<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>)" +
             sheetData + "</sheetData></worksheet>"},
    };
    if (!sharedStrings.isEmpty())
        entries.append(
            {QStringLiteral("xl/sharedStrings.xml"),
             R"(<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" +
                 sharedStrings + "</sst>"});
    if (!styles.isEmpty())
        entries.append(
            {QStringLiteral("xl/styles.xml"),
             R"(<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">)" +
                 styles + "</styleSheet>"});
    return zip(entries);
}

} // namespace ZipForger
#endif
