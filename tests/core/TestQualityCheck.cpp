#include "ReferenceQualityCheck.h"
#include "TestDatabase.h"
#include "reports/QualityCheck.h"
#include "storage/CaseRepository.h"
#include "storage/VisitRepository.h"

#include <QSqlQuery>
#include <QTest>

// The offices' data-quality checks, rule by rule: a complete left-behind child has no issue; each row breaks
// one fact (as typed, or as a sync may deliver it past the form's checks) and finds exactly that rule.
class TestQualityCheck final : public QObject
{
    Q_OBJECT

private slots:
    void oneRulePerBrokenFact_data();
    void oneRulePerBrokenFact();
    void onlyTheAreaAsked();

private:
    // A left-behind child with every fact the checks ask for, and a visit today.
    QString completeChild(CaseDatabase& db, const QString& name, int sequence);
    static bool sql(CaseDatabase& db, const QString& statement);

    FixedClock m_clock{QDateTime(QDate(2024, 5, 20), QTime(9, 0))};
};

QString TestQualityCheck::completeChild(CaseDatabase& db, const QString& name, int sequence)
{
    ChildFile f = TestDatabase::leftBehindChild(name, QDate(2014, 6, 30), sequence, m_clock.today());
    f.child.insert(QStringLiteral("sex"), sequence % 2 ? QStringLiteral("M") : QStringLiteral("F"));
    f.child.insert(QStringLiteral("birth_date"), QStringLiteral("2014-06-30"));
    f.child.insert(QStringLiteral("hukou_address"), QStringLiteral("广东省汕尾市陆河县水唇镇南跃村10号"));
    f.child.insert(QStringLiteral("health"), QStringLiteral("healthy"));
    const QString grandfather = TestDatabase::makeId(TestDatabase::kCounty, QDate(1958, 3, 1), 11);
    f.persons.insert(QStringLiteral("guardian"),
                     {{QStringLiteral("name"), QStringLiteral("王大山")},
                      {QStringLiteral("id_number"), grandfather},
                      {QStringLiteral("relation_to_child"), QStringLiteral("祖父")}});
    f.persons.insert(QStringLiteral("caregiver"),
                     {{QStringLiteral("name"), QStringLiteral("王大山")},
                      {QStringLiteral("id_number"), grandfather},
                      {QStringLiteral("relation_to_child"), QStringLiteral("祖父")}});
    Result<QString> id = CaseRepository(db).create(f);
    if (!id) {
        qWarning() << id.error();
        return {};
    }
    Visit v;
    v.childId = id.value();
    v.values = {{QStringLiteral("kind"), QStringLiteral("monthly")},
                {QStringLiteral("visit_date"), m_clock.today().toString(Qt::ISODate)},
                {QStringLiteral("visitor"), QStringLiteral("陈丽")}};
    if (Result<VisitSaved> saved = VisitRepository(db).save(v); !saved)
        qWarning() << saved.error();
    return id.value();
}

bool TestQualityCheck::sql(CaseDatabase& db, const QString& statement)
{
    QSqlQuery q(db.sql());
    return q.exec(statement);
}

void TestQualityCheck::oneRulePerBrokenFact_data()
{
    // What a sync may deliver past the form's checks is written with SQL, as the merge writes it.
    QTest::addColumn<QString>("change"); // SQL on the child `:id`, or a code for the test below
    QTest::addColumn<QString>("rule");   // "" : no issue at all
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("also"); // a rule that follows from the same change ("" : none)
    const QString over = TestDatabase::makeId(TestDatabase::kCounty, QDate(2007, 5, 1), 123);
    const QString minor = TestDatabase::makeId(TestDatabase::kCounty, QDate(2010, 1, 1), 35);
    QTest::newRow("complete") << ""
                              << ""
                              << ""
                              << "";
    QTest::newRow("no ID number") << "UPDATE child SET id_number = NULL WHERE id = :id"
                                  << "missing"
                                  << "id_number"
                                  << "";
    QTest::newRow("no hukou address") << "UPDATE child SET hukou_address = '' WHERE id = :id"
                                      << "missing"
                                      << "hukou_address"
                                      << "";
    QTest::newRow("no health") << "UPDATE child SET health = NULL WHERE id = :id"
                               << "missing"
                               << "health"
                               << "";
    QTest::newRow("no schooling at nine") << "UPDATE child SET schooling = NULL WHERE id = :id"
                                          << "missing"
                                          << "schooling"
                                          << "";
    QTest::newRow("a baby of two has no schooling to record")
        << "UPDATE child SET schooling = NULL, id_number = NULL, birth_date = '2022-03-01' WHERE id = :id"
        << "missing"
        << "id_number"
        << "";
    QTest::newRow("no caregiver's ID number")
        << "UPDATE person SET id_number = NULL WHERE child_id = :id AND relation = 'caregiver'"
        << "missing"
        << "caregiver.id_number"
        << "";
    QTest::newRow("a guardian and no caregiver: one person is enough")
        << "DELETE FROM person WHERE child_id = :id AND relation = 'caregiver'"
        << ""
        << ""
        << "";
    QTest::newRow("a caregiver and no guardian: one person is enough")
        << "DELETE FROM person WHERE child_id = :id AND relation = 'guardian'"
        << ""
        << ""
        << "";
    QTest::newRow("neither guardian nor caregiver")
        << "DELETE FROM person WHERE child_id = :id AND relation IN ('guardian', 'caregiver')"
        << "missing"
        << "caregiver.name"
        << "";
    QTest::newRow("no guardian's ID number, the caregiver's recorded")
        << "UPDATE person SET id_number = NULL WHERE child_id = :id AND relation = 'guardian'"
        << "missing"
        << "guardian.id_number"
        << "";
    QTest::newRow("father's work place missing")
        << "UPDATE person SET work_place_code = NULL WHERE child_id = :id AND relation = 'father'"
        << "missing"
        << "father.work_place_code"
        << "category";
    QTest::newRow("an invalid ID number")
        << "UPDATE child SET id_number = '441523201406301230' WHERE id = :id"
        << "invalid_id_number"
        << "id_number"
        << "";
    QTest::newRow("the ID number says another birth date")
        << "UPDATE child SET birth_date = '2014-07-01' WHERE id = :id"
        << "id_birth_date"
        << "birth_date"
        << "";
    QTest::newRow("the ID number says another sex") << "UPDATE child SET sex = 'F' WHERE id = :id"
                                                    << "id_sex"
                                                    << "sex"
                                                    << "";
    QTest::newRow("over 16 and still active")
        << QStringLiteral("UPDATE child SET birth_date = '2007-05-01', id_number = '%1' WHERE id = :id")
               .arg(over)
        << "over_age_active"
        << "birth_date"
        << "category";
    QTest::newRow("a stored category the facts no longer give")
        << "UPDATE child SET category = 'not_left_behind' WHERE id = :id"
        << "category"
        << "category"
        << "";
    QTest::newRow("a caregiver under 18")
        << QStringLiteral(
               "UPDATE person SET id_number = '%1' WHERE child_id = :id AND relation = 'caregiver'")
               .arg(minor)
        << "caregiver_minor"
        << "caregiver.id_number"
        << "";
    QTest::newRow("no visit for two months") << "DELETE FROM visit WHERE child_id = :id"
                                             << "no_recent_visit"
                                             << "visit"
                                             << "";
    QTest::newRow("the same ID number on two files") << "duplicate"
                                                     << "duplicate_id_number"
                                                     << "id_number"
                                                     << "";
}

void TestQualityCheck::oneRulePerBrokenFact()
{
    QFETCH(QString, change);
    QFETCH(QString, rule);
    QFETCH(QString, field);
    QFETCH(QString, also);
    QTemporaryDir dir;
    m_clock.set(QDateTime(QDate(2024, 2, 1), QTime(9, 0))); // files made in February
    auto db = TestDatabase::open(dir, m_clock);
    QVERIFY(db);
    const QString id = completeChild(*db, QStringLiteral("王小明"), 123);
    QVERIFY(!id.isEmpty());
    m_clock.set(QDateTime(QDate(2024, 5, 20), QTime(9, 0)));
    // Keep the complete child's visit recent: one today.
    Visit v;
    v.childId = id;
    v.values = {{QStringLiteral("kind"), QStringLiteral("monthly")},
                {QStringLiteral("visit_date"), QStringLiteral("2024-05-20")},
                {QStringLiteral("visitor"), QStringLiteral("陈丽")}};
    QVERIFY(VisitRepository(*db).save(v).ok());
    if (change == QLatin1String("duplicate")) {
        const QString other = completeChild(*db, QStringLiteral("王晓明"), 125);
        QVERIFY(!other.isEmpty());
        QVERIFY(sql(
            *db, QStringLiteral("UPDATE child SET id_number = (SELECT id_number FROM child WHERE id = '%1'),"
                                " birth_date = '2014-06-30', sex = 'M' WHERE id = '%2'")
                     .arg(id, other)));
    } else if (!change.isEmpty()) {
        QVERIFY2(sql(*db, QString(change).replace(QLatin1String(":id"),
                                                  QLatin1Char('\'') + id + QLatin1Char('\''))),
                 qPrintable(change));
    }
    Result<QList<QualityCheck::Issue>> issues = QualityCheck::run(*db, {}, m_clock.today());
    QVERIFY2(issues.ok(), qPrintable(issues.error()));
    // Exactly what the checks found when they loaded one child's file after the other (issue 12).
    Result<QList<QualityCheck::Issue>> reference = ReferenceQualityCheck::issues(*db, {}, m_clock.today());
    QVERIFY2(reference.ok(), qPrintable(reference.error()));
    QCOMPARE(issues->size(), reference->size());
    for (qsizetype i = 0; i < issues->size(); ++i) {
        const QualityCheck::Issue& a = issues->at(i);
        const QualityCheck::Issue& b = reference->at(i);
        QCOMPARE(QStringList({a.childId, a.childName, a.areaCode, a.field, a.rule, a.message}),
                 QStringList({b.childId, b.childName, b.areaCode, b.field, b.rule, b.message}));
    }
    QStringList found;
    for (const QualityCheck::Issue& i : issues.value()) {
        if (i.childId == id)
            found << i.rule + QLatin1Char(':') + i.field + QStringLiteral(" (") + i.message +
                         QLatin1Char(')');
    }
    if (rule.isEmpty()) {
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
        return;
    }
    // The broken fact, and what follows from it (a category the facts no longer give).
    const QString all = found.join(QLatin1Char('\n'));
    QCOMPARE(found.size(), also.isEmpty() ? 1 : 2);
    QVERIFY2(all.startsWith(rule + QLatin1Char(':') + field + QLatin1Char(' ')) ||
                 all.contains(QLatin1Char('\n') + rule + QLatin1Char(':') + field + QLatin1Char(' ')),
             qPrintable(all));
    if (!also.isEmpty())
        QVERIFY2(all.contains(also + QLatin1Char(':')), qPrintable(all));
    for (const QualityCheck::Issue& i : issues.value()) {
        QVERIFY(!i.message.trimmed().isEmpty());
        QVERIFY(!i.childName.isEmpty());
    }
}

void TestQualityCheck::onlyTheAreaAsked()
{
    QTemporaryDir dir;
    auto db = TestDatabase::open(dir, m_clock, TestDatabase::kTownship, QStringLiteral("township"));
    QVERIFY(db);
    const QString here = completeChild(*db, QStringLiteral("王小明"), 123);
    QVERIFY(!here.isEmpty());
    QVERIFY(sql(*db, QStringLiteral("UPDATE child SET health = NULL WHERE id = '%1'").arg(here)));
    Result<QList<QualityCheck::Issue>> all = QualityCheck::run(*db, {}, m_clock.today());
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    Result<QList<QualityCheck::Issue>> other =
        QualityCheck::run(*db, TestDatabase::kOtherVillage, m_clock.today());
    QVERIFY(other.ok());
    QVERIFY(other->isEmpty());
    Result<QList<QualityCheck::Issue>> village =
        QualityCheck::run(*db, TestDatabase::kVillage, m_clock.today());
    QVERIFY(village.ok());
    QCOMPARE(village->size(), 1);
    QVERIFY(!QualityCheck::run(*db, QStringLiteral("99"), m_clock.today()).ok());
}

QTEST_GUILESS_MAIN(TestQualityCheck)
#include "TestQualityCheck.moc"
