#include "AgreementFixtures.h"
#include "TestDatabase.h"
#include "domain/CareAgreement.h"
#include "domain/CaregiverCheck.h"
#include "domain/CaseReference.h"
#include "reports/AgreementCoverage.h"
#include "storage/AgreementRepository.h"
#include "storage/AttachmentStore.h"
#include "storage/CaseRepository.h"
#include "storage/EntitySchema.h"

#include <QBuffer>
#include <QImage>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

using State = CareAgreement::State;
Q_DECLARE_METATYPE(CareAgreement::State)

// Care agreements: the caregiver check (Art. 22), the lifecycle (draft -> printed -> signed -> expired or
// replaced, renewal 30 days before the end, a new caregiver makes a new agreement), attachments and
// coverage, on real database files.
class TestAgreement final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2024, 6, 1), QTime(10, 0))};
    QDate today() const { return m_clock.today(); }

    static int count(CaseDatabase& db, const QString& sql)
    {
        QSqlQuery q(db.sql());
        q.exec(sql);
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void init() { m_clock.set(QDateTime(QDate(2024, 6, 1), QTime(10, 0))); }

    void caseReference()
    {
        QCOMPARE(CaseReference::of(QStringLiteral("7f3a91c2-0b1d-4e5f-8a9b-0c1d2e3f4a5b")),
                 QStringLiteral("7F3A-91C2"));
        QVERIFY(CaseReference::matches(QStringLiteral("7f3a91c2"), QStringLiteral("7f3a91c2-0b1d-4e5f")));
        QVERIFY(!CaseReference::matches(QStringLiteral("7F3A-91C3"), QStringLiteral("7f3a91c2-0b1d-4e5f")));
    }

    void caregiverCheck_data()
    {
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<int>("capable"); // -1 unanswered, 0 no, 1 yes
        QTest::addColumn<int>("abuse");
        QTest::addColumn<int>("habits");
        QTest::addColumn<int>("neglect");
        QTest::addColumn<QString>("problem"); // empty: passes
        const QDate adult(1962, 4, 9);
        QTest::newRow("adult, capable, no exclusions") << adult << 1 << 0 << 0 << 0 << "";
        QTest::newRow("18 today") << QDate(2006, 6, 1) << 1 << 0 << 0 << 0 << "";
        QTest::newRow("18 tomorrow") << QDate(2006, 6, 2) << 1 << 0 << 0 << 0 << "under 18";
        QTest::newRow("a minor sibling") << QDate(2010, 1, 1) << 1 << 0 << 0 << 0 << "under 18";
        QTest::newRow("not able to give care") << adult << 0 << 0 << 0 << 0 << "not able to give care";
        QTest::newRow("capacity unanswered")
            << adult << -1 << 0 << 0 << 0 << "able to give care has not been";
        QTest::newRow("abuse record") << adult << 1 << 1 << 0 << 0 << "record of abuse or violence.";
        QTest::newRow("abuse unanswered") << adult << 1 << -1 << 0 << 0 << "abuse or violence has not been";
        QTest::newRow("drug, alcohol or gambling") << adult << 1 << 0 << 1 << 0 << "gambling habits.";
        QTest::newRow("habits unanswered") << adult << 1 << 0 << -1 << 0 << "gambling habits has not been";
        QTest::newRow("long neglect") << adult << 1 << 0 << 0 << 1 << "neglected a duty of care.";
        QTest::newRow("neglect unanswered") << adult << 1 << 0 << 0 << -1 << "duty of care has not been";
    }
    void caregiverCheck()
    {
        QFETCH(QDate, birth);
        QFETCH(int, capable);
        QFETCH(int, abuse);
        QFETCH(int, habits);
        QFETCH(int, neglect);
        QFETCH(QString, problem);
        const auto answer = [](int v) { return v < 0 ? std::optional<bool>() : std::optional<bool>(v == 1); };
        CaregiverCheck c;
        c.idNumber = TestDatabase::makeId(TestDatabase::kCounty, birth, 22);
        c.capable = answer(capable);
        c.abuse = answer(abuse);
        c.habits = answer(habits);
        c.neglect = answer(neglect);
        c.infringement = c.abandonment = c.unsuitable = false;
        const QStringList problems = c.problems(today());
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(' '))));
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
        }
    }

    // Art. 22's other questions, and a birth date from another document when there is no ID number.
    void caregiverCheckArticle22_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("problem"); // empty: passes
        QTest::newRow("all answered no") << ""
                                         << "";
        QTest::newRow("sexual assault")
            << "infringement=1"
            << "The caregiver has committed sexual assault or another infringement.";
        QTest::newRow("sexual assault unanswered")
            << "infringement=-1"
            << "sexual assault or another infringement has not been answered";
        QTest::newRow("abandonment or trafficking") << "abandonment=1"
                                                    << "The caregiver has abandoned or trafficked a person.";
        QTest::newRow("abandonment unanswered") << "abandonment=-1"
                                                << "abandoned or trafficked a person has not been answered";
        QTest::newRow("otherwise unsuitable") << "unsuitable=1"
                                              << "The caregiver is otherwise unsuitable to be entrusted.";
        QTest::newRow("unsuitable unanswered") << "unsuitable=-1"
                                               << "otherwise unsuitable has not been answered";
        QTest::newRow("no ID, birth date from the household register") << "noid birth=1960-05-01"
                                                                       << "";
        QTest::newRow("no ID, under 18 by the household register")
            << "noid birth=2010-05-01"
            << "The caregiver is under 18 (born 2010-05-01, according to the household register)";
        QTest::newRow("no ID, birth date without a document") << "noid birth=1960-05-01 nodoc"
                                                              << "no birth date from another document";
        QTest::newRow("no ID, no birth date") << "noid"
                                              << "no birth date from another document";
    }
    void caregiverCheckArticle22()
    {
        QFETCH(QString, change);
        QFETCH(QString, problem);
        CaregiverCheck c{TestDatabase::makeId(TestDatabase::kCounty, QDate(1960, 5, 1), 22), true, false,
                         false, false};
        c.infringement = c.abandonment = c.unsuitable = false;
        c.birthDocument = QStringLiteral("household register");
        for (const QString& token : change.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            const QString key = token.section(QLatin1Char('='), 0, 0);
            const QString value = token.section(QLatin1Char('='), 1);
            const std::optional<bool> answer = value == QLatin1String("-1")
                                                   ? std::nullopt
                                                   : std::optional<bool>(value == QLatin1String("1"));
            if (key == QLatin1String("infringement"))
                c.infringement = answer;
            else if (key == QLatin1String("abandonment"))
                c.abandonment = answer;
            else if (key == QLatin1String("unsuitable"))
                c.unsuitable = answer;
            else if (key == QLatin1String("noid"))
                c.idNumber.clear();
            else if (key == QLatin1String("birth"))
                c.birthDate = QDate::fromString(value, Qt::ISODate);
            else if (key == QLatin1String("nodoc"))
                c.birthDocument.clear();
        }
        const QStringList problems = c.problems(today());
        if (problem.isEmpty()) {
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char(' '))));
        } else {
            QCOMPARE(problems.size(), 1);
            QVERIFY2(problems.first().contains(problem), qPrintable(problems.first()));
        }
    }

    void caregiverCheckNeedsAnIdNumber()
    {
        CaregiverCheck c{QString(), true, false, false, false};
        c.infringement = c.abandonment = c.unsuitable = false;
        QVERIFY(!c.passes(today()));
        c.idNumber = QStringLiteral("441523196204090221"); // wrong check character
        QVERIFY(c.problems(today()).first().contains(QLatin1String("not valid")));
    }

    void transitions_data()
    {
        QTest::addColumn<State>("from");
        QTest::addColumn<State>("to");
        QTest::addColumn<bool>("allowed");
        const QList<std::pair<State, const char*>> states = {{State::Draft, "draft"},
                                                             {State::Printed, "printed"},
                                                             {State::Signed, "signed"},
                                                             {State::Expired, "expired"},
                                                             {State::Replaced, "replaced"}};
        const QSet<QString> allowed = {QStringLiteral("draft>printed"),    QStringLiteral("draft>replaced"),
                                       QStringLiteral("printed>printed"),  QStringLiteral("printed>signed"),
                                       QStringLiteral("printed>replaced"), QStringLiteral("signed>replaced"),
                                       QStringLiteral("expired>replaced")};
        for (const auto& [from, fromName] : states) {
            for (const auto& [to, toName] : states) {
                const QString key = QLatin1String(fromName) + QLatin1Char('>') + QLatin1String(toName);
                QTest::newRow(qPrintable(key)) << from << to << allowed.contains(key);
            }
        }
    }
    void transitions()
    {
        QFETCH(State, from);
        QFETCH(State, to);
        QFETCH(bool, allowed);
        QCOMPARE(CareAgreement::canMove(from, to), allowed);
    }

    void stateOnADay_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<State>("state");
        QTest::addColumn<bool>("renewalDue");
        QTest::addColumn<bool>("valid");
        // Term 2024-01-01 .. 2024-12-31.
        QTest::newRow("draft") << "draft" << QDate(2024, 6, 1) << State::Draft << false << false;
        QTest::newRow("printed") << "printed" << QDate(2024, 6, 1) << State::Printed << false << false;
        QTest::newRow("signed, before the term")
            << "signed" << QDate(2023, 12, 31) << State::Signed << false << false;
        QTest::newRow("signed, first day") << "signed" << QDate(2024, 1, 1) << State::Signed << false << true;
        QTest::newRow("signed, 31 days before the end")
            << "signed" << QDate(2024, 11, 30) << State::Signed << false << true;
        QTest::newRow("signed, 30 days before the end")
            << "signed" << QDate(2024, 12, 1) << State::Signed << true << true;
        QTest::newRow("signed, last day") << "signed" << QDate(2024, 12, 31) << State::Signed << true << true;
        QTest::newRow("expired the day after")
            << "signed" << QDate(2025, 1, 1) << State::Expired << true << false;
        QTest::newRow("replaced") << "replaced" << QDate(2024, 12, 1) << State::Replaced << false << false;
        QTest::newRow("an unsigned draft past its term")
            << "draft" << QDate(2025, 3, 1) << State::Draft << false << false;
    }
    void stateOnADay()
    {
        QFETCH(QString, stored);
        QFETCH(QDate, day);
        QFETCH(State, state);
        QFETCH(bool, renewalDue);
        QFETCH(bool, valid);
        CareAgreement a;
        a.fields = {{QStringLiteral("status"), stored},
                    {QStringLiteral("term_from"), QStringLiteral("2024-01-01")},
                    {QStringLiteral("term_to"), QStringLiteral("2024-12-31")}};
        QCOMPARE(a.state(day), state);
        QCOMPARE(a.renewalDue(day), renewalDue);
        QCOMPARE(a.isValid(day), valid);
    }

    void proposalComesFromTheFile()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        Result<QString> child = CaseRepository(*db).create(
            AgreementFixtures::childWithGuardian(QStringLiteral("王小明"), QDate(2016, 3, 5), 13, today()));
        QVERIFY2(child.ok(), qPrintable(child.error()));
        Result<CareAgreement> a =
            AgreementRepository(*db).propose(child.value(), today(), today().addYears(1));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        QCOMPARE(a->text(QStringLiteral("father_name")), QStringLiteral("王建国"));
        QCOMPARE(a->text(QStringLiteral("father_id_number")), AgreementFixtures::kFatherId);
        QCOMPARE(a->text(QStringLiteral("father_work_place")), QStringLiteral("深圳市南山区电子厂"));
        // Without a work place in words, the official name of the work place's area.
        QVERIFY(a->text(QStringLiteral("mother_work_place")).contains(QStringLiteral("南山区")));
        QCOMPARE(a->text(QStringLiteral("caregiver_name")), QStringLiteral("张桂英"));
        QCOMPARE(a->text(QStringLiteral("caregiver_id_number")), AgreementFixtures::kGrandmotherId);
        QCOMPARE(a->text(QStringLiteral("caregiver_relation")), QStringLiteral("祖母"));
        QCOMPARE(a->text(QStringLiteral("caregiver_capable")), QStringLiteral("1"));
        // The Art. 22 questions are not in the file: the check asks them.
        QVERIFY(!a->caregiverCheck().passes(today()));
        QVERIFY(!a->printable(today()));
        QVERIFY(
            a->printable(today()).error().contains(QLatin1String("abuse or violence has not been answered")));
    }

    void lifecycle()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        Result<QString> child = CaseRepository(*db).create(
            AgreementFixtures::childWithGuardian(QStringLiteral("王小明"), QDate(2016, 3, 5), 13, today()));
        QVERIFY(child.ok());
        AgreementRepository repo(*db);
        Result<QString> id =
            AgreementFixtures::addAgreement(*db, child.value(), QDate(2024, 6, 1), QDate(2025, 5, 31));
        QVERIFY2(id.ok(), qPrintable(id.error()));
        QCOMPARE(repo.load(id.value())->state(today()), State::Draft);

        // Signing comes after printing, with a date that is not in the future, and a witness.
        QVERIFY(repo.sign(id.value(), today(), QStringLiteral("李主任"))
                    .error()
                    .contains(QLatin1String("Print")));
        QVERIFY(repo.markPrinted({id.value()}).ok());
        QCOMPARE(repo.load(id.value())->state(today()), State::Printed);
        QCOMPARE(repo.load(id.value())->text(QStringLiteral("printed_on")), QStringLiteral("2024-06-01"));
        QVERIFY(repo.sign(id.value(), today().addDays(1), QStringLiteral("李主任"))
                    .error()
                    .contains(QLatin1String("future")));
        QVERIFY(repo.sign(id.value(), today().addDays(-1), QStringLiteral("李主任"))
                    .error()
                    .contains(QLatin1String("before")));
        QVERIFY(
            repo.sign(id.value(), today(), QStringLiteral(" ")).error().contains(QLatin1String("witness")));
        QVERIFY(repo.sign(id.value(), today(), QStringLiteral("李主任")).ok());
        QVERIFY(repo.recordNotice(id.value(), today()).ok());
        CareAgreement signedOne = repo.load(id.value()).value();
        QCOMPARE(signedOne.state(today()), State::Signed);
        QCOMPARE(signedOne.text(QStringLiteral("witness")), QStringLiteral("李主任"));
        QCOMPARE(signedOne.text(QStringLiteral("notice_given")), QStringLiteral("1"));
        QVERIFY(signedOne.isValid(today()));
        // A signed agreement is changed only by a new one; printing it again keeps it signed.
        QVERIFY(!repo.update(id.value(), {{QStringLiteral("costs"), QStringLiteral("每月500元")}}));
        QVERIFY(repo.markPrinted({id.value()}).ok());
        QCOMPARE(repo.load(id.value())->state(today()), State::Signed);

        // The same caregiver again: refused until the renewal is due.
        Result<QString> again =
            AgreementFixtures::addAgreement(*db, child.value(), QDate(2025, 6, 1), QDate(2026, 5, 31));
        QVERIFY(!again.ok());
        QVERIFY2(again.error().contains(QLatin1String("already has an agreement")),
                 qPrintable(again.error()));
        m_clock.set(QDateTime(QDate(2025, 5, 1), QTime(9, 0))); // 30 days before the end
        QVERIFY(repo.load(id.value())->renewalDue(m_clock.today()));
        Result<QString> renewal =
            AgreementFixtures::addAgreement(*db, child.value(), QDate(2025, 6, 1), QDate(2026, 5, 31));
        QVERIFY2(renewal.ok(), qPrintable(renewal.error()));
        QCOMPARE(repo.load(id.value())->state(m_clock.today()), State::Replaced);
        QCOMPARE(repo.load(renewal.value())->text(QStringLiteral("replaces")), id.value());
        QCOMPARE(repo.current(child.value())->value().id, renewal.value());
        QCOMPARE(repo.forChild(child.value())->size(), 2);
        // A replaced agreement goes nowhere.
        QVERIFY(!repo.sign(id.value(), m_clock.today(), QStringLiteral("李主任")));
        QVERIFY(!repo.load(id.value())->printable(m_clock.today()));
    }

    void newCaregiverMakesANewAgreement()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        CaseRepository cases(*db);
        Result<QString> child = cases.create(
            AgreementFixtures::childWithGuardian(QStringLiteral("王小明"), QDate(2016, 3, 5), 13, today()));
        QVERIFY(child.ok());
        AgreementRepository repo(*db);
        Result<QString> first =
            AgreementFixtures::addAgreement(*db, child.value(), today(), today().addYears(1));
        QVERIFY(first.ok());
        ChildFile file = cases.load(child.value()).value();
        QVERIFY(!AgreementRepository::caregiverChanged(repo.load(first.value()).value(), file));
        // The grandmother falls ill; an aunt takes over.
        file.persons[QStringLiteral("guardian")] = {
            {QStringLiteral("name"), QStringLiteral("王秀兰")},
            {QStringLiteral("id_number"),
             TestDatabase::makeId(TestDatabase::kCounty, QDate(1985, 8, 20), 42)},
            {QStringLiteral("birth_date"), QStringLiteral("1985-08-20")},
            {QStringLiteral("relation_to_child"), QStringLiteral("姑姑")},
            {QStringLiteral("capable"), 1}};
        Result<int> updated = cases.update(child.value(), file);
        QVERIFY2(updated.ok(), qPrintable(updated.error()));
        file = cases.load(child.value()).value();
        QVERIFY(AgreementRepository::caregiverChanged(repo.load(first.value()).value(), file));
        Result<QString> second =
            AgreementFixtures::addAgreement(*db, child.value(), today(), today().addYears(1));
        QVERIFY2(second.ok(), qPrintable(second.error()));
        QCOMPARE(repo.load(first.value())->state(today()), State::Replaced);
        QCOMPARE(repo.load(second.value())->text(QStringLiteral("caregiver_name")), QStringLiteral("王秀兰"));
        QVERIFY(!AgreementRepository::caregiverChanged(repo.load(second.value()).value(), file));
    }

    void termIsChecked_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("error");
        QTest::newRow("no dates") << ""
                                  << ""
                                  << "two real dates";
        QTest::newRow("not a date") << "2024-02-30"
                                    << "2025-01-01"
                                    << "two real dates";
        QTest::newRow("ends before it starts") << "2024-06-01"
                                               << "2024-05-31"
                                               << "must come after";
        QTest::newRow("six years") << "2024-06-01"
                                   << "2030-06-01"
                                   << "five years";
    }
    void termIsChecked()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, error);
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        Result<QString> child = CaseRepository(*db).create(
            AgreementFixtures::childWithGuardian(QStringLiteral("王小明"), QDate(2016, 3, 5), 13, today()));
        AgreementRepository repo(*db);
        CareAgreement a = repo.propose(child.value(), {}, {}).value();
        a.fields.insert(QStringLiteral("term_from"), from);
        a.fields.insert(QStringLiteral("term_to"), to);
        Result<QString> id = repo.create(a);
        QVERIFY(!id.ok());
        QVERIFY2(id.error().contains(error), qPrintable(id.error()));
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM agreement")), 0);
    }

    void agreementsAreSyncedRecords()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        for (const EntitySchema* s : {&EntitySchema::agreement(), &EntitySchema::attachment()}) {
            QVERIFY(EntitySchema::all().contains(s));
            QSqlQuery q(db->sql());
            QVERIFY(q.exec(QStringLiteral("PRAGMA table_info(") + s->table + QStringLiteral(")")));
            QStringList columns;
            while (q.next())
                columns << q.value(1).toString();
            for (const QString& c :
                 s->fieldNames() + QStringList{QStringLiteral("id"), QStringLiteral("area_code"),
                                               QStringLiteral("clocks"), QStringLiteral("seq")})
                QVERIFY2(columns.contains(c), qPrintable(s->table + QLatin1Char('.') + c));
        }
        // Written through RecordWriter: clocks and an audit entry.
        Result<QString> child = CaseRepository(*db).create(
            AgreementFixtures::childWithGuardian(QStringLiteral("王小明"), QDate(2016, 3, 5), 13, today()));
        Result<QString> id =
            AgreementFixtures::addAgreement(*db, child.value(), today(), today().addYears(1));
        QVERIFY(id.ok());
        QSqlQuery q(db->sql());
        q.prepare(QStringLiteral("SELECT clocks, seq, area_code FROM agreement WHERE id = ?"));
        q.addBindValue(id.value());
        QVERIFY(q.exec() && q.next());
        QVERIFY(q.value(0).toString().contains(QLatin1String("caregiver_name")));
        QVERIFY(q.value(1).toLongLong() > 0);
        QCOMPARE(q.value(2).toString(), TestDatabase::kVillage);
        QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM audit WHERE entity = 'agreement'")), 1);
    }

    void attachments()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        AttachmentStore store(*db);
        const QString owner = QStringLiteral("0b1d4e5f-0000-4000-8000-000000000001");
        // A photo of 2400 x 3200 pixels of noise: several MB as PNG.
        QImage photo(2400, 3200, QImage::Format_RGB32);
        QRandomGenerator rng(7);
        for (int y = 0; y < photo.height(); ++y) {
            auto* line = reinterpret_cast<quint32*>(photo.scanLine(y));
            for (int x = 0; x < photo.width(); ++x)
                line[x] = 0xff000000u | rng.generate();
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(photo.save(&buffer, "PNG"));
        QVERIFY(png.size() > 4 * 1024 * 1024);
        Result<QString> big = store.add(owner, TestDatabase::kVillage, QStringLiteral("签字页.png"), png);
        QVERIFY2(big.ok(), qPrintable(big.error()));
        const QByteArray kept = store.data(big.value()).value();
        QVERIFY(kept.size() <= 1024 * 1024);
        QVERIFY(!QImage::fromData(kept, "JPEG").isNull());
        QCOMPARE(store.list(owner)->first().mimeType, QStringLiteral("image/jpeg"));
        QCOMPARE(store.list(owner)->first().fileName, QStringLiteral("签字页.jpg"));

        // A small PDF is kept as it is; a large one is refused with one sentence.
        const QByteArray pdf = QByteArray("%PDF-1.4\n") + QByteArray(2000, 'x');
        Result<QString> small = store.add(owner, TestDatabase::kVillage, QStringLiteral("scan.pdf"), pdf);
        QVERIFY(small.ok());
        QCOMPARE(store.data(small.value()).value(), pdf);
        Result<QString> large = store.add(owner, TestDatabase::kVillage, QStringLiteral("scan.pdf"),
                                          QByteArray("%PDF-1.4\n") + QByteArray(1100 * 1024, 'x'));
        QVERIFY(!large.ok());
        QVERIFY(large.error().contains(QLatin1String("larger than 1024 KB")));
        QVERIFY(!store.add(owner, TestDatabase::kVillage, QStringLiteral("notes.txt"), "hello").ok());
        QCOMPARE(store.list(owner)->size(), 2);
    }

    void coverage()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock, TestDatabase::kTownship, QStringLiteral("township"));
        CaseRepository cases(*db);
        AgreementRepository repo(*db);
        QStringList children;
        for (int i = 0; i < 3; ++i) {
            ChildFile f =
                AgreementFixtures::childWithGuardian(QStringLiteral("王小%1").arg(QChar(u"明亮红"[i])),
                                                     QDate(2015, 3, 5 + i), 13 + 2 * i, today());
            if (i == 2)
                f.areaCode = TestDatabase::kOtherVillage;
            Result<QString> id = cases.create(f);
            QVERIFY2(id.ok(), qPrintable(id.error()));
            children << id.value();
        }
        // The first signed and valid; the second signed but expired; the third only a draft.
        const QList<std::pair<QDate, QDate>> terms = {{QDate(2024, 1, 1), QDate(2024, 12, 31)},
                                                      {QDate(2023, 1, 1), QDate(2023, 12, 31)},
                                                      {QDate(2024, 6, 1), QDate(2025, 5, 31)}};
        for (int i = 0; i < 3; ++i) {
            Result<QString> id =
                AgreementFixtures::addAgreement(*db, children.at(i), terms.at(i).first, terms.at(i).second);
            QVERIFY2(id.ok(), qPrintable(id.error()));
            if (i < 2) {
                QVERIFY(repo.markPrinted({id.value()}).ok());
                QVERIFY(repo.sign(id.value(), today(), QStringLiteral("李主任")).ok());
            }
        }
        Result<AgreementCoverage::Report> r =
            AgreementCoverage::compute(*db, TestDatabase::kTownship, today());
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->total.leftBehind, 3);
        QCOMPARE(r->total.covered, 1);
        QCOMPARE(r->townships.size(), 1);
        QCOMPARE(r->villages.size(), 2);
        QCOMPARE(r->villages.first().leftBehind, 2);
        QCOMPARE(r->villages.first().covered, 1);
        QCOMPARE(r->without.size(), 2);
        QCOMPARE(r->without.at(0).state, QStringLiteral("expired"));
        QCOMPARE(r->without.at(1).state, QStringLiteral("draft"));
        // Unsigned agreements of the first village: none; of the other: the draft.
        AgreementRepository::Filter f;
        f.areaCode = TestDatabase::kOtherVillage;
        f.unsignedOnly = true;
        QCOMPARE(repo.list(f)->size(), 1);
        f.areaCode = TestDatabase::kVillage;
        QCOMPARE(repo.list(f)->size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestAgreement)
#include "TestAgreement.moc"
