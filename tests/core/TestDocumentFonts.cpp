// The document face: cmap and name tables read and written (SfntFont), the rule that radicals give way to
// the ideographs they share a glyph with, and the face derived from the installed Noto Serif CJK SC.
#include "documents/DocumentFonts.h"
#include "documents/SfntFont.h"

#include <QFont>
#include <QRawFont>
#include <QTest>
#include <QtEndian>

namespace {
void put16(QByteArray& out, quint16 v)
{
    char b[2];
    qToBigEndian(v, b);
    out.append(b, 2);
}

quint32 at32(const QByteArray& data, qint64 at)
{
    return qFromBigEndian<quint32>(data.constData() + at);
}

quint32 sum(const QByteArray& data, qint64 from, qint64 length)
{
    quint32 s = 0;
    for (qint64 i = 0; i < length; i += 4) {
        char word[4] = {0, 0, 0, 0};
        for (int k = 0; k < 4 && i + k < length; ++k)
            word[k] = data.at(from + i + k);
        s += qFromBigEndian<quint32>(word);
    }
    return s;
}
} // namespace

class TestDocumentFonts final : public QObject
{
    Q_OBJECT

private slots:
    void charMapRoundTrip()
    {
        SfntFont::CharMap map;
        for (char32_t c = 0x41; c <= 0x5A; ++c)
            map.insert(c, quint16(c - 0x41 + 36)); // one run
        map.insert(0x513F, 10830);
        map.insert(0x7AE5, 29530);
        map.insert(0x20000, 60000); // beyond the BMP
        map.insert(0x20001, 60002); // next code point, not the next glyph
        const SfntFont::CharMap read = SfntFont::readCharMap(SfntFont::charMapTable(map));
        QCOMPARE(read, map);
        QVERIFY(SfntFont::readCharMap(QByteArray("\0\0\0\1\0\3\0\1\0\0\0\xff", 12)).isEmpty()); // damaged
        QVERIFY(SfntFont::readCharMap({}).isEmpty());
    }

    void readsFormat4()
    {
        // Two segments and the final 0xFFFF one: 0x30–0x39 by delta (glyphs 18–27), 0x4E00–0x4E01 through
        // the glyph array (glyphs 500 and 0 = none).
        QByteArray sub;
        const quint16 segCount = 3;
        put16(sub, 4);
        put16(sub, 0); // length, not read
        put16(sub, 0);
        put16(sub, segCount * 2);
        put16(sub, 0);
        put16(sub, 0);
        put16(sub, 0);
        for (quint16 end : {0x39, 0x4E01, 0xFFFF})
            put16(sub, end);
        put16(sub, 0);
        for (quint16 start : {0x30, 0x4E00, 0xFFFF})
            put16(sub, start);
        for (quint16 delta : {quint16(18 - 0x30), quint16(0), quint16(1)})
            put16(sub, delta);
        // idRangeOffset of the second segment: from itself to the glyph array, two entries on.
        for (quint16 range : {0, 4, 0})
            put16(sub, range);
        put16(sub, 500);
        put16(sub, 0);
        QByteArray cmap;
        put16(cmap, 0);
        put16(cmap, 1);
        put16(cmap, 3);
        put16(cmap, 1);
        put16(cmap, 0);
        put16(cmap, 12);
        cmap += sub;
        const SfntFont::CharMap map = SfntFont::readCharMap(cmap);
        QCOMPARE(map.size(), 11);
        QCOMPARE(map.value(0x30), quint16(18));
        QCOMPARE(map.value(0x39), quint16(27));
        QCOMPARE(map.value(0x4E00), quint16(500));
        QVERIFY(!map.contains(0x4E01));
    }

    void givesWay_data()
    {
        QTest::addColumn<uint>("codePoint");
        QTest::addColumn<bool>("givesWay");
        QTest::newRow("tab (shares the space's glyph)") << 0x09u << true;
        QTest::newRow("space") << 0x20u << false;
        QTest::newRow("digit 8") << 0x38u << false;
        QTest::newRow("C1 control") << 0x85u << true;
        QTest::newRow("no-break space") << 0xA0u << false;
        QTest::newRow("radical supplement ⺟") << 0x2E9Fu << true;
        QTest::newRow("Kangxi radical ⼉") << 0x2F09u << true;
        QTest::newRow("last Kangxi radical") << 0x2FD5u << true;
        QTest::newRow("ideograph 儿") << 0x513Fu << false;
        QTest::newRow("ideograph 母") << 0x6BCDu << false;
        QTest::newRow("angle bracket U+2329") << 0x2329u << true;
        QTest::newRow("CJK angle bracket 〈") << 0x3008u << false;
        QTest::newRow("compatibility ideograph") << 0xF900u << false;
    }
    void givesWay()
    {
        QFETCH(uint, codePoint);
        QFETCH(bool, givesWay);
        QCOMPARE(DocumentFonts::givesWay(char32_t(codePoint)), givesWay);
    }

    void textCharMapDropsSharedRadicals()
    {
        const SfntFont::CharMap map{{0x09, 1},   {0x20, 1},   {0x2F09, 5}, {0x513F, 5},
                                    {0x2F00, 7}, {0x2329, 9}, {0x3008, 9}, {0x2E80, 11}};
        const SfntFont::CharMap text = DocumentFonts::textCharMap(map);
        // The radical ⼉ and the tab give way; a radical with a glyph of its own stays.
        const SfntFont::CharMap expected{{0x20, 1}, {0x513F, 5}, {0x2F00, 7}, {0x3008, 9}, {0x2E80, 11}};
        QCOMPARE(text, expected);
    }

    void nameTable()
    {
        const QByteArray first = SfntFont::nameTable({}, QStringLiteral("Old Family"), QStringLiteral("Bold"),
                                                     QStringLiteral("OldFamily-Bold"));
        QCOMPARE(SfntFont::readName(first, 1), QStringLiteral("Old Family"));
        // The naming strings are replaced.
        const QByteArray second =
            SfntFont::nameTable(first, QStringLiteral("Shouhu 宋体"), QStringLiteral("Regular"),
                                QStringLiteral("Shouhu-Regular"));
        QCOMPARE(SfntFont::readName(second, 1), QStringLiteral("Shouhu 宋体"));
        QCOMPARE(SfntFont::readName(second, 2), QStringLiteral("Regular"));
        QCOMPARE(SfntFont::readName(second, 4), QStringLiteral("Shouhu 宋体 Regular"));
        QCOMPARE(SfntFont::readName(second, 6), QStringLiteral("Shouhu-Regular"));
        QVERIFY(SfntFont::readName(second, 0).isEmpty());
    }

    void fontFileLayout()
    {
        SfntFont font;
        QByteArray head(54, '\x11');
        font.setTable(SfntFont::tag("head"), head);
        font.setTable(SfntFont::tag("CFF "), QByteArray("abcde"));
        font.setTable(SfntFont::tag("cmap"), SfntFont::charMapTable({{0x41, 3}}));
        font.setTable(SfntFont::tag("GSUB"), QByteArray("x"));
        font.removeTable(SfntFont::tag("GSUB"));
        const QByteArray bytes = font.toBytes();
        QCOMPARE(at32(bytes, 0), SfntFont::tag("OTTO"));
        QCOMPARE(qFromBigEndian<quint16>(bytes.constData() + 4), quint16(3));
        // Sorted tags ("CFF " < "cmap" < "head"), aligned tables with their checksums.
        QList<quint32> tags;
        qint64 headAt = 0;
        for (int i = 0; i < 3; ++i) {
            const qint64 rec = 12 + 16 * i;
            tags << at32(bytes, rec);
            const qint64 offset = at32(bytes, rec + 8);
            const qint64 length = at32(bytes, rec + 12);
            QCOMPARE(offset % 4, 0);
            if (tags.last() == SfntFont::tag("head"))
                headAt = offset;
            else
                QCOMPARE(at32(bytes, rec + 4), sum(bytes, offset, length));
        }
        QCOMPARE(tags, (QList<quint32>{SfntFont::tag("CFF "), SfntFont::tag("cmap"), SfntFont::tag("head")}));
        QVERIFY(headAt > 0);
        QCOMPARE(sum(bytes, 0, bytes.size()), 0xB1B0AFBAu); // head.checkSumAdjustment
    }

    void installedFaceIsDerived()
    {
        const QString family = DocumentFonts::preparedFamily();
        if (family.isEmpty())
            QSKIP("Noto Serif CJK SC (fonts-noto-cjk), Source Han Serif SC or SimSun is not installed");
        QCOMPARE(DocumentFonts::families().first(), family);
        QFont original(QStringLiteral("Noto Serif CJK SC"));
        original.setPixelSize(12);
        const QRawFont source = QRawFont::fromFont(original);
        QFont derivedFont(family);
        derivedFont.setPixelSize(12);
        const QRawFont derived = QRawFont::fromFont(derivedFont);
        QCOMPARE(derived.familyName(), family);
        QVERIFY(derived.fontTable("GSUB").isEmpty());
        const QString text = QStringLiteral("儿童⼉");
        const QList<quint32> glyphs = derived.glyphIndexesForString(text);
        QCOMPARE(glyphs.size(), 3);
        QVERIFY(glyphs.at(0) != 0 && glyphs.at(1) != 0);
        QCOMPARE(glyphs.at(2), 0u); // the radical is no longer mapped
        if (source.familyName() == QLatin1String("Noto Serif CJK SC")) {
            // Why: the installed font draws ⼉ and 儿 with one glyph, the very glyph the derived face uses.
            const QList<quint32> shared = source.glyphIndexesForString(text);
            QCOMPARE(shared.at(2), shared.at(0));
            QCOMPARE(glyphs.at(0), shared.at(0));
        }
        QFont bold(family);
        bold.setPixelSize(12);
        bold.setBold(true);
        QCOMPARE(QRawFont::fromFont(bold).familyName(), family);
        QVERIFY(QRawFont::fromFont(bold).weight() >= 600);
    }
};

QTEST_MAIN(TestDocumentFonts)
#include "TestDocumentFonts.moc"
