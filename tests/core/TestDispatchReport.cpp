#include "AgreementFixtures.h"
#include "TestDatabase.h"
#include "documents/DispatchReportDocument.h"
#include "documents/DocumentRenderer.h"
#include "domain/AreaCatalog.h"
#include "reports/DispatchReport.h"
#include "reports/DispatchTable.h"
#include "reports/TableExport.h"
#include "storage/AttachmentStore.h"
#include "storage/CaseRepository.h"
#include "storage/VisitRepository.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocument>

#include <functional>
#include <tuple>

// The weekly dispatch report on a fixed township built here, figure by figure against numbers worked out by
// hand. 水唇镇 (441523101) has 17 areas in the list; children live in three villages:
//   A 南跃村 (…201): a1 edited, a2 visited, a3's father's phone changed in 2026-W49, a5 exited in W49;
//      a4 edited only in W50, a scan of a3's agreement attached in W50. a2 lacks the hukou address. a1, a2
//      surveyed; a3 signed an agreement in W46.
//   B 南进村 (…202): b1's agreement signed in W49, b2's household changed in W49 (and b2 edited on the
//      Sunday before, 23:59:59, W48), b3 edited on W49's Sunday at 23:59, b4 registered in W49 and surveyed
//      the day after it. b5 unchanged. b2 lacks health and schooling, b3 the caregiver's ID number and has
//      a birth date the ID number contradicts.
//   C 护硁村 (…203): c1 surveyed, edited only in W50; c2 (parents at home) has the wrong sex. Zero updates.
// Every child was registered on 2026-11-10 (W46) except b4; the report is made on 2026-12-10 (W50).
class TestDispatchReport final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void issueKinds_data();
    void issueKinds();
    void villageFigures_data();
    void villageFigures();
    void otherAreasAreZeroAndLast();
    void totals();
    void updatesByWeek_data();
    void updatesByWeek();
    void ranking_data();
    void ranking();
    void refusals();
    void cityRowsAreTownships();
    void csvHasBomAndRows();
    void xlsxReadsBack();
    void pdfIsOneLandscapePage();

private:
    void at(QDate day, QTime time = QTime(10, 0)) { m_clock.set(QDateTime(day, time)); }
    QString add(const QString& key, const QString& village, const QString& name, bool leftBehind);
    void edit(const QString& key, const std::function<void(ChildFile&)>& change);
    void visit(const QString& key, const QString& kind, QDate day);
    void signAgreement(const QString& key, QDate day);
    static bool sql(CaseDatabase& db, const QString& statement);
    Result<DispatchReport::Report> report(const QString& week, const QString& area = {});
    const DispatchReport::Row* row(const DispatchReport::Report& r, const QString& village) const;

    const QString m_a = QStringLiteral("441523101201");
    const QString m_b = QStringLiteral("441523101202");
    const QString m_c = QStringLiteral("441523101203");
    FixedClock m_clock{QDateTime(QDate(2026, 11, 10), QTime(10, 0))};
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QHash<QString, QString> m_ids;        // key -> child id
    QHash<QString, QString> m_agreements; // key -> the child's agreement
    int m_sequence = 11;
};

QString TestDispatchReport::add(const QString& key, const QString& village, const QString& name,
                                bool leftBehind)
{
    const QDate birth(2016, 3, 1);
    const int sequence = m_sequence;
    m_sequence += 2; // odd: boys
    ChildFile f = AgreementFixtures::childWithGuardian(name, birth, sequence, m_clock.today());
    f.areaCode = village;
    f.child.insert(QStringLiteral("hukou_address"),
                   QStringLiteral("广东省汕尾市陆河县水唇镇%1号").arg(sequence));
    f.child.insert(QStringLiteral("health"), QStringLiteral("healthy"));
    f.persons.insert(QStringLiteral("caregiver"), f.persons.value(QStringLiteral("guardian")));
    if (!leftBehind) {
        for (const char* parent : {"father", "mother"}) {
            QVariantMap& p = f.persons[QLatin1String(parent)];
            p.insert(QStringLiteral("status"), QStringLiteral("at_home"));
            p.remove(QStringLiteral("away_since"));
            p.remove(QStringLiteral("work_place_code"));
            p.remove(QStringLiteral("work_place"));
        }
        f.persons.remove(QStringLiteral("guardian"));
        f.persons.remove(QStringLiteral("caregiver"));
    }
    Result<QString> id = CaseRepository(*m_db).create(f);
    if (!id)
        qWarning() << key << id.error();
    m_ids.insert(key, id ? id.value() : QString());
    return m_ids.value(key);
}

void TestDispatchReport::edit(const QString& key, const std::function<void(ChildFile&)>& change)
{
    CaseRepository repo(*m_db);
    Result<ChildFile> f = repo.load(m_ids.value(key));
    QVERIFY2(f.ok(), qPrintable(f.error()));
    ChildFile edited = f.value();
    change(edited);
    Result<int> n = repo.update(m_ids.value(key), edited);
    QVERIFY2(n.ok(), qPrintable(key + QLatin1Char(' ') + n.error()));
    QVERIFY2(n.value() > 0, qPrintable(key));
}

void TestDispatchReport::visit(const QString& key, const QString& kind, QDate day)
{
    Visit v;
    v.childId = m_ids.value(key);
    v.values = {{QStringLiteral("kind"), kind},
                {QStringLiteral("visit_date"), day.toString(Qt::ISODate)},
                {QStringLiteral("visitor"), QStringLiteral("陈丽")},
                {QStringLiteral("safety"), QStringLiteral("good")}};
    Result<VisitSaved> saved = VisitRepository(*m_db).save(v);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
}

void TestDispatchReport::signAgreement(const QString& key, QDate day)
{
    Result<QString> id =
        AgreementFixtures::addAgreement(*m_db, m_ids.value(key), day, day.addYears(1).addDays(-1));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_agreements.insert(key, id.value());
    AgreementRepository repo(*m_db);
    QVERIFY(repo.markPrinted({id.value()}).ok());
    Status s = repo.sign(id.value(), day, QStringLiteral("李主任"));
    QVERIFY2(s.ok(), qPrintable(s.error()));
}

bool TestDispatchReport::sql(CaseDatabase& db, const QString& statement)
{
    QSqlQuery q(db.sql());
    return q.exec(statement);
}

void TestDispatchReport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = TestDatabase::open(m_dir, m_clock, QStringLiteral("441523101000"), QStringLiteral("township"));
    QVERIFY(m_db);
    const auto note = [](const QString& text) {
        return [text](ChildFile& f) { f.child.insert(QStringLiteral("notes"), text); };
    };

    // W46, Tuesday 2026-11-10: the register.
    at(QDate(2026, 11, 10));
    add(QStringLiteral("a1"), m_a, QStringLiteral("王小明"), true);
    add(QStringLiteral("a2"), m_a, QStringLiteral("王小红"), true);
    add(QStringLiteral("a3"), m_a, QStringLiteral("李小刚"), true);
    add(QStringLiteral("a4"), m_a, QStringLiteral("李小丽"), false);
    add(QStringLiteral("a5"), m_a, QStringLiteral("赵小军"), true);
    add(QStringLiteral("b1"), m_b, QStringLiteral("张伟"), true);
    add(QStringLiteral("b2"), m_b, QStringLiteral("张芳"), true);
    add(QStringLiteral("b3"), m_b, QStringLiteral("陈杰"), true);
    add(QStringLiteral("b5"), m_b, QStringLiteral("陈强"), true);
    add(QStringLiteral("c1"), m_c, QStringLiteral("刘洋"), true);
    add(QStringLiteral("c2"), m_c, QStringLiteral("刘敏"), false);
    for (const QString& id : std::as_const(m_ids))
        QVERIFY(!id.isEmpty());
    for (const char* key : {"a1", "a2", "c1"})
        visit(QLatin1String(key), QStringLiteral("survey"), QDate(2026, 11, 10));
    edit(QStringLiteral("a2"),
         [](ChildFile& f) { f.child.insert(QStringLiteral("hukou_address"), QVariant()); });
    edit(QStringLiteral("b2"), [](ChildFile& f) {
        f.child.insert(QStringLiteral("health"), QVariant());
        f.child.insert(QStringLiteral("schooling"), QVariant());
    });
    edit(QStringLiteral("b3"), [](ChildFile& f) {
        f.persons[QStringLiteral("caregiver")].insert(QStringLiteral("id_number"), QVariant());
    });
    at(QDate(2026, 11, 12));
    signAgreement(QStringLiteral("a3"), QDate(2026, 11, 12));

    // W48: the last second of Sunday 2026-11-29.
    at(QDate(2026, 11, 29), QTime(23, 59, 59));
    edit(QStringLiteral("b2"), note(QStringLiteral("周日晚上补录")));

    // W49: Monday 2026-11-30 to Sunday 2026-12-06.
    at(QDate(2026, 12, 1));
    edit(QStringLiteral("a1"), note(QStringLiteral("已核实")));
    signAgreement(QStringLiteral("b1"), QDate(2026, 12, 1));
    at(QDate(2026, 12, 2));
    visit(QStringLiteral("a2"), QStringLiteral("monthly"), QDate(2026, 12, 2));
    add(QStringLiteral("b4"), m_b, QStringLiteral("陈静"), true);
    at(QDate(2026, 12, 3));
    edit(QStringLiteral("a3"), [](ChildFile& f) {
        f.persons[QStringLiteral("father")].insert(QStringLiteral("phone"), QStringLiteral("13700137000"));
    });
    edit(QStringLiteral("b2"),
         [](ChildFile& f) { f.household.insert(QStringLiteral("notes"), QStringLiteral("住房已修缮")); });
    at(QDate(2026, 12, 5));
    QVERIFY(
        CaseRepository(*m_db)
            .exitChild(m_ids.value(QStringLiteral("a5")), QStringLiteral("moved_away"), QDate(2026, 12, 5))
            .ok());
    at(QDate(2026, 12, 6), QTime(23, 59));
    edit(QStringLiteral("b3"), note(QStringLiteral("周日核对")));

    // W50: Monday 2026-12-07 on; the report is made on Thursday 2026-12-10.
    at(QDate(2026, 12, 7));
    visit(QStringLiteral("b4"), QStringLiteral("survey"), QDate(2026, 12, 7));
    at(QDate(2026, 12, 8));
    edit(QStringLiteral("a4"), note(QStringLiteral("十二月")));
    edit(QStringLiteral("c1"), note(QStringLiteral("十二月")));
    at(QDate(2026, 12, 9));
    Result<QString> scan =
        AttachmentStore(*m_db).add(m_agreements.value(QStringLiteral("a3")), m_a, QStringLiteral("协议.pdf"),
                                   QByteArray("%PDF-1.4\n%%EOF\n"));
    QVERIFY2(scan.ok(), qPrintable(scan.error()));
    at(QDate(2026, 12, 10));
    // Facts a sync may deliver past the form's checks (no audit entry: not an update), after the last edit
    // (an edit through the form would put the facts right).
    QVERIFY(sql(*m_db, QStringLiteral("UPDATE child SET birth_date = '2016-03-02' WHERE id = '%1'")
                           .arg(m_ids.value(QStringLiteral("b3")))));
    QVERIFY(sql(
        *m_db,
        QStringLiteral("UPDATE child SET sex = 'F' WHERE id = '%1'").arg(m_ids.value(QStringLiteral("c2")))));
    // What a clock repair writes in W47 (the same value again with a new clock, and its entry for the
    // record) changes nothing: no update.
    const qint64 w47 = Stamp::make(QDateTime(QDate(2026, 11, 18), QTime(9, 0)).toMSecsSinceEpoch(), 0);
    for (const auto& [field, oldValue, newValue] :
         {std::tuple{"notes", "'十一月'", "'十一月'"}, std::tuple{"*", "NULL", "'clock-repaired'"}})
        QVERIFY(
            sql(*m_db, QStringLiteral("INSERT INTO audit (id, area_code, entity, record_id, field, old_value,"
                                      " new_value, hlc, station_id, at) VALUES (lower(hex(randomblob(16))),"
                                      " '%1', 'child', '%2', '%3', %4, %5, %6, 'a1b2c3d4e5f60718',"
                                      " '2026-11-18T09:00:00.000')")
                           .arg(m_c, m_ids.value(QStringLiteral("c1")), QString::fromUtf8(field),
                                QString::fromUtf8(oldValue), QString::fromUtf8(newValue))
                           .arg(w47)));
}

Result<DispatchReport::Report> TestDispatchReport::report(const QString& week, const QString& area)
{
    DispatchReport::Options o;
    Result<IsoWeek> w = IsoWeek::parse(week);
    if (!w)
        return Result<DispatchReport::Report>::failure(w.error());
    o.week = w.value();
    o.area = area;
    o.today = m_clock.today();
    return DispatchReport::compute(*m_db, o);
}

const DispatchReport::Row* TestDispatchReport::row(const DispatchReport::Report& r,
                                                   const QString& village) const
{
    for (const DispatchReport::Row& row : r.rows) {
        if (row.areaCode == village)
            return &row;
    }
    return nullptr;
}

void TestDispatchReport::issueKinds_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("kind");
    const int missing = int(DispatchReport::IssueKind::Missing);
    const int wrong = int(DispatchReport::IssueKind::Wrong);
    const int other = int(DispatchReport::IssueKind::Other);
    QTest::newRow("missing") << "missing" << missing;
    for (const char* rule : {"invalid_id_number", "id_birth_date", "id_sex", "duplicate_id_number",
                             "over_age_active", "category", "caregiver_minor"})
        QTest::newRow(rule) << QString::fromLatin1(rule) << wrong;
    QTest::newRow("agreement_expired") << "agreement_expired" << other;
    QTest::newRow("no_recent_visit") << "no_recent_visit" << other;
}

void TestDispatchReport::issueKinds()
{
    QFETCH(QString, rule);
    QFETCH(int, kind);
    QCOMPARE(int(DispatchReport::issueKind(rule)), kind);
}

void TestDispatchReport::villageFigures_data()
{
    QTest::addColumn<QString>("village");
    QTest::addColumn<QList<int>>("figures");
    // children, updated, created, missing records, missing facts, wrong records, wrong facts, problem
    // records, surveyed, to survey, left-behind, covered, rank, zero updates (1/0).
    // A: a1-a4 on the register (a5 left); a1, a2, a3, a5 updated; a2 no hukou address; a1, a2 surveyed;
    //    a1, a2, a3 left-behind, a3 covered. 4 of 4 updated: rank 1.
    QTest::newRow("A 南跃村") << m_a << QList<int>{4, 4, 0, 1, 1, 0, 0, 1, 2, 2, 3, 1, 1, 0};
    // B: b1-b5; b1, b2, b3, b4 updated (b4 new); b2 two facts missing, b3 one missing and one wrong (two
    //    problem records, not three); nobody surveyed by Sunday (b4 on Monday after); all five left-behind,
    //    b1 covered. 4 of 5: rank 2.
    QTest::newRow("B 南进村") << m_b << QList<int>{5, 4, 1, 2, 3, 1, 1, 2, 0, 5, 5, 1, 2, 0};
    // C: c1, c2; no update in W49; c2's sex is wrong; c1 surveyed, left-behind, not covered. Rank 3.
    QTest::newRow("C 护硁村") << m_c << QList<int>{2, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 0, 3, 1};
}

void TestDispatchReport::villageFigures()
{
    QFETCH(QString, village);
    QFETCH(QList<int>, figures);
    Result<DispatchReport::Report> r = report(QStringLiteral("2026-W49"));
    QVERIFY2(r.ok(), qPrintable(r.error()));
    const DispatchReport::Row* v = row(r.value(), village);
    QVERIFY(v);
    const QList<int> got{v->children,     v->updated,
                         v->created,      v->missingRecords,
                         v->missingFacts, v->wrongRecords,
                         v->wrongFacts,   v->problemRecords,
                         v->surveyed,     v->toSurvey(),
                         v->leftBehind,   v->covered,
                         v->rank,         v->zeroUpdates() ? 1 : 0};
    QCOMPARE(got, figures);
    QCOMPARE(v->name, AreaCatalog::instance().name(village));
}

void TestDispatchReport::otherAreasAreZeroAndLast()
{
    Result<DispatchReport::Report> r = report(QStringLiteral("2026-W49"));
    QVERIFY(r.ok());
    // Every area of 水唇镇 in the list is a row; those without children share the last rank.
    const QStringList areas = AreaCatalog::instance().children(QStringLiteral("441523101000"));
    QCOMPARE(r->rows.size(), areas.size());
    QCOMPARE(r->rowLevel, AreaLevel::Village);
    QCOMPARE(r->zeroUpdateAreas(), int(areas.size()) - 2); // all but A and B
    for (qsizetype i = 3; i < r->rows.size(); ++i) {
        const DispatchReport::Row& other = r->rows.at(i);
        QVERIFY(other.areaCode != m_a && other.areaCode != m_b && other.areaCode != m_c);
        QCOMPARE(other.children, 0);
        QCOMPARE(other.updated, 0);
        QVERIFY(other.zeroUpdates());
        QCOMPARE(other.rank, 4);
    }
    QCOMPARE(r->rows.at(0).areaCode, m_a);
    QCOMPARE(r->rows.at(1).areaCode, m_b);
    QCOMPARE(r->rows.at(2).areaCode, m_c);
}

void TestDispatchReport::totals()
{
    Result<DispatchReport::Report> r = report(QStringLiteral("2026-W49"));
    QVERIFY(r.ok());
    const DispatchReport::Row& t = r->total;
    QCOMPARE(t.children, 11);
    QCOMPARE(t.updated, 8);
    QCOMPARE(t.created, 1);
    QCOMPARE(t.missingRecords, 3);
    QCOMPARE(t.missingFacts, 4);
    QCOMPARE(t.wrongRecords, 2);
    QCOMPARE(t.problemRecords, 4); // b3 has both kinds: counted once
    QCOMPARE(t.surveyed, 3);
    QCOMPARE(t.leftBehind, 9);
    QCOMPARE(t.covered, 2);
    QCOMPARE(t.rank, 0);
    QCOMPARE(r->onDate, QDate(2026, 12, 6)); // the week's Sunday: the week is over
    QCOMPARE(r->areaCode, QStringLiteral("441523101000"));
    QCOMPARE(qRound(t.updatePercent() * 10), 727);   // 8 of 11
    QCOMPARE(qRound(t.coveragePercent() * 10), 222); // 2 of 9
}

void TestDispatchReport::updatesByWeek_data()
{
    QTest::addColumn<QString>("week");
    QTest::addColumn<QList<int>>("updated"); // A, B, C, total created
    // W46: the eleven files made (a3's agreement too); W47: a clock repair's rewrites only; W48: b2 at
    // 23:59:59 on Sunday; W50 (so far): b4's survey, a4 and c1 edited, the scan of a3's agreement attached.
    QTest::newRow("W46") << "2026-W46" << QList<int>{5, 4, 2, 11};
    QTest::newRow("W47") << "2026-W47" << QList<int>{0, 0, 0, 0};
    QTest::newRow("W48") << "2026-W48" << QList<int>{0, 1, 0, 0};
    QTest::newRow("W49") << "2026-W49" << QList<int>{4, 4, 0, 1};
    QTest::newRow("W50") << "2026-W50" << QList<int>{2, 1, 1, 0};
}

void TestDispatchReport::updatesByWeek()
{
    QFETCH(QString, week);
    QFETCH(QList<int>, updated);
    Result<DispatchReport::Report> r = report(week);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE((QList<int>{row(r.value(), m_a)->updated, row(r.value(), m_b)->updated,
                         row(r.value(), m_c)->updated, r->total.created}),
             updated);
    if (week == QLatin1String("2026-W50")) {
        QCOMPARE(r->onDate, QDate(2026, 12, 10));   // this week: as on today
        QCOMPARE(row(r.value(), m_b)->surveyed, 1); // b4, surveyed on Monday
    }
}

void TestDispatchReport::ranking_data()
{
    // Rows "children updated problems surveyed leftBehind covered", and the ranks expected in input order.
    QTest::addColumn<QString>("text"); // "children updated problems surveyed leftBehind covered | …"
    QTest::addColumn<QList<int>>("ranks");
    QTest::newRow("share updated first")
        << "10 5 0 0 0 0 | 4 4 0 0 0 0 | 20 1 0 0 0 0" << QList<int>{2, 1, 3};
    QTest::newRow("then fewer problems") << "10 10 5 0 0 0 | 10 10 1 0 0 0" << QList<int>{2, 1};
    QTest::newRow("then survey progress") << "10 10 0 3 0 0 | 10 10 0 9 0 0" << QList<int>{2, 1};
    QTest::newRow("then coverage") << "10 10 0 0 4 1 | 10 10 0 0 4 4" << QList<int>{2, 1};
    QTest::newRow("no left-behind child counts as covered")
        << "10 10 0 0 0 0 | 10 10 0 0 4 3" << QList<int>{1, 2};
    QTest::newRow("equal shares, equal rank")
        << "10 5 0 0 0 0 | 2 1 0 0 0 0 | 3 0 0 0 0 0" << QList<int>{1, 1, 3};
    QTest::newRow("areas without children last")
        << "0 0 0 0 0 0 | 5 0 2 0 0 0 | 0 0 0 0 0 0" << QList<int>{2, 1, 2};
    QTest::newRow("updates capped at the register") << "2 3 0 0 0 0 | 2 2 0 0 0 0" << QList<int>{1, 1};
}

void TestDispatchReport::ranking()
{
    QFETCH(QString, text);
    const QStringList rows = text.split(QStringLiteral(" | "));
    QFETCH(QList<int>, ranks);
    QList<DispatchReport::Row> list;
    for (int i = 0; i < rows.size(); ++i) {
        const QStringList n = rows.at(i).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        DispatchReport::Row r;
        r.areaCode = QStringLiteral("44152310120%1").arg(i);
        r.children = n.at(0).toInt();
        r.updated = n.at(1).toInt();
        r.problemRecords = n.at(2).toInt();
        r.surveyed = n.at(3).toInt();
        r.leftBehind = n.at(4).toInt();
        r.covered = n.at(5).toInt();
        list << r;
    }
    DispatchReport::rank(list);
    QList<int> got(rows.size());
    for (const DispatchReport::Row& r : list)
        got[r.areaCode.right(1).toInt()] = r.rank;
    QCOMPARE(got, ranks);
    for (qsizetype i = 1; i < list.size(); ++i)
        QVERIFY(list.at(i - 1).rank <= list.at(i).rank);
}

void TestDispatchReport::refusals()
{
    Result<DispatchReport::Report> future = report(QStringLiteral("2026-W51"));
    QVERIFY(!future.ok());
    QVERIFY(future.error().contains(QLatin1String("has not begun")));
    Result<DispatchReport::Report> outside = report(QStringLiteral("2026-W49"), QStringLiteral("441523102"));
    QVERIFY(!outside.ok());
    QVERIFY(outside.error().contains(QLatin1String("not inside this station's area")));
    Result<DispatchReport::Report> unknown = report(QStringLiteral("2026-W49"), QStringLiteral("999999"));
    QVERIFY(!unknown.ok());
    // One village asked for: its single row.
    Result<DispatchReport::Report> one = report(QStringLiteral("2026-W49"), m_b);
    QVERIFY(one.ok());
    QCOMPARE(one->rows.size(), 1);
    QCOMPARE(one->rows.first().updated, 4);
    QCOMPARE(one->total.children, 5);
}

void TestDispatchReport::cityRowsAreTownships()
{
    // 汕尾市 (4415) by default: the townships of its counties; asked for the city itself: its counties.
    const QStringList townships = DispatchReport::rowAreas(QStringLiteral("4415"), true);
    const QStringList counties = DispatchReport::rowAreas(QStringLiteral("4415"), false);
    QVERIFY(townships.contains(QStringLiteral("441523101000")));
    QVERIFY(counties.contains(QStringLiteral("441523000000")));
    int inCounties = 0;
    for (const QString& county : counties)
        inCounties += int(AreaCatalog::instance().children(county).size());
    QCOMPARE(townships.size(), inCounties);
    for (const QString& t : townships)
        QCOMPARE(AreaCode::levelOf(t), AreaLevel::Township);
    // 东莞市 has no counties: its townships either way.
    QCOMPARE(DispatchReport::rowAreas(QStringLiteral("4419"), true),
             DispatchReport::rowAreas(QStringLiteral("4419"), false));
    QCOMPARE(DispatchReport::rowAreas(m_a, true), QStringList{m_a});

    // A city station's report: its townships, named after their county.
    QTemporaryDir dir;
    auto city = TestDatabase::open(dir, m_clock, QStringLiteral("441500000000"), QStringLiteral("city"));
    QVERIFY(city);
    DispatchReport::Options o;
    o.week = IsoWeek::of(m_clock.today());
    o.today = m_clock.today();
    Result<DispatchReport::Report> r = DispatchReport::compute(*city, o);
    QVERIFY2(r.ok(), qPrintable(r.error()));
    QCOMPARE(r->rows.size(), townships.size());
    QCOMPARE(r->rowLevel, AreaLevel::Township);
    QCOMPARE(row(r.value(), QStringLiteral("441523101000"))->name, QStringLiteral("陆河县 水唇镇"));
    QCOMPARE(r->zeroUpdateAreas(), int(townships.size()));
}

void TestDispatchReport::csvHasBomAndRows()
{
    Result<DispatchReport::Report> r = report(QStringLiteral("2026-W49"));
    QVERIFY(r.ok());
    const QString path = m_dir.filePath(QStringLiteral("w49.csv"));
    QVERIFY(TableExport::writeCsv(DispatchTable::table(r.value()), path).ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines =
        QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), int(r->rows.size()) + 2); // header, areas, total
    QCOMPARE(lines.at(0).split(QLatin1Char(',')).size(), int(DispatchTable::columns().size()));
    QCOMPARE(lines.at(1),
             QStringLiteral("1,南跃村民委员会,441523101201,4,4,0,100.0%,1,0,2,2,50.0%,3,1,33.3%,0,0,"));
    QCOMPARE(
        lines.at(3),
        QStringLiteral("3,护硁村民委员会,441523101203,2,0,0,0.0%,0,1,1,1,50.0%,1,0,0.0%,0,0,zero updates"));
    QCOMPARE(lines.last(), QStringLiteral(",Total,441523101000,11,8,1,72.7%,3,2,3,8,27.3%,9,2,22.2%,0,0,%1")
                               .arg(r->zeroUpdateAreas()));
}

void TestDispatchReport::xlsxReadsBack()
{
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (unzip.isEmpty())
        QSKIP("unzip is not installed (packaging/install-deps.sh installs it)");
    Result<DispatchReport::Report> r = report(QStringLiteral("2026-W49"));
    QVERIFY(r.ok());
    const QString path = m_dir.filePath(QStringLiteral("w49.xlsx"));
    Status s = TableExport::writeXlsx(DispatchTable::table(r.value()), path);
    QVERIFY2(s.ok(), qPrintable(s.error()));
    const auto part = [&](const QString& name) {
        QProcess p;
        p.start(unzip, {QStringLiteral("-p"), path, name});
        p.waitForFinished(30000);
        return QString::fromUtf8(p.readAllStandardOutput());
    };
    const QString strings = part(QStringLiteral("xl/sharedStrings.xml"));
    const QString sheet = part(QStringLiteral("xl/worksheets/sheet1.xml"));
    const QString book = part(QStringLiteral("xl/workbook.xml"));
    QVERIFY2(strings.contains(QStringLiteral("南跃村民委员会")), qPrintable(strings.left(300)));
    QVERIFY(strings.contains(QStringLiteral("护硁村民委员会")));
    QVERIFY(strings.contains(DispatchTable::title(r.value()).toHtmlEscaped()));
    QVERIFY(strings.contains(QStringLiteral("zero updates")));
    QVERIFY(book.contains(QStringLiteral("name=\"2026-W49\"")));
    // The figures are numbers: B's row (the 6th line: title, subtitle, blank, header, A, B) holds 5 and 4;
    // percentages are fractions.
    QVERIFY2(
        QRegularExpression(QStringLiteral("<c r=\"D6\" s=\"\\d+\"><v>5</v></c>")).match(sheet).hasMatch(),
        qPrintable(sheet.left(3000)));
    QVERIFY(
        QRegularExpression(QStringLiteral("<c r=\"E6\" s=\"\\d+\"><v>4</v></c>")).match(sheet).hasMatch());
    QVERIFY(sheet.contains(QStringLiteral("<v>0.8</v>"))); // B: 4 of 5 updated
    QVERIFY(sheet.contains(QStringLiteral("landscape")));
    // Nothing else is left beside the file.
    QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("w49.xlsx*")}, QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("w49.xlsx")});
}

void TestDispatchReport::pdfIsOneLandscapePage()
{
    Result<DispatchReport::Report> r = report(QStringLiteral("2026-W49"));
    QVERIFY(r.ok());
    Result<PrintDocument> d =
        DispatchReportDocument::build(r.value(), QStringLiteral("水唇镇民政办"), m_clock.today());
    QVERIFY2(d.ok(), qPrintable(d.error()));
    QVERIFY(d->landscape);
    QVERIFY(d->html.contains(QStringLiteral("2026年第49周（2026年11月30日至12月6日）")));
    QVERIFY(d->html.contains(QStringLiteral("水唇镇农村留守儿童信息动态更新每周调度表")));
    QVERIFY(d->html.contains(QStringLiteral("零更新")));
    QVERIFY(d->html.contains(QStringLiteral("护硁村")));
    QCOMPARE(d->fileName, QStringLiteral("水唇镇-每周调度表-2026-W49.pdf"));
    QCOMPARE(DocumentRenderer::pageCount(d.value()), 1);
    // The table fits the width of the page.
    std::unique_ptr<QTextDocument> laid = DocumentRenderer::layout(d.value());
    QVERIFY(laid->idealWidth() <= DocumentRenderer::textRect(true).width() + 0.5);
    const QString path = m_dir.filePath(QStringLiteral("w49.pdf"));
    Result<int> pages = DocumentRenderer::writePdf({d.value()}, path);
    QVERIFY2(pages.ok(), qPrintable(pages.error()));
    QCOMPARE(pages.value(), 1);
    QFile pdf(path);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    // A4 across: 842 x 595 points.
    QVERIFY(pdf.readAll().contains("/MediaBox [0 0 842"));
}

QTEST_MAIN(TestDispatchReport)
#include "TestDispatchReport.moc"
