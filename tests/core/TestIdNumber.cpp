#include "domain/IdNumber.h"

#include <QTest>

// GB 11643-1999 citizen ID numbers. `Today` is fixed so that the future-date rows never change meaning.
class TestIdNumber final : public QObject
{
    Q_OBJECT

private slots:
    void valid_data();
    void valid();
    void invalid_data();
    void invalid();
    void everySubstitutionIsCaught_data();
    void everySubstitutionIsCaught();
    void checkCharacter_data();
    void checkCharacter();
    void countyName();
    void sexCodes();
};

namespace {

const QDate Today(2024, 8, 1);

// Completes 17 digits with their check character, to build valid numbers for the tables.
QString withCheck(const char* first17)
{
    const QString digits = QString::fromLatin1(first17);
    return digits + IdNumber::checkCharacter(digits);
}

} // namespace

void TestIdNumber::valid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<Sex>("sex");
    QTest::addColumn<bool>("legacy");

    const QString published1 = QStringLiteral("11010519491231002X");
    const QString published2 = QStringLiteral("440524188001010014");
    QTest::newRow("published 1") << published1 << published1 << QDate(1949, 12, 31) << Sex::Female << false;
    QTest::newRow("published 2") << published2 << published2 << QDate(1880, 1, 1) << Sex::Male << false;
    QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x") << published1 << QDate(1949, 12, 31)
                                  << Sex::Female << false;
    QTest::newRow("spaces around") << QStringLiteral("  11010519491231002X\t\n") << published1
                                   << QDate(1949, 12, 31) << Sex::Female << false;
    QTest::newRow("29 Feb 2008") << withCheck("44051320080229003") << withCheck("44051320080229003")
                                 << QDate(2008, 2, 29) << Sex::Male << false;
    QTest::newRow("29 Feb 2000") << withCheck("44051320000229004") << withCheck("44051320000229004")
                                 << QDate(2000, 2, 29) << Sex::Female << false;
    QTest::newRow("born today") << withCheck("11010520240801001") << withCheck("11010520240801001") << Today
                                << Sex::Male << false;
    // An address code that no longer exists is still a valid number.
    QTest::newRow("old county code") << withCheck("44052419900101001") << withCheck("44052419900101001")
                                     << QDate(1990, 1, 1) << Sex::Male << false;
    // 15-digit numbers: 6 address, 6 birth date (19YYMMDD), 3 sequence; upgraded to 18 characters.
    QTest::newRow("legacy male") << QStringLiteral("110105491231001") << withCheck("11010519491231001")
                                 << QDate(1949, 12, 31) << Sex::Male << true;
    QTest::newRow("legacy female") << QStringLiteral("440524800101002") << withCheck("44052419800101002")
                                   << QDate(1980, 1, 1) << Sex::Female << true;
    QTest::newRow("legacy 29 Feb 1996")
        << QStringLiteral(" 440513960229013 ") << withCheck("44051319960229013") << QDate(1996, 2, 29)
        << Sex::Male << true;
    QTest::newRow("Hong Kong resident") << withCheck("81000020100101002") << withCheck("81000020100101002")
                                        << QDate(2010, 1, 1) << Sex::Female << false;
}

void TestIdNumber::valid()
{
    QFETCH(QString, input);
    QFETCH(QString, normalized);
    QFETCH(QDate, birth);
    QFETCH(Sex, sex);
    QFETCH(bool, legacy);

    const IdNumber id = IdNumber::parse(input, Today);
    QVERIFY2(id.isValid(), qPrintable(id.reason()));
    QVERIFY(id.reason().isEmpty());
    QCOMPARE(id.normalized(), normalized);
    QCOMPARE(id.normalized().size(), 18);
    QCOMPARE(id.birthDate(), birth);
    QCOMPARE(id.sex(), sex);
    QCOMPARE(id.isLegacy(), legacy);
    QCOMPARE(id.addressCode(), normalized.left(6));
    // The upgraded form is itself valid and no longer legacy.
    const IdNumber again = IdNumber::parse(id.normalized(), Today);
    QVERIFY(again.isValid());
    QVERIFY(!again.isLegacy());
    QCOMPARE(again.normalized(), normalized);
}

void TestIdNumber::invalid_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("reason"); // a word the sentence must contain

    const QString length = QStringLiteral("18 characters");
    const QString digits = QStringLiteral("digits only");
    const QString check = QStringLiteral("check character");
    const QString date = QStringLiteral("not a real date");
    const QString future = QStringLiteral("future");
    const QString province = QStringLiteral("province");

    QTest::newRow("empty") << QString() << QStringLiteral("No ID number");
    QTest::newRow("spaces only") << QStringLiteral("   ") << QStringLiteral("No ID number");
    QTest::newRow("17 digits") << QStringLiteral("11010519491231002") << length;
    QTest::newRow("19 characters") << QStringLiteral("11010519491231002X1") << length;
    QTest::newRow("16 digits") << QStringLiteral("1101054912310011") << length;
    QTest::newRow("14 digits") << QStringLiteral("11010549123100") << length;
    QTest::newRow("space inside") << QStringLiteral("110105 19491231002X") << length;
    QTest::newRow("space inside 18") << QStringLiteral("110105 9491231002X") << digits;
    QTest::newRow("letter") << QStringLiteral("1101051949123A002X") << digits;
    QTest::newRow("X not last") << QStringLiteral("X10105194912310020") << digits;
    QTest::newRow("X in legacy") << QStringLiteral("11010549123100X") << digits;
    QTest::newRow("Y as check") << QStringLiteral("11010519491231002Y") << digits;
    QTest::newRow("full-width digit") << QString::fromUtf8("１10105194912310020") << digits;
    QTest::newRow("wrong check") << QStringLiteral("110105194912310021") << check;
    QTest::newRow("wrong check digit for X") << QStringLiteral("44052418800101001X") << check;
    QTest::newRow("29 Feb 2007") << withCheck("44051320070229003") << date;
    QTest::newRow("29 Feb 1900") << withCheck("44051319000229003") << date;
    QTest::newRow("legacy 29 Feb 1997") << QStringLiteral("440513970229013") << date;
    QTest::newRow("month 13") << withCheck("11010520101301001") << date;
    QTest::newRow("month 00") << withCheck("11010520100001001") << date;
    QTest::newRow("day 32") << withCheck("11010520100132001") << date;
    QTest::newRow("day 00") << withCheck("11010520100100001") << date;
    QTest::newRow("31 April") << withCheck("11010520100431001") << date;
    QTest::newRow("year 0000") << withCheck("11010500000101001") << date;
    QTest::newRow("tomorrow") << withCheck("11010520240802001") << future;
    QTest::newRow("next year") << withCheck("11010520250101001") << future;
    QTest::newRow("province 00") << withCheck("00010519491231002") << province;
    QTest::newRow("province 99") << withCheck("99010519491231002") << province;
    QTest::newRow("province 10") << withCheck("10010519491231002") << province;
    QTest::newRow("legacy province 99") << QStringLiteral("990105491231001") << province;
}

void TestIdNumber::invalid()
{
    QFETCH(QString, input);
    QFETCH(QString, reason);

    const IdNumber id = IdNumber::parse(input, Today);
    QVERIFY(!id.isValid());
    QVERIFY2(id.reason().contains(reason), qPrintable(id.reason()));
    QVERIFY(id.normalized().isEmpty());
    QVERIFY(id.addressCode().isEmpty());
    QVERIFY(!id.birthDate().isValid());
    QCOMPARE(id.sex(), Sex::Unknown);
    QVERIFY(id.countyName().isEmpty());
    QVERIFY(!id.addressCodeKnown());
}

void TestIdNumber::everySubstitutionIsCaught_data()
{
    QTest::addColumn<QString>("input");
    const QString alphabet = QStringLiteral("0123456789X");
    int rows = 0;
    for (const char* published : {"11010519491231002X", "440524188001010014"}) {
        const QString good = QString::fromLatin1(published);
        for (int pos = 0; pos < 18; ++pos) {
            for (QChar c : alphabet) {
                if (c == good[pos])
                    continue;
                QString bad = good;
                bad[pos] = c;
                QTest::addRow("%s pos %d -> %c", published, pos, c.toLatin1()) << bad;
                ++rows;
            }
        }
    }
    QCOMPARE(rows, 2 * 18 * 10);
}

void TestIdNumber::everySubstitutionIsCaught()
{
    QFETCH(QString, input);
    const IdNumber id = IdNumber::parse(input, Today);
    QVERIFY2(!id.isValid(), qPrintable(id.normalized()));
    QVERIFY(!id.reason().isEmpty());
}

void TestIdNumber::checkCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("check");
    QTest::newRow("published 1") << QStringLiteral("11010519491231002") << QChar(QLatin1Char('X'));
    QTest::newRow("published 2") << QStringLiteral("44052418800101001") << QChar(QLatin1Char('4'));
    QTest::newRow("all zero") << QStringLiteral("00000000000000000") << QChar(QLatin1Char('1'));
    QTest::newRow("16 digits") << QStringLiteral("1101051949123100") << QChar();
    QTest::newRow("letter") << QStringLiteral("1101051949123100A") << QChar();
}

void TestIdNumber::checkCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, check);
    QCOMPARE(IdNumber::checkCharacter(first17), check);
}

void TestIdNumber::countyName()
{
    const IdNumber chaoyang = IdNumber::parse(withCheck("11010520100101001"), Today);
    QVERIFY(chaoyang.addressCodeKnown());
    QCOMPARE(chaoyang.countyName(), QString::fromUtf8("北京市 朝阳区"));

    const IdNumber chaoyangShantou = IdNumber::parse(withCheck("44051320100101001"), Today);
    QCOMPARE(chaoyangShantou.countyName(), QString::fromUtf8("广东省 汕头市 潮阳区"));

    // 440524 (潮阳县) was abolished long ago: the number is valid, the county unknown.
    const IdNumber old = IdNumber::parse(QStringLiteral("440524188001010014"), Today);
    QVERIFY(old.isValid());
    QVERIFY(!old.addressCodeKnown());
    QVERIFY(old.countyName().isEmpty());

    const IdNumber dongguan = IdNumber::parse(withCheck("44190020100101002"), Today);
    QVERIFY(dongguan.addressCodeKnown());
    QCOMPARE(dongguan.countyName(), QString::fromUtf8("广东省 东莞市"));
}

void TestIdNumber::sexCodes()
{
    QCOMPARE(sexCode(Sex::Male), QStringLiteral("M"));
    QCOMPARE(sexCode(Sex::Female), QStringLiteral("F"));
    QCOMPARE(sexCode(Sex::Unknown), QString());
    QCOMPARE(sexFromCode(u"M"), Sex::Male);
    QCOMPARE(sexFromCode(u"f"), Sex::Female);
    QCOMPARE(sexFromCode(u" F "), Sex::Female);
    QCOMPARE(sexFromCode(u""), Sex::Unknown);
    QCOMPARE(sexFromCode(u"X"), Sex::Unknown);
    QCOMPARE(sexFromCode(u"MF"), Sex::Unknown);
    for (Sex sex : {Sex::Unknown, Sex::Male, Sex::Female})
        QCOMPARE(sexFromCode(sexCode(sex)), sex);
}

QTEST_GUILESS_MAIN(TestIdNumber)
#include "TestIdNumber.moc"
