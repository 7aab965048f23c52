// Visits: saved once, never changed; corrections supersede; what a visit establishes reaches the file.
#include "TestDatabase.h"

#include "storage/CaseRepository.h"
#include "storage/EntitySchema.h"
#include "storage/RecordWriter.h"
#include "storage/VisitRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

class TestVisitRepository final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void saveAndLoad();
    void refusals_data();
    void refusals();
    void savedVisitIsImmutable();
    void correctionSupersedes();
    void visitUpdatesTheFile();
    void refusedFileChangeWritesNothing();
    void surveyStatus();
    void previewWritesNothing();
    void fromLastCarriesTheAssessment();
    void jsonRoundTrip();

private:
    Visit monthly(const QString& date = QStringLiteral("2024-05-10")) const
    {
        Visit v;
        v.childId = m_child;
        v.values = {{QStringLiteral("kind"), QStringLiteral("monthly")},
                    {QStringLiteral("visit_date"), date},
                    {QStringLiteral("visitor"), QStringLiteral("陈丽")},
                    {QStringLiteral("visitor_role"), QStringLiteral("child_director")},
                    {QStringLiteral("met"), QStringLiteral("child,grandparent")},
                    {QStringLiteral("safety"), QStringLiteral("good")},
                    {QStringLiteral("guardianship_grade"), QStringLiteral("fair")},
                    {QStringLiteral("contact_means"), QStringLiteral("video,phone")}};
        return v;
    }
    int count(const QString& table) const
    {
        QSqlQuery q(m_db->sql());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return q.next() ? q.value(0).toInt() : -1;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<CaseDatabase> m_db;
    QString m_child;
};

void TestVisitRepository::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2024, 5, 20), QTime(9, 0)));
    m_db = TestDatabase::open(*m_dir, *m_clock);
    QVERIFY(m_db);
    Result<QString> id = CaseRepository(*m_db).create(
        TestDatabase::leftBehindChild(QStringLiteral("王小明"), QDate(2014, 6, 30), 123, m_clock->today()));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_child = id.value();
}

void TestVisitRepository::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestVisitRepository::saveAndLoad()
{
    VisitRepository repo(*m_db);
    Visit v = monthly();
    v.setHazards({{QStringLiteral("water"), QStringLiteral("提醒不要去水塘边玩")},
                  {QStringLiteral("fire"), QString()}});
    Result<VisitSaved> saved = repo.save(v);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QVERIFY(saved->referrals.isEmpty());
    Result<Visit> loaded = repo.load(saved->visitId);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->childId, m_child);
    QCOMPARE(loaded->areaCode, TestDatabase::kVillage);
    QCOMPARE(loaded->date(), QDate(2024, 5, 10));
    QCOMPARE(loaded->codes(QStringLiteral("met")),
             (QStringList{QStringLiteral("child"), QStringLiteral("grandparent")}));
    QCOMPARE(loaded->hazardActions().value(QStringLiteral("water")), QStringLiteral("提醒不要去水塘边玩"));
    QVERIFY(loaded->hazardActions().contains(QStringLiteral("fire")));
    QVERIFY(!loaded->isSuperseded());
    // Synced like every record: clocks, seq and an audit entry.
    QSqlQuery q(m_db->sql());
    q.exec(QStringLiteral("SELECT clocks, seq FROM visit"));
    QVERIFY(q.next());
    QVERIFY(!q.value(0).toString().isEmpty());
    QVERIFY(q.value(1).toLongLong() > 0);
    QVERIFY(EntitySchema::byTable(QStringLiteral("visit")));
    QVERIFY(EntitySchema::byTable(QStringLiteral("referral_step")));
}

void TestVisitRepository::refusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("future date") << QStringLiteral("visit_date") << QVariant(QStringLiteral("2024-05-21"));
    QTest::newRow("before birth") << QStringLiteral("visit_date") << QVariant(QStringLiteral("2014-01-01"));
    QTest::newRow("no date") << QStringLiteral("visit_date") << QVariant();
    QTest::newRow("unknown kind") << QStringLiteral("kind") << QVariant(QStringLiteral("phone_call"));
    QTest::newRow("unknown service") << QStringLiteral("services") << QVariant(QStringLiteral("cash"));
    QTest::newRow("survey items on a monthly visit")
        << QStringLiteral("survey_clear") << QVariant(QStringLiteral("data"));
    QTest::newRow("action for a hazard not found")
        << QStringLiteral("hazard_actions") << QVariant(QStringLiteral("{\"water\":\"x\"}"));
    QTest::newRow("correcting an unknown visit")
        << QStringLiteral("supersedes") << QVariant(QStringLiteral("nope"));
    QTest::newRow("unknown field") << QStringLiteral("mood") << QVariant(QStringLiteral("fine"));
}

void TestVisitRepository::refusals()
{
    QFETCH(QString, field);
    QFETCH(QVariant, value);
    Visit v = monthly();
    v.values.insert(field, value);
    Result<VisitSaved> saved = VisitRepository(*m_db).save(v);
    QVERIFY(!saved.ok());
    QVERIFY(!saved.error().isEmpty());
    QVERIFY(!saved.error().contains(QLatin1Char('\n')));
    QCOMPARE(count(QStringLiteral("visit")), 0);
}

void TestVisitRepository::savedVisitIsImmutable()
{
    VisitRepository repo(*m_db);
    Result<VisitSaved> saved = repo.save(monthly());
    QVERIFY(saved.ok());
    const Status s = repo.update(saved->visitId, {{QStringLiteral("notes"), QStringLiteral("changed")}});
    QVERIFY(!s.ok());
    QVERIFY(s.error().contains(QStringLiteral("correction")));
    QVERIFY(repo.load(saved->visitId)->text(QStringLiteral("notes")).isEmpty());
    // Saving the same visit again (with its id) makes a new record, never an overwrite.
    Visit again = repo.load(saved->visitId).value();
    Result<VisitSaved> second = repo.save(again);
    QVERIFY(second.ok());
    QVERIFY(second->visitId != saved->visitId);
    QCOMPARE(count(QStringLiteral("visit")), 2);
}

void TestVisitRepository::correctionSupersedes()
{
    VisitRepository repo(*m_db);
    const QString first = repo.save(monthly())->visitId;
    Visit fix = monthly(QStringLiteral("2024-05-09"));
    fix.values.insert(QStringLiteral("notes"), QStringLiteral("日期记错了"));
    Result<VisitSaved> corrected = repo.correct(first, fix, QStringLiteral("wrong date"));
    QVERIFY2(corrected.ok(), qPrintable(corrected.error()));
    Result<QList<Visit>> history = repo.forChild(m_child);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2); // both stay visible
    const Visit& old = history->at(0).id == first ? history->at(0) : history->at(1);
    const Visit& fresh = history->at(0).id == first ? history->at(1) : history->at(0);
    QCOMPARE(old.supersededBy, corrected->visitId);
    QCOMPARE(old.text(QStringLiteral("visit_date")), QStringLiteral("2024-05-10"));
    QCOMPARE(fresh.text(QStringLiteral("supersedes")), first);
    QCOMPARE(fresh.text(QStringLiteral("correction_reason")), QStringLiteral("wrong date"));
    // The corrected visit cannot be corrected a second time: correct the latest version.
    Result<VisitSaved> twice = repo.correct(first, monthly());
    QVERIFY(!twice.ok());
    QVERIFY(twice.error().contains(corrected->visitId));
    QVERIFY(repo.correct(corrected->visitId, monthly(QStringLiteral("2024-05-08"))).ok());
    QCOMPARE(count(QStringLiteral("visit")), 3);
}

void TestVisitRepository::visitUpdatesTheFile()
{
    VisitRepository repo(*m_db);
    Visit v = monthly();
    v.values.insert(QStringLiteral("guardianship_grade"), QStringLiteral("poor"));
    // The mother came home: through the same validated path as editing; the classifier re-runs.
    v.values.insert(QStringLiteral("file_changes"),
                    QStringLiteral("{\"mother\":{\"status\":\"at_home\"},\"notes\":\"母亲已返乡\"}"));
    Result<VisitSaved> saved = repo.save(v);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QVERIFY(saved->fileFieldsChanged >= 3);
    Result<ChildFile> file = CaseRepository(*m_db).load(m_child);
    QCOMPARE(file->text(QStringLiteral("guardianship_grade")), QStringLiteral("poor"));
    QCOMPARE(file->personText(QStringLiteral("mother"), QStringLiteral("status")), QStringLiteral("at_home"));
    QCOMPARE(file->text(QStringLiteral("notes")), QStringLiteral("母亲已返乡"));
    QCOMPARE(file->meta.value(QStringLiteral("category")).toString(), QStringLiteral("not_left_behind"));
    // An older visit entered late does not overwrite what the later one found.
    Visit older = monthly(QStringLiteral("2024-04-10"));
    older.values.insert(QStringLiteral("guardianship_grade"), QStringLiteral("good"));
    QVERIFY(repo.save(older).ok());
    QCOMPARE(CaseRepository(*m_db).load(m_child)->text(QStringLiteral("guardianship_grade")),
             QStringLiteral("poor"));
}

void TestVisitRepository::refusedFileChangeWritesNothing()
{
    Visit v = monthly();
    v.values.insert(QStringLiteral("file_changes"), QStringLiteral("{\"sex\":\"X\"}"));
    Result<VisitSaved> saved = VisitRepository(*m_db).save(v);
    QVERIFY(!saved.ok());
    QCOMPARE(count(QStringLiteral("visit")), 0);
    QCOMPARE(count(QStringLiteral("referral")), 0);
}

void TestVisitRepository::surveyStatus()
{
    VisitRepository repo(*m_db);
    QVERIFY(!repo.surveyStatus(m_child)->surveyed);
    Visit s = monthly(QStringLiteral("2024-05-01"));
    s.values.insert(QStringLiteral("kind"), QStringLiteral("survey"));
    s.values.insert(QStringLiteral("survey_clear"), QStringLiteral("data,basic_situation,social_relations"));
    const QString first = repo.save(s)->visitId;
    Result<SurveyStatus> st = repo.surveyStatus(m_child);
    QVERIFY(st->surveyed);
    QVERIFY(!st->complete);
    QCOMPARE(st->missing.size(), 3);
    s.values.insert(QStringLiteral("visit_date"), QStringLiteral("2024-05-05"));
    s.values.insert(QStringLiteral("survey_clear"),
                    QStringLiteral("growth_needs,safety_net,guardianship_living_medical"));
    QVERIFY(repo.save(s).ok());
    st = repo.surveyStatus(m_child);
    QVERIFY(st->complete);
    QCOMPARE(st->lastSurvey, QDate(2024, 5, 5));
    // A correction replaces what it corrects: the first survey is now said to have cleared only "data".
    s.values.insert(QStringLiteral("visit_date"), QStringLiteral("2024-05-01"));
    s.values.insert(QStringLiteral("survey_clear"), QStringLiteral("data"));
    QVERIFY(repo.correct(first, s).ok());
    st = repo.surveyStatus(m_child);
    QVERIFY(!st->complete);
    QCOMPARE(st->missing,
             (QStringList{QStringLiteral("basic_situation"), QStringLiteral("social_relations")}));
}

void TestVisitRepository::previewWritesNothing()
{
    Visit v = monthly();
    v.values.insert(QStringLiteral("safety_concerns"), QStringLiteral("injury"));
    v.values.insert(QStringLiteral("schooling"), QStringLiteral("dropped_out"));
    Result<VisitPreview> p = VisitRepository(*m_db).preview(v);
    QVERIFY2(p.ok(), qPrintable(p.error()));
    QCOMPARE(p->triggers.size(), 2);
    QCOMPARE(p->referrals.size(), 2);
    QVERIFY(p->referrals.at(0).opened);
    QCOMPARE(p->fileChanges.value(QStringLiteral("schooling")).toString(), QStringLiteral("dropped_out"));
    QCOMPARE(count(QStringLiteral("visit")), 0);
    QCOMPARE(count(QStringLiteral("referral")), 0);
}

void TestVisitRepository::fromLastCarriesTheAssessment()
{
    VisitRepository repo(*m_db);
    QVERIFY(repo.fromLast(m_child)->values.isEmpty());
    Visit v = monthly();
    v.values.insert(QStringLiteral("notes"), QStringLiteral("不应带入"));
    QVERIFY(repo.save(v).ok());
    Result<Visit> next = repo.fromLast(m_child);
    QCOMPARE(next->text(QStringLiteral("guardianship_grade")), QStringLiteral("fair"));
    QCOMPARE(next->text(QStringLiteral("visitor")), QStringLiteral("陈丽"));
    QVERIFY(next->text(QStringLiteral("notes")).isEmpty());
    QVERIFY(next->text(QStringLiteral("visit_date")).isEmpty());
}

void TestVisitRepository::jsonRoundTrip()
{
    const QByteArray text = R"({"kind":"holiday_check","visit_date":"2024-07-05","visitor":"陈丽",
        "met":["child","caregiver"],"hazards":{"water":"已加装护栏","electricity":""},
        "services":"counselling","economic_difficulty":true,"assistance_eligible":["dibao"]})";
    Result<Visit> v = Visit::fromJson(QJsonDocument::fromJson(text).object());
    QVERIFY2(v.ok(), qPrintable(v.error()));
    QCOMPARE(v->codes(QStringLiteral("hazards")),
             (QStringList{QStringLiteral("electricity"), QStringLiteral("water")}));
    QCOMPARE(v->findings({}).economicDifficulty, true);
    v.value().childId = m_child;
    const QJsonObject o = v->toJson();
    QCOMPARE(o.value(QStringLiteral("hazards")).toObject().value(QStringLiteral("water")).toString(),
             QStringLiteral("已加装护栏"));
    QCOMPARE(o.value(QStringLiteral("met")).toArray().size(), 2);
    Result<Visit> back = Visit::fromJson(o);
    QVERIFY(back.ok());
    QCOMPARE(back->values, v->values);
    QVERIFY(!Visit::fromJson(QJsonObject{{QStringLiteral("mood"), 1}}).ok());
}

QTEST_GUILESS_MAIN(TestVisitRepository)
#include "TestVisitRepository.moc"
