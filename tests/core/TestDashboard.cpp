#include "AgreementFixtures.h"
#include "TestDatabase.h"
#include "TestSupport.h"
#include "reports/Dashboard.h"
#include "storage/ActivityRepository.h"
#include "storage/CaseRepository.h"
#include "storage/StationSettings.h"
#include "storage/VisitRepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <functional>

// The office dashboard on a fixed township built here, figure by figure against numbers worked out by hand,
// and every figure's list of children against its count. 水唇镇 (441523101); children in three villages:
//   A 南跃村 (…201): a1 a2 a3 left-behind, a4 not; a5 exited 2026-12-05 (moved away), a6 exited 2026-11-20.
//      a1, a2 surveyed on 11-10; a2 visited again on 12-02; a3's agreement signed on 11-12. a2 lacks the
//      hukou address. Referrals: a1's open (due 12-20), a2's report to the police late (due 12-08, not
//      made), a4's closed.
//   B 南进村 (…202): b1 b2 left-behind; b1's agreement signed 12-01, surveyed 12-09; b2 visited 11-15, lacks
//      health and schooling, its referral in progress is late (due 12-05). b4 registered 12-03 and exited
//      12-04 (entered in error); b3 registered 12-07.
//   C 护硁村 (…203): c1 left-behind, never visited, edited 12-08, its report to the police recorded (due
//      12-01: not late); c2 not left-behind, with the wrong sex.
// Everyone else was registered on 2026-11-10. Today is Thursday 2026-12-10 (W50: Monday 12-07 on); the survey
// deadline is 2026-12-31.
class TestDashboard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void figures_data();
    void figures();
    void rowsAddUpToTheTotal();
    void header();
    void lastPackage();
    void chartSeries();
    void figureKeys_data();
    void figureKeys();
    void refusals();
    void deadlineSetting_data();
    void deadlineSetting();

private:
    void at(QDate day, QTime time = QTime(10, 0)) { m_clock.set(QDateTime(day, time)); }
    void add(const QString& key, const QString& village, const QString& name, bool leftBehind);
    void edit(const QString& key, const std::function<void(ChildFile&)>& change);
    void visit(const QString& key, const QString& kind, QDate day);
    void signAgreement(const QString& key, QDate day);
    void referral(const QString& key, const QString& kind, const QString& status, const QString& due,
                  bool reported);
    bool sql(const QString& statement);
    Dashboard::Options options(const QString& area = {}) const;
    QString keyOf(const QString& id) const { return m_ids.key(id); }

    const QString m_township = QStringLiteral("441523101000");
    const QString m_a = QStringLiteral("441523101201");
    const QString m_b = QStringLiteral("441523101202");
    const QString m_c = QStringLiteral("441523101203");
    const QDate m_today{2026, 12, 10};
    FixedClock m_clock{QDateTime(QDate(2026, 11, 10), QTime(10, 0))};
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QHash<QString, QString> m_ids; // key -> child id
    int m_sequence = 11;
    int m_referrals = 0;
};

void TestDashboard::add(const QString& key, const QString& village, const QString& name, bool leftBehind)
{
    const int sequence = m_sequence;
    m_sequence += 2;
    ChildFile f = AgreementFixtures::childWithGuardian(name, QDate(2016, 3, 1), sequence, m_clock.today());
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
    QVERIFY2(id.ok(), qPrintable(key + QLatin1Char(' ') + id.error()));
    m_ids.insert(key, id.value());
}

void TestDashboard::edit(const QString& key, const std::function<void(ChildFile&)>& change)
{
    CaseRepository repo(*m_db);
    Result<ChildFile> f = repo.load(m_ids.value(key));
    QVERIFY2(f.ok(), qPrintable(f.error()));
    ChildFile edited = f.value();
    change(edited);
    Result<int> n = repo.update(m_ids.value(key), edited);
    QVERIFY2(n.ok() && n.value() > 0, qPrintable(key));
}

void TestDashboard::visit(const QString& key, const QString& kind, QDate day)
{
    at(day);
    Visit v;
    v.childId = m_ids.value(key);
    v.values = {{QStringLiteral("kind"), kind},
                {QStringLiteral("visit_date"), day.toString(Qt::ISODate)},
                {QStringLiteral("visitor"), QStringLiteral("陈丽")},
                {QStringLiteral("safety"), QStringLiteral("good")}};
    Result<VisitSaved> saved = VisitRepository(*m_db).save(v);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
}

void TestDashboard::signAgreement(const QString& key, QDate day)
{
    at(day);
    Result<QString> id =
        AgreementFixtures::addAgreement(*m_db, m_ids.value(key), day, day.addYears(1).addDays(-1));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    AgreementRepository repo(*m_db);
    QVERIFY(repo.markPrinted({id.value()}).ok());
    Status s = repo.sign(id.value(), day, QStringLiteral("李主任"));
    QVERIFY2(s.ok(), qPrintable(s.error()));
}

// A referral as a sync may deliver it (written directly: the dashboard reads the table).
void TestDashboard::referral(const QString& key, const QString& kind, const QString& status,
                             const QString& due, bool reported)
{
    const QString reportedColumns =
        reported ? QStringLiteral("'2026-11-30', '水唇派出所', '陈丽'") : QStringLiteral("NULL, NULL, NULL");
    QVERIFY(
        sql(QStringLiteral("INSERT INTO referral (id, area_code, child_id, kind, opened_on, due_date, status,"
                           " reported_at, reported_to, reported_by, created_at, created_by, updated_at,"
                           " updated_by) SELECT 'r%1', area_code, id, '%2', '2026-11-28', '%3', '%4', %5,"
                           " '2026-11-28T10:00:00.000', 'Tester', '2026-11-28T10:00:00.000', 'Tester'"
                           " FROM child WHERE id = '%6'")
                .arg(++m_referrals)
                .arg(kind, due, status, reportedColumns, m_ids.value(key))));
}

bool TestDashboard::sql(const QString& statement)
{
    QSqlQuery q(m_db->sql());
    if (q.exec(statement))
        return true;
    qWarning() << statement << q.lastError().text();
    return false;
}

Dashboard::Options TestDashboard::options(const QString& area) const
{
    Dashboard::Options o;
    o.area = area;
    o.today = m_today;
    return o;
}

void TestDashboard::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = TestDatabase::open(m_dir, m_clock, m_township, QStringLiteral("township"));
    QVERIFY(m_db);

    at(QDate(2026, 11, 10));
    add(QStringLiteral("a1"), m_a, QStringLiteral("王小明"), true);
    add(QStringLiteral("a2"), m_a, QStringLiteral("王小红"), true);
    add(QStringLiteral("a3"), m_a, QStringLiteral("李小刚"), true);
    add(QStringLiteral("a4"), m_a, QStringLiteral("李小丽"), false);
    add(QStringLiteral("a5"), m_a, QStringLiteral("赵小军"), true);
    add(QStringLiteral("a6"), m_a, QStringLiteral("赵小燕"), true);
    add(QStringLiteral("b1"), m_b, QStringLiteral("张伟"), true);
    add(QStringLiteral("b2"), m_b, QStringLiteral("张芳"), true);
    add(QStringLiteral("c1"), m_c, QStringLiteral("刘洋"), true);
    add(QStringLiteral("c2"), m_c, QStringLiteral("刘敏"), false);
    edit(QStringLiteral("a2"),
         [](ChildFile& f) { f.child.insert(QStringLiteral("hukou_address"), QVariant()); });
    edit(QStringLiteral("b2"), [](ChildFile& f) {
        f.child.insert(QStringLiteral("health"), QVariant());
        f.child.insert(QStringLiteral("schooling"), QVariant());
    });
    visit(QStringLiteral("a1"), QStringLiteral("survey"), QDate(2026, 11, 10));
    visit(QStringLiteral("a2"), QStringLiteral("survey"), QDate(2026, 11, 10));
    signAgreement(QStringLiteral("a3"), QDate(2026, 11, 12));
    visit(QStringLiteral("b2"), QStringLiteral("monthly"), QDate(2026, 11, 15));
    at(QDate(2026, 11, 20));
    QVERIFY(CaseRepository(*m_db)
                .exitChild(m_ids.value(QStringLiteral("a6")), QStringLiteral("parents_returned"),
                           QDate(2026, 11, 20))
                .ok());

    // December.
    signAgreement(QStringLiteral("b1"), QDate(2026, 12, 1));
    visit(QStringLiteral("a2"), QStringLiteral("monthly"), QDate(2026, 12, 2));
    at(QDate(2026, 12, 3));
    add(QStringLiteral("b4"), m_b, QStringLiteral("陈静"), true);
    at(QDate(2026, 12, 4));
    QVERIFY(CaseRepository(*m_db)
                .exitChild(m_ids.value(QStringLiteral("b4")), QStringLiteral("entered_in_error"),
                           QDate(2026, 12, 4))
                .ok());
    at(QDate(2026, 12, 5));
    QVERIFY(
        CaseRepository(*m_db)
            .exitChild(m_ids.value(QStringLiteral("a5")), QStringLiteral("moved_away"), QDate(2026, 12, 5))
            .ok());
    // W50.
    at(QDate(2026, 12, 7));
    add(QStringLiteral("b3"), m_b, QStringLiteral("陈杰"), true);
    at(QDate(2026, 12, 8));
    edit(QStringLiteral("c1"),
         [](ChildFile& f) { f.child.insert(QStringLiteral("notes"), QStringLiteral("十二月")); });
    visit(QStringLiteral("b1"), QStringLiteral("survey"), QDate(2026, 12, 9));
    at(m_today);
    referral(QStringLiteral("a1"), QStringLiteral("safety_net"), QStringLiteral("open"),
             QStringLiteral("2026-12-20"), false);
    referral(QStringLiteral("a2"), QStringLiteral("police_report"), QStringLiteral("open"),
             QStringLiteral("2026-12-08"), false);
    referral(QStringLiteral("a4"), QStringLiteral("dropout"), QStringLiteral("closed"),
             QStringLiteral("2026-11-01"), false);
    referral(QStringLiteral("b2"), QStringLiteral("dropout"), QStringLiteral("in_progress"),
             QStringLiteral("2026-12-05"), false);
    referral(QStringLiteral("c1"), QStringLiteral("police_report"), QStringLiteral("open"),
             QStringLiteral("2026-12-01"), true);
    // A wrong fact a sync may deliver past the form's checks (no audit entry: no update).
    QVERIFY(sql(
        QStringLiteral("UPDATE child SET sex = 'F' WHERE id = '%1'").arg(m_ids.value(QStringLiteral("c2")))));
    QVERIFY(StationSettings::setSurveyDeadline(*m_db, QDate(2026, 12, 31)).ok());
    // Activities: in A this month a1 took part and a2's grandmother alone; in B, b1 in November.
    ActivityRepository activities(*m_db);
    Activity talk;
    talk.date = QDate(2026, 12, 9);
    talk.kind = QStringLiteral("policy_talk");
    talk.topic = QStringLiteral("安全自护专题宣讲");
    talk.participants = {{m_ids.value(QStringLiteral("a1")), true, false, {}},
                         {m_ids.value(QStringLiteral("a2")), false, true, QStringLiteral("王奶奶")}};
    Result<QString> saved = activities.save(talk);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    talk.date = QDate(2026, 11, 20);
    talk.participants = {{m_ids.value(QStringLiteral("b1")), true, false, {}}};
    QVERIFY(activities.save(talk).ok());
}

void TestDashboard::figures_data()
{
    QTest::addColumn<QString>("figure");
    QTest::addColumn<QString>("area");
    QTest::addColumn<QStringList>("children"); // the keys behind the figure, by hand
    const auto row = [](const char* name, const char* figure, const QString& area, const char* keys) {
        QTest::newRow(name) << QString::fromLatin1(figure) << area
                            << QString::fromLatin1(keys).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    };
    const QString all; // the station's township
    row("on the register", "children", all, "a1 a2 a3 a4 b1 b2 b3 c1 c2");
    row("on the register in A", "children", m_a, "a1 a2 a3 a4");
    row("left-behind (category)", "category:left_behind", all, "a1 a2 a3 b1 b2 b3 c1");
    row("not left-behind in C", "category:not_left_behind", m_c, "c2");
    row("any category = the register", "category", m_b, "b1 b2 b3");
    row("new this month", "new", all, "b3 b4");
    row("new in A", "new", m_a, "");
    row("exited this month (a6 in November)", "exited", all, "a5 b4");
    row("exited, moved away", "exited:moved_away", all, "a5");
    row("exited, in error", "exited:entered_in_error", m_b, "b4");
    row("exited, parents returned: last month", "exited:parents_returned", all, "");
    row("surveyed", "surveyed", all, "a1 a2 b1");
    row("to survey", "to_survey", all, "a3 a4 b2 b3 c1 c2");
    row("to survey in C", "to_survey", m_c, "c1 c2");
    row("left-behind", "left_behind", all, "a1 a2 a3 b1 b2 b3 c1");
    row("covered", "covered", all, "a3 b1");
    row("uncovered", "uncovered", all, "a1 a2 b2 b3 c1");
    row("uncovered in B", "uncovered", m_b, "b2 b3");
    // The month's schedule: a2, b1 visited in December; a1, b2 visited before, due by 12-31; b3 registered
    // 12-07, its first visit due 12-14; a3, c1 never visited, first visit due 11-17; a5 and b4 left in
    // December without their first visit (due the day before they left at the latest).
    row("visits done", "visits_done", all, "a2 b1");
    row("visits due", "visits_due", all, "a1 b2 b3");
    row("visits overdue", "visits_overdue", all, "a3 a5 b4 c1");
    row("visits overdue in A", "visits_overdue", m_a, "a3 a5");
    row("referrals open (a4's closed)", "referrals_open", all, "a1 a2 b2 c1");
    row("referrals overdue (c1's report made)", "referrals_overdue", all, "a2 b2");
    row("referrals overdue in C", "referrals_overdue", m_c, "");
    row("quality", "quality", all, "a2 b2 c2");
    row("quality in B", "quality", m_b, "b2");
    row("updated this week", "updated_this_week", all, "b1 b3 c1");
    row("updated this week in A", "updated_this_week", m_a, "");
    row("in activities this month (a2's guardian only)", "in_activities", all, "a1");
    row("in activities in B (November)", "in_activities", m_b, "");
}

void TestDashboard::figures()
{
    QFETCH(QString, figure);
    QFETCH(QString, area);
    QFETCH(QStringList, children);
    DashboardFigures::Figure f;
    QVERIFY(DashboardFigures::Figure::fromKey(figure, f));

    // The area's own dashboard.
    Result<DashboardFigures> own = Dashboard::compute(*m_db, options(area));
    QVERIFY2(own.ok(), qPrintable(own.error()));
    QCOMPARE(own->total.value(f), int(children.size()));
    // The row of the area on the township's dashboard.
    if (!area.isEmpty()) {
        Result<DashboardFigures> township = Dashboard::compute(*m_db, options());
        QVERIFY2(township.ok(), qPrintable(township.error()));
        const auto row = std::find_if(township->areas.cbegin(), township->areas.cend(),
                                      [&](const DashboardFigures::Area& a) { return a.code == area; });
        QVERIFY(row != township->areas.cend());
        QCOMPARE(row->counts.value(f), int(children.size()));
    }
    // The children behind the number: exactly as many, and the right ones.
    Result<QList<Dashboard::Child>> list = Dashboard::children(*m_db, f, options(area));
    QVERIFY2(list.ok(), qPrintable(list.error()));
    QCOMPARE(list->size(), own->total.value(f));
    QStringList keys;
    for (const Dashboard::Child& c : list.value()) {
        keys << keyOf(c.id);
        QVERIFY(!c.name.isEmpty());
        QVERIFY(area.isEmpty() || c.areaCode == area);
    }
    keys.sort();
    children.sort();
    QCOMPARE(keys, children);
}

// Every row's figures add up to the township's, and every row's list has as many children as its number.
void TestDashboard::rowsAddUpToTheTotal()
{
    Result<DashboardFigures> d = Dashboard::compute(*m_db, options());
    QVERIFY2(d.ok(), qPrintable(d.error()));
    QCOMPARE(d->areas.size(), 16); // 水唇镇's villages and communities in the 2023 list
    for (DashboardFigures::Kind kind : DashboardFigures::plainKinds()) {
        int sum = 0;
        for (const DashboardFigures::Area& a : d->areas) {
            sum += a.counts.value(kind);
            if (a.counts.value(kind) == 0)
                continue;
            Result<QList<Dashboard::Child>> list = Dashboard::children(*m_db, {kind, {}}, options(a.code));
            QVERIFY2(list.ok(), qPrintable(list.error()));
            QCOMPARE(list->size(), a.counts.value(kind));
        }
        QCOMPARE(sum, d->total.value(kind));
    }
    QCOMPARE(d->total.qualityIssues, 4); // a2's hukou address, b2's health and schooling, c2's sex
    QCOMPARE(d->total.byCategory.value(QStringLiteral("left_behind")), 7);
    QCOMPARE(d->total.exitsByReason.value(QStringLiteral("moved_away")), 1);
    QCOMPARE(d->total.exitsByReason.value(QStringLiteral("entered_in_error")), 1);
    QCOMPARE(d->total.exitsByReason.size(), 2);
}

void TestDashboard::header()
{
    Result<DashboardFigures> d = Dashboard::compute(*m_db, options());
    QVERIFY2(d.ok(), qPrintable(d.error()));
    QCOMPARE(d->areaCode, m_township);
    QCOMPARE(d->monthStart, QDate(2026, 12, 1));
    QCOMPARE(d->weekStart, QDate(2026, 12, 7));
    QCOMPARE(d->surveyDeadline, QDate(2026, 12, 31));
    QCOMPARE(d->daysLeft, 21);
    QVERIFY(d->withQuality);
    // Without the data-quality checks: that figure alone is left out.
    Dashboard::Options o = options();
    o.quality = false;
    Result<DashboardFigures> quick = Dashboard::compute(*m_db, o);
    QVERIFY2(quick.ok(), qPrintable(quick.error()));
    QVERIFY(!quick->withQuality);
    QCOMPARE(quick->total.value(DashboardFigures::Kind::Quality), 0);
    QCOMPARE(quick->total.value(DashboardFigures::Kind::Children), 9);
    // A village has no rows below it.
    Result<DashboardFigures> village = Dashboard::compute(*m_db, options(m_a));
    QVERIFY2(village.ok(), qPrintable(village.error()));
    QVERIFY(village->areas.isEmpty());
}

// The last package from a station inside each village: the newest of its packages.
void TestDashboard::lastPackage()
{
    for (const auto& [id, area, name] : {std::tuple{"1111111111111111", "441523101201", "南跃村工作站"},
                                         std::tuple{"2222222222222222", "441523101202", "南进村工作站"}})
        QVERIFY(sql(QStringLiteral(
                        "INSERT INTO peer (id, role, area_code, name, sign_public, enc_public, fingerprint,"
                        " enrolled_at) VALUES ('%1', 'village', '%2', '%3', x'00', x'00', 'fp',"
                        " '2026-11-01T09:00:00.000')")
                        .arg(QLatin1String(id), QLatin1String(area), QString::fromUtf8(name))));
    for (const auto& [package, sender, at] :
         {std::tuple{"p1", "1111111111111111", "2026-12-01T09:00:00.000"},
          std::tuple{"p2", "1111111111111111", "2026-12-08T15:30:00.000"},
          std::tuple{"p3", "2222222222222222", "2026-11-20T11:00:00.000"}})
        QVERIFY(sql(
            QStringLiteral("INSERT INTO import_ledger (package_id, sender, created_hlc, imported_at, report)"
                           " VALUES ('%1', '%2', 0, '%3', '{}')")
                .arg(QLatin1String(package), QLatin1String(sender), QLatin1String(at))));
    Result<DashboardFigures> d = Dashboard::compute(*m_db, options());
    QVERIFY2(d.ok(), qPrintable(d.error()));
    QHash<QString, DashboardFigures::Area> byCode;
    for (const DashboardFigures::Area& a : d->areas)
        byCode.insert(a.code, a);
    QCOMPARE(byCode.value(m_a).lastPackage, QDateTime(QDate(2026, 12, 8), QTime(15, 30)));
    QCOMPARE(byCode.value(m_a).lastPackageFrom, QStringLiteral("南跃村工作站"));
    QCOMPARE(byCode.value(m_b).lastPackage, QDateTime(QDate(2026, 11, 20), QTime(11, 0)));
    QVERIFY(!byCode.value(m_c).lastPackage.isValid());
    QVERIFY(sql(QStringLiteral("DELETE FROM import_ledger")));
    QVERIFY(sql(QStringLiteral("DELETE FROM peer")));
}

// The charts' series: the visits of each month of the year (a1's, a2's surveys and b2's visit in November;
// a2's visit and b1's survey in December), and the children updated per week: W46 the ten registered, W47
// a6's exit, W48 nothing, W49 b1's agreement, a2's visit, b4 registered and exited, a5's exit; W50 b3
// registered, c1 edited, b1 surveyed.
void TestDashboard::chartSeries()
{
    Result<QList<int>> months = Dashboard::visitsByMonth(*m_db, options());
    QVERIFY2(months.ok(), qPrintable(months.error()));
    QCOMPARE(months.value(), (QList<int>{0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 2}));
    Result<QList<int>> inB = Dashboard::visitsByMonth(*m_db, options(m_b));
    QVERIFY2(inB.ok(), qPrintable(inB.error()));
    QCOMPARE(inB->value(10), 1);
    QCOMPARE(inB->value(11), 1);
    Result<QList<Dashboard::Week>> weeks = Dashboard::updatesByWeek(*m_db, options(), 5);
    QVERIFY2(weeks.ok(), qPrintable(weeks.error()));
    QList<int> updated;
    for (const Dashboard::Week& w : weeks.value())
        updated << w.updated;
    QCOMPARE(updated, (QList<int>{10, 1, 0, 4, 3}));
    QCOMPARE(weeks->first().monday, QDate(2026, 11, 9));
    QCOMPARE(weeks->last().monday, QDate(2026, 12, 7));
}

void TestDashboard::figureKeys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "visits_overdue" << true;
    QTest::newRow("category") << "category:left_behind" << true;
    QTest::newRow("exit reason") << "exited:died" << true;
    QTest::newRow("unknown") << "children_total" << false;
    QTest::newRow("a code on a plain figure") << "surveyed:x" << false;
    QTest::newRow("empty") << "" << false;
}

void TestDashboard::figureKeys()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    DashboardFigures::Figure f;
    QCOMPARE(DashboardFigures::Figure::fromKey(key, f), valid);
    if (valid)
        QCOMPARE(f.key(), key);
}

void TestDashboard::refusals()
{
    for (const QString& area :
         {QStringLiteral("441523102000"), QStringLiteral("999999"), QStringLiteral("4415")}) {
        Result<DashboardFigures> d = Dashboard::compute(*m_db, options(area));
        QVERIFY2(!d.ok(), qPrintable(area));
        QVERIFY2(TestSupport::isOneSentence(d.error().toUtf8()), qPrintable(d.error()));
        QVERIFY(!Dashboard::children(*m_db, {DashboardFigures::Kind::Children, {}}, options(area)).ok());
    }
}

void TestDashboard::deadlineSetting_data()
{
    QTest::addColumn<QDate>("deadline");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("end of the year") << QDate(2026, 12, 31) << true;
    QTest::newRow("none") << QDate() << true;
    QTest::newRow("typed 1926") << QDate(1926, 12, 31) << false;
    QTest::newRow("typed 2126") << QDate(2126, 12, 31) << false;
}

void TestDashboard::deadlineSetting()
{
    QFETCH(QDate, deadline);
    QFETCH(bool, accepted);
    QTemporaryDir dir;
    auto db = TestDatabase::open(dir, m_clock);
    QVERIFY(db);
    QVERIFY(StationSettings::setSurveyDeadline(*db, QDate(2027, 3, 31)).ok());
    const Status s = StationSettings::setSurveyDeadline(*db, deadline);
    QCOMPARE(s.ok(), accepted);
    QCOMPARE(StationSettings::surveyDeadline(*db), accepted ? deadline : QDate(2027, 3, 31));
    if (!accepted)
        QVERIFY2(TestSupport::isOneSentence(s.error().toUtf8()), qPrintable(s.error()));
    // The whole set goes through the same check.
    StationSettings::Values v = StationSettings::load(*db);
    v.surveyDeadline = deadline;
    QCOMPARE(StationSettings::save(*db, v).ok(), accepted);
    QCOMPARE(StationSettings::load(*db).surveyDeadline, accepted ? deadline : QDate(2027, 3, 31));
}

QTEST_GUILESS_MAIN(TestDashboard)
#include "TestDashboard.moc"
