#pragma once

#include "SfntFont.h"

#include <QStringList>

class QRawFont;

// The typeface of printed documents: one serif for the Chinese text and its Latin letters and digits, Noto
// Serif CJK SC (else Source Han Serif SC, else SimSun), as the document face "Shouhu Noto Serif SC" derived
// from the installed font once per process (regular and bold):
// - Qt's PDF writer names each glyph's text by the lowest code point the font maps to it, so a glyph that
//   the font shares between a Kangxi radical and an ideograph (⼉ U+2F09 and 儿 U+513F) would be copied and
//   searched as the radical. The derived face's cmap leaves out a code point that gives way (givesWay) to
//   another one mapped to the same glyph.
// - Glyphs that OpenType substitutions (GSUB: Latin 'locl' digits, 'liga' ligatures) put in would carry no
//   text at all (the digits of "3FE8-8FC1"): the derived face has no GSUB table, so every glyph printed is
//   the one its character maps to.
// When no such font is installed the families fall back to whatever Chinese face there is.
class DocumentFonts final
{
public:
    // The families for QFont::setFamilies, the derived face first (prepared on the first call).
    static QStringList families();
    // The derived face's family, or empty when none could be prepared.
    static QString preparedFamily();

    // Whether `c` gives way when another code point maps to the same glyph: control characters, CJK
    // radicals (U+2E80–U+2FDF) and the deprecated angle brackets U+2329/U+232A.
    static bool givesWay(char32_t c);
    // `map` without the code points that give way to another one mapped to the same glyph.
    static SfntFont::CharMap textCharMap(const SfntFont::CharMap& map);
    // The document face derived from `source` (see above) named `family`/`style`; empty when its tables
    // cannot be read.
    static QByteArray derive(const QRawFont& source, const QString& family, const QString& style);
};
