// Referrals: opened only by mandated findings, one open per kind, steps appended, closing rules, overdue,
// risk levels with reasons.
#include "TestDatabase.h"

#include "reports/RiskQuery.h"
#include "storage/CaseRepository.h"
#include "storage/ReferralRepository.h"
#include "storage/VisitRepository.h"

#include <QSqlQuery>
#include <QTest>

class TestReferrals final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void findingOpensItsReferral();
    void secondFindingAddsAStep();
    void policeReportCloseRule();
    void dropoutSteps();
    void safetyNetCarriesSchemes();
    void overdueAndRisk();
    void stepsAreAppendOnly();

private:
    Result<VisitSaved> visit(const QVariantMap& extra, const QString& date = QStringLiteral("2024-05-10"))
    {
        Visit v;
        v.childId = m_child;
        v.values = {{QStringLiteral("kind"), QStringLiteral("monthly")},
                    {QStringLiteral("visit_date"), date},
                    {QStringLiteral("visitor"), QStringLiteral("陈丽")}};
        for (auto it = extra.cbegin(); it != extra.cend(); ++it)
            v.values.insert(it.key(), it.value());
        return VisitRepository(*m_db).save(v);
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
    QString m_child;
};

void TestReferrals::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2024, 5, 20), QTime(9, 0)));
    m_db = TestDatabase::open(*m_dir, *m_clock);
    QVERIFY(m_db);
    Result<QString> id = CaseRepository(*m_db).create(
        TestDatabase::leftBehindChild(QStringLiteral("李小红"), QDate(2012, 2, 3), 124, m_clock->today()));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_child = id.value();
}

void TestReferrals::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestReferrals::findingOpensItsReferral()
{
    // Poor assessments, hazards and services are recorded but open nothing.
    Result<VisitSaved> calm = visit({{QStringLiteral("safety"), QStringLiteral("poor")},
                                     {QStringLiteral("mental_health"), QStringLiteral("poor")},
                                     {QStringLiteral("hazards"), QStringLiteral("water,fire")},
                                     {QStringLiteral("services"), QStringLiteral("counselling")}},
                                    QStringLiteral("2024-05-01"));
    QVERIFY2(calm.ok(), qPrintable(calm.error()));
    QVERIFY(calm->referrals.isEmpty());
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM referral")), 0);

    Result<VisitSaved> saved = visit({{QStringLiteral("safety_concerns"), QStringLiteral("injury")}});
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QCOMPARE(saved->referrals.size(), 1);
    const ReferralOutcome& o = saved->referrals.first();
    QCOMPARE(o.kind, QStringLiteral("police_report"));
    QVERIFY(o.opened);
    QCOMPARE(o.dueDate, QDate(2024, 5, 10));
    Result<Referral> r = ReferralRepository(*m_db).load(o.referralId);
    QVERIFY(r.ok());
    QCOMPARE(r->status(), QStringLiteral("open"));
    QCOMPARE(r->text(QStringLiteral("visit_id")), saved->visitId);
    QCOMPARE(r->childName, QStringLiteral("李小红"));
    QCOMPARE(r->steps.size(), 1);
    QCOMPARE(r->steps.first().action, QStringLiteral("opened"));
    QCOMPARE(r->steps.first().doneBy, QStringLiteral("陈丽"));
}

void TestReferrals::secondFindingAddsAStep()
{
    const QString first =
        visit({{QStringLiteral("safety_concerns"), QStringLiteral("injury")}})->referrals.first().referralId;
    Result<VisitSaved> again =
        visit({{QStringLiteral("safety_concerns"), QStringLiteral("domestic_violence")}},
              QStringLiteral("2024-05-12"));
    QVERIFY(again.ok());
    QCOMPARE(again->referrals.size(), 1);
    QVERIFY(!again->referrals.first().opened);
    QCOMPARE(again->referrals.first().referralId, first);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM referral")), 1);
    Result<Referral> r = ReferralRepository(*m_db).load(first);
    QCOMPARE(r->text(QStringLiteral("triggers")), QStringLiteral("injury,domestic_violence"));
    QCOMPARE(r->steps.size(), 2);
    QCOMPARE(r->steps.last().action, QStringLiteral("found_again"));
    // Domestic violence is also recorded in the child's file.
    QCOMPARE(CaseRepository(*m_db).load(m_child)->text(QStringLiteral("abuse_suspected")),
             QStringLiteral("1"));
}

void TestReferrals::policeReportCloseRule()
{
    ReferralRepository repo(*m_db);
    const QString id = visit({{QStringLiteral("safety_concerns"), QStringLiteral("living_alone")}})
                           ->referrals.first()
                           .referralId;
    Status refused = repo.close(id, QStringLiteral("已处理"));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(),
             QStringLiteral("A report to the police cannot be closed before it records when, to "
                            "whom and by whom it was reported."));
    QVERIFY(!repo.close(id, QString()).ok());
    ReferralUpdate partial;
    partial.changes = {{QStringLiteral("reported_at"), QStringLiteral("2024-05-10 15:20")},
                       {QStringLiteral("reported_to"), QStringLiteral("水唇镇派出所")}};
    Result<ReferralStep> step = repo.update(id, partial);
    QVERIFY2(step.ok(), qPrintable(step.error()));
    QCOMPARE(step->action, QStringLiteral("police_reported"));
    QCOMPARE(step->status, QStringLiteral("in_progress"));
    QVERIFY(!repo.close(id, QStringLiteral("已处理")).ok()); // still no "by whom"
    ReferralUpdate bad;
    bad.changes = {{QStringLiteral("reported_at"), QStringLiteral("yesterday")}};
    QVERIFY(!repo.update(id, bad).ok());
    QVERIFY(repo.load(id)->isOverdue(m_clock->today())); // due on the day of the visit, not yet reported
    ReferralUpdate by;
    by.changes = {{QStringLiteral("reported_by"), QStringLiteral("陈丽")}};
    QVERIFY(repo.update(id, by).ok());
    QVERIFY(!repo.load(id)->isOverdue(m_clock->today())); // reported: the urgent action is done
    ReferralRepository::Filter overdue;
    overdue.overdueOnly = true;
    QVERIFY(repo.list(overdue)->isEmpty());
    Status closed = repo.close(id, QStringLiteral("民警已上门，联系父亲返乡照顾"));
    QVERIFY2(closed.ok(), qPrintable(closed.error()));
    Result<Referral> r = repo.load(id);
    QCOMPARE(r->status(), QStringLiteral("closed"));
    QCOMPARE(r->text(QStringLiteral("closed_on")), QStringLiteral("2024-05-20"));
    QCOMPARE(r->text(QStringLiteral("reported_at")), QStringLiteral("2024-05-10 15:20"));
    QCOMPARE(r->steps.last().action, QStringLiteral("closed"));
    QVERIFY(!repo.update(id, by).ok()); // closed: no more changes
    QVERIFY(!repo.close(id, QStringLiteral("x")).ok());
    // The same finding later opens a new referral, since none is open.
    Result<VisitSaved> later = visit({{QStringLiteral("safety_concerns"), QStringLiteral("living_alone")}},
                                     QStringLiteral("2024-05-19"));
    QVERIFY(later->referrals.first().opened);
    QVERIFY(later->referrals.first().referralId != id);
}

void TestReferrals::dropoutSteps()
{
    ReferralRepository repo(*m_db);
    Result<VisitSaved> saved = visit({{QStringLiteral("schooling"), QStringLiteral("dropped_out")},
                                      {QStringLiteral("notes"), QStringLiteral("孩子已两周未到校")}});
    QVERIFY(saved.ok());
    QCOMPARE(saved->referrals.size(), 1);
    const QString id = saved->referrals.first().referralId;
    QCOMPARE(saved->referrals.first().dueDate, QDate(2024, 5, 25));
    // The visit set the file's schooling; the classifier re-ran.
    QCOMPARE(CaseRepository(*m_db).load(m_child)->text(QStringLiteral("schooling")),
             QStringLiteral("dropped_out"));
    ReferralUpdate notified;
    notified.action = QStringLiteral("guardian_notified");
    notified.date = QDate(2024, 5, 11);
    notified.note = QStringLiteral("已电话告知父亲");
    QVERIFY(repo.update(id, notified).ok());
    ReferralUpdate reported;
    reported.changes = {{QStringLiteral("education_reported_on"), QStringLiteral("2024-05-12")}};
    Result<ReferralStep> step = repo.update(id, reported);
    QCOMPARE(step->action, QStringLiteral("education_reported"));
    Result<DropoutReport> report = repo.dropoutReport(id);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    QCOMPARE(report->child.text(QStringLiteral("name")), QStringLiteral("李小红"));
    QCOMPARE(report->visit.id, saved->visitId);
    QCOMPARE(report->visit.text(QStringLiteral("notes")), QStringLiteral("孩子已两周未到校"));
    QCOMPARE(report->referral.text(QStringLiteral("guardian_notified_on")), QStringLiteral("2024-05-11"));
    QCOMPARE(report->referral.steps.size(), 3);
    QCOMPARE(report->stationName, QStringLiteral("Test station"));
    ReferralUpdate future;
    future.date = QDate(2024, 6, 1);
    QVERIFY(!repo.update(id, future).ok());
    ReferralUpdate closing;
    closing.status = QStringLiteral("closed");
    QVERIFY(!repo.update(id, closing).ok());
    QVERIFY(repo.update(id, {QStringLiteral("returned_to_school"), {}, {}, {}, {}, {}}).ok());
    QVERIFY(repo.close(id, QStringLiteral("已返校就读")).ok());
    QCOMPARE(repo.load(id)->text(QStringLiteral("returned_on")), QStringLiteral("2024-05-20"));
    QVERIFY(!repo.dropoutReport(visit({{QStringLiteral("safety_concerns"), QStringLiteral("injury")}})
                                    ->referrals.first()
                                    .referralId)
                 .ok());
}

void TestReferrals::safetyNetCarriesSchemes()
{
    Result<VisitSaved> saved =
        visit({{QStringLiteral("economic_difficulty"), 1},
               {QStringLiteral("assistance_eligible"), QStringLiteral("dibao,medical")}});
    QVERIFY(saved.ok());
    QCOMPARE(saved->referrals.size(), 1);
    QCOMPARE(saved->referrals.first().kind, QStringLiteral("safety_net"));
    QCOMPARE(saved->referrals.first().dueDate, QDate(2024, 6, 9));
    Result<Referral> r = ReferralRepository(*m_db).load(saved->referrals.first().referralId);
    QCOMPARE(r->text(QStringLiteral("schemes")), QStringLiteral("dibao,medical"));
    // The due period is a setting.
    QVERIFY(m_db->setSetting(QStringLiteral("referral_due_days_safety_net"), QStringLiteral("10")).ok());
    QVERIFY(ReferralRepository(*m_db).close(r->id, QStringLiteral("已纳入低保")).ok());
    saved = visit({{QStringLiteral("economic_difficulty"), 1},
                   {QStringLiteral("assistance_eligible"), QStringLiteral("temporary")}},
                  QStringLiteral("2024-05-15"));
    QCOMPARE(saved->referrals.first().dueDate, QDate(2024, 5, 25));
}

void TestReferrals::overdueAndRisk()
{
    ReferralRepository repo(*m_db);
    QCOMPARE(RiskQuery(*m_db).forChild(m_child)->level, RiskLevel::Level::None);
    QVERIFY(
        visit({{QStringLiteral("guardianship_grade"), QStringLiteral("fair")}}, QStringLiteral("2024-05-01"))
            .ok());
    QCOMPARE(RiskQuery(*m_db).forChild(m_child)->level, RiskLevel::Level::Low);
    const QString dropout =
        visit({{QStringLiteral("schooling"), QStringLiteral("dropped_out")}})->referrals.first().referralId;
    Result<RiskLevel> risk = RiskQuery(*m_db).forChild(m_child);
    QCOMPARE(risk->level, RiskLevel::Level::Medium);
    QVERIFY(risk->reasons.first().contains(QStringLiteral("Dropout referral is open (due 2024-05-25)")));
    ReferralRepository::Filter overdue;
    overdue.overdueOnly = true;
    QVERIFY(repo.list(overdue)->isEmpty());
    m_clock->set(QDateTime(QDate(2024, 5, 26), QTime(9, 0)));
    QCOMPARE(repo.list(overdue)->size(), 1);
    QVERIFY(repo.load(dropout)->isOverdue(m_clock->today()));
    risk = RiskQuery(*m_db).forChild(m_child);
    QCOMPARE(risk->level, RiskLevel::Level::High);
    QVERIFY(risk->reasons.first().contains(QStringLiteral("overdue since 2024-05-25")));
    // Two months without a visit for a left-behind child: medium on its own.
    QVERIFY(repo.close(dropout, QStringLiteral("已返校")).ok());
    m_clock->set(QDateTime(QDate(2024, 7, 20), QTime(9, 0)));
    risk = RiskQuery(*m_db).forChild(m_child);
    QCOMPARE(risk->level, RiskLevel::Level::Medium);
    QVERIFY(risk->reasons.join(QLatin1Char(' ')).contains(QStringLiteral("Not visited for 71 days")));
    Result<QList<RiskQuery::Row>> rows = RiskQuery(*m_db).list(RiskLevel::Level::Medium);
    QCOMPARE(rows->size(), 1);
    QCOMPARE(RiskQuery(*m_db).forChildren({m_child, QStringLiteral("unknown")})->size(), 1);
    ReferralRepository::Filter open;
    open.openOnly = true;
    QVERIFY(repo.list(open)->isEmpty());
    ReferralRepository::Filter all;
    all.childId = m_child;
    QCOMPARE(repo.list(all)->size(), 1);
}

void TestReferrals::stepsAreAppendOnly()
{
    ReferralRepository repo(*m_db);
    const QString id = visit({{QStringLiteral("safety_concerns"), QStringLiteral("guardian_neglect")}})
                           ->referrals.first()
                           .referralId;
    const auto snapshot = [this] {
        QSqlQuery q(m_db->sql());
        q.exec(QStringLiteral("SELECT id, action, note, status, clocks FROM referral_step ORDER BY id"));
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString() + q.value(1).toString() + q.value(2).toString() +
                        q.value(3).toString() + q.value(4).toString();
        return rows;
    };
    const QStringList before = snapshot();
    ReferralUpdate note;
    note.note = QStringLiteral("监护人已到村委会说明情况");
    QVERIFY(repo.update(id, note).ok());
    ReferralUpdate status;
    status.status = QStringLiteral("in_progress");
    QVERIFY(repo.update(id, status).ok());
    const QStringList after = snapshot();
    QCOMPARE(after.size(), before.size() + 2);
    for (const QString& row : before)
        QVERIFY(after.contains(row));
    QCOMPARE(
        count(QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'referral_step' AND field <> '*'")),
        0);
}

QTEST_GUILESS_MAIN(TestReferrals)
#include "TestReferrals.moc"
