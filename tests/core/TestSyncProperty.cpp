#include "SyncPropertyWorld.h"

// The sync property: four stations (two villages, their township, the city) edit at random (children's
// fields and care agreements, people of the children's files added concurrently at several stations, and
// visits), exchange packages in random order, lose some and import some twice; the first village is also a
// thief that forges packages about the other village's children. After a final exchange every station holds
// the same values for its scope, one person per slot, the same conflicts naming the same (current) winner;
// every value anyone wrote is still in the data, in the conflicts list, or was knowingly overwritten by its
// direct successor; and nothing the thief wrote outside its area is anywhere. The second village's computer
// date is three days ahead for a while: the township refuses its packages until its clock is repaired, and
// its writes of that time converge like every other.
class TestSyncProperty final : public QObject, protected SyncPropertyWorld
{
    Q_OBJECT

private slots:
    void randomEditsAndExchangesConverge_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 4u})
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }

    void randomEditsAndExchangesConverge()
    {
        QFETCH(quint32, seed);
        m_stations.clear();
        m_writes.clear();
        m_forged = 0;
        QRandomGenerator random(seed);
        addStation(QStringLiteral("v1"), QStringLiteral("village"), TestDatabase::kVillage,
                   QStringLiteral("0000000000000001"));
        addStation(QStringLiteral("v2"), QStringLiteral("village"), TestDatabase::kOtherVillage,
                   QStringLiteral("0000000000000002"));
        addStation(QStringLiteral("t"), QStringLiteral("township"), TestDatabase::kTownship,
                   QStringLiteral("0000000000000003"));
        addStation(QStringLiteral("c"), QStringLiteral("city"), QStringLiteral("441500000000"),
                   QStringLiteral("0000000000000004"));
        const QList<QPair<int, int>> edges = {{0, 2}, {2, 0}, {1, 2}, {2, 1}, {2, 3}, {3, 2}};
        for (const auto& [a, b] : edges)
            enrol(a, b);

        const QStringList fields{QStringLiteral("name"), QStringLiteral("notes"),
                                 QStringLiteral("school_name")};
        const QStringList agreementFields{QStringLiteral("caregiver_name"), QStringLiteral("notes")};
        const auto logWrite = [&](int s, const QString& table, const QString& id, const QString& field,
                                  const QString& value) {
            m_writes.append({table, id, field, value, stampOf(*st(s).db, table, id, field)});
        };
        for (int v : {0, 1}) {
            for (int i = 0; i < 3; ++i) {
                RecordWriter w(*st(v).db);
                const QString name = QStringLiteral("童%1-%2").arg(v).arg(i);
                Result<QString> id =
                    w.create(EntitySchema::child(), st(v).area, {{QStringLiteral("name"), name}});
                QVERIFY(id.ok());
                logWrite(v, QStringLiteral("child"), id.value(), QStringLiteral("name"), name);
                // Each child's care agreement, edited at random below like the child's own fields.
                const QString carer = QStringLiteral("照护人%1-%2").arg(v).arg(i);
                Result<QString> agreement = w.create(EntitySchema::agreement(), st(v).area,
                                                     {{QStringLiteral("child_id"), id.value()},
                                                      {QStringLiteral("status"), QStringLiteral("draft")},
                                                      {QStringLiteral("caregiver_name"), carer}});
                QVERIFY2(agreement.ok(), qPrintable(agreement.error()));
                logWrite(v, QStringLiteral("agreement"), agreement.value(), QStringLiteral("caregiver_name"),
                         carer);
            }
        }
        QStringList pending; // packages not imported yet (lost, or to be imported late)
        QList<int> pendingTo;
        // The second village's computer date jumps three days ahead at step 40 and is corrected at step 80;
        // until its clock is repaired at step 90 the township refuses its packages.
        bool jumperRefused = false;
        // Its first children reach the township before that (the thief forges packages about them).
        QVERIFY(importPackage(2, exportPackage(1, 2)));
        int repairedWrites = 0;
        for (int step = 0; step < 120; ++step) {
            for (auto& s : m_stations)
                s->clock->advanceMs(qint64(random.bounded(60000)));
            if (step == 40) {
                st(1).clock->advanceMs(3LL * 24 * 3600 * 1000);
                jumperRefused = true;
            } else if (step == 80) {
                st(1).clock->set(st(2).clock->now());
                QCOMPARE(ClockRepair::check(*st(1).db).state, ClockRepair::State::FutureWrites);
            } else if (step == 90) {
                Result<ClockRepair::Report> r = ClockRepair::repair(*st(1).db);
                QVERIFY2(r.ok(), qPrintable(r.error()));
                QVERIFY(r->repaired());
                repairedWrites = r->writes;
                // The writes logged with their old clocks now carry the new ones.
                for (Write& w : m_writes) {
                    if (w.stamp.station == st(1).db->station()->id && r->restamped.contains(w.stamp.hlc))
                        w.stamp.hlc = r->restamped.value(w.stamp.hlc);
                }
                QCOMPARE(ClockRepair::check(*st(1).db).state, ClockRepair::State::Fine);
                jumperRefused = false;
            }
            const int dice = int(random.bounded(100));
            if (dice < 62) {
                // 54%: a child's field; 8%: an agreement's caregiver or notes.
                const bool agreement = dice >= 54;
                const QString table = agreement ? QStringLiteral("agreement") : QStringLiteral("child");
                const int s = int(random.bounded(4));
                const QStringList ids = idsOf(*st(s).db, table);
                if (ids.isEmpty())
                    continue;
                const QString id = ids.at(int(random.bounded(int(ids.size()))));
                const QString field = agreement ? agreementFields.at(int(random.bounded(2)))
                                                : fields.at(int(random.bounded(3)));
                const QString value = QStringLiteral("%1-%2-%3").arg(st(s).name, field).arg(step);
                RecordWriter w(*st(s).db);
                Result<QStringList> r = w.update(
                    agreement ? EntitySchema::agreement() : EntitySchema::child(), id, {{field, value}});
                QVERIFY2(r.ok(), qPrintable(r.error()));
                logWrite(s, table, id, field, value);
            } else if (dice < 70) {
                // A person of the child's file (guardian or caregiver, often not there yet) given a name or
                // a phone at any station: stations add the same person concurrently.
                const int s = int(random.bounded(4));
                const QStringList ids = idsOf(*st(s).db, QStringLiteral("child"));
                if (ids.isEmpty())
                    continue;
                const QString child = ids.at(int(random.bounded(int(ids.size()))));
                const QString relation =
                    random.bounded(2) ? QStringLiteral("guardian") : QStringLiteral("caregiver");
                const bool phone = random.bounded(3) == 0;
                const QString field = phone ? QStringLiteral("phone") : QStringLiteral("name");
                const QString value =
                    phone ? QStringLiteral("139%1%2").arg(s).arg(step, 6, 10, QLatin1Char('0'))
                          : QStringLiteral("%1-%2-%3").arg(st(s).name, relation).arg(step);
                ChildFile edit;
                edit.persons[relation].insert(field, value);
                Result<int> r = CaseRepository(*st(s).db).update(child, edit);
                QVERIFY2(r.ok(), qPrintable(r.error()));
                logWrite(s, QStringLiteral("person"), RecordIdentity::personId(child, relation), field,
                         value);
            } else if (dice < 74) {
                // The thief forges a validly signed package that writes the other village's child (under its
                // own area, or as a person of that child): the township refuses it whole.
                const QStringList others = idsIn(*st(2).db, QStringLiteral("child"), st(1).area);
                if (others.isEmpty())
                    continue;
                const QString victim = others.at(int(random.bounded(int(others.size()))));
                const QString honest = exportPackage(0, 2);
                QVERIFY(!honest.isEmpty());
                std::optional<PackageForger> f = PackageForger::open(honest, *st(2).keys);
                QVERIFY(f);
                const QString marker = QStringLiteral("ROGUE-%1").arg(step);
                const Stamp stamp{st(0).db->hlc().tick() + (qint64(1) << 24), st(0).db->station()->id};
                const bool asPerson = random.bounded(2);
                const QString id =
                    asPerson ? RecordIdentity::personId(victim, QStringLiteral("caregiver")) : victim;
                QCborMap values;
                if (asPerson) {
                    values.insert(QStringLiteral("child_id"), victim);
                    values.insert(QStringLiteral("relation"), QStringLiteral("caregiver"));
                }
                values.insert(QStringLiteral("name"), marker);
                QStringList names;
                for (auto it = values.cbegin(); it != values.cend(); ++it)
                    names << it.key().toString();
                names.sort();
                QCborMap item;
                item.insert(QStringLiteral("k"), QStringLiteral("record"));
                item.insert(QStringLiteral("entity"),
                            asPerson ? QStringLiteral("person") : QStringLiteral("child"));
                item.insert(QStringLiteral("id"), id);
                item.insert(QStringLiteral("area_code"), st(0).area);
                for (const char* key : {"created_at", "updated_at"})
                    item.insert(QLatin1String(key), QStringLiteral("2026-11-28T10:00:00.000"));
                for (const char* key : {"created_by", "updated_by"})
                    item.insert(QLatin1String(key), stamp.station);
                item.insert(QStringLiteral("values"), values);
                item.insert(
                    QStringLiteral("clocks"),
                    QString(FieldClocks::stampText(stamp) + QLatin1Char(':') + names.join(QLatin1Char(','))));
                f->items.prepend(PackageForger::bytes(item));
                const QString forged = st(0).dir.filePath(QStringLiteral("forged%1.shpkg").arg(step));
                QVERIFY(f->write(forged, *st(0).keys,
                                 TrustStore(*st(0).db).find(st(2).db->station()->id)->encPublicKey));
                QVERIFY2(!PackageReader::import(*st(2).db, *st(2).keys, forged).ok(), qPrintable(marker));
                ++m_forged;
            } else if (dice < 80) {
                // A visit recorded anywhere for a child the station holds (append-only).
                const int s = int(random.bounded(4));
                const QStringList ids = idsOf(*st(s).db, QStringLiteral("child"));
                if (ids.isEmpty())
                    continue;
                const QString child = ids.at(int(random.bounded(int(ids.size()))));
                RecordWriter w(*st(s).db);
                const QString area =
                    w.read(EntitySchema::child(), child)->value(QStringLiteral("area_code")).toString();
                const QString notes = QStringLiteral("%1-visit-%2").arg(st(s).name).arg(step);
                Result<QString> visit =
                    w.create(EntitySchema::visit(), area,
                             {{QStringLiteral("child_id"), child},
                              {QStringLiteral("kind"), QStringLiteral("monthly")},
                              {QStringLiteral("visit_date"), QStringLiteral("2026-11-28")},
                              {QStringLiteral("visitor"), st(s).name},
                              {QStringLiteral("notes"), notes}});
                QVERIFY2(visit.ok(), qPrintable(visit.error()));
                logWrite(s, QStringLiteral("visit"), visit.value(), QStringLiteral("notes"), notes);
            } else {
                const auto [from, to] = edges.at(int(random.bounded(int(edges.size()))));
                const QString file = exportPackage(from, to);
                QVERIFY(!file.isEmpty());
                if (from == 1 && jumperRefused) {
                    Result<ImportReport> r = PackageReader::import(*st(to).db, *st(to).keys, file);
                    QVERIFY(!r.ok());
                    QVERIFY2(
                        r.error().contains(QLatin1String("date on its computer is wrong")) ||
                            r.error().contains(QLatin1String("made while its computer's date was wrong")),
                        qPrintable(r.error()));
                    continue;
                }
                const int fate = int(random.bounded(10));
                if (fate < 2) {
                    pending << file; // lost for now; maybe found later
                    pendingTo << to;
                } else {
                    QVERIFY(importPackage(to, file));
                    if (fate == 9)
                        QVERIFY(importPackage(to, file)); // imported twice
                }
                if (!pending.isEmpty() && random.bounded(10) == 0) {
                    const int i = int(random.bounded(int(pending.size())));
                    QVERIFY(importPackage(pendingTo.at(i), pending.at(i))); // a late, out-of-order package
                    pending.removeAt(i);
                    pendingTo.removeAt(i);
                }
            }
        }
        // The final full exchange: up, then down, twice.
        for (int round = 0; round < 2; ++round) {
            for (const auto& [from, to] :
                 QList<QPair<int, int>>{{0, 2}, {1, 2}, {2, 3}, {3, 2}, {2, 0}, {2, 1}})
                QVERIFY(importPackage(to, exportPackage(from, to, round == 1)));
        }

        for (int v : {0, 1}) {
            const QString expected = snapshot(*st(v).db, st(v).area);
            QVERIFY(!expected.isEmpty());
            QVERIFY(expected.contains(QLatin1String("\nagreement ")));
            QCOMPARE(snapshot(*st(2).db, st(v).area), expected);
            QCOMPARE(snapshot(*st(3).db, st(v).area), expected);
        }
        // One person per slot everywhere, nothing of the thief's anywhere, and each conflict names its
        // record's current write as the winner.
        for (auto& station : m_stations) {
            CaseDatabase& db = *station->db;
            QSqlQuery q(db.sql());
            q.exec(QStringLiteral("SELECT count(*) FROM (SELECT child_id, relation FROM person"
                                  " GROUP BY child_id, relation HAVING count(*) > 1)"));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 0);
            for (const char* sql :
                 {"SELECT count(*) FROM child WHERE name LIKE 'ROGUE%'",
                  "SELECT count(*) FROM person WHERE name LIKE 'ROGUE%'",
                  "SELECT count(*) FROM conflict WHERE value LIKE 'ROGUE%'",
                  "SELECT count(*) FROM audit WHERE new_value LIKE 'ROGUE%' OR old_value LIKE 'ROGUE%'"}) {
                q.exec(QString::fromLatin1(sql));
                QVERIFY(q.next());
                QVERIFY2(q.value(0).toInt() == 0, sql);
            }
            for (const Conflict& c : ConflictStore(db).list(true))
                QCOMPARE(FieldClocks::stampText(c.winner),
                         FieldClocks::stampText(stampOf(db, c.entity, c.recordId, c.field)));
        }
        // No written value is lost: each is current, in the conflicts list, or knowingly overwritten.
        CaseDatabase& city = *st(3).db;
        RecordWriter cityWriter(city);
        int current = 0, inConflicts = 0, superseded = 0;
        for (const Write& w : m_writes) {
            QSqlQuery q(city.sql());
            q.exec(QStringLiteral("SELECT %1 FROM %2 WHERE id = '%3'").arg(w.field, w.table, w.id));
            QVERIFY(q.next());
            if (stampOf(city, w.table, w.id, w.field) == w.stamp) {
                QCOMPARE(q.value(0).toString(), w.value);
                ++current;
            } else if (const auto c =
                           ConflictStore(city).find(ConflictStore::idOf(w.table, w.id, w.field, w.stamp))) {
                QCOMPARE(c->value.toString(), w.value);
                ++inConflicts;
            } else {
                QVERIFY2(cityWriter.isSuperseded(w.id, w.field, w.stamp),
                         qPrintable(QStringLiteral("lost: %1 %2 = %3").arg(w.id, w.field, w.value)));
                ++superseded;
            }
        }
        qInfo("%lld writes: %d current, %d in conflicts, %d superseded", qint64(m_writes.size()), current,
              inConflicts, superseded);
        QVERIFY(inConflicts > 0);
        QVERIFY(m_forged > 0);
        QVERIFY(repairedWrites > 0);
        QVERIFY(std::any_of(m_writes.cbegin(), m_writes.cend(),
                            [](const Write& w) { return w.table == QLatin1String("person"); }));
        QVERIFY(std::any_of(m_writes.cbegin(), m_writes.cend(),
                            [](const Write& w) { return w.table == QLatin1String("visit"); }));
    }

    // 一人一档 and the "one … per child" rules under concurrency: a village and its township register the
    // same children (a pool of four ID numbers), record visits that mandate a police report, draw up care
    // agreements with changing caregivers, merge the duplicates they see, and exchange packages in random
    // order (some lost for a while). After every full exchange, at every station: at most one open referral
    // of a kind and one current agreement per child, and the same records everywhere.
};

QTEST_GUILESS_MAIN(TestSyncProperty)
#include "TestSyncProperty.moc"
