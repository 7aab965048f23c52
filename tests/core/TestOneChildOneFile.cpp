// 一人一档 — one child, one file, also after sync: an ID number already on the register is refused, files
// of one child made at two stations are found and merged (the same way at both), and the "one … per child"
// rules (one open referral per kind, one current agreement) hold again after any exchange.
#include "AgreementFixtures.h"
#include "SyncStations.h"
#include "TestDatabase.h"
#include "storage/AgreementRepository.h"
#include "storage/ChildMerger.h"
#include "storage/DuplicateFinder.h"
#include "storage/EntitySchema.h"
#include "storage/ReferralRepository.h"
#include "storage/VisitRepository.h"
#include "sync/ConflictStore.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace SyncStations;

class TestOneChildOneFile final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2024, 6, 3), QTime(9, 0))};
    QDate today() const { return m_clock.today(); }
    int m_packages = 0;
    QTemporaryDir m_files;

    struct Pair
    {
        std::unique_ptr<Station> village;
        std::unique_ptr<Station> township;
    };
    Pair pair()
    {
        Pair p{make(m_clock, TestDatabase::kVillage, QStringLiteral("village"),
                    QStringLiteral("0a0a0a0a0a0a0a01")),
               make(m_clock, TestDatabase::kTownship, QStringLiteral("township"),
                    QStringLiteral("0b0b0b0b0b0b0b02"))};
        if (!p.village || !p.township || !enrolBoth(*p.village, *p.township))
            qWarning("stations not set up");
        return p;
    }
    // Sends everything new from one station to the other; false when refused.
    bool send(Station& from, Station& to, ImportReport* report = nullptr)
    {
        const QString path = m_files.filePath(QStringLiteral("p%1.shpkg").arg(++m_packages));
        if (exportTo(from, to.id(), path).isEmpty())
            return false;
        Result<ImportReport> r = importInto(to, path);
        if (!r)
            qWarning() << r.error();
        if (r && report)
            *report = r.value();
        return r.ok();
    }
    bool exchange(Pair& p)
    {
        return send(*p.village, *p.township) && send(*p.township, *p.village) &&
               send(*p.village, *p.township);
    }
    static QString oneValue(CaseDatabase& db, const QString& sql)
    {
        QSqlQuery q(db.sql());
        q.exec(sql);
        return q.next() ? q.value(0).toString() : QString();
    }
    // The synced records' values (not their clocks or sequence), every table, as text: what a person sees.
    static QString content(CaseDatabase& db)
    {
        QString out;
        for (const EntitySchema* s : EntitySchema::all()) {
            QSqlQuery q(db.sql());
            q.exec(QStringLiteral("SELECT id, area_code, ") + s->fieldNames().join(QLatin1Char(',')) +
                   QStringLiteral(" FROM ") + s->table + QStringLiteral(" ORDER BY id"));
            while (q.next()) {
                out += s->table + QLatin1Char(':');
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + QLatin1Char('|');
                out += QLatin1Char('\n');
            }
        }
        QSqlQuery c(db.sql());
        c.exec(QStringLiteral("SELECT id, value, resolved_hlc FROM conflict ORDER BY id"));
        while (c.next())
            out += QStringLiteral("conflict:") + c.value(0).toString() + QLatin1Char('|') +
                   c.value(1).toString() + QLatin1Char('|') + c.value(2).toString() + QLatin1Char('\n');
        return out;
    }
    static QString policeReportVisit(CaseDatabase& db, const QString& child, QDate on)
    {
        Visit v;
        v.childId = child;
        v.values = {{QStringLiteral("kind"), QStringLiteral("monthly")},
                    {QStringLiteral("visit_date"), on.toString(Qt::ISODate)},
                    {QStringLiteral("visitor"), QStringLiteral("陈丽")},
                    {QStringLiteral("safety_concerns"), QStringLiteral("domestic_violence")}};
        Result<VisitSaved> saved = VisitRepository(db).save(v);
        if (!saved)
            qWarning() << saved.error();
        return saved ? saved->visitId : QString();
    }

private slots:
    // An ID number already on the register is refused (in any form of the number, whatever the status of
    // the file that has it); another number is not.
    void idNumberOnTheRegisterIsRefused_data()
    {
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("refused");
        const QString id = TestDatabase::makeId(TestDatabase::kCounty, QDate(2015, 3, 4), 137);
        QTest::newRow("active, same number") << "active" << id << true;
        QTest::newRow("active, typed with spaces")
            << "active" << QString(QStringLiteral(" ") + id + QStringLiteral(" ")) << true;
        QTest::newRow("exited, same number") << "exited" << id << true;
        QTest::newRow("another number")
            << "active" << TestDatabase::makeId(TestDatabase::kCounty, QDate(2015, 3, 4), 139) << false;
    }
    void idNumberOnTheRegisterIsRefused()
    {
        QFETCH(QString, status);
        QFETCH(QString, typed);
        QFETCH(bool, refused);
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        CaseRepository cases(*db);
        ChildFile first =
            TestDatabase::leftBehindChild(QStringLiteral("张佳怡"), QDate(2015, 3, 4), 137, today());
        Result<QString> kept = cases.create(first);
        QVERIFY2(kept.ok(), qPrintable(kept.error()));
        if (status == QLatin1String("exited"))
            QVERIFY(cases.exitChild(kept.value(), QStringLiteral("moved_away"), today()).ok());
        ChildFile second =
            TestDatabase::leftBehindChild(QStringLiteral("张家义"), QDate(2015, 3, 4), 1, today());
        second.child.insert(QStringLiteral("id_number"), typed);
        const int before = count(*db, QStringLiteral("SELECT count(*) FROM child"));
        Result<QString> again = cases.create(second);
        QCOMPARE(!again.ok(), refused);
        if (refused) {
            QVERIFY2(again.error().contains(QStringLiteral("张佳怡")), qPrintable(again.error()));
            QVERIFY2(again.error().contains(QStringLiteral("南跃")),
                     qPrintable(again.error())); // the village
            QCOMPARE(again.error().count(QLatin1Char('\n')), 0);
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM child")), before);
            QCOMPARE(count(*db, QStringLiteral("SELECT count(*) FROM person")), 2); // nothing half-written
        }
        // The GUI's note as the number is typed says the same.
        QCOMPARE(cases.idNumberTaken(typed, again.ok() ? again.value() : QString()).isEmpty(), !refused);
    }

    // Changing a file's ID number to one on the register is refused; editing other fields of a file that
    // shares its number with another (after a sync) is not.
    void editingKeepsOneNumberPerFile()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        CaseRepository cases(*db);
        const QString a =
            cases.create(TestDatabase::leftBehindChild(QStringLiteral("甲"), QDate(2015, 3, 4), 11, today()))
                .value();
        const QString b =
            cases.create(TestDatabase::leftBehindChild(QStringLiteral("乙"), QDate(2015, 3, 4), 13, today()))
                .value();
        ChildFile change;
        change.child.insert(QStringLiteral("id_number"),
                            TestDatabase::makeId(TestDatabase::kCounty, QDate(2015, 3, 4), 11));
        Result<int> r = cases.update(b, change);
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QStringLiteral("甲")));
        ChildFile note;
        note.child.insert(QStringLiteral("notes"), QStringLiteral("复核"));
        QVERIFY(cases.update(a, note).ok());
    }

    // A file without an ID number: the same name, sex and birth date in the same village is saved with a
    // warning; another sex, another village or an ID number gives none.
    void sameDetailsWarn_data()
    {
        QTest::addColumn<QString>("sex");
        QTest::addColumn<QString>("village");
        QTest::addColumn<bool>("warned");
        QTest::newRow("same") << "M" << TestDatabase::kVillage << true;
        QTest::newRow("sex not given") << "" << TestDatabase::kVillage << true;
        QTest::newRow("other sex") << "F" << TestDatabase::kVillage << false;
        QTest::newRow("other village") << "M" << TestDatabase::kOtherVillage << false;
    }
    void sameDetailsWarn()
    {
        QFETCH(QString, sex);
        QFETCH(QString, village);
        QFETCH(bool, warned);
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock, TestDatabase::kTownship, QStringLiteral("township"));
        CaseRepository cases(*db);
        ChildFile f;
        f.areaCode = TestDatabase::kVillage;
        f.child = {{QStringLiteral("name"), QStringLiteral("李明")},
                   {QStringLiteral("birth_date"), QStringLiteral("2016-05-01")},
                   {QStringLiteral("sex"), QStringLiteral("M")}};
        QVERIFY(cases.create(f).ok());
        QVERIFY(cases.lastWarning().isEmpty());
        f.areaCode = village;
        f.child.insert(QStringLiteral("sex"), sex);
        Result<QString> second = cases.create(f);
        QVERIFY(second.ok()); // saved all the same
        QCOMPARE(!cases.lastWarning().isEmpty(), warned);
        QCOMPARE(DuplicateFinder(*db).all()->size(), warned ? 1 : 0);
    }

    // The file kept is the older one, whatever the order given; the rule is symmetric and total.
    void keeperRule_data()
    {
        QTest::addColumn<QString>("createdA");
        QTest::addColumn<QString>("idA");
        QTest::addColumn<QString>("createdB");
        QTest::addColumn<QString>("idB");
        QTest::addColumn<bool>("aKept");
        QTest::newRow("older kept") << "2024-06-01T09:00:00.000"
                                    << "ffff"
                                    << "2024-06-02T09:00:00.000"
                                    << "0000" << true;
        QTest::newRow("newer not kept") << "2024-06-03T09:00:00.000"
                                        << "0000"
                                        << "2024-06-02T09:00:00.000"
                                        << "ffff" << false;
        QTest::newRow("same time: smaller id") << "2024-06-01T09:00:00.000"
                                               << "0001"
                                               << "2024-06-01T09:00:00.000"
                                               << "0002" << true;
        QTest::newRow("offset written") << "2024-06-01T10:00:00.000+08:00"
                                        << "ffff"
                                        << "2024-06-01T03:00:00.000Z"
                                        << "0000" << true;
    }
    void keeperRule()
    {
        QFETCH(QString, createdA);
        QFETCH(QString, idA);
        QFETCH(QString, createdB);
        QFETCH(QString, idB);
        QFETCH(bool, aKept);
        ChildSummary a, b;
        a.createdAt = createdA;
        a.id = idA;
        b.createdAt = createdB;
        b.id = idB;
        QCOMPARE(DuplicateFinder::keeps(a, b), aKept);
        QCOMPARE(DuplicateFinder::keeps(b, a), !aKept);
    }

    // The village and the township register the same child: the import lists the two files as possible
    // duplicates; a merge at the township keeps the older file with everything of both, the other leaves
    // as entered in error; after the exchange both stations hold one active file with every visit, the
    // referrals folded to one per kind, one current agreement, and the same records.
    void sameChildAtTwoStations()
    {
        Pair p = pair();
        QVERIFY(p.village && p.township);
        ChildFile atVillage =
            AgreementFixtures::childWithGuardian(QStringLiteral("张佳怡"), QDate(2015, 3, 4), 137, today());
        const QString a = CaseRepository(*p.village->db).create(atVillage).value();
        m_clock.advanceMs(60'000);
        ChildFile atTownship =
            TestDatabase::leftBehindChild(QStringLiteral("张佳怡"), QDate(2015, 3, 4), 137, today());
        atTownship.child.insert(QStringLiteral("school_name"), QStringLiteral("水唇中心小学"));
        atTownship.child.insert(QStringLiteral("current_address"), QStringLiteral("南跃村三组"));
        const QString b = CaseRepository(*p.township->db).create(atTownship).value();
        QVERIFY(!a.isEmpty() && !b.isEmpty());
        // A suspected domestic violence at each: a police report at each.
        QVERIFY(!policeReportVisit(*p.village->db, a, today()).isEmpty());
        m_clock.advanceMs(60'000);
        QVERIFY(!policeReportVisit(*p.township->db, b, today()).isEmpty());
        QVERIFY(AgreementFixtures::addAgreement(*p.village->db, a, today(), today().addYears(1)).ok());
        m_clock.advanceMs(60'000);

        ImportReport report;
        QVERIFY(send(*p.village, *p.township, &report));
        QCOMPARE(report.duplicates.size(), 1);
        QCOMPARE(report.duplicates.first().keepId, a); // the older file
        QCOMPARE(report.duplicates.first().otherId, b);
        QCOMPARE(report.duplicates.first().reason, QStringLiteral("id_number"));
        QCOMPARE(ImportReport::fromJson(report.toJson()).duplicates.size(), 1); // kept in the ledger

        // Merged at the township, given in the "wrong" order: the rule keeps the older file.
        Result<ChildMergeOutcome> merged = ChildMerger(*p.township->db).merge(b, a);
        QVERIFY2(merged.ok(), qPrintable(merged.error()));
        QCOMPARE(merged->keptId, a);
        QVERIFY(merged->swapped);
        QVERIFY(merged->filled.contains(QStringLiteral("child.current_address")));
        QCOMPARE(merged->conflicts, 1); // the school differs
        QCOMPARE(merged->foldedReferrals, 1);
        QVERIFY(exchange(p));
        for (Station* s : {p.village.get(), p.township.get()}) {
            CaseDatabase& db = *s->db;
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM child WHERE status = 'active'")), 1);
            QCOMPARE(oneValue(db, QStringLiteral("SELECT merged_into FROM child WHERE id = '%1'").arg(b)), a);
            QCOMPARE(oneValue(db, QStringLiteral("SELECT exit_reason FROM child WHERE id = '%1'").arg(b)),
                     QStringLiteral("entered_in_error"));
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM visit WHERE child_id = '%1'").arg(a)), 2);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM visit WHERE child_id = '%1'").arg(b)), 0);
            QCOMPARE(oneValue(db, QStringLiteral("SELECT current_address FROM child WHERE id = '%1'").arg(a)),
                     QStringLiteral("南跃村三组"));
            Result<QList<Referral>> open = ReferralRepository(db).list({true, false, a, {}, {}});
            QVERIFY(open.ok());
            QCOMPARE(open->size(), 1);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM referral WHERE status = 'folded'"
                                              " AND folded_into = '%1'")
                                   .arg(open->first().id)),
                     1);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM referral_step WHERE action = 'folded'")),
                     1);
            QCOMPARE(count(db, QStringLiteral("SELECT count(*) FROM conflict WHERE record_id = '%1'"
                                              " AND field = 'school_name'")
                                   .arg(a)),
                     1);
            QVERIFY(DuplicateFinder(db).all()->isEmpty());
        }
        QCOMPARE(content(*p.village->db), content(*p.township->db));
    }

    // The same merge made at both stations before they exchange converges to the same records.
    void sameMergeAtBothStations()
    {
        Pair p = pair();
        QVERIFY(p.village && p.township);
        const QString a = CaseRepository(*p.village->db)
                              .create(TestDatabase::leftBehindChild(QStringLiteral("王小丫"),
                                                                    QDate(2014, 1, 2), 22, today()))
                              .value();
        m_clock.advanceMs(1000);
        QVERIFY(send(*p.village, *p.township));
        ChildFile second =
            TestDatabase::leftBehindChild(QStringLiteral("王小丫"), QDate(2014, 1, 2), 22, today());
        second.child.remove(QStringLiteral("id_number"));
        second.child.insert(QStringLiteral("sex"), QStringLiteral("F"));
        second.child.insert(QStringLiteral("birth_date"), QStringLiteral("2014-01-02"));
        second.child.insert(QStringLiteral("school_name"), QStringLiteral("南跃小学"));
        const QString b = CaseRepository(*p.township->db).create(second).value();
        QVERIFY(!b.isEmpty());
        QVERIFY(send(*p.township, *p.village));
        QCOMPARE(DuplicateFinder(*p.village->db).all()->size(), 1);
        QCOMPARE(DuplicateFinder(*p.village->db).all()->first().reason, DuplicatePair::Reason::SameDetails);
        m_clock.advanceMs(1000);
        QVERIFY(ChildMerger(*p.village->db).merge(a, b).ok());
        QVERIFY(ChildMerger(*p.township->db).merge(b, a).ok());
        QVERIFY(exchange(p));
        QCOMPARE(content(*p.village->db), content(*p.township->db));
        QCOMPARE(
            oneValue(*p.village->db, QStringLiteral("SELECT school_name FROM child WHERE id = '%1'").arg(a)),
            QStringLiteral("南跃小学"));
        QCOMPARE(count(*p.village->db, QStringLiteral("SELECT count(*) FROM conflict")), 0);
    }

    void mergeRefusals_data()
    {
        QTest::addColumn<QString>("otherVillage");
        QTest::addColumn<int>("otherSequence");
        QTest::addColumn<QString>("expected");
        QTest::newRow("another village") << TestDatabase::kOtherVillage << 137 << "different villages";
        QTest::newRow("other ID number") << TestDatabase::kVillage << 139 << "different ID numbers";
    }
    void mergeRefusals()
    {
        QFETCH(QString, otherVillage);
        QFETCH(int, otherSequence);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock, TestDatabase::kTownship, QStringLiteral("township"));
        // Two files with one number exist only after a sync: made here by writing the second one directly.
        const QString a =
            CaseRepository(*db)
                .create(TestDatabase::leftBehindChild(QStringLiteral("甲"), QDate(2015, 3, 4), 137, today()))
                .value();
        ChildFile other =
            TestDatabase::leftBehindChild(QStringLiteral("甲"), QDate(2015, 3, 4), otherSequence, today());
        other.areaCode = otherVillage;
        other.child.remove(QStringLiteral("id_number"));
        const QString b = CaseRepository(*db).create(other).value();
        QVERIFY(RecordWriter(*db)
                    .update(EntitySchema::child(), b,
                            {{QStringLiteral("id_number"),
                              TestDatabase::makeId(TestDatabase::kCounty, QDate(2015, 3, 4), otherSequence)}})
                    .ok());
        const QByteArray before = state(*db);
        Result<ChildMergeOutcome> r = ChildMerger(*db).merge(a, b);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
        QCOMPARE(state(*db), before);
        QVERIFY(!ChildMerger(*db).merge(a, a).ok());
        QVERIFY(!ChildMerger(*db).merge(a, QStringLiteral("00000000-0000-4000-8000-000000000000")).ok());
    }

    // A file merged away cannot be merged again, and its ID number still leads to the kept file.
    void mergedFileNamesTheKeptOne()
    {
        Pair p = pair();
        const QString a = addChild(*p.village->db, QStringLiteral("赵一"), 41, today());
        m_clock.advanceMs(1000);
        const QString b = addChild(*p.township->db, QStringLiteral("赵一"), 41, today());
        QVERIFY(send(*p.village, *p.township));
        QVERIFY(ChildMerger(*p.township->db).merge(a, b).ok());
        QVERIFY(!ChildMerger(*p.township->db).merge(a, b).ok());
        const QString taken =
            CaseRepository(*p.township->db)
                .idNumberTaken(TestDatabase::makeId(TestDatabase::kCounty, QDate(2016, 3, 5), 41));
        QVERIFY2(taken.contains(QStringLiteral("赵一")), qPrintable(taken));
    }

    // Two police reports for one child, opened at the village and at the township on the same file: after
    // the exchange both stations hold one open report (the earlier), with the other's findings in its
    // history.
    void concurrentPoliceReportsFold()
    {
        Pair p = pair();
        const QString child = addChild(*p.village->db, QStringLiteral("孙二"), 51, today());
        QVERIFY(send(*p.village, *p.township));
        QVERIFY(!policeReportVisit(*p.village->db, child, today().addDays(-1)).isEmpty());
        QVERIFY(!policeReportVisit(*p.township->db, child, today()).isEmpty());
        ImportReport report;
        QVERIFY(send(*p.village, *p.township, &report));
        QCOMPARE(report.referralsFolded, 1);
        QVERIFY(exchange(p));
        QString kept;
        for (Station* s : {p.village.get(), p.township.get()}) {
            Result<QList<Referral>> open = ReferralRepository(*s->db).list({true, false, child, {}, {}});
            QVERIFY(open.ok());
            QCOMPARE(open->size(), 1);
            QCOMPARE(open->first().openedOn(), today().addDays(-1)); // the earlier one
            if (kept.isEmpty())
                kept = open->first().id;
            QCOMPARE(open->first().id, kept);
            Result<Referral> loaded = ReferralRepository(*s->db).load(kept);
            QVERIFY(loaded.ok());
            const auto folded =
                std::count_if(loaded->steps.cbegin(), loaded->steps.cend(),
                              [](const ReferralStep& st) { return st.action == QLatin1String("folded"); });
            QCOMPARE(int(folded), 1);
            // The folded one refuses changes and points to the kept one.
            const QString other =
                oneValue(*s->db, QStringLiteral("SELECT id FROM referral WHERE status = 'folded'"));
            ReferralUpdate u;
            u.note = QStringLiteral("x");
            QVERIFY(!ReferralRepository(*s->db).update(other, u).ok());
        }
        QCOMPARE(content(*p.village->db), content(*p.township->db));
    }

    // Two drafts on the same day, at the village and at the township: one current agreement everywhere
    // (the newer draft). A draft made while the other station had one on paper waits for a review.
    void concurrentAgreements()
    {
        Pair p = pair();
        const QString child = CaseRepository(*p.village->db)
                                  .create(AgreementFixtures::childWithGuardian(
                                      QStringLiteral("周三"), QDate(2015, 7, 1), 61, today()))
                                  .value();
        QVERIFY(send(*p.village, *p.township));
        const QString first =
            AgreementFixtures::addAgreement(*p.village->db, child, today(), today().addYears(1)).value();
        m_clock.advanceMs(1000);
        const QString second =
            AgreementFixtures::addAgreement(*p.township->db, child, today(), today().addYears(1)).value();
        QVERIFY(exchange(p));
        for (Station* s : {p.village.get(), p.township.get()}) {
            Result<std::optional<CareAgreement>> current = AgreementRepository(*s->db).current(child);
            QVERIFY(current.ok() && current.value());
            QCOMPARE(current.value()->id, second);
            QCOMPARE(
                oneValue(*s->db, QStringLiteral("SELECT status FROM agreement WHERE id = '%1'").arg(first)),
                QStringLiteral("replaced"));
        }
        QCOMPARE(content(*p.village->db), content(*p.township->db));

        // Another child: the village draws up and prints an agreement that the township has not seen when it
        // draws up its own. The one on paper stands; the newer draft waits for a person's review.
        const QString child2 = CaseRepository(*p.village->db)
                                   .create(AgreementFixtures::childWithGuardian(
                                       QStringLiteral("吴四"), QDate(2015, 8, 1), 63, today()))
                                   .value();
        QVERIFY(send(*p.village, *p.township));
        const QString onPaper =
            AgreementFixtures::addAgreement(*p.village->db, child2, today(), today().addYears(1)).value();
        QVERIFY(AgreementRepository(*p.village->db).markPrinted({onPaper}).ok());
        m_clock.advanceMs(1000);
        QVERIFY(AgreementFixtures::addAgreement(*p.township->db, child2, today(), today().addYears(1)).ok());
        QVERIFY(exchange(p));
        for (Station* s : {p.village.get(), p.township.get()}) {
            QCOMPARE(AgreementRepository(*s->db).current(child2).value().value().id, onPaper);
            QCOMPARE(count(*s->db, QStringLiteral("SELECT count(*) FROM agreement WHERE needs_review = 1")),
                     1);
        }
        const QString waiting =
            oneValue(*p.township->db, QStringLiteral("SELECT id FROM agreement WHERE needs_review = 1"));
        QVERIFY(!AgreementRepository(*p.township->db).review(onPaper, true).ok()); // not waiting
        QVERIFY(AgreementRepository(*p.township->db).review(waiting, true).ok());
        QVERIFY(exchange(p));
        for (Station* s : {p.village.get(), p.township.get()})
            QCOMPARE(AgreementRepository(*s->db).current(child2).value().value().id, waiting);
        QCOMPARE(content(*p.village->db), content(*p.township->db));
    }

    // A visit corrected at the village and at the township: after the exchange the corrections form one
    // chain at both stations, and the child has one valid version of the visit.
    void concurrentCorrectionsChain()
    {
        Pair p = pair();
        const QString child = addChild(*p.village->db, QStringLiteral("钱五"), 71, today());
        const QString visit = policeReportVisit(*p.village->db, child, today());
        QVERIFY(exchange(p));
        for (Station* s : {p.village.get(), p.township.get()}) {
            Result<Visit> v = VisitRepository(*s->db).load(visit);
            QVERIFY(v.ok());
            Visit corrected = v.value();
            corrected.id.clear();
            corrected.values.insert(QStringLiteral("notes"), QString(QStringLiteral("更正 ") + s->id()));
            Result<VisitSaved> saved =
                VisitRepository(*s->db).correct(visit, corrected, QStringLiteral("笔误"));
            QVERIFY2(saved.ok(), qPrintable(saved.error()));
            m_clock.advanceMs(1000);
        }
        QVERIFY(exchange(p));
        for (Station* s : {p.village.get(), p.township.get()}) {
            Result<QList<Visit>> visits = VisitRepository(*s->db).forChild(child);
            QVERIFY(visits.ok());
            QCOMPARE(visits->size(), 3);
            const auto valid = std::count_if(visits->cbegin(), visits->cend(),
                                             [](const Visit& v) { return v.supersededBy.isEmpty(); });
            QCOMPARE(int(valid), 1);
        }
        QCOMPARE(content(*p.village->db), content(*p.township->db));
    }
};

QTEST_GUILESS_MAIN(TestOneChildOneFile)
#include "TestOneChildOneFile.moc"
