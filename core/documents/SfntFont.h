#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>

// An OpenType (sfnt) font as a set of tables, assembled into a font file in memory: enough to derive the
// document face from an installed font (DocumentFonts) without a font library. Tables are the raw bytes of
// the OpenType specification; only `cmap` and `name` are read and written here.
class SfntFont final
{
public:
    // Unicode code point → glyph id.
    using CharMap = QMap<char32_t, quint16>;

    // The tag of four characters (`name` holds at least four).
    static quint32 tag(const char* name)
    {
        return quint32(uchar(name[0])) << 24 | quint32(uchar(name[1])) << 16 | quint32(uchar(name[2])) << 8 |
               quint32(uchar(name[3]));
    }

    void setTable(quint32 tag, const QByteArray& data);
    void removeTable(quint32 tag);
    QByteArray table(quint32 tag) const { return m_tables.value(tag); }
    bool hasTable(quint32 tag) const { return m_tables.contains(tag); }
    // The font file: the table directory sorted by tag, each table 4-byte aligned with its checksum, and
    // head.checkSumAdjustment set. The version is 'OTTO' when there is a CFF table, else 1.0 (TrueType).
    QByteArray toBytes() const;

    // The Unicode mapping of a cmap table: its format 12 subtable (platform 3 encoding 10, or platform 0),
    // else its format 4 subtable (platform 3 encoding 1, or platform 0). Empty when there is none or the
    // table is damaged.
    static CharMap readCharMap(const QByteArray& cmap);
    // A cmap table with one format 12 subtable for `map`, named for platform 0 encoding 4 and platform 3
    // encoding 10.
    static QByteArray charMapTable(const CharMap& map);
    // The name table's string `nameId` (Windows platform, US English, else the first Windows one).
    static QString readName(const QByteArray& name, quint16 nameId);
    // `original`'s Windows-platform US English names with the naming ones (family, style, full and
    // PostScript names, unique id, typographic family and style) replaced by these.
    static QByteArray nameTable(const QByteArray& original, const QString& family, const QString& style,
                                const QString& postscriptName);

private:
    QMap<quint32, QByteArray> m_tables;
};
