#include "demo/DemoGenerator.h"
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/IdNumber.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseRepository.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Demo data: real villages of the station's area, valid ID numbers that match the record, files that pass
// the same checks as user input, a realistic mix of categories, and the same data for the same seed.
class TestDemoGenerator final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void villageStation();
    void sameSeedSameData();
    void townshipSpreadsOverVillages();
    void cancelKeepsWholeHouseholds();
    void refusesWithoutStation();
    void speed();

private:
    std::unique_ptr<CaseDatabase> openStation(const QString& name, const QString& role, const QString& area);
    QStringList namesInOrder(CaseDatabase& db);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2025, 7, 20), QTime(10, 0))};
    QString m_village;
    QString m_township;
};

void TestDemoGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(AreaCatalog::instance().isLoaded(), qPrintable(AreaCatalog::instance().error()));
    // 广东省 汕尾市 陆河县: its first township, and that township's first village.
    const QStringList townships = AreaCatalog::instance().children(QStringLiteral("441523"));
    QVERIFY(!townships.isEmpty());
    m_township = townships.first();
    const QStringList villages = AreaCatalog::instance().villagesUnder(m_township);
    QVERIFY(villages.size() >= 5);
    m_village = villages.first();
}

std::unique_ptr<CaseDatabase> TestDemoGenerator::openStation(const QString& name, const QString& role,
                                                             const QString& area)
{
    auto db = CaseDatabase::open(m_dir.filePath(name), m_clock);
    if (!db)
        qFatal("%s", qPrintable(db.error()));
    const QString id = QStringLiteral("0011223344556%1").arg(name.size(), 3, 10, QLatin1Char('0'));
    const Status s =
        db.value()->initStation({id, role, area, QStringLiteral("Demo"), QString::fromUtf16(u"陈丽"), true});
    if (!s)
        qFatal("%s", qPrintable(s.error()));
    return std::move(db.value());
}

QStringList TestDemoGenerator::namesInOrder(CaseDatabase& db)
{
    QStringList out;
    QSqlQuery q(db.sql());
    q.exec(
        QStringLiteral("SELECT c.name || ' ' || coalesce(c.birth_date, '') || ' ' || coalesce(c.sex, '') ||"
                       " ' ' || c.area_code || ' ' || coalesce(c.category, '') ||"
                       " ' ' || coalesce(p.name, '') FROM child c"
                       " LEFT JOIN person p ON p.child_id = c.id AND p.relation = 'father' ORDER BY c.seq"));
    while (q.next())
        out << q.value(0).toString();
    return out;
}

void TestDemoGenerator::villageStation()
{
    auto db = openStation(QStringLiteral("village.sqlite"), QStringLiteral("village"), m_village);
    Result<int> made = DemoGenerator::generate(*db, {300, 7});
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QCOMPARE(made.value(), 300);

    CaseRepository repo(*db);
    const QDate today = m_clock.today();
    const QString county = AreaCode::countyOf(m_village);
    QHash<QString, int> categories;
    QSet<QString> households;
    QSet<QString> ids;
    int children = 0;
    int withId = 0;
    int withGuardian = 0;
    int turningSixteenSoon = 0;
    QHash<QString, int> schooling;
    Status s = repo.forEachChild([&](const ChildFile& f) {
        ++children;
        households.insert(f.householdId);
        [&] {
            QCOMPARE(f.areaCode, m_village);
            const QString idText = f.text(QStringLiteral("id_number"));
            const QDate birth = QDate::fromString(f.text(QStringLiteral("birth_date")), Qt::ISODate);
            QVERIFY(birth.isValid());
            QVERIFY2(birth.addYears(16) > today, qPrintable(f.text(QStringLiteral("birth_date"))));
            if (birth.addYears(16) <= today.addDays(90))
                ++turningSixteenSoon;
            if (!idText.isEmpty()) {
                ++withId;
                const IdNumber id = IdNumber::parse(idText, today);
                QVERIFY2(id.isValid(), qPrintable(idText + QLatin1Char(' ') + id.reason()));
                QCOMPARE(id.normalized().at(17), IdNumber::checkCharacter(idText.left(17)));
                QCOMPARE(id.addressCode(), county);
                QCOMPARE(id.birthDate(), birth);
                QCOMPARE(sexCode(id.sex()), f.text(QStringLiteral("sex")));
                QVERIFY2(!ids.contains(idText), qPrintable(idText));
                ids.insert(idText);
            }
            for (auto it = f.persons.cbegin(); it != f.persons.cend(); ++it) {
                const QString pid = it.value().value(QStringLiteral("id_number")).toString();
                if (pid.isEmpty())
                    continue;
                const IdNumber id = IdNumber::parse(pid, today);
                QVERIFY2(id.isValid(), qPrintable(it.key() + QLatin1Char(' ') + pid));
                QCOMPARE(id.birthDate().toString(Qt::ISODate),
                         it.value().value(QStringLiteral("birth_date")).toString());
            }
            if (f.persons.contains(QStringLiteral("guardian"))) {
                ++withGuardian;
                QVERIFY(
                    !f.personText(QStringLiteral("guardian"), QStringLiteral("relation_to_child")).isEmpty());
            }
            QCOMPARE(f.text(QStringLiteral("hukou_county")), county);
            // A village station's operator is its child director, who filled the files in.
            QCOMPARE(f.text(QStringLiteral("filled_by")), QString::fromUtf16(u"陈丽"));
            schooling[f.text(QStringLiteral("schooling"))]++;
            Result<ChildFile> checked = repo.check(f);
            QVERIFY2(checked.ok(), qPrintable(checked.error()));
        }();
        return !QTest::currentTestFailed();
    });
    QVERIFY2(s.ok(), qPrintable(s.error()));
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(children, 300);
    QVERIFY(withId > 270);
    QVERIFY(withGuardian > 100);
    QVERIFY(turningSixteenSoon > 0);
    // About one household in five has two children: 300 children in roughly 250 households.
    QVERIFY2(households.size() > 220 && households.size() < 290,
             qPrintable(QString::number(households.size())));
    QVERIFY(schooling.value(QStringLiteral("primary")) > 60);
    QVERIFY(schooling.value(QStringLiteral("junior")) > 20);
    QVERIFY(schooling.value(QStringLiteral("kindergarten")) > 20);

    QSqlQuery q(db->sql());
    q.exec(QStringLiteral("SELECT category, count(*) FROM child GROUP BY category"));
    while (q.next())
        categories.insert(q.value(0).toString(), q.value(1).toInt());
    qInfo() << "categories" << categories;
    QVERIFY2(categories.value(QStringLiteral("left_behind")) > 90,
             qPrintable(QString::number(categories.value(QStringLiteral("left_behind")))));
    QVERIFY(categories.value(QStringLiteral("not_left_behind")) > 30);
    QVERIFY(categories.value(QStringLiteral("suspected")) > 5);
    QCOMPARE(categories.value(QStringLiteral("over_age")), 0);
    // Siblings share the household and the same parents.
    q.exec(QStringLiteral(
        "SELECT count(DISTINCT p.name), count(*) FROM child c JOIN person p ON p.child_id = c.id"
        " AND p.relation = 'father' GROUP BY c.household_id HAVING count(*) > 1"));
    int siblingHouseholds = 0;
    while (q.next()) {
        ++siblingHouseholds;
        QCOMPARE(q.value(0).toInt(), 1);
    }
    QVERIFY(siblingHouseholds > 10);
}

void TestDemoGenerator::sameSeedSameData()
{
    auto a = openStation(QStringLiteral("a.sqlite"), QStringLiteral("village"), m_village);
    auto b = openStation(QStringLiteral("bb.sqlite"), QStringLiteral("village"), m_village);
    auto c = openStation(QStringLiteral("ccc.sqlite"), QStringLiteral("village"), m_village);
    QVERIFY(DemoGenerator::generate(*a, {120, 42}).ok());
    QVERIFY(DemoGenerator::generate(*b, {120, 42}).ok());
    QVERIFY(DemoGenerator::generate(*c, {120, 43}).ok());
    const QStringList names = namesInOrder(*a);
    QCOMPARE(names.size(), 120);
    QCOMPARE(namesInOrder(*b), names);
    QVERIFY(namesInOrder(*c) != names);
}

void TestDemoGenerator::townshipSpreadsOverVillages()
{
    auto db = openStation(QStringLiteral("township.sqlite"), QStringLiteral("township"), m_township);
    Result<int> made = DemoGenerator::generate(*db, {300, 3});
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QCOMPARE(made.value(), 300);
    const QStringList villages = AreaCatalog::instance().villagesUnder(m_township);
    QSqlQuery q(db->sql());
    q.exec(QStringLiteral("SELECT DISTINCT area_code FROM child"));
    int distinct = 0;
    while (q.next()) {
        ++distinct;
        const QString area = q.value(0).toString();
        QVERIFY(AreaCatalog::instance().contains(area));
        QCOMPARE(AreaCode::levelOf(area), AreaLevel::Village);
        QVERIFY(AreaCode::contains(m_township, area));
        QVERIFY(villages.contains(area));
    }
    QVERIFY2(distinct >= std::min<qsizetype>(5, villages.size()), qPrintable(QString::number(distinct)));
}

void TestDemoGenerator::cancelKeepsWholeHouseholds()
{
    auto db = openStation(QStringLiteral("cancel.sqlite"), QStringLiteral("village"), m_village);
    int calls = 0;
    Result<int> made = DemoGenerator::generate(*db, {1000, 5}, [&](int done, int total) {
        ++calls;
        return total == 1000 && done < 50;
    });
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QVERIFY(made.value() >= 50 && made.value() <= 51);
    QSqlQuery q(db->sql());
    q.exec(QStringLiteral("SELECT count(*) FROM child"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), made.value());
    QVERIFY(!db->inTransaction());

    // Running again with the same seed adds children without repeating an ID number.
    QVERIFY(DemoGenerator::generate(*db, {100, 5}).ok());
    q.exec(QStringLiteral("SELECT count(*), count(DISTINCT id_number), count(id_number) FROM child"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), made.value() + 100);
    QCOMPARE(q.value(1).toInt(), q.value(2).toInt());
}

void TestDemoGenerator::refusesWithoutStation()
{
    auto db = CaseDatabase::open(m_dir.filePath(QStringLiteral("empty.sqlite")), m_clock);
    QVERIFY(db.ok());
    Result<int> made = DemoGenerator::generate(*db.value(), {10, 1});
    QVERIFY(!made.ok());
    QVERIFY(!made.error().isEmpty());
}

void TestDemoGenerator::speed()
{
    // The target is 60,000 children in well under a minute; by default a tenth, to keep the suite quick
    // (SHOUHU_DEMO_BENCH=60000 measures the full size).
    const int children = qEnvironmentVariableIntValue("SHOUHU_DEMO_BENCH") > 0
                             ? qEnvironmentVariableIntValue("SHOUHU_DEMO_BENCH")
                             : 6000;
    auto db =
        openStation(QStringLiteral("speed.sqlite"), QStringLiteral("county"), QStringLiteral("441523000000"));
    QElapsedTimer timer;
    timer.start();
    Result<int> made = DemoGenerator::generate(*db, {children, 11});
    QVERIFY2(made.ok(), qPrintable(made.error()));
    const qint64 ms = timer.elapsed();
    qInfo("%d children in %lld ms (%.0f per second)", children, ms, children * 1000.0 / qMax<qint64>(1, ms));
    QCOMPARE(made.value(), children);
    QSqlQuery q(db->sql());
    q.exec(QStringLiteral("SELECT count(*) FROM child"));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), children);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "TestDemoGenerator.moc"
