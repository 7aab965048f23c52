// Daily spot checks (抽查): a sample of the children whose records were updated on the day or in the week,
// never the same child twice for one day or week; marked verified or a problem with a note; counted per
// village; refused with one sentence and nothing written where they must be; carried to the village by sync.
#include "SyncStations.h"
#include "TestDatabase.h"

#include "domain/AreaCatalog.h"
#include "storage/CaseRepository.h"
#include "storage/SpotCheckRepository.h"
#include "sync/Crypto.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

using Period = SpotCheckRepository::Period;

class TestSpotChecks final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::initialize().ok()); }
    void init();
    void cleanup();
    void drawsFromTheDaysUpdatesOnly();
    void theWeekHoldsEveryDay();
    void refusals_data();
    void refusals();
    void marksAndCountsPerVillage();
    void aProblemTravelsToTheVillage();

private:
    QString addChild(const QString& name, int sequence, const QString& village)
    {
        ChildFile f = TestDatabase::leftBehindChild(name, QDate(2014, 6, 1), sequence, m_clock->today());
        f.areaCode = village;
        Result<QString> id = CaseRepository(*m_db).create(f);
        if (!id)
            qWarning() << id.error();
        return id.ok() ? id.value() : QString();
    }
    int count(const QString& sql) const
    {
        QSqlQuery q(m_db->sql());
        q.exec(sql);
        return q.next() ? q.value(0).toInt() : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<CaseDatabase> m_db;
    QStringList m_monday; // created on Monday 2024-07-15: six in the village, three in the other
    QString m_wednesday;  // a child of the village changed on Wednesday 2024-07-17
};

void TestSpotChecks::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2024, 7, 15), QTime(9, 0)));
    m_db = TestDatabase::open(*m_dir, *m_clock, TestDatabase::kTownship, QStringLiteral("township"));
    QVERIFY(m_db);
    m_monday.clear();
    for (int i = 0; i < 9; ++i) {
        const QString id = addChild(QStringLiteral("儿童%1").arg(i), 100 + i,
                                    i < 6 ? TestDatabase::kVillage : TestDatabase::kOtherVillage);
        QVERIFY(!id.isEmpty());
        m_monday << id;
    }
    m_clock->set(QDateTime(QDate(2024, 7, 17), QTime(10, 0)));
    m_wednesday = m_monday.at(2);
    Result<ChildFile> f = CaseRepository(*m_db).load(m_wednesday);
    QVERIFY(f.ok());
    f->child.insert(QStringLiteral("school_name"), QStringLiteral("中心小学"));
    QVERIFY(CaseRepository(*m_db).update(m_wednesday, f.value()).ok());
}

void TestSpotChecks::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSpotChecks::drawsFromTheDaysUpdatesOnly()
{
    SpotCheckRepository repo(*m_db);
    // Wednesday: the one child changed that day.
    Result<QList<SpotCheck>> wednesday = repo.draw(Period::Day, m_clock->today(), 5);
    QVERIFY2(wednesday.ok(), qPrintable(wednesday.error()));
    QCOMPARE(wednesday->size(), 1);
    QCOMPARE(wednesday->first().childId, m_wednesday);
    QCOMPARE(wednesday->first().result, QStringLiteral("pending"));
    QCOMPARE(wednesday->first().areaCode, TestDatabase::kVillage);
    QVERIFY(!wednesday->first().childName.isEmpty());
    // Monday, four of nine, then the other five, then none left.
    Result<QList<SpotCheck>> first = repo.draw(Period::Day, QDate(2024, 7, 15), 4, {}, 7);
    QVERIFY2(first.ok(), qPrintable(first.error()));
    QCOMPARE(first->size(), 4);
    Result<QList<SpotCheck>> rest = repo.draw(Period::Day, QDate(2024, 7, 15), 20);
    QVERIFY2(rest.ok(), qPrintable(rest.error()));
    QCOMPARE(rest->size(), 5);
    QSet<QString> children;
    for (const QList<SpotCheck>* l : {&first.value(), &rest.value()}) {
        for (const SpotCheck& c : *l) {
            QVERIFY(m_monday.contains(c.childId));
            QCOMPARE(c.sampleDate, QDate(2024, 7, 15));
            children.insert(c.childId);
        }
    }
    QCOMPARE(children.size(), 9);
    Result<QList<SpotCheck>> none = repo.draw(Period::Day, QDate(2024, 7, 15), 3);
    QVERIFY(!none);
    QVERIFY2(none.error().contains(QStringLiteral("drawn already")), qPrintable(none.error()));
    // Tuesday: nothing was updated.
    Result<QList<SpotCheck>> tuesday = repo.draw(Period::Day, QDate(2024, 7, 16), 3);
    QVERIFY(!tuesday);
    QVERIFY2(tuesday.error().contains(QStringLiteral("nothing to check")), qPrintable(tuesday.error()));
    // One village only.
    QCOMPARE(repo.list(Period::Day, QDate(2024, 7, 15), TestDatabase::kOtherVillage)->size(), 3);
    // The sample size: a setting, 10 by default.
    QCOMPARE(repo.sampleSize(), SpotCheckRepository::DefaultSampleSize);
    QVERIFY(repo.setSampleSize(2).ok());
    QCOMPARE(SpotCheckRepository(*m_db).sampleSize(), 2);
    QVERIFY(!repo.setSampleSize(0));
}

void TestSpotChecks::theWeekHoldsEveryDay()
{
    SpotCheckRepository repo(*m_db);
    Result<QList<SpotCheck>> week = repo.draw(Period::Week, m_clock->today(), 100);
    QVERIFY2(week.ok(), qPrintable(week.error()));
    QCOMPARE(week->size(), 9); // Monday's nine; Wednesday's child is one of them
    QCOMPARE(week->first().sampleDate, QDate(2024, 7, 15));
    QCOMPARE(week->first().period, QStringLiteral("week"));
    // A daily sample of the week is a sample of its own, and the week's list holds both.
    QVERIFY(repo.draw(Period::Day, m_clock->today(), 1).ok());
    QCOMPARE(repo.list(Period::Week, QDate(2024, 7, 19))->size(), 10);
    QCOMPARE(repo.list(Period::Day, m_clock->today())->size(), 1);
}

void TestSpotChecks::refusals_data()
{
    QTest::addColumn<QString>("what");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a day to come") << "future"
                                   << "earlier day";
    QTest::newRow("no record") << "size0"
                               << "between 1 and 500";
    QTest::newRow("too many") << "size501"
                              << "between 1 and 500";
    QTest::newRow("an area outside the station") << "outside"
                                                 << "not inside this station's area";
    QTest::newRow("not an area") << "nowhere"
                                 << "official list";
    QTest::newRow("a problem without a note") << "problem"
                                              << "Say what is wrong";
    QTest::newRow("neither verified nor a problem") << "maybe"
                                                    << "verified or a problem";
    QTest::newRow("no such check") << "unknown"
                                   << "No spot check with the id";
}

void TestSpotChecks::refusals()
{
    QFETCH(QString, what);
    QFETCH(QString, expected);
    SpotCheckRepository repo(*m_db);
    Result<QList<SpotCheck>> one = repo.draw(Period::Day, m_clock->today(), 1);
    QVERIFY(one.ok());
    const QByteArray before = SyncStations::state(*m_db);
    QString error;
    if (what == QLatin1String("future")) {
        error = repo.draw(Period::Day, m_clock->today().addDays(1), 1).error();
    } else if (what.startsWith(QLatin1String("size"))) {
        error = repo.draw(Period::Day, QDate(2024, 7, 15), what.mid(4).toInt() == 0 ? -1 : 501).error();
    } else if (what == QLatin1String("outside")) {
        QString other;
        for (const QString& t : AreaCatalog::instance().children(TestDatabase::kCounty)) {
            if (t != TestDatabase::kTownship)
                other = t;
        }
        error = repo.draw(Period::Day, QDate(2024, 7, 15), 1, other).error();
    } else if (what == QLatin1String("nowhere")) {
        error = repo.draw(Period::Day, QDate(2024, 7, 15), 1, QStringLiteral("999999")).error();
    } else if (what == QLatin1String("problem")) {
        error = repo.mark(one->first().id, QStringLiteral("problem"), QStringLiteral("  ")).error();
    } else if (what == QLatin1String("maybe")) {
        error = repo.mark(one->first().id, QStringLiteral("pending"), {}).error();
    } else if (what == QLatin1String("unknown")) {
        error = repo.mark(RecordWriter::newId(), QStringLiteral("verified"), {}).error();
    }
    QVERIFY2(error.contains(expected), qPrintable(error));
    QCOMPARE(SyncStations::state(*m_db), before);
}

void TestSpotChecks::marksAndCountsPerVillage()
{
    SpotCheckRepository repo(*m_db);
    Result<QList<SpotCheck>> drawn = repo.draw(Period::Day, QDate(2024, 7, 15), 9);
    QVERIFY(drawn.ok());
    int verified = 0;
    int problems = 0;
    for (const SpotCheck& c : drawn.value()) {
        // In the village: two verified, one problem; in the other: one verified.
        const bool village = c.areaCode == TestDatabase::kVillage;
        if ((village && verified < 2) || (!village && verified == 2)) {
            QVERIFY(repo.mark(c.id, QStringLiteral("verified"), {}, QStringLiteral("陈丽")).ok());
            ++verified;
        } else if (village && problems == 0) {
            QVERIFY(repo.mark(c.id, QStringLiteral("problem"), QStringLiteral("照护人电话有误")).ok());
            ++problems;
        }
    }
    Result<QList<SpotCheckTally>> tally = repo.tally(Period::Day, QDate(2024, 7, 15));
    QVERIFY2(tally.ok(), qPrintable(tally.error()));
    QCOMPARE(tally->size(), 3); // two villages and the total
    QCOMPARE(tally->at(0).areaCode, TestDatabase::kVillage);
    QCOMPARE(tally->at(0).drawn, 6);
    QCOMPARE(tally->at(0).verified, 2);
    QCOMPARE(tally->at(0).problems, 1);
    QCOMPARE(tally->at(0).pending(), 3);
    QCOMPARE(tally->at(1).areaCode, TestDatabase::kOtherVillage);
    QCOMPARE(tally->at(1).drawn, 3);
    QCOMPARE(tally->at(1).verified, 1);
    QCOMPARE(tally->at(2).drawn, 9);
    QCOMPARE(tally->at(2).verified, 3);
    QCOMPARE(tally->at(2).problems, 1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM spot_check WHERE result = 'problem'"
                                  " AND note = '照护人电话有误' AND checked_on = '2024-07-17'")),
             1);
}

void TestSpotChecks::aProblemTravelsToTheVillage()
{
    using namespace SyncStations;
    FixedClock clock(QDateTime(QDate(2024, 7, 17), QTime(9, 0)));
    auto village =
        make(clock, TestDatabase::kVillage, QStringLiteral("village"), QStringLiteral("aaaaaaaaaaaaaaa1"));
    auto township =
        make(clock, TestDatabase::kTownship, QStringLiteral("township"), QStringLiteral("bbbbbbbbbbbbbbb2"));
    QVERIFY(village && township && enrolBoth(*village, *township));
    const QString child = SyncStations::addChild(*village->db, QStringLiteral("李小红"), 124, clock.today());
    QTemporaryDir dir;
    const auto exchange = [&](Station& from, Station& to) {
        const QString path = dir.filePath(RecordWriter::newId() + QStringLiteral(".shpkg"));
        if (exportTo(from, to.id(), path).isEmpty())
            return false;
        Result<ImportReport> r = importInto(to, path);
        if (!r)
            qWarning() << r.error();
        return r.ok();
    };
    QVERIFY(exchange(*village, *township));
    // The village cannot draw.
    QVERIFY(!SpotCheckRepository(*village->db).draw(Period::Day, clock.today(), 1));
    SpotCheckRepository office(*township->db);
    Result<QList<SpotCheck>> drawn = office.draw(Period::Day, clock.today(), 5);
    QVERIFY2(drawn.ok(), qPrintable(drawn.error()));
    QCOMPARE(drawn->size(), 1);
    QCOMPARE(drawn->first().childId, child);
    QVERIFY(
        office.mark(drawn->first().id, QStringLiteral("problem"), QStringLiteral("缺少照护人身份证号")).ok());
    QVERIFY(exchange(*township, *village));
    Result<SpotCheck> there = SpotCheckRepository(*village->db).load(drawn->first().id);
    QVERIFY2(there.ok(), qPrintable(there.error()));
    QCOMPARE(there->result, QStringLiteral("problem"));
    QCOMPARE(there->note, QStringLiteral("缺少照护人身份证号"));
    QCOMPARE(there->areaCode, TestDatabase::kVillage);

    // At the village the finding is read, not changed.
    const QByteArray before = SyncStations::state(*village->db);
    const Status marked =
        SpotCheckRepository(*village->db).mark(drawn->first().id, QStringLiteral("verified"), QString());
    QVERIFY(!marked);
    QVERIFY2(marked.error().contains(QStringLiteral("only be read")), qPrintable(marked.error()));
    QCOMPARE(SyncStations::state(*village->db), before);

    // A full package from the village, echo included, leaves the spot check out (the township would refuse
    // the package if it held one from a village) and is imported.
    const QString path = dir.filePath(QStringLiteral("full.shpkg"));
    PackageWriter::Options o;
    o.recipient = township->id();
    o.path = path;
    o.full = true;
    o.echo = true;
    Result<PackageHeader> h = PackageWriter::write(*village->db, *village->keys, o);
    QVERIFY2(h.ok(), qPrintable(h.error()));
    QVERIFY(h->counts.value(QStringLiteral("records")) > 0);
    Result<ImportReport> r = importInto(*township, path);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(SpotCheckRepository(*township->db).load(drawn->first().id)->result, QStringLiteral("problem"));
}

QTEST_GUILESS_MAIN(TestSpotChecks)
#include "TestSpotChecks.moc"
