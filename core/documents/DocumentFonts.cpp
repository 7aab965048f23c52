#include "DocumentFonts.h"

#include <QFont>
#include <QFontDatabase>
#include <QHash>
#include <QRawFont>

namespace {
const char* const kFamily = "Shouhu Noto Serif SC";

// The installed faces a document face is derived from, best first.
QStringList sources()
{
    return {QStringLiteral("Noto Serif CJK SC"), QStringLiteral("Source Han Serif SC"),
            QStringLiteral("SimSun")};
}

// Every table a CFF or TrueType outline font may need to be laid out, drawn and embedded; GSUB is left
// out on purpose (see DocumentFonts.h).
const char* const kTables[] = {"BASE", "CFF ", "CFF2", "GDEF", "GPOS", "OS/2", "VORG", "cmap", "head",
                               "hhea", "hmtx", "maxp", "name", "post", "vhea", "vmtx", "glyf", "loca",
                               "cvt ", "fpgm", "prep", "gasp", "hdmx", "kern", "EBDT", "EBLC", "EBSC"};

QString prepare()
{
    for (const QString& source : sources()) {
        bool any = false;
        for (const QFont::Weight weight : {QFont::Normal, QFont::Bold}) {
            QFont font(source);
            font.setPixelSize(12);
            font.setWeight(weight);
            const QRawFont raw = QRawFont::fromFont(font);
            // The font database answers with a substitute when the family is not installed, and with the
            // regular face when there is no bold one (Qt then makes the bold itself).
            if (!raw.isValid() || raw.familyName() != source || (weight == QFont::Bold && raw.weight() < 600))
                continue;
            const QString style = weight == QFont::Bold ? QStringLiteral("Bold") : QStringLiteral("Regular");
            const QByteArray face = DocumentFonts::derive(raw, QLatin1String(kFamily), style);
            if (!face.isEmpty() && QFontDatabase::addApplicationFontFromData(face) >= 0)
                any = true;
        }
        if (any)
            return QLatin1String(kFamily);
    }
    return {};
}
} // namespace

QString DocumentFonts::preparedFamily()
{
    static const QString family = prepare(); // once per process, thread-safe
    return family;
}

QStringList DocumentFonts::families()
{
    QStringList families = sources();
    families << QStringLiteral("Noto Sans CJK SC");
    const QString prepared = preparedFamily();
    if (!prepared.isEmpty())
        families.prepend(prepared);
    return families;
}

bool DocumentFonts::givesWay(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || (c >= 0x2E80 && c <= 0x2FDF) || c == 0x2329 || c == 0x232A;
}

SfntFont::CharMap DocumentFonts::textCharMap(const SfntFont::CharMap& map)
{
    // The glyphs that a code point which does not give way maps to.
    QHash<quint16, bool> plain;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!givesWay(it.key()))
            plain.insert(it.value(), true);
    }
    SfntFont::CharMap out;
    for (auto it = map.cbegin(); it != map.cend(); ++it) {
        if (!givesWay(it.key()) || !plain.contains(it.value()))
            out.insert(it.key(), it.value());
    }
    return out;
}

QByteArray DocumentFonts::derive(const QRawFont& source, const QString& family, const QString& style)
{
    SfntFont font;
    for (const char* name : kTables) {
        const QByteArray table = source.fontTable(name);
        if (!table.isEmpty())
            font.setTable(SfntFont::tag(name), table);
    }
    const SfntFont::CharMap map = SfntFont::readCharMap(font.table(SfntFont::tag("cmap")));
    if (map.isEmpty() || !font.hasTable(SfntFont::tag("head")) || !font.hasTable(SfntFont::tag("maxp")))
        return {};
    font.setTable(SfntFont::tag("cmap"), SfntFont::charMapTable(textCharMap(map)));
    QString postscript = family + QLatin1Char('-') + style;
    postscript.remove(QLatin1Char(' '));
    font.setTable(SfntFont::tag("name"),
                  SfntFont::nameTable(font.table(SfntFont::tag("name")), family, style, postscript));
    return font.toBytes();
}
