#include "SfntFont.h"

#include <QtEndian>

#include <algorithm>

namespace {
// Big-endian reads that answer 0 past the end, so that a damaged table yields nothing rather than a crash;
// `ok` turns false when a read falls outside.
struct Reader
{
    const QByteArray& data;
    bool ok = true;

    quint16 u16(qint64 at)
    {
        if (at < 0 || at + 2 > data.size()) {
            ok = false;
            return 0;
        }
        return qFromBigEndian<quint16>(data.constData() + at);
    }
    quint32 u32(qint64 at)
    {
        if (at < 0 || at + 4 > data.size()) {
            ok = false;
            return 0;
        }
        return qFromBigEndian<quint32>(data.constData() + at);
    }
};

void put16(QByteArray& out, quint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}

void put32(QByteArray& out, quint32 v)
{
    char b[4];
    qToBigEndian(v, b);
    out.append(b, 4);
}

quint32 checksum(const char* data, qint64 size)
{
    quint32 sum = 0;
    qint64 i = 0;
    for (; i + 4 <= size; i += 4)
        sum += qFromBigEndian<quint32>(data + i);
    if (i < size) {
        char last[4] = {0, 0, 0, 0};
        std::copy(data + i, data + size, last);
        sum += qFromBigEndian<quint32>(last);
    }
    return sum;
}

bool isUnicode(quint16 platform, quint16 encoding)
{
    return platform == 0 || (platform == 3 && (encoding == 1 || encoding == 10));
}

SfntFont::CharMap readFormat12(Reader& r, qint64 at)
{
    SfntFont::CharMap map;
    const quint32 groups = r.u32(at + 12);
    if (!r.ok || qint64(groups) * 12 + 16 > r.data.size() - at)
        return {};
    for (quint32 i = 0; i < groups; ++i) {
        const qint64 g = at + 16 + qint64(i) * 12;
        const quint32 first = r.u32(g);
        const quint32 last = std::min<quint32>(r.u32(g + 4), 0x10FFFF);
        const quint32 glyph = r.u32(g + 8);
        for (quint32 c = first; c <= last && c >= first; ++c) {
            const quint32 id = glyph + (c - first);
            if (id > 0 && id <= 0xFFFF)
                map.insert(char32_t(c), quint16(id));
        }
    }
    return r.ok ? map : SfntFont::CharMap();
}

SfntFont::CharMap readFormat4(Reader& r, qint64 at)
{
    SfntFont::CharMap map;
    const int segments = r.u16(at + 6) / 2;
    const qint64 ends = at + 14;
    const qint64 starts = ends + 2 * segments + 2;
    const qint64 deltas = starts + 2 * segments;
    const qint64 rangeOffsets = deltas + 2 * segments;
    for (int i = 0; i < segments && r.ok; ++i) {
        const quint16 end = r.u16(ends + 2 * i);
        const quint16 start = r.u16(starts + 2 * i);
        const quint16 delta = r.u16(deltas + 2 * i);
        const quint16 rangeOffset = r.u16(rangeOffsets + 2 * i);
        for (quint32 c = start; c <= end && c != 0xFFFF; ++c) {
            quint16 glyph;
            if (rangeOffset == 0) {
                glyph = quint16(c + delta);
            } else {
                glyph = r.u16(rangeOffsets + 2 * i + rangeOffset + 2 * (c - start));
                if (glyph != 0)
                    glyph = quint16(glyph + delta);
            }
            if (glyph != 0)
                map.insert(char32_t(c), glyph);
        }
    }
    return r.ok ? map : SfntFont::CharMap();
}

// The name records of the Windows platform (Unicode BMP, US English first): name id → text.
QMap<quint16, QString> windowsNames(const QByteArray& name)
{
    Reader r{name};
    QMap<quint16, QString> english;
    QMap<quint16, QString> other;
    const quint16 count = r.u16(2);
    const quint16 strings = r.u16(4);
    for (int i = 0; i < count && r.ok; ++i) {
        const qint64 rec = 6 + 12 * i;
        const quint16 platform = r.u16(rec);
        const quint16 encoding = r.u16(rec + 2);
        const quint16 language = r.u16(rec + 4);
        const quint16 id = r.u16(rec + 6);
        const quint16 length = r.u16(rec + 8);
        const qint64 offset = qint64(strings) + r.u16(rec + 10);
        if (!r.ok || platform != 3 || (encoding != 1 && encoding != 10) || offset + length > name.size())
            continue;
        QString text;
        for (int k = 0; k + 1 < length; k += 2)
            text += QChar(r.u16(offset + k));
        if (language == 0x0409)
            english.insert(id, text);
        else if (!other.contains(id))
            other.insert(id, text);
    }
    for (auto it = other.cbegin(); it != other.cend(); ++it) {
        if (!english.contains(it.key()))
            english.insert(it.key(), it.value());
    }
    return english;
}
} // namespace

void SfntFont::setTable(quint32 tag, const QByteArray& data)
{
    m_tables.insert(tag, data);
}

void SfntFont::removeTable(quint32 tag)
{
    m_tables.remove(tag);
}

QByteArray SfntFont::toBytes() const
{
    const int count = int(m_tables.size());
    int power = 1;
    int log2 = 0;
    while (power * 2 <= count) {
        power *= 2;
        ++log2;
    }
    qint64 size = 12 + 16 * count;
    for (const QByteArray& t : m_tables)
        size += (t.size() + 3) & ~qint64(3);
    QByteArray out;
    out.reserve(size);
    put32(out, m_tables.contains(tag("CFF ")) || m_tables.contains(tag("CFF2")) ? tag("OTTO") : 0x00010000);
    put16(out, quint16(count));
    put16(out, quint16(power * 16));
    put16(out, quint16(log2));
    put16(out, quint16(count * 16 - power * 16));
    qint64 offset = 12 + 16 * count;
    qint64 headAt = -1;
    QList<QByteArray> bodies;
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) { // QMap: sorted by tag
        QByteArray body = it.value();
        if (it.key() == tag("head") && body.size() >= 12) {
            std::fill(body.begin() + 8, body.begin() + 12, '\0'); // checkSumAdjustment, set below
            headAt = offset;
        }
        put32(out, it.key());
        put32(out, checksum(body.constData(), body.size()));
        put32(out, quint32(offset));
        put32(out, quint32(body.size()));
        offset += (body.size() + 3) & ~qint64(3);
        bodies << body;
    }
    for (const QByteArray& body : std::as_const(bodies)) {
        out.append(body);
        out.append((4 - body.size() % 4) % 4, '\0');
    }
    if (headAt >= 0) {
        const quint32 adjustment = 0xB1B0AFBA - checksum(out.constData(), out.size());
        qToBigEndian(adjustment, out.data() + headAt + 8);
    }
    return out;
}

SfntFont::CharMap SfntFont::readCharMap(const QByteArray& cmap)
{
    Reader r{cmap};
    const quint16 count = r.u16(2);
    qint64 format12 = -1;
    qint64 format4 = -1;
    for (int i = 0; i < count && r.ok; ++i) {
        const quint16 platform = r.u16(4 + 8 * i);
        const quint16 encoding = r.u16(6 + 8 * i);
        const qint64 at = r.u32(8 + 8 * i);
        if (!isUnicode(platform, encoding))
            continue;
        const quint16 format = r.u16(at);
        if (format == 12 && format12 < 0)
            format12 = at;
        else if (format == 4 && format4 < 0)
            format4 = at;
    }
    if (!r.ok)
        return {};
    if (format12 >= 0)
        return readFormat12(r, format12);
    if (format4 >= 0)
        return readFormat4(r, format4);
    return {};
}

QByteArray SfntFont::charMapTable(const CharMap& map)
{
    struct Group
    {
        quint32 first, last, glyph;
    };
    QList<Group> groups;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        const quint32 c = quint32(it.key());
        if (!groups.isEmpty() && groups.last().last + 1 == c &&
            groups.last().glyph + (c - groups.last().first) == it.value())
            groups.last().last = c;
        else
            groups.append({c, c, it.value()});
    }
    QByteArray out;
    // One subtable named twice: Unicode platform (without it FreeType makes up a Unicode map of its own
    // from a CFF font's glyph names, and Qt would use that one) and Windows.
    put16(out, 0); // version
    put16(out, 2); // encoding records
    put16(out, 0); // Unicode platform
    put16(out, 4); // full repertoire
    put32(out, 20);
    put16(out, 3);  // Windows
    put16(out, 10); // Unicode, full repertoire
    put32(out, 20);
    put16(out, 12); // format 12
    put16(out, 0);
    put32(out, quint32(16 + 12 * groups.size()));
    put32(out, 0); // language
    put32(out, quint32(groups.size()));
    for (const Group& g : std::as_const(groups)) {
        put32(out, g.first);
        put32(out, g.last);
        put32(out, g.glyph);
    }
    return out;
}

QString SfntFont::readName(const QByteArray& name, quint16 nameId)
{
    return windowsNames(name).value(nameId);
}

QByteArray SfntFont::nameTable(const QByteArray& original, const QString& family, const QString& style,
                               const QString& postscriptName)
{
    QMap<quint16, QString> names = windowsNames(original);
    for (quint16 id : {1, 2, 3, 4, 6, 16, 17, 18, 20, 21, 22, 25})
        names.remove(id);
    names.insert(1, family);
    names.insert(2, style);
    names.insert(3, QStringLiteral("Shouhu:") + postscriptName);
    names.insert(4, family + QLatin1Char(' ') + style);
    names.insert(6, postscriptName);
    QByteArray strings;
    QByteArray out;
    put16(out, 0); // format 0
    put16(out, quint16(names.size()));
    put16(out, quint16(6 + 12 * names.size()));
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        QByteArray text;
        for (QChar c : it.value())
            put16(text, c.unicode());
        text.truncate(0xFFFF & ~1);
        put16(out, 3);      // Windows
        put16(out, 1);      // Unicode BMP
        put16(out, 0x0409); // US English
        put16(out, it.key());
        put16(out, quint16(text.size()));
        put16(out, quint16(strings.size()));
        strings.append(text);
    }
    out.append(strings);
    return out;
}
