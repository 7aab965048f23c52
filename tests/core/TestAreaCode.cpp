#include "domain/AreaCode.h"

#include <QTest>

class TestAreaCode final : public QObject
{
    Q_OBJECT

private slots:
    void normalize_data();
    void normalize();
    void contains_data();
    void contains();
};

void TestAreaCode::normalize_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("code12");
    QTest::addColumn<AreaLevel>("level");
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QString>("county");

    auto row = [](const char* name, const char* input, const char* code12, AreaLevel level,
                  const char* prefix, const char* parent, const char* county) {
        QTest::newRow(name) << QString::fromLatin1(input) << QString::fromLatin1(code12) << level
                            << QString::fromLatin1(prefix) << QString::fromLatin1(parent)
                            << QString::fromLatin1(county);
    };
    row("province", "11", "110000000000", AreaLevel::Province, "11", "", "");
    row("province 12", "110000000000", "110000000000", AreaLevel::Province, "11", "", "");
    row("city", "1101", "110100000000", AreaLevel::City, "1101", "110000000000", "");
    row("county", "110101", "110101000000", AreaLevel::County, "110101", "110100000000", "110101");
    row("county 12", "110101000000", "110101000000", AreaLevel::County, "110101", "110100000000", "110101");
    row("township", "110101001", "110101001000", AreaLevel::Township, "110101001", "110101000000", "110101");
    row("village", "110101001001", "110101001001", AreaLevel::Village, "110101001001", "110101001000",
        "110101");
    row("spaces", "  110101 ", "110101000000", AreaLevel::County, "110101", "110100000000", "110101");
    // A city without counties: its townships have county part 00 and hang under the city.
    row("township, no county", "441900003", "441900003000", AreaLevel::Township, "441900003", "441900000000",
        "441900");
    row("empty", "", "", AreaLevel::Invalid, "", "", "");
    row("1 digit", "1", "", AreaLevel::Invalid, "", "", "");
    row("3 digits", "110", "", AreaLevel::Invalid, "", "", "");
    row("5 digits", "11010", "", AreaLevel::Invalid, "", "", "");
    row("13 digits", "1101010010011", "", AreaLevel::Invalid, "", "", "");
    row("letter", "11010A", "", AreaLevel::Invalid, "", "", "");
    row("province 00", "00", "", AreaLevel::Invalid, "", "", "");
    row("zero", "000000000000", "", AreaLevel::Invalid, "", "", "");
    row("county without city", "110001", "", AreaLevel::Invalid, "", "", "");
    row("village without township", "110101000001", "", AreaLevel::Invalid, "", "", "");
    row("full-width digits", "\xef\xbc\x91\xef\xbc\x91", "", AreaLevel::Invalid, "", "", "");
}

void TestAreaCode::normalize()
{
    QFETCH(QString, input);
    QFETCH(QString, code12);
    QFETCH(AreaLevel, level);
    QFETCH(QString, prefix);
    QFETCH(QString, parent);
    QFETCH(QString, county);

    QCOMPARE(AreaCode::normalize(input), code12);
    if (input.size() == 12) // levelOf and friends take 12-digit codes only
        QCOMPARE(AreaCode::levelOf(input), level);
    QCOMPARE(AreaCode::levelOf(code12), level);
    QCOMPARE(AreaCode::prefix(code12), prefix);
    QCOMPARE(AreaCode::parentOf(code12), parent);
    QCOMPARE(AreaCode::countyOf(code12), county);
    if (level != AreaLevel::Invalid) {
        QCOMPARE(AreaCode::normalize(prefix), code12);
        QCOMPARE(AreaCode::digitsOf(level), prefix.size());
    }
}

void TestAreaCode::contains_data()
{
    QTest::addColumn<QString>("outer");
    QTest::addColumn<QString>("inner");
    QTest::addColumn<bool>("inside");

    auto row = [](const char* outer, const char* inner, bool inside) {
        QTest::addRow("%s in %s", inner, outer)
            << QString::fromLatin1(outer) << QString::fromLatin1(inner) << inside;
    };
    row("110000000000", "110101001001", true);
    row("110100000000", "110101001001", true);
    row("110101000000", "110101001001", true);
    row("110101001000", "110101001001", true);
    row("110101001001", "110101001001", true);
    row("110101001000", "110101001000", true);
    row("110101001000", "110101002001", false);
    row("110101000000", "110102000000", false);
    row("110101001001", "110101001000", false); // the outer one is smaller
    row("110101000000", "110100000000", false);
    row("120000000000", "110101001001", false);
    row("441900000000", "441900003000", true);
    row("", "110101001001", false);
    row("110000000000", "", false);
    row("110000000000", "110101", false); // short forms are not 12-digit codes
    row("000000000000", "110101001001", false);
}

void TestAreaCode::contains()
{
    QFETCH(QString, outer);
    QFETCH(QString, inner);
    QFETCH(bool, inside);
    QCOMPARE(AreaCode::contains(outer, inner), inside);
}

QTEST_GUILESS_MAIN(TestAreaCode)
#include "TestAreaCode.moc"
