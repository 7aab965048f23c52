#include "SyncPropertyWorld.h"

// One child, one file after every exchange (the sync property's second half): a village, its township and
// the city register a pool of the same children, with and without ID numbers, make visits with mandatory
// findings and agreements, merge what each sees, and lose or delay packages; after every full exchange each
// station holds at most one open referral per kind and one current agreement per child, no fold points
// nowhere, and all of them hold the same records.
class TestSyncPropertyOneFile final : public QObject, protected SyncPropertyWorld
{
    Q_OBJECT

private slots:
    void oneOfEachPerChildAfterEveryExchange_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {11u, 12u, 13u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void oneOfEachPerChildAfterEveryExchange()
    {
        QFETCH(quint32, seed);
        m_stations.clear();
        QRandomGenerator random(seed);
        addStation(QStringLiteral("v1"), QStringLiteral("village"), TestDatabase::kVillage,
                   QStringLiteral("0000000000000001"));
        addStation(QStringLiteral("t"), QStringLiteral("township"), TestDatabase::kTownship,
                   QStringLiteral("0000000000000003"));
        addStation(QStringLiteral("c"), QStringLiteral("city"), QStringLiteral("441500000000"),
                   QStringLiteral("0000000000000004"));
        const QList<QPair<int, int>> edges = {{0, 1}, {1, 0}, {1, 2}, {2, 1}};
        for (const auto& [a, b] : edges)
            enrol(a, b);
        const QStringList names{QStringLiteral("张佳怡"), QStringLiteral("李明"), QStringLiteral("王芳"),
                                QStringLiteral("赵磊")};
        const auto checkRules = [&](const char* when) {
            for (auto& station : m_stations) {
                CaseDatabase& db = *station->db;
                QSqlQuery q(db.sql());
                q.exec(QStringLiteral("SELECT count(*) FROM (SELECT child_id, kind FROM referral"
                                      " WHERE status IN ('open', 'in_progress') GROUP BY child_id, kind"
                                      " HAVING count(*) > 1)"));
                QVERIFY(q.next());
                QVERIFY2(q.value(0).toInt() == 0, when);
                q.exec(QStringLiteral(
                    "SELECT count(*) FROM (SELECT child_id FROM agreement"
                    " WHERE status IN ('draft', 'printed', 'signed')"
                    " AND coalesce(needs_review, 0) = 0 GROUP BY child_id HAVING count(*) > 1)"));
                QVERIFY(q.next());
                QVERIFY2(q.value(0).toInt() == 0, when);
                q.exec(QStringLiteral("SELECT count(*) FROM referral r WHERE status = 'folded' AND NOT EXISTS"
                                      " (SELECT 1 FROM referral k WHERE k.id = r.folded_into)"));
                QVERIFY(q.next());
                QVERIFY2(q.value(0).toInt() == 0, when);
            }
            const QString expected = snapshot(*st(0).db, st(0).area);
            QCOMPARE(snapshot(*st(1).db, st(0).area), expected);
            QCOMPARE(snapshot(*st(2).db, st(0).area), expected);
        };
        // Both stations register the first two children before any exchange (one of them without the ID
        // number at the township), and find suspected violence: two files, two police reports.
        for (int s : {0, 1}) {
            for (int k : {0, 1}) {
                ChildFile f = TestDatabase::leftBehindChild(names.at(k), QDate(2015, 3, 4), 100 + 2 * k,
                                                            st(s).clock->today());
                if (s == 1 && k == 1)
                    f.child.remove(QStringLiteral("id_number"));
                Result<QString> id = CaseRepository(*st(s).db).create(f);
                QVERIFY2(id.ok(), qPrintable(id.error()));
                Visit v;
                v.childId = id.value();
                v.values = {{QStringLiteral("kind"), QStringLiteral("monthly")},
                            {QStringLiteral("visit_date"), st(s).clock->today().toString(Qt::ISODate)},
                            {QStringLiteral("visitor"), st(s).name},
                            {QStringLiteral("safety_concerns"), QStringLiteral("domestic_violence")}};
                QVERIFY(VisitRepository(*st(s).db).save(v).ok());
            }
            st(s).clock->advanceMs(1000);
        }
        QStringList pending;
        QList<int> pendingTo;
        int merges = 0, folded = 0;
        for (int step = 0; step < 90; ++step) {
            for (auto& s : m_stations)
                s->clock->advanceMs(qint64(random.bounded(60000)));
            const int s = int(random.bounded(2)); // the village or the township writes
            CaseDatabase& db = *st(s).db;
            const QDate today = st(s).clock->today();
            const int dice = int(random.bounded(100));
            const QStringList children = idsOf(db, QStringLiteral("child"));
            if (dice < 15) {
                const int k = int(random.bounded(4));
                ChildFile f =
                    TestDatabase::leftBehindChild(names.at(k), QDate(2015, 3, 4), 100 + 2 * k, today);
                if (random.bounded(3) == 0)
                    f.child.remove(QStringLiteral("id_number")); // registered without the number
                f.persons.insert(QStringLiteral("caregiver"),
                                 {{QStringLiteral("name"), QStringLiteral("照护人%1-%2").arg(s).arg(step)}});
                Result<QString> r = CaseRepository(db).create(f); // refused when the number is here already
                Q_UNUSED(r);
            } else if (dice < 40 && !children.isEmpty()) {
                Visit v;
                v.childId = children.at(int(random.bounded(int(children.size()))));
                v.values = {{QStringLiteral("kind"), QStringLiteral("monthly")},
                            {QStringLiteral("visit_date"),
                             today.addDays(-int(random.bounded(5))).toString(Qt::ISODate)},
                            {QStringLiteral("visitor"), st(s).name},
                            {QStringLiteral("safety_concerns"), random.bounded(2)
                                                                    ? QStringLiteral("domestic_violence")
                                                                    : QStringLiteral("living_alone")}};
                Result<VisitSaved> r =
                    VisitRepository(db).save(v); // refused for a child exited (merged away)
                Q_UNUSED(r);
            } else if (dice < 55 && !children.isEmpty()) {
                const QString child = children.at(int(random.bounded(int(children.size()))));
                AgreementRepository repo(db);
                Result<CareAgreement> a = repo.propose(child, today, today.addYears(1));
                if (a) {
                    a->fields.insert(QStringLiteral("caregiver_name"),
                                     QStringLiteral("照护人%1-%2").arg(s).arg(step));
                    for (const char* q : {"caregiver_capable"})
                        a->fields.insert(QLatin1String(q), 1);
                    for (const char* q : {"caregiver_abuse", "caregiver_habits", "caregiver_neglect"})
                        a->fields.insert(QLatin1String(q), 0);
                    Result<QString> id = repo.create(a.value());
                    if (id && random.bounded(3) == 0)
                        QVERIFY(repo.markPrinted({id.value()}).ok());
                }
            } else if (dice < 65) {
                Result<QList<DuplicatePair>> pairs = DuplicateFinder(db).all();
                QVERIFY(pairs.ok());
                if (!pairs->isEmpty()) {
                    const DuplicatePair& p = pairs->at(int(random.bounded(int(pairs->size()))));
                    Result<ChildMergeOutcome> m = random.bounded(2)
                                                      ? ChildMerger(db).merge(p.keep.id, p.other.id)
                                                      : ChildMerger(db).merge(p.other.id, p.keep.id);
                    QVERIFY2(m.ok(), qPrintable(m.error()));
                    QCOMPARE(m->keptId, p.keep.id);
                    ++merges;
                }
            } else {
                const auto [from, to] = edges.at(int(random.bounded(int(edges.size()))));
                const QString file = exportPackage(from, to);
                QVERIFY(!file.isEmpty());
                if (random.bounded(6) == 0) {
                    pending << file;
                    pendingTo << to;
                } else {
                    Result<ImportReport> r = PackageReader::import(*st(to).db, *st(to).keys, file);
                    QVERIFY2(r.ok(), qPrintable(r.error()));
                    folded += r->referralsFolded;
                }
                if (!pending.isEmpty() && random.bounded(5) == 0) {
                    QVERIFY(importPackage(pendingTo.first(), pending.first()));
                    pending.removeFirst();
                    pendingTo.removeFirst();
                }
            }
            if (step % 30 == 29) {
                for (int round = 0; round < 2; ++round) {
                    for (const auto& [from, to] : QList<QPair<int, int>>{{0, 1}, {1, 2}, {2, 1}, {1, 0}})
                        QVERIFY(importPackage(to, exportPackage(from, to)));
                }
                checkRules("after a full exchange");
                // A person at one of the stations merges one pair of files it lists.
                const int at = int(random.bounded(2));
                Result<QList<DuplicatePair>> pairs = DuplicateFinder(*st(at).db).all();
                QVERIFY(pairs.ok());
                if (!pairs->isEmpty()) {
                    QVERIFY(
                        ChildMerger(*st(at).db).merge(pairs->first().other.id, pairs->first().keep.id).ok());
                    ++merges;
                }
            }
        }
        qInfo("%d merges, %d referrals folded by imports", merges, folded);
        QVERIFY(merges > 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncPropertyOneFile)
#include "TestSyncPropertyOneFile.moc"
