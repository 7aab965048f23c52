// Chinese order and pinyin search: names read with their surname's reading, ordered by pinyin then by the
// characters, found by full pinyin, part of it or the initials; the cached columns follow every write (also a
// merge) and an older database gets them on migration.
#include "TestDatabase.h"
#include "domain/ChineseName.h"
#include "storage/CaseQuery.h"
#include "storage/CaseRepository.h"
#include "storage/EntitySchema.h"
#include "storage/RecordWriter.h"

#include <QSqlQuery>
#include <QTest>

#include <algorithm>

class TestChineseName final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(9, 0))};

    static QString add(CaseDatabase& db, const QString& name, int sequence, QDate today)
    {
        Result<QString> id = CaseRepository(db).create(
            TestDatabase::leftBehindChild(name, QDate(2015, 3, 4), sequence, today));
        if (!id)
            qWarning() << id.error();
        return id.ok() ? id.value() : QString();
    }
    static QStringList names(CaseDatabase& db, const QString& text)
    {
        CaseQuery::Filter f;
        f.text = text;
        QStringList out;
        const Result<QList<CaseQuery::Row>> rows =
            CaseQuery(db).page(f, 0, 100, CaseQuery::Sort::Name, false);
        if (!rows)
            return {rows.error()};
        for (const CaseQuery::Row& r : rows.value())
            out << r.name;
        return out;
    }

private slots:
    void pinyin_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("pinyin");
        QTest::addColumn<QString>("initials");
        QTest::newRow("张佳怡") << "张佳怡"
                                << "zhang jia yi"
                                << "zjy";
        // Surnames read as surnames.
        QTest::newRow("曾") << "曾国藩"
                            << "zeng guo fan"
                            << "zgf";
        QTest::newRow("单") << "单雄信"
                            << "shan xiong xin"
                            << "sxx";
        QTest::newRow("解") << "解缙"
                            << "xie jin"
                            << "xj";
        QTest::newRow("仇") << "仇英"
                            << "qiu ying"
                            << "qy";
        QTest::newRow("区") << "区家麟"
                            << "ou jia lin"
                            << "ojl";
        QTest::newRow("查") << "查良镛"
                            << "zha liang yong"
                            << "zly";
        QTest::newRow("朴") << "朴树"
                            << "piao shu"
                            << "ps";
        QTest::newRow("覃") << "覃志刚"
                            << "qin zhi gang"
                            << "qzg";
        QTest::newRow("长孙") << "长孙无忌"
                              << "chang sun wu ji"
                              << "cswj";
        QTest::newRow("尉迟") << "尉迟恭"
                              << "yu chi gong"
                              << "ycg";
        QTest::newRow("spaces and a middle dot") << " 阿依古丽·买买提 "
                                                 << "a yi gu li mai mai ti"
                                                 << "ayglmmt";
        QTest::newRow("Latin") << "Anna"
                               << "anna"
                               << "a";
        QTest::newRow("empty") << ""
                               << ""
                               << "";
    }
    void pinyin()
    {
        QFETCH(QString, name);
        QFETCH(QString, pinyin);
        QFETCH(QString, initials);
        QCOMPARE(ChineseName::pinyin(name), pinyin);
        QCOMPARE(ChineseName::compactPinyin(name), QString(pinyin).remove(QLatin1Char(' ')));
        QCOMPARE(ChineseName::initials(name), initials);
        // The one-pass forms the name index stores are the same as each computed alone.
        const ChineseName::Forms forms = ChineseName::forms(name);
        QCOMPARE(forms.pinyin, pinyin);
        QCOMPARE(forms.compactPinyin, ChineseName::compactPinyin(name));
        QCOMPARE(forms.initials, initials);
        QCOMPARE(forms.sortKey, ChineseName::sortKey(name));
    }

    // The list in code-point order comes out in pinyin order; a surname's reading decides (曾 under
    // z); the same syllable orders by the characters, the same name by the rest.
    void order()
    {
        QStringList list{QStringLiteral("于谦"),   QStringLiteral("任盈盈"), QStringLiteral("何冰"),
                         QStringLiteral("侯宝林"), QStringLiteral("冯巩"),   QStringLiteral("刘备"),
                         QStringLiteral("曾国藩"), QStringLiteral("陈冬"),   QStringLiteral("白晨")};
        std::sort(list.begin(), list.end(), [](const QString& a, const QString& b) {
            return ChineseName::sortKey(a) < ChineseName::sortKey(b);
        });
        const QStringList expected{
            QStringLiteral("白晨"),   QStringLiteral("陈冬"),   QStringLiteral("冯巩"),
            QStringLiteral("何冰"),   QStringLiteral("侯宝林"), QStringLiteral("刘备"),
            QStringLiteral("任盈盈"), QStringLiteral("于谦"),   QStringLiteral("曾国藩")};
        QCOMPARE(list, expected);
        QVERIFY(ChineseName::sortKey(QStringLiteral("张")) < ChineseName::sortKey(QStringLiteral("张三")));
        QVERIFY(ChineseName::sortKey(QStringLiteral("李明")) != ChineseName::sortKey(QStringLiteral("黎明")));
    }

    void searchAndListOrder_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("found");
        QTest::newRow("initials") << "zjy" << QStringList{QStringLiteral("张佳怡")};
        QTest::newRow("full pinyin") << "zhangjiayi" << QStringList{QStringLiteral("张佳怡")};
        QTest::newRow("pinyin with spaces, capitals")
            << "Zhang Jia Yi" << QStringList{QStringLiteral("张佳怡")};
        QTest::newRow("given name's pinyin") << "jiayi" << QStringList{QStringLiteral("张佳怡")};
        QTest::newRow("surname read as a surname") << "zeng" << QStringList{QStringLiteral("曾小军")};
        QTest::newRow("initials from the start only") << "jy" << QStringList{};
        QTest::newRow("characters") << "佳" << QStringList{QStringLiteral("张佳怡")};
        QTest::newRow("nothing") << ""
                                 << QStringList{QStringLiteral("白雪"), QStringLiteral("于梅"),
                                                QStringLiteral("曾小军"), QStringLiteral("张佳怡")};
    }
    void searchAndListOrder()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, found);
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        int n = 1;
        for (const char* name : {"张佳怡", "于梅", "曾小军", "白雪"})
            QVERIFY(!add(*db, QString::fromUtf8(name), n += 2, m_clock.today()).isEmpty());
        QCOMPARE(names(*db, text), found);
    }

    // A name changed by an edit or by a merged package gets its new pinyin at once.
    void cacheFollowsEveryWrite()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        const QString id = add(*db, QStringLiteral("张佳怡"), 3, m_clock.today());
        ChildFile rename;
        rename.child.insert(QStringLiteral("name"), QStringLiteral("李佳怡"));
        QVERIFY(CaseRepository(*db).update(id, rename).ok());
        QCOMPARE(names(*db, QStringLiteral("ljy")), QStringList{QStringLiteral("李佳怡")});
        QVERIFY(names(*db, QStringLiteral("zjy")).isEmpty());
        // The merge path of sync writes the row without CaseRepository.
        RemoteRecord r;
        r.id = id;
        r.areaCode = TestDatabase::kVillage;
        r.createdAt = r.updatedAt = QStringLiteral("2026-11-28T09:00:00.000");
        r.createdBy = r.updatedBy = QStringLiteral("ffffffffffffffff");
        RemoteField name;
        name.name = QStringLiteral("name");
        name.value = QStringLiteral("王佳怡");
        name.stamp = Stamp{db->hlc().tick() + (1 << 20), QStringLiteral("ffffffffffffffff")};
        r.fields.append(name);
        QVERIFY(db->begin().ok());
        QVERIFY(RecordWriter(*db).applyRemote(EntitySchema::child(), r).ok());
        QVERIFY(db->commit().ok());
        QCOMPARE(names(*db, QStringLiteral("wjy")), QStringList{QStringLiteral("王佳怡")});
        // Nothing stale is left behind.
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM child WHERE name_indexed IS NOT name")) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // A database made before the columns existed gets them filled when it is opened.
    void migrationFillsTheColumns()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("old.sqlite"));
        {
            auto db = CaseDatabase::open(path, m_clock, 7);
            QVERIFY(db.ok());
            QVERIFY(
                db.value()->initStation({QStringLiteral("0011223344556677"), QStringLiteral("village"),
                                         TestDatabase::kVillage, QStringLiteral("v"), QStringLiteral("op")}));
            QSqlQuery q(db.value()->sql());
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO child (id, area_code, name, status, created_at, created_by, updated_at, "
                "updated_by)"
                " VALUES ('00000000-0000-4000-8000-000000000001', '441523101201', '曾小军', 'active',"
                " '2026-01-01T00:00:00', 'x', '2026-01-01T00:00:00', 'x')")));
        }
        auto db = CaseDatabase::open(path, m_clock);
        QVERIFY2(db.ok(), qPrintable(db.error()));
        QCOMPARE(names(*db.value(), QStringLiteral("zxj")), QStringList{QStringLiteral("曾小军")});
    }
};

QTEST_GUILESS_MAIN(TestChineseName)
#include "TestChineseName.moc"
