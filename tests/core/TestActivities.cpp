// Group activities and talks (notice point 5): what is refused with its sentence (and nothing written), the
// list of participants replaced on a change without deleting records, the counts of a span of time and of
// the dispatch report, one record when two stations add the same child, and a merge of two files carrying
// the child's part along.
#include "SyncStations.h"
#include "TestDatabase.h"

#include "domain/AreaCatalog.h"
#include "domain/IsoWeek.h"
#include "reports/DispatchReport.h"
#include "storage/ActivityRepository.h"
#include "storage/CaseRepository.h"
#include "storage/ChildMerger.h"
#include "storage/RecordIdentity.h"
#include "sync/Crypto.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

class TestActivities final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusals_data();
    void refusals();
    void savedWithItsParticipants();
    void changeReplacesTheList();
    void countsOfASpan();
    void dispatchReportCountsActivities();
    void twoStationsAddingTheSameChildMakeOneRecord();
    void mergeCarriesTheChildsPart();
    void jsonRoundTrip();

private:
    QString addChild(const QString& name, int sequence, const QString& village = TestDatabase::kVillage,
                     QDate birth = QDate(2014, 6, 1))
    {
        ChildFile f = TestDatabase::leftBehindChild(name, birth, sequence, m_clock->today());
        f.areaCode = village;
        Result<QString> id = CaseRepository(*m_db).create(f);
        if (!id)
            qWarning() << id.error();
        return id.ok() ? id.value() : QString();
    }
    Activity talk(QDate date = QDate(2024, 7, 10)) const
    {
        Activity a;
        a.date = date;
        a.kind = QStringLiteral("policy_talk");
        a.topic = QStringLiteral("安全自护专题宣讲");
        a.place = QStringLiteral("村委会");
        a.organiser = QStringLiteral("镇民政办");
        a.participants = {{m_a, true, true, QStringLiteral("李奶奶")}, {m_b, true, false, {}}};
        return a;
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
    QString m_a, m_b, m_other;
};

void TestActivities::initTestCase()
{
    QVERIFY(Crypto::initialize().ok());
}

void TestActivities::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2024, 7, 20), QTime(9, 0)));
    // A township station: it may record activities in each of its villages.
    m_db = TestDatabase::open(*m_dir, *m_clock, TestDatabase::kTownship, QStringLiteral("township"));
    QVERIFY(m_db);
    m_a = addChild(QStringLiteral("李小红"), 124);
    m_b = addChild(QStringLiteral("王小明"), 135);
    m_other = addChild(QStringLiteral("赵小二"), 146, TestDatabase::kOtherVillage);
    QVERIFY(!m_a.isEmpty() && !m_b.isEmpty() && !m_other.isEmpty());
}

void TestActivities::cleanup()
{
    m_db.reset();
    m_dir.reset();
    m_clock.reset();
}

void TestActivities::refusals_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("no kind") << "kind="
                             << "Kind of activity";
    QTest::newRow("unknown kind") << "kind=party"
                                  << "party";
    QTest::newRow("no date") << "date="
                             << "Date";
    QTest::newRow("date in the future") << "date=2024-07-21"
                                        << "future";
    QTest::newRow("no topic") << "topic="
                              << "Topic";
    QTest::newRow("topic too long") << "topic=long"
                                    << "200";
    QTest::newRow("a child of another village") << "other"
                                                << "another village";
    QTest::newRow("a child listed twice") << "twice"
                                          << "listed twice";
    QTest::newRow("no such child") << "nobody"
                                   << "No child with the id";
    QTest::newRow("a village outside the station") << "area=outside"
                                                   << "outside this station";
    QTest::newRow("not a village") << "area=441523101000"
                                   << "official list";
    QTest::newRow("no village and no child") << "none"
                                             << "official list";
    QTest::newRow("village other than the children's") << "area=441523101202"
                                                       << "not in the activity's village";
    QTest::newRow("a guardian's name too long") << "guardian"
                                                << "50";
}

void TestActivities::refusals()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    Activity a = talk();
    const QString key = change.section(QLatin1Char('='), 0, 0);
    const QString value = change.section(QLatin1Char('='), 1);
    if (key == QLatin1String("kind"))
        a.kind = value;
    else if (key == QLatin1String("date"))
        a.date = value.isEmpty() ? QDate() : QDate::fromString(value, Qt::ISODate);
    else if (key == QLatin1String("topic"))
        a.topic = value == QLatin1String("long") ? QString(201, QChar(0x5B89)) : value;
    else if (key == QLatin1String("area") && value == QLatin1String("outside")) {
        // A village of another township of the county.
        for (const QString& township : AreaCatalog::instance().children(TestDatabase::kCounty)) {
            if (township != TestDatabase::kTownship &&
                !AreaCatalog::instance().children(township).isEmpty()) {
                a.areaCode = AreaCatalog::instance().children(township).first();
                break;
            }
        }
        QVERIFY(!a.areaCode.isEmpty());
    } else if (key == QLatin1String("area"))
        a.areaCode = value;
    else if (key == QLatin1String("other"))
        a.participants << ActivityParticipant{m_other, true, false, {}};
    else if (key == QLatin1String("twice"))
        a.participants << ActivityParticipant{m_a, false, true, {}};
    else if (key == QLatin1String("nobody"))
        a.participants << ActivityParticipant{RecordWriter::newId(), true, false, {}};
    else if (key == QLatin1String("none"))
        a.participants.clear();
    else if (key == QLatin1String("guardian"))
        a.participants[0].guardianName = QString(51, QChar(0x674E));
    const int audit = count(QStringLiteral("SELECT count(*) FROM audit"));
    Result<QString> saved = ActivityRepository(*m_db).save(a);
    QVERIFY(!saved);
    QVERIFY2(saved.error().contains(expected), qPrintable(saved.error()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM activity")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM activity_participant")), 0);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit")), audit);
}

void TestActivities::savedWithItsParticipants()
{
    ActivityRepository repo(*m_db);
    Result<QString> id = repo.save(talk());
    QVERIFY2(id.ok(), qPrintable(id.error()));
    Result<Activity> a = repo.load(id.value());
    QVERIFY2(a.ok(), qPrintable(a.error()));
    QCOMPARE(a->areaCode, TestDatabase::kVillage); // the children's village
    QCOMPARE(a->childCount, 2);
    QCOMPARE(a->guardianCount, 1);
    QCOMPARE(a->participants.size(), 2);
    for (const ActivityParticipant& p : a->participants) {
        QVERIFY(!p.childName.isEmpty());
        if (p.childId == m_a)
            QCOMPARE(p.guardianName, QStringLiteral("李奶奶"));
    }
    // The participants' ids are the pairs' and their village the activity's; every field is audited.
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM activity_participant WHERE id = '%1' AND area_code = '%2'")
                  .arg(RecordIdentity::participantId(id.value(), m_a), TestDatabase::kVillage)),
        1);
    // The creation of the activity and of each participant is in the audit trail.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'activity' AND record_id = '%1'"
                                  " AND field = '*'")
                       .arg(id.value())),
             1);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'activity_participant'"
                                  " AND field = '*'")),
             2);
    Result<QList<Activity>> ofChild = repo.forChild(m_b);
    QVERIFY(ofChild.ok());
    QCOMPARE(ofChild->size(), 1);
    QCOMPARE(repo.forChild(m_other)->size(), 0);
}

void TestActivities::changeReplacesTheList()
{
    ActivityRepository repo(*m_db);
    Result<QString> id = repo.save(talk());
    QVERIFY(id.ok());
    Activity changed = talk();
    changed.id = id.value();
    changed.topic = QStringLiteral("亲情沟通专题宣讲");
    changed.participants = {{m_b, false, true, QStringLiteral("王爷爷")}};
    Result<QString> again = repo.save(changed);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QCOMPARE(again.value(), id.value());
    Result<Activity> a = repo.load(id.value());
    QCOMPARE(a->topic, QStringLiteral("亲情沟通专题宣讲"));
    QCOMPARE(a->childCount, 0);
    QCOMPARE(a->guardianCount, 1);
    QCOMPARE(a->participants.size(), 1);
    QCOMPARE(a->participants.first().childId, m_b);
    // The child taken off the list keeps its record, with both flags cleared.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM activity_participant")), 2);
    QCOMPARE(count(QStringLiteral("SELECT child_took_part + guardian_took_part FROM activity_participant"
                                  " WHERE child_id = '%1'")
                       .arg(m_a)),
             0);
    QCOMPARE(repo.forChild(m_a)->size(), 0);
    // An activity stays in its village.
    changed.areaCode = TestDatabase::kOtherVillage;
    changed.participants.clear();
    Result<QString> moved = repo.save(changed);
    QVERIFY(!moved);
    QVERIFY2(moved.error().contains(QStringLiteral("stays in its village")), qPrintable(moved.error()));
}

void TestActivities::countsOfASpan()
{
    ActivityRepository repo(*m_db);
    QVERIFY(repo.save(talk(QDate(2024, 7, 1))).ok());
    Activity summer = talk(QDate(2024, 7, 15));
    summer.kind = QStringLiteral("summer_class");
    summer.participants = {{m_a, true, false, {}}};
    QVERIFY(repo.save(summer).ok());
    Activity elsewhere = talk(QDate(2024, 7, 15));
    elsewhere.participants = {{m_other, true, true, {}}};
    QVERIFY(repo.save(elsewhere).ok());

    Result<ActivityCounts> july = repo.counts(TestDatabase::kVillage, QDate(2024, 7, 1), QDate(2024, 7, 31));
    QVERIFY(july.ok());
    QCOMPARE(july->activities, 2);
    QCOMPARE(july->children, 2);  // 李小红 twice, 王小明 once: two children
    QCOMPARE(july->guardians, 1); // 李小红's grandmother at the talk
    Result<ActivityCounts> township = repo.counts(TestDatabase::kTownship, {}, {});
    QCOMPARE(township->activities, 3);
    QCOMPARE(township->children, 3);
    QCOMPARE(township->guardians, 2);
    Result<ActivityCounts> later = repo.counts(TestDatabase::kVillage, QDate(2024, 7, 2), {});
    QCOMPARE(later->activities, 1);
    QCOMPARE(later->children, 1);
    QCOMPARE(repo.list(TestDatabase::kTownship, {}, {})->size(), 3);
    QCOMPARE(repo.list(TestDatabase::kOtherVillage, {}, {})->size(), 1);
}

void TestActivities::dispatchReportCountsActivities()
{
    ActivityRepository repo(*m_db);
    QVERIFY(repo.save(talk(QDate(2024, 7, 15))).ok()); // Monday of 2024-W29
    Activity sunday = talk(QDate(2024, 7, 14));        // the week before
    QVERIFY(repo.save(sunday).ok());
    Activity other = talk(QDate(2024, 7, 17));
    other.participants = {{m_other, true, false, {}}};
    QVERIFY(repo.save(other).ok());
    DispatchReport::Options o;
    o.week = IsoWeek::of(QDate(2024, 7, 17));
    o.today = m_clock->today();
    Result<DispatchReport::Report> r = DispatchReport::compute(*m_db, o);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    for (const DispatchReport::Row& row : r->rows) {
        if (row.areaCode == TestDatabase::kVillage) {
            QCOMPARE(row.activities, 1);
            QCOMPARE(row.activityChildren, 2);
        } else if (row.areaCode == TestDatabase::kOtherVillage) {
            QCOMPARE(row.activities, 1);
            QCOMPARE(row.activityChildren, 1);
        } else {
            QCOMPARE(row.activities, 0);
        }
    }
    QCOMPARE(r->total.activities, 2);
    QCOMPARE(r->total.activityChildren, 3);
}

void TestActivities::twoStationsAddingTheSameChildMakeOneRecord()
{
    using namespace SyncStations;
    FixedClock clock(QDateTime(QDate(2024, 7, 20), QTime(9, 0)));
    auto village =
        make(clock, TestDatabase::kVillage, QStringLiteral("village"), QStringLiteral("aaaaaaaaaaaaaaa1"));
    auto township =
        make(clock, TestDatabase::kTownship, QStringLiteral("township"), QStringLiteral("bbbbbbbbbbbbbbb2"));
    QVERIFY(village && township && enrolBoth(*village, *township));
    const QString a = SyncStations::addChild(*village->db, QStringLiteral("李小红"), 124, clock.today());
    const QString b = SyncStations::addChild(*village->db, QStringLiteral("王小明"), 135, clock.today());
    Activity act = talk();
    act.participants = {{a, true, false, {}}};
    Result<QString> id = ActivityRepository(*village->db).save(act);
    QVERIFY2(id.ok(), qPrintable(id.error()));
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
    // Both add 王小明, each not knowing of the other: the village the child, the township the guardian.
    act.id = id.value();
    act.participants = {{a, true, false, {}}, {b, true, false, {}}};
    QVERIFY(ActivityRepository(*village->db).save(act).ok());
    act.participants = {{a, true, false, {}}, {b, false, true, QStringLiteral("王爷爷")}};
    QVERIFY(ActivityRepository(*township->db).save(act).ok());
    QVERIFY(exchange(*village, *township));
    QVERIFY(exchange(*township, *village));
    const QString row =
        QStringLiteral("SELECT count(*) FROM activity_participant WHERE child_id = '%1'").arg(b);
    QCOMPARE(SyncStations::count(*village->db, row), 1);
    QCOMPARE(SyncStations::count(*township->db, row), 1);
    const QString values = QStringLiteral("SELECT child_took_part * 100 + guardian_took_part * 10 +"
                                          " (guardian_name IS NOT NULL) FROM activity_participant"
                                          " WHERE child_id = '%1'")
                               .arg(b);
    QCOMPARE(SyncStations::count(*village->db, values), SyncStations::count(*township->db, values));
    // Whichever value won, the other is in the conflicts list at both, naming the same winner.
    const QString conflicts =
        QStringLiteral("SELECT count(*) FROM conflict WHERE entity = 'activity_participant'");
    QVERIFY(SyncStations::count(*village->db, conflicts) >= 1);
    QCOMPARE(SyncStations::count(*village->db, conflicts), SyncStations::count(*township->db, conflicts));
}

void TestActivities::mergeCarriesTheChildsPart()
{
    // The same child registered twice in the village (same name and birth date), in an activity as each file.
    // The second file without the ID number (so that the two can be one child).
    ChildFile second =
        TestDatabase::leftBehindChild(QStringLiteral("李小红"), QDate(2014, 6, 1), 125, m_clock->today());
    second.child.remove(QStringLiteral("id_number"));
    Result<QString> made = CaseRepository(*m_db).create(second);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    const QString twin = made.value();
    ActivityRepository repo(*m_db);
    Activity first = talk();
    first.participants = {{twin, false, true, QStringLiteral("李奶奶")}};
    Result<QString> id = repo.save(first);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    Result<ChildMergeOutcome> merged = ChildMerger(*m_db).merge(m_a, twin);
    QVERIFY2(merged.ok(), qPrintable(merged.error()));
    const QString kept = merged->keptId;
    const QString gone = kept == m_a ? twin : m_a;
    Result<Activity> a = repo.load(id.value());
    QCOMPARE(a->participants.size(), 1);
    QCOMPARE(a->participants.first().childId, kept);
    QVERIFY(a->participants.first().guardian);
    QCOMPARE(a->participants.first().guardianName, QStringLiteral("李奶奶"));
    QCOMPARE(repo.forChild(gone)->size(), 0);
    // The merged-away file cannot be added any more.
    first.id = id.value();
    first.participants = {{gone, true, false, {}}};
    Result<QString> refused = repo.save(first);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QStringLiteral("merged into")), qPrintable(refused.error()));
}

void TestActivities::jsonRoundTrip()
{
    Activity a = talk();
    a.id = RecordWriter::newId();
    a.areaCode = TestDatabase::kVillage;
    Result<Activity> back = Activity::fromJson(a.toJson());
    QVERIFY2(back.ok(), qPrintable(back.error()));
    QCOMPARE(back->toJson(), a.toJson());
    // Wrong types and unknown keys are refused, not coerced.
    QJsonObject bad = a.toJson();
    bad.insert(QStringLiteral("date"), 20240710);
    QVERIFY(!Activity::fromJson(bad));
    bad = a.toJson();
    bad.insert(QStringLiteral("colour"), QStringLiteral("red"));
    QVERIFY(!Activity::fromJson(bad));
    bad = a.toJson();
    bad.insert(QStringLiteral("date"), QStringLiteral("2024-02-30"));
    QVERIFY(!Activity::fromJson(bad));
    QJsonArray people{QJsonObject{{QStringLiteral("child"), m_a}, {QStringLiteral("child_took_part"), 1}}};
    bad = a.toJson();
    bad.insert(QStringLiteral("participants"), people);
    QVERIFY(!Activity::fromJson(bad));
}

QTEST_GUILESS_MAIN(TestActivities)
#include "TestActivities.moc"
