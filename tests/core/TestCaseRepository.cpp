#include "TestDatabase.h"
#include "domain/Classification.h"
#include "storage/CaseQuery.h"
#include "storage/CaseRepository.h"
#include "storage/FieldClocks.h"

#include <QSqlQuery>
#include <QTest>

// A child's file through the one write path: validation, what the ID number implies, audit, clocks, no hard
// delete, the classifier's verdict kept current, and search.
class TestCaseRepository final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(10, 0))};
    QDate today() const { return m_clock.today(); }

    static int count(CaseDatabase& db, const QString& table)
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void createFillsBirthDateAndSexFromId()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        CaseRepository repo(*db);
        const ChildFile f =
            TestDatabase::leftBehindChild(QStringLiteral("王小明"), QDate(2016, 3, 5), 13, today());
        Result<QString> id = repo.create(f);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        Result<ChildFile> loaded = repo.load(id.value());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->text(QStringLiteral("birth_date")), QStringLiteral("2016-03-05"));
        QCOMPARE(loaded->text(QStringLiteral("sex")), QStringLiteral("M"));
        QCOMPARE(loaded->text(QStringLiteral("status")), QStringLiteral("active"));
        QCOMPARE(loaded->personText(QStringLiteral("father"), QStringLiteral("name")),
                 QStringLiteral("王建国"));
        QCOMPARE(loaded->meta.value(QStringLiteral("category")).toString(), QStringLiteral("left_behind"));
        QVERIFY(!loaded->householdId.isEmpty());
    }

    void refusalsWriteNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("birth date disagrees with ID") << "birth_date"
                                                      << "2016-03-06"
                                                      << "does not match";
        QTest::newRow("sex disagrees with ID") << "sex"
                                               << "F"
                                               << "sex does not match";
        QTest::newRow("bad checksum") << "id_number"
                                      << "44152320160305013X"
                                      << "check character";
        QTest::newRow("impossible date") << "exit_date"
                                         << "2023-02-30"
                                         << "not a real date";
        QTest::newRow("future date") << "reviewed_on"
                                     << "2027-01-01"
                                     << "future";
        QTest::newRow("unknown code") << "schooling"
                                      << "university"
                                      << "not one of the choices";
        QTest::newRow("empty name") << "name"
                                    << ""
                                    << "name";
    }
    void refusalsWriteNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        CaseRepository repo(*db);
        ChildFile f = TestDatabase::leftBehindChild(QStringLiteral("王小明"), QDate(2016, 3, 5), 13, today());
        f.child.insert(field, value);
        Result<QString> id = repo.create(f);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(expected, Qt::CaseInsensitive), qPrintable(id.error()));
        for (const QString& table : {QStringLiteral("child"), QStringLiteral("household"),
                                     QStringLiteral("person"), QStringLiteral("audit")})
            QCOMPARE(count(*db, table), 0);
    }

    void villageOutsideTheStationIsRefused()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        CaseRepository repo(*db);
        ChildFile f = TestDatabase::leftBehindChild(QStringLiteral("王小明"), QDate(2016, 3, 5), 13, today());
        f.areaCode = TestDatabase::kOtherVillage;
        Result<QString> id = repo.create(f);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(QStringLiteral("outside")), qPrintable(id.error()));
        QCOMPARE(count(*db, QStringLiteral("child")), 0);
    }

    void updateWritesOnlyChangesWithAuditAndClocks()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        CaseRepository repo(*db);
        const QString id = repo.create(TestDatabase::leftBehindChild(QStringLiteral("王小明"),
                                                                     QDate(2016, 3, 5), 13, today()))
                               .value();
        const int auditBefore = count(*db, QStringLiteral("audit"));
        m_clock.advanceMs(60000);
        ChildFile change;
        change.child.insert(QStringLiteral("school_name"), QStringLiteral("南跃小学"));
        change.child.insert(QStringLiteral("name"), QStringLiteral("王小明")); // unchanged
        change.persons[QStringLiteral("mother")].insert(QStringLiteral("status"), QStringLiteral("at_home"));
        Result<int> changed = repo.update(id, change);
        QVERIFY2(changed.ok(), qPrintable(changed.error()));
        QCOMPARE(changed.value(), 2);
        QCOMPARE(count(*db, QStringLiteral("audit")), auditBefore + 2);
        QSqlQuery q(db->sql());
        QVERIFY(
            q.exec(QStringLiteral("SELECT old_value, new_value, operator FROM audit WHERE field = 'status'"
                                  " AND entity = 'person'")) &&
            q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("away_for_work"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("at_home"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("Tester"));
        QVERIFY(q.exec(QStringLiteral("SELECT clocks FROM child WHERE id = '") + id + QStringLiteral("'")) &&
                q.next());
        const FieldClocks clocks = FieldClocks::parse(q.value(0).toString());
        QVERIFY(clocks.stamp(QStringLiteral("name")) < clocks.stamp(QStringLiteral("school_name")));
        QCOMPARE(clocks.stamp(QStringLiteral("school_name")).station, db->station()->id);
        // Mother at home and healthy: no longer left-behind.
        QCOMPARE(repo.load(id)->meta.value(QStringLiteral("category")).toString(),
                 QStringLiteral("not_left_behind"));
    }

    void exitKeepsTheFile()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        CaseRepository repo(*db);
        const QString id = repo.create(TestDatabase::leftBehindChild(QStringLiteral("王小明"),
                                                                     QDate(2016, 3, 5), 13, today()))
                               .value();
        QVERIFY(repo.exitChild(id, QStringLiteral("moved_away"), today()));
        Result<ChildFile> f = repo.load(id);
        QVERIFY(f.ok());
        QCOMPARE(f->text(QStringLiteral("status")), QStringLiteral("exited"));
        QCOMPARE(f->text(QStringLiteral("exit_reason")), QStringLiteral("moved_away"));
        QVERIFY(!repo.exitChild(id, QStringLiteral("not_a_reason"), today()).ok());
    }

    void overAgeChildrenAreExitedNotDeleted()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        CaseRepository repo(*db);
        // Turns 16 on 2026-12-01, three days after "today".
        const QString id = repo.create(TestDatabase::leftBehindChild(QStringLiteral("李娜"),
                                                                     QDate(2010, 12, 1), 22, today()))
                               .value();
        Result<QList<CaseRepository::Exited>> none = repo.refreshCategories(QDate(2026, 11, 30));
        QVERIFY(none.ok());
        QVERIFY(none->isEmpty());
        m_clock.set(QDateTime(QDate(2026, 12, 1), QTime(8, 0)));
        Result<QList<CaseRepository::Exited>> exited = repo.refreshCategories(QDate(2026, 12, 1));
        QVERIFY2(exited.ok(), qPrintable(exited.error()));
        QCOMPARE(exited->size(), 1);
        QCOMPARE(exited->first().name, QStringLiteral("李娜"));
        Result<ChildFile> f = repo.load(id);
        QCOMPARE(f->text(QStringLiteral("status")), QStringLiteral("exited"));
        QCOMPARE(f->text(QStringLiteral("exit_reason")), QStringLiteral("over_age"));
        QCOMPARE(f->text(QStringLiteral("exit_date")), QStringLiteral("2026-12-01"));
        QCOMPARE(f->meta.value(QStringLiteral("category")).toString(), QStringLiteral("over_age"));
        QVERIFY(repo.categoriesAreCurrent(QDate(2026, 12, 1)));
        QVERIFY(!repo.categoriesAreCurrent(QDate(2026, 12, 2)));
        m_clock.set(QDateTime(QDate(2026, 11, 28), QTime(10, 0)));
    }

    void searchMatchesShortNamesAndIdParts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("two-character name") << "王芳" << QStringList{QStringLiteral("王芳")};
        QTest::newRow("single given-name character")
            << "芳" << QStringList{QStringLiteral("王芳"), QStringLiteral("张芳芳")};
        QTest::newRow("surname") << "王" << QStringList{QStringLiteral("王小明"), QStringLiteral("王芳")};
        QTest::newRow("middle of a three-character name") << "小" << QStringList{QStringLiteral("王小明")};
        QTest::newRow("ID fragment") << "0305" << QStringList{QStringLiteral("王小明")};
        QTest::newRow("percent sign is literal") << "%" << QStringList{};
        QTest::newRow("no match") << "赵" << QStringList{};
    }
    void searchMatchesShortNamesAndIdParts()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        CaseRepository repo(*db);
        QVERIFY(repo.create(
            TestDatabase::leftBehindChild(QStringLiteral("王小明"), QDate(2016, 3, 5), 13, today())));
        QVERIFY(repo.create(
            TestDatabase::leftBehindChild(QStringLiteral("王芳"), QDate(2014, 7, 9), 24, today())));
        QVERIFY(repo.create(
            TestDatabase::leftBehindChild(QStringLiteral("张芳芳"), QDate(2012, 1, 20), 46, today())));
        CaseQuery query(*db);
        CaseQuery::Filter filter;
        filter.text = text;
        Result<QList<CaseQuery::Row>> rows = query.page(filter, 0, 50);
        QVERIFY(rows.ok());
        QStringList names;
        for (const CaseQuery::Row& r : rows.value())
            names << r.name;
        names.sort();
        expected.sort();
        QCOMPARE(names, expected);
        QCOMPARE(query.count(filter).value(), int(expected.size()));
    }

    void pagesAndFilters()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        CaseRepository repo(*db);
        for (int i = 0; i < 25; ++i) {
            ChildFile f = TestDatabase::leftBehindChild(QStringLiteral("童%1").arg(QChar(0x4e00 + i)),
                                                        QDate(2012, 1, 1).addDays(i * 30), 10 + i, today());
            if (i % 5 == 0)
                f.persons[QStringLiteral("mother")].insert(QStringLiteral("status"),
                                                           QStringLiteral("at_home"));
            QVERIFY(repo.create(f));
        }
        CaseQuery query(*db);
        CaseQuery::Filter all;
        QCOMPARE(query.count(all).value(), 25);
        QCOMPARE(query.page(all, 20, 10)->size(), 5);
        CaseQuery::Filter lb;
        lb.category = QStringLiteral("left_behind");
        QCOMPARE(query.count(lb).value(), 20);
        CaseQuery::Filter elsewhere;
        elsewhere.areaCode = TestDatabase::kOtherVillage;
        QCOMPARE(query.count(elsewhere).value(), 0);
        CaseQuery::Filter township;
        township.areaCode = TestDatabase::kTownship;
        QCOMPARE(query.count(township).value(), 25);
        const auto byBirth = query.page(all, 0, 3, CaseQuery::Sort::BirthDate, true);
        QVERIFY(byBirth->at(0).birthDate > byBirth->at(1).birthDate);
    }

    // Siblings share a father (same ID number): found by that number, and his new phone written into every
    // sibling's file in one transaction; a file that refuses leaves all of them as they were.
    void siblingsShareAParent()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        CaseRepository repo(*db);
        const QString fatherId = TestDatabase::makeId(TestDatabase::kCounty, QDate(1985, 2, 3), 51);
        QStringList ids;
        int sequence = 60;
        for (const QString& name :
             {QStringLiteral("王小明"), QStringLiteral("王小红"), QStringLiteral("王小刚")}) {
            ChildFile f =
                TestDatabase::leftBehindChild(name, QDate(2014, 1, 1).addDays(sequence), sequence, today());
            f.persons[QStringLiteral("father")].insert(QStringLiteral("id_number"), fatherId);
            Result<QString> id = repo.create(f);
            QVERIFY2(id, qPrintable(id.error()));
            ids << id.value();
            sequence += 2;
        }
        // A child of another father is no sibling; nor is a file without the father's number.
        QVERIFY(repo.create(
            TestDatabase::leftBehindChild(QStringLiteral("李明"), QDate(2013, 5, 5), 91, today())));

        const QList<CaseRepository::SiblingParent> siblings = repo.siblingsSharingParent(ids[0], fatherId);
        QCOMPARE(siblings.size(), 2);
        QStringList names;
        for (const auto& s : siblings) {
            QCOMPARE(s.relation, QStringLiteral("father"));
            QVERIFY(s.childId != ids[0]);
            names << s.childName;
        }
        QCOMPARE(names, (QStringList{QStringLiteral("王小刚"), QStringLiteral("王小红")}));
        QVERIFY(repo.siblingsSharingParent(ids[0], QString()).isEmpty());

        const auto phoneOf = [&repo](const QString& id) {
            return repo.load(id)
                ->persons.value(QStringLiteral("father"))
                .value(QStringLiteral("phone"))
                .toString();
        };
        // The second file refuses the change: neither is written.
        const QVariantMap good{{QStringLiteral("phone"), QStringLiteral("13900001111")}};
        Result<int> refused = repo.updateParents(
            {{ids[1], QStringLiteral("father"), good},
             {ids[2], QStringLiteral("father"), {{QStringLiteral("phone"), QStringLiteral("call me")}}}});
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(QStringLiteral("王小刚")), qPrintable(refused.error()));
        QCOMPARE(phoneOf(ids[1]), QString());
        QCOMPARE(phoneOf(ids[2]), QString());

        Result<int> written = repo.updateParents(
            {{ids[1], QStringLiteral("father"), good}, {ids[2], QStringLiteral("father"), good}});
        QVERIFY2(written, qPrintable(written.error()));
        QCOMPARE(written.value(), 2);
        QCOMPARE(phoneOf(ids[1]), QStringLiteral("13900001111"));
        QCOMPARE(phoneOf(ids[2]), QStringLiteral("13900001111"));
        QCOMPARE(phoneOf(ids[0]), QString());
    }
};

QTEST_GUILESS_MAIN(TestCaseRepository)
#include "TestCaseRepository.moc"
