#include "TestDatabase.h"
#include "domain/AreaCatalog.h"
#include "reports/Statistics.h"
#include "storage/CaseRepository.h"
#include "storage/EntitySchema.h"
#include "storage/FieldValidator.h"
#include "storage/StationSetup.h"

#include <QSqlQuery>
#include <QTest>

// The fields the policy rules read, through the one write path: the 18-year limit of a new child, the hukou
// county (a county, or a city without counties), the places abroad, the 62号 statuses with their start date,
// where and with whom the child lives; and old files whose values the stricter checks refuse.
class TestRuleFields final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(10, 0))};
    QDate today() const { return m_clock.today(); }

    static QString stored(CaseDatabase& db, const QString& sql)
    {
        QSqlQuery q(db.sql());
        q.exec(sql);
        return q.next() ? q.value(0).toString() : QStringLiteral("<none>");
    }

private slots:
    void eighteenYearLimit_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("18 tomorrow") << QDate(2008, 11, 29) << true;
        QTest::newRow("18th birthday today") << QDate(2008, 11, 28) << false;
        QTest::newRow("turned 18 yesterday") << QDate(2008, 11, 27) << false;
        QTest::newRow("17") << QDate(2009, 6, 1) << true;
        // 29 February: the 18th birthday in a non-leap year is 28 February (民法典 Art. 201).
        QTest::newRow("born 29 Feb 2008, 28 Feb 2026 is the birthday") << QDate(2008, 2, 29) << false;
    }
    void eighteenYearLimit()
    {
        QFETCH(QDate, birth);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        CaseRepository repo(*db);
        Result<QString> id =
            repo.create(TestDatabase::leftBehindChild(QStringLiteral("王小明"), birth, 13, today()));
        QCOMPARE(id.ok(), accepted);
        if (!accepted)
            QCOMPARE(id.error(), QStringLiteral("The child is 18 or older; check the birth date."));
    }

    void hukouCounty_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("a county") << "431126" << true;
        QTest::newRow("a city district") << "440305" << true;
        QTest::newRow("东莞市, no counties") << "441900" << true;
        QTest::newRow("中山市, no counties") << "442000" << true;
        QTest::newRow("儋州市, no counties") << "460400" << true;
        QTest::newRow("嘉峪关市, no counties") << "620200" << true;
        QTest::newRow("a city with counties") << "431100" << false;
        QTest::newRow("a city's 4 digits") << "4311" << false;
        QTest::newRow("东莞's 4 digits") << "4419" << false;
        QTest::newRow("a province") << "43" << false;
        QTest::newRow("a township") << "431126100" << false;
        QTest::newRow("a village") << "431126100201" << false;
        QTest::newRow("not in the list") << "431199" << false;
        QTest::newRow("letters") << "43112a" << false;
    }
    void hukouCounty()
    {
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const FieldSpec* spec = EntitySchema::child().field(u"hukou_county");
        QVERIFY(spec);
        const Result<QVariant> r = FieldValidator::normalize(*spec, value, today());
        QCOMPARE(r.ok(), accepted);
        if (accepted)
            QCOMPARE(r.value().toString(), value); // stored exactly as typed
        else
            QVERIFY2(r.error().contains(QStringLiteral("is not the 6-digit code of a county")),
                     qPrintable(r.error()));
    }

    // The list of cities without counties in AreaCode is the one of the official list: every city whose
    // areas one level down are townships, or whose only county repeats the city (嘉峪关市 620201),
    // and no other.
    void citiesWithoutCountiesAreThoseOfTheList()
    {
        const AreaCatalog& areas = AreaCatalog::instance();
        QStringList found;
        for (const QString& province : areas.children(QString())) {
            for (const QString& city : areas.children(province)) {
                const QStringList below = areas.children(city);
                if (!below.isEmpty() &&
                    (AreaCode::levelOf(below.first()) == AreaLevel::Township ||
                     (below.size() == 1 && areas.name(below.first()) == areas.name(city))))
                    found << city.left(4);
            }
        }
        QCOMPARE(found, (QStringList{QStringLiteral("4419"), QStringLiteral("4420"), QStringLiteral("4604"),
                                     QStringLiteral("6202")}));
        for (const QString& city : found) {
            QVERIFY(AreaCode::inCityWithoutCounties(city));
            QVERIFY(AreaCode::isCountyUnit(QString(city + QStringLiteral("00000000"))));
            QCOMPARE(AreaCode::countyUnitOf(areas.villagesUnder(city).first()),
                     QString(city + QStringLiteral("00")));
        }
        QVERIFY(!AreaCode::isCountyUnit(QStringLiteral("431100000000")));
        QVERIFY(AreaCode::isCountyUnit(QStringLiteral("431126000000")));
        QCOMPARE(AreaCode::countyUnitOf(QStringLiteral("431100000000")), QString());
        QCOMPARE(AreaCode::countyUnitOf(QStringLiteral("620201100000")), QStringLiteral("620200"));
    }

    void stationRoles_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<QString>("area");
        QTest::addColumn<QString>("refusal"); // empty: accepted
        QTest::newRow("county station in 东莞") << "county"
                                                << "441900"
                                                << "";
        QTest::newRow("county station in 中山, 4 digits") << "county"
                                                          << "4420"
                                                          << "";
        QTest::newRow("city station in 东莞") << "city"
                                              << "4419"
                                              << "";
        QTest::newRow("county station in a county") << "county"
                                                    << "431126"
                                                    << "";
        QTest::newRow("county station on a city with counties")
            << "county"
            << "431100"
            << "which needs a county (6-digit code, such as 431126) or a city without counties";
        QTest::newRow("township station on a county")
            << "township"
            << "431126"
            << "which needs a township or street office (9-digit code)";
        QTest::newRow("city station on a county") << "city"
                                                  << "441523"
                                                  << "which needs a city (4-digit code, such as 4311)";
        QTest::newRow("village station on a township") << "village"
                                                       << "441523101"
                                                       << "which needs a village (12-digit code)";
    }
    void stationRoles()
    {
        QFETCH(QString, role);
        QFETCH(QString, area);
        QFETCH(QString, refusal);
        const Result<StationInfo> r = StationSetup::prepare(role, area, QStringLiteral("站"), QString());
        QCOMPARE(r.ok(), refusal.isEmpty());
        if (!r.ok())
            QVERIFY2(r.error().contains(refusal), qPrintable(r.error()));
    }

    // A county station in 东莞: a child of a 东莞 village, parents working in 广州, is left-behind (the hukou
    // county defaults to the city), and the report counts it.
    void dongguanCountyStationWorks()
    {
        QTemporaryDir dir;
        const QString village = AreaCatalog::instance().villagesUnder(QStringLiteral("441900000000")).first();
        auto db = TestDatabase::open(dir, m_clock, QStringLiteral("441900000000"), QStringLiteral("county"));
        QVERIFY(db->station().has_value());
        CaseRepository repo(*db);
        ChildFile f = TestDatabase::leftBehindChild(QStringLiteral("陈小东"), QDate(2016, 3, 5), 13, today());
        f.areaCode = village;
        f.child.insert(QStringLiteral("id_number"),
                       TestDatabase::makeId(QStringLiteral("441900"), QDate(2016, 3, 5), 13));
        f.persons[QStringLiteral("father")].insert(QStringLiteral("work_place_code"),
                                                   QStringLiteral("440106"));
        f.persons[QStringLiteral("mother")].insert(QStringLiteral("work_place_code"), QStringLiteral("4401"));
        Result<QString> id = repo.create(f);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        Result<ChildFile> loaded = repo.load(id.value());
        QCOMPARE(loaded->meta.value(QStringLiteral("category")).toString(), QStringLiteral("left_behind"));
        f.child.insert(QStringLiteral("hukou_county"), QStringLiteral("441900"));
        QVERIFY(repo.update(id.value(), f).ok());
        const auto counts = Statistics::compute(*db, QStringLiteral("441900000000"));
        QVERIFY2(counts.ok(), qPrintable(counts.error()));
        QCOMPARE(counts->children, 1);
    }

    void oldHukouCountyStaysUntilEdited()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        CaseRepository repo(*db);
        const QString id = repo.create(TestDatabase::leftBehindChild(QStringLiteral("王小明"),
                                                                     QDate(2016, 3, 5), 13, today()))
                               .value();
        // An earlier version accepted any prefix of an area code here.
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("UPDATE child SET hukou_county = '4415' WHERE id = '%1'").arg(id)));

        Result<ChildFile> loaded = repo.load(id);
        QVERIFY(loaded.ok());
        ChildFile edit = loaded.value(); // the form sends the whole file back
        edit.child.insert(QStringLiteral("school_name"), QStringLiteral("南跃小学"));
        Result<int> changed = repo.update(id, edit);
        QVERIFY2(changed.ok(), qPrintable(changed.error()));
        QCOMPARE(stored(*db, QStringLiteral("SELECT hukou_county FROM child")), QStringLiteral("4415"));
        QCOMPARE(stored(*db, QStringLiteral("SELECT school_name FROM child")), QStringLiteral("南跃小学"));
        QVERIFY(repo.exitChild(id, QStringLiteral("moved_away"), today()));

        // Typing a refused value is refused; typing a county replaces the old value.
        ChildFile retype;
        retype.child.insert(QStringLiteral("hukou_county"), QStringLiteral("4416"));
        QVERIFY(!repo.update(id, retype).ok());
        retype.child.insert(QStringLiteral("hukou_county"), QStringLiteral("441523"));
        QVERIFY(repo.update(id, retype).ok());
        QCOMPARE(stored(*db, QStringLiteral("SELECT hukou_county FROM child")), QStringLiteral("441523"));
    }
};

QTEST_GUILESS_MAIN(TestRuleFields)
#include "TestRuleFields.moc"
