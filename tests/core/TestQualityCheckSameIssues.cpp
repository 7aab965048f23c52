#include "ReferenceQualityCheck.h"
#include "TestDatabase.h"
#include "demo/DemoGenerator.h"
#include "reports/DispatchReport.h"
#include "reports/QualityCheck.h"

#include <QSet>
#include <QSqlQuery>
#include <QTest>

// The set-based data-quality checks (issue 12) against the checks as they were, child file by child file
// (tests/support/ReferenceQualityCheck.h): on a township of demo children with defects of every kind seeded
// with SQL (as a sync may deliver them past the form's checks), for the whole station, a village, and
// several days, the issue lists are equal, line by line and in order. TestQualityCheck does the same on each
// of its one-rule fixtures.
class TestQualityCheckSameIssues final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void sameIssues_data();
    void sameIssues();
    void everyRuleIsSeeded();
    void surveyedAsBefore();

private:
    static QStringList lines(const QList<QualityCheck::Issue>& issues);

    FixedClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0))};
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
};

QStringList TestQualityCheckSameIssues::lines(const QList<QualityCheck::Issue>& issues)
{
    QStringList out;
    for (const QualityCheck::Issue& i : issues)
        out << QStringList{i.childId, i.childName, i.areaCode, i.field, i.rule, i.message}.join(
            QLatin1Char('|'));
    return out;
}

void TestQualityCheckSameIssues::initTestCase()
{
    m_db = TestDatabase::open(m_dir, m_clock, TestDatabase::kTownship, QStringLiteral("township"));
    QVERIFY(m_db);
    DemoGenerator::Options options;
    options.children = 400;
    options.seed = 12;
    Result<int> made = DemoGenerator::generate(*m_db, options);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QVERIFY(made.value() >= 400);
    m_clock.set(QDateTime(QDate(2026, 5, 18), QTime(9, 0)));

    // Defects, each on some children (chosen by row), as the merge of a package may write them.
    const QStringList defects = {
        // The child's own facts.
        QStringLiteral("UPDATE child SET id_number = NULL WHERE rowid % 23 = 1"),
        QStringLiteral("UPDATE child SET id_number = ' ' || id_number || '\t' WHERE rowid % 29 = 2"),
        QStringLiteral("UPDATE child SET id_number = substr(id_number, 1, 17) ||"
                       " CASE substr(id_number, 18) WHEN '0' THEN '1' ELSE '0' END WHERE rowid % 31 = 3"),
        QStringLiteral("UPDATE child SET id_number = '12345' WHERE rowid % 59 = 4"),
        QStringLiteral("UPDATE child SET birth_date = date(birth_date, '+1 day') WHERE rowid % 37 = 4"),
        QStringLiteral("UPDATE child SET birth_date = 'unknown' WHERE rowid % 61 = 6"),
        QStringLiteral("UPDATE child SET sex = CASE sex WHEN 'M' THEN 'F' ELSE 'm' END WHERE rowid % 41 = 5"),
        QStringLiteral("UPDATE child SET birth_date = '2009-01-01' WHERE rowid % 53 = 8"),
        QStringLiteral("UPDATE child SET birth_date = '2024-01-01', schooling = NULL WHERE rowid % 67 = 9"),
        QStringLiteral("UPDATE child SET category = 'not_left_behind' WHERE rowid % 19 = 9"),
        QStringLiteral("UPDATE child SET category = 'bogus' WHERE rowid % 97 = 10"),
        QStringLiteral("UPDATE child SET category = NULL WHERE rowid % 89 = 11"),
        QStringLiteral("UPDATE child SET hukou_address = ' \u3000' WHERE rowid % 17 = 11"),
        QStringLiteral("UPDATE child SET health = NULL WHERE rowid % 13 = 12"),
        QStringLiteral("UPDATE child SET health = 'disabled' WHERE rowid % 71 = 13"),
        QStringLiteral("UPDATE child SET schooling = '' WHERE rowid % 11 = 0"),
        QStringLiteral(
            "UPDATE child SET hukou_type = CASE rowid % 2 WHEN 0 THEN 'urban' END WHERE rowid % 43 = 14"),
        QStringLiteral("UPDATE child SET hukou_county = '440000' WHERE rowid % 47 = 15"),
        QStringLiteral("UPDATE child SET lives_with = 'father' WHERE rowid % 49 = 16"),
        QStringLiteral(
            "UPDATE child SET abuse_suspected = 1, guardianship_type = 'none' WHERE rowid % 51 = 17"),
        QStringLiteral("UPDATE child SET household_id = NULL WHERE rowid % 73 = 18"),
        QStringLiteral("UPDATE child SET status = 'exited' WHERE rowid % 79 = 19"),
        // A name the name index has not caught up with yet.
        QStringLiteral("UPDATE child SET name = name || '乐' WHERE rowid % 83 = 20"),
        // The same ID number on two and on three files; one with a lowercase check character.
        QStringLiteral(
            "UPDATE child SET id_number = (SELECT c.id_number FROM child c WHERE c.rowid = child.rowid + 1)"
            " WHERE rowid % 101 = 21"),
        QStringLiteral("UPDATE child SET id_number = (SELECT c.id_number FROM child c WHERE c.rowid = 150)"
                       " WHERE rowid IN (151, 152)"),
        QStringLiteral(
            "UPDATE child SET id_number = lower(id_number) WHERE id_number LIKE '%X' AND rowid % 2 = 0"),
        // Households.
        QStringLiteral("UPDATE household SET assistance = 'dibao,tekun' WHERE rowid % 9 = 1"),
        QStringLiteral("UPDATE household SET economic_difficulty = 1 WHERE rowid % 10 = 2"),
        // Persons.
        QStringLiteral(
            "UPDATE person SET work_place_code = NULL WHERE relation = 'father' AND rowid % 7 = 1"),
        QStringLiteral("UPDATE person SET away_since = ' ' WHERE relation = 'mother' AND rowid % 11 = 2"),
        QStringLiteral("UPDATE person SET status = 'at_home' WHERE relation = 'mother' AND rowid % 13 = 3"),
        QStringLiteral("UPDATE person SET status = 'seriously_ill', capable = 0 WHERE relation = 'father'"
                       " AND rowid % 17 = 4"),
        QStringLiteral(
            "UPDATE person SET alive = 'false', status = NULL WHERE relation = 'mother' AND rowid % 19 = 5"),
        QStringLiteral("UPDATE person SET id_number = '12345' WHERE rowid % 23 = 6"),
        QStringLiteral("UPDATE person SET id_number = ' ' WHERE rowid % 29 = 7"),
        QStringLiteral("UPDATE person SET name = ' ' WHERE relation = 'guardian' AND rowid % 5 = 1"),
        QStringLiteral("UPDATE person SET id_number = NULL WHERE relation = 'guardian' AND rowid % 5 = 2"),
        QStringLiteral(
            "UPDATE person SET relation = 'caregiver' WHERE relation = 'guardian' AND rowid % 5 = 3"),
        QStringLiteral("UPDATE person SET id_number = '%1' WHERE relation = 'caregiver' AND rowid % 3 = 0")
            .arg(TestDatabase::makeId(TestDatabase::kCounty, QDate(2010, 4, 1), 12)),
        QStringLiteral(
            "UPDATE person SET id_number = NULL, birth_date = '2011-01-01' WHERE relation = 'caregiver'"
            " AND rowid % 3 = 1"),
        QStringLiteral("DELETE FROM person WHERE relation = 'guardian' AND rowid % 7 = 4"),
        // Visits and agreements.
        QStringLiteral("DELETE FROM visit WHERE child_id IN (SELECT id FROM child WHERE rowid % 5 = 1)"),
        QStringLiteral("UPDATE visit SET visit_date = '2025-12-01' WHERE child_id IN"
                       " (SELECT id FROM child WHERE rowid % 5 = 2)"),
        QStringLiteral("UPDATE agreement SET status = 'signed', term_to = '2026-01-31' WHERE rowid % 3 = 0"),
        QStringLiteral("UPDATE agreement SET needs_review = 1 WHERE rowid % 7 = 1"),
        QStringLiteral("UPDATE agreement SET status = 'replaced' WHERE rowid % 11 = 2"),
    };
    for (const QString& statement : defects) {
        QSqlQuery q(m_db->sql());
        QVERIFY2(q.exec(statement), qPrintable(statement + QStringLiteral(": ") + q.lastError().text()));
    }
}

void TestQualityCheckSameIssues::sameIssues_data()
{
    QTest::addColumn<QString>("area");
    QTest::addColumn<QDate>("today");
    const QDate today(2026, 5, 18);
    QTest::newRow("the station, today") << QString() << today;
    QTest::newRow("the township, today") << TestDatabase::kTownship << today;
    QTest::newRow("a village, today") << TestDatabase::kVillage << today;
    QTest::newRow("the station, ten weeks on") << QString() << today.addDays(70);
    QTest::newRow("the station, three years on") << QString() << today.addYears(3);
    QTest::newRow("the station, before the defects") << QString() << QDate(2026, 3, 2);
}

void TestQualityCheckSameIssues::sameIssues()
{
    QFETCH(QString, area);
    QFETCH(QDate, today);
    Result<QList<QualityCheck::Issue>> expected = ReferenceQualityCheck::issues(*m_db, area, today);
    QVERIFY2(expected.ok(), qPrintable(expected.error()));
    Result<QList<QualityCheck::Issue>> found = QualityCheck::run(*m_db, area, today);
    QVERIFY2(found.ok(), qPrintable(found.error()));
    QVERIFY(!expected->isEmpty());
    QCOMPARE(lines(found.value()), lines(expected.value()));
}

void TestQualityCheckSameIssues::everyRuleIsSeeded()
{
    // The fixture is varied: every rule finds something, and most children have no issue of some kinds.
    Result<QList<QualityCheck::Issue>> found = QualityCheck::run(*m_db, {}, QDate(2026, 5, 18));
    QVERIFY(found.ok());
    QSet<QString> rules;
    QSet<QString> fields;
    for (const QualityCheck::Issue& i : found.value()) {
        rules.insert(i.rule);
        fields.insert(i.rule + QLatin1Char(':') + i.field);
    }
    const QSet<QString> all = {QStringLiteral("missing"),
                               QStringLiteral("invalid_id_number"),
                               QStringLiteral("id_birth_date"),
                               QStringLiteral("id_sex"),
                               QStringLiteral("duplicate_id_number"),
                               QStringLiteral("over_age_active"),
                               QStringLiteral("category"),
                               QStringLiteral("agreement_expired"),
                               QStringLiteral("caregiver_minor"),
                               QStringLiteral("no_recent_visit")};
    QCOMPARE(rules, all);
    for (const char* f :
         {"missing:id_number", "missing:hukou_address", "missing:health", "missing:schooling",
          "missing:caregiver.name", "missing:guardian.id_number", "missing:father.work_place_code",
          "missing:mother.away_since", "invalid_id_number:id_number"})
        QVERIFY2(fields.contains(QLatin1String(f)), f);
}

void TestQualityCheckSameIssues::surveyedAsBefore()
{
    // Surveys corrected by a later visit do not count (the correction does when it is a survey).
    for (const char* statement :
         {"UPDATE visit SET supersedes = (SELECT v.id FROM visit v WHERE v.child_id = visit.child_id"
          " AND v.kind = 'survey' AND v.id <> visit.id LIMIT 1) WHERE rowid % 9 = 1",
          "UPDATE visit SET kind = 'monthly' WHERE kind = 'survey' AND rowid % 4 = 0 AND supersedes IS NOT "
          "NULL"}) {
        QSqlQuery q(m_db->sql());
        QVERIFY2(q.exec(QLatin1String(statement)), qPrintable(q.lastError().text()));
    }
    // The register and survey figures as the report counted them before (one correlated query per child).
    QHash<QString, std::pair<int, int>> expected; // village -> (children, surveyed)
    QSqlQuery q(m_db->sql());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT c.area_code, count(*), sum(EXISTS (SELECT 1 FROM visit v WHERE v.child_id = c.id"
        "  AND v.kind = 'survey' AND v.visit_date <= '2026-05-17'"
        "  AND NOT EXISTS (SELECT 1 FROM visit s WHERE s.supersedes = v.id)))"
        " FROM child c WHERE c.status = 'active' GROUP BY c.area_code")));
    int surveyed = 0;
    while (q.next()) {
        expected.insert(q.value(0).toString(), {q.value(1).toInt(), q.value(2).toInt()});
        surveyed += q.value(2).toInt();
    }
    QVERIFY(surveyed > 0);
    DispatchReport::Options options;
    options.week = IsoWeek::of(QDate(2026, 5, 11));
    options.today = QDate(2026, 5, 18);
    Result<DispatchReport::Report> report = DispatchReport::compute(*m_db, options);
    QVERIFY2(report.ok(), qPrintable(report.error()));
    int rows = 0;
    for (const DispatchReport::Row& row : report->rows) {
        const auto it = expected.constFind(row.areaCode);
        const std::pair<int, int> figures = it == expected.cend() ? std::pair{0, 0} : it.value();
        QCOMPARE(row.children, figures.first);
        QCOMPARE(row.surveyed, figures.second);
        rows += it == expected.cend() ? 0 : 1;
    }
    QCOMPARE(rows, expected.size());
}

QTEST_GUILESS_MAIN(TestQualityCheckSameIssues)
#include "TestQualityCheckSameIssues.moc"
