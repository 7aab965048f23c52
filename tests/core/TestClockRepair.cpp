#include "SyncStations.h"
#include "storage/FieldClocks.h"
#include "storage/RecordWriter.h"
#include "sync/ClockRepair.h"
#include "sync/ConflictStore.h"

#include <QSqlQuery>
#include <QTest>

using namespace SyncStations;

// A village laptop whose date was ahead wrote its changes "in the future"; the township refuses them, truly
// saying why; after the date is corrected the clock repair writes them again with current clocks (same
// values, same order, an audit entry each) and the township accepts the next ordinary export. Nothing to
// repair changes nothing; a computer whose date is behind what other stations sent is refused.
class TestClockRepair final : public QObject
{
    Q_OBJECT

    const QDateTime m_start{QDate(2026, 11, 28), QTime(10, 0)};

    std::unique_ptr<Station> station(const Clock& clock, const QString& area, const QString& role,
                                     const QString& id, const QString& name)
    {
        auto s = std::make_unique<Station>();
        Result<std::unique_ptr<CaseDatabase>> db =
            CaseDatabase::open(s->dir.filePath(QStringLiteral("cases.sqlite")), clock);
        if (!db)
            return nullptr;
        s->db = std::move(db.value());
        if (!s->db->initStation({id, role, area, name, QStringLiteral("张主任")}) ||
            !StationIdentity::create(*s->db, kPass, KeyStore::Strength::Minimum))
            return nullptr;
        Result<StationKeys> keys = StationIdentity::unlock(*s->db, kPass);
        if (!keys)
            return nullptr;
        s->keys = std::move(keys.value());
        return s;
    }
    QString package(Station& from, Station& to)
    {
        return exportTo(from, to.id(), from.dir.filePath(QStringLiteral("p%1.shpkg").arg(++m_packages)));
    }
    QString send(Station& from, Station& to)
    {
        const QString path = from.dir.filePath(QStringLiteral("p%1.shpkg").arg(++m_packages));
        if (exportTo(from, to.id(), path).isEmpty())
            return QStringLiteral("export failed");
        Result<ImportReport> r = importInto(to, path);
        return r ? QString() : r.error();
    }
    static QString value(CaseDatabase& db, const QString& id, const QString& field)
    {
        Result<QVariantMap> r = RecordWriter(db).read(EntitySchema::child(), id);
        return r ? r->value(field).toString() : QStringLiteral("(no record)");
    }
    static Stamp stampOf(CaseDatabase& db, const QString& id, const QString& field)
    {
        Result<QVariantMap> r = RecordWriter(db).read(EntitySchema::child(), id);
        return r ? FieldClocks::parse(r->value(QStringLiteral("clocks")).toString()).stamp(field) : Stamp{};
    }
    // The greatest clock (ms) of any write of `station` stored in `db`.
    static qint64 latestWriteMs(CaseDatabase& db, const QString& station)
    {
        qint64 latest = 0;
        for (const EntitySchema* s : EntitySchema::all()) {
            QSqlQuery q(db.sql());
            q.exec(QStringLiteral("SELECT clocks FROM ") + s->table);
            while (q.next()) {
                const FieldClocks clocks = FieldClocks::parse(q.value(0).toString());
                for (const Stamp& stamp : clocks.all()) {
                    if (stamp.station == station)
                        latest = std::max(latest, Stamp::millisOf(stamp.hlc));
                }
            }
        }
        QSqlQuery q(db.sql());
        q.prepare(QStringLiteral("SELECT max(hlc) FROM audit WHERE station_id = ?"));
        q.addBindValue(station);
        if (q.exec() && q.next())
            latest = std::max(latest, Stamp::millisOf(q.value(0).toLongLong()));
        return latest;
    }

    int m_packages = 0;

private slots:
    void aheadRefusedThenRepairedAndAccepted_data()
    {
        QTest::addColumn<qint64>("aheadMs");
        QTest::newRow("three days") << qint64(3) * 24 * 3600 * 1000;
        QTest::newRow("a year") << qint64(365) * 24 * 3600 * 1000;
    }
    void aheadRefusedThenRepairedAndAccepted()
    {
        QFETCH(qint64, aheadMs);
        FixedClock villageClock(m_start);
        FixedClock townshipClock(m_start);
        auto v = station(villageClock, TestDatabase::kVillage, QStringLiteral("village"),
                         QStringLiteral("a1b2c3d4e5f60718"), QStringLiteral("南跃村"));
        auto t = station(townshipClock, TestDatabase::kTownship, QStringLiteral("township"),
                         QStringLiteral("0f1e2d3c4b5a6978"), QStringLiteral("水唇镇"));
        QVERIFY(v && t);
        QVERIFY(enrolBoth(*v, *t));
        const QDate today = m_start.date();
        const QString first = addChild(*v->db, QStringLiteral("李小红"), 24, today);
        QVERIFY(!first.isEmpty());
        QCOMPARE(send(*v, *t), QString());
        QCOMPARE(ClockRepair::check(*v->db).state, ClockRepair::State::Fine);

        // The village's date jumps ahead: a child is added, the first child's notes and school are changed.
        villageClock.advanceMs(aheadMs);
        townshipClock.advanceMs(3600 * 1000);
        const QString second = addChild(*v->db, QStringLiteral("王小明"), 31, today);
        QVERIFY(!second.isEmpty());
        RecordWriter writer(*v->db);
        QVERIFY(
            writer.update(EntitySchema::child(), first, {{QStringLiteral("notes"), QStringLiteral("一")}}));
        QVERIFY(
            writer.update(EntitySchema::child(), first, {{QStringLiteral("notes"), QStringLiteral("二")}}));
        QVERIFY(writer.update(EntitySchema::child(), first,
                              {{QStringLiteral("school_name"), QStringLiteral("南跃小学")}}));
        // Meanwhile the township corrects the school: the village imports it, and its own later-dated write
        // wins there (the township's value becomes a conflict at the village).
        RecordWriter townshipWriter(*t->db);
        QVERIFY(townshipWriter.update(EntitySchema::child(), first,
                                      {{QStringLiteral("school_name"), QStringLiteral("水唇中心小学")}}));
        QCOMPARE(send(*t, *v), QString());
        QCOMPARE(ConflictStore(*v->db).list().size(), 1);

        // Exported while the date is still wrong: the township says the sender's computer date is wrong.
        QString refused = send(*v, *t);
        QVERIFY2(refused.contains(QLatin1String("the date on its computer is wrong")), qPrintable(refused));
        QVERIFY2(refused.contains(QStringLiteral("南跃村")), qPrintable(refused));
        QVERIFY2(refused.contains(QLatin1String("set the computer's date and time right")),
                 qPrintable(refused));

        // The date is corrected: the station's clock is still ahead, so the warning shows and the township
        // now says that the changes were made while the date was wrong, and what to do.
        villageClock.set(townshipClock.now().addSecs(60));
        const ClockRepair::Check check = ClockRepair::check(*v->db);
        QCOMPARE(check.state, ClockRepair::State::FutureWrites);
        QCOMPARE(check.sentence, QStringLiteral("Changes made here while the computer's date was wrong carry "
                                                "future times; other stations will refuse them until they "
                                                "are repaired."));
        QVERIFY(check.aheadMs > PackageReader::MaxClockAheadMs);
        refused = send(*v, *t);
        QVERIFY2(refused.contains(QLatin1String("made while its computer's date was wrong")),
                 qPrintable(refused));
        QVERIFY2(refused.contains(QStringLiteral("南跃村")), qPrintable(refused));
        QVERIFY2(refused.contains(QLatin1String("shouhu-cli clock repair")), qPrintable(refused));
        QVERIFY(!refused.contains(QLatin1String("the date on its computer is wrong")));
        QCOMPARE(count(*t->db, QStringLiteral("SELECT count(*) FROM child")), 1);

        // The repair: the same values, current clocks in the same order, an audit entry each.
        const Stamp notesBefore = stampOf(*v->db, first, QStringLiteral("notes"));
        const Stamp schoolBefore = stampOf(*v->db, first, QStringLiteral("school_name"));
        const int auditBefore = count(*v->db, QStringLiteral("SELECT count(*) FROM audit"));
        Result<ClockRepair::Report> repaired = ClockRepair::repair(*v->db);
        QVERIFY2(repaired.ok(), qPrintable(repaired.error()));
        QVERIFY(repaired->repaired());
        QVERIFY(repaired->writes > 0);
        QVERIFY(repaired->records >= 4);  // the new child, its household and parents, the first child
        QCOMPARE(repaired->conflicts, 1); // the conflict's winner was the future write
        QVERIFY(ClockRepair::reportSentence(repaired.value()).contains(QLatin1String("Export again")));
        QCOMPARE(ClockRepair::check(*v->db).state, ClockRepair::State::Fine);
        QVERIFY(Stamp::millisOf(v->db->hlc().last()) - villageClock.nowMs() < 60 * 1000);
        QVERIFY(latestWriteMs(*v->db, v->id()) <= villageClock.nowMs() + 60 * 1000);
        // Order kept: the old clocks and the new ones sort alike.
        QList<qint64> old = repaired->restamped.keys();
        std::sort(old.begin(), old.end());
        for (int i = 1; i < old.size(); ++i)
            QVERIFY(repaired->restamped.value(old.at(i - 1)) < repaired->restamped.value(old.at(i)));
        const Stamp notesAfter = stampOf(*v->db, first, QStringLiteral("notes"));
        const Stamp schoolAfter = stampOf(*v->db, first, QStringLiteral("school_name"));
        QCOMPARE(notesAfter.hlc, repaired->restamped.value(notesBefore.hlc));
        QCOMPARE(schoolAfter.hlc, repaired->restamped.value(schoolBefore.hlc));
        QVERIFY(notesAfter < schoolAfter);
        QCOMPARE(value(*v->db, first, QStringLiteral("notes")), QStringLiteral("二"));
        QCOMPARE(value(*v->db, first, QStringLiteral("school_name")), QStringLiteral("南跃小学"));
        // The township's write (a conflict's loser) is not touched; the conflict names the new winner.
        const QList<Conflict> conflicts = ConflictStore(*v->db).list();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts.first().stamp.station, t->id());
        QCOMPARE(conflicts.first().winner, schoolAfter);
        QCOMPARE(count(*v->db, QStringLiteral("SELECT count(*) FROM audit")),
                 auditBefore + repaired->writes + repaired->records);

        // An ordinary export is accepted; the township holds the values written, and the audit the repair.
        QCOMPARE(send(*v, *t), QString());
        QCOMPARE(value(*t->db, second, QStringLiteral("name")), QStringLiteral("王小明"));
        QCOMPARE(value(*t->db, first, QStringLiteral("notes")), QStringLiteral("二"));
        QCOMPARE(value(*t->db, first, QStringLiteral("school_name")), QStringLiteral("南跃小学"));
        QCOMPARE(stampOf(*t->db, first, QStringLiteral("notes")), notesAfter);
        QCOMPARE(count(*t->db, QStringLiteral("SELECT count(*) FROM audit WHERE field = '*' AND new_value = "
                                              "'clock-repaired' AND record_id = '%1'")
                                   .arg(second)),
                 1);
        QSqlQuery q(t->db->sql());
        q.prepare(QStringLiteral("SELECT old_value, new_value, hlc, station_id FROM audit"
                                 " WHERE record_id = ? AND field = 'notes' AND prev = ?"));
        q.addBindValue(first);
        q.addBindValue(FieldClocks::stampText(notesBefore));
        QVERIFY(q.exec() && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("二"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("二"));
        QCOMPARE(q.value(2).toLongLong(), notesAfter.hlc);
        QCOMPARE(q.value(3).toString(), v->id());
        // The township's school became the conflict there too; both stations agree on the child.
        QCOMPARE(ConflictStore(*t->db).list().size(), 1);
        QCOMPARE(send(*t, *v), QString());
        for (const QString& field :
             {QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("school_name")})
            QCOMPARE(stampOf(*t->db, first, field), stampOf(*v->db, first, field));

        // Safe to run twice: the second run finds nothing to repair and changes nothing.
        const QByteArray before = state(*v->db);
        Result<ClockRepair::Report> again = ClockRepair::repair(*v->db);
        QVERIFY(again.ok());
        QVERIFY(!again->repaired());
        QCOMPARE(state(*v->db), before);
    }

    void nothingToRepairChangesNothing()
    {
        FixedClock clock(m_start);
        auto v = station(clock, TestDatabase::kVillage, QStringLiteral("village"),
                         QStringLiteral("a1b2c3d4e5f60718"), QStringLiteral("南跃村"));
        QVERIFY(v);
        QVERIFY(!addChild(*v->db, QStringLiteral("李小红"), 24, m_start.date()).isEmpty());
        // A clock a few hours ahead is within what other stations accept: nothing to repair either.
        clock.advanceMs(-6 * 3600 * 1000);
        QCOMPARE(ClockRepair::check(*v->db).state, ClockRepair::State::Fine);
        const QByteArray before = state(*v->db);
        Result<ClockRepair::Report> r = ClockRepair::repair(*v->db);
        QVERIFY(r.ok());
        QVERIFY(!r->repaired());
        QCOMPARE(r->writes, 0);
        QCOMPARE(state(*v->db), before);
        QCOMPARE(ClockRepair::reportSentence(r.value()),
                 QStringLiteral("Nothing to repair: this station's clock agrees with the computer's date."));
    }

    void refusedWhenTheComputerIsBehind()
    {
        FixedClock villageClock(m_start);
        FixedClock townshipClock(m_start);
        auto v = station(villageClock, TestDatabase::kVillage, QStringLiteral("village"),
                         QStringLiteral("a1b2c3d4e5f60718"), QStringLiteral("南跃村"));
        auto t = station(townshipClock, TestDatabase::kTownship, QStringLiteral("township"),
                         QStringLiteral("0f1e2d3c4b5a6978"), QStringLiteral("水唇镇"));
        QVERIFY(v && t);
        QVERIFY(enrolBoth(*v, *t));
        const QString child = addChild(*v->db, QStringLiteral("李小红"), 24, m_start.date());
        QCOMPARE(send(*v, *t), QString());
        RecordWriter townshipWriter(*t->db);
        QVERIFY(townshipWriter.update(EntitySchema::child(), child,
                                      {{QStringLiteral("notes"), QStringLiteral("镇上的更正")}}));
        QCOMPARE(send(*t, *v), QString());
        // The village's clock battery dies: the date falls back a month. Its clock and the township's
        // changes are ahead of it; repairing now would date everything a month back: refused.
        villageClock.set(m_start.addMonths(-1));
        const ClockRepair::Check check = ClockRepair::check(*v->db);
        QCOMPARE(check.state, ClockRepair::State::ComputerBehind);
        QVERIFY2(check.sentence.contains(QLatin1String("set the correct date and time")),
                 qPrintable(check.sentence));
        const QByteArray before = state(*v->db);
        Result<ClockRepair::Report> r = ClockRepair::repair(*v->db);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().startsWith(QLatin1String("Nothing was repaired: this computer's date (2026-10-28 "
                                                    "10:00) is more than a day behind")),
                 qPrintable(r.error()));
        QCOMPARE(state(*v->db), before);
    }

    void conflictResolvedWhileAheadIsRepaired()
    {
        FixedClock villageClock(m_start);
        FixedClock townshipClock(m_start);
        auto v = station(villageClock, TestDatabase::kVillage, QStringLiteral("village"),
                         QStringLiteral("a1b2c3d4e5f60718"), QStringLiteral("南跃村"));
        auto t = station(townshipClock, TestDatabase::kTownship, QStringLiteral("township"),
                         QStringLiteral("0f1e2d3c4b5a6978"), QStringLiteral("水唇镇"));
        QVERIFY(v && t);
        QVERIFY(enrolBoth(*v, *t));
        const QString child = addChild(*v->db, QStringLiteral("李小红"), 24, m_start.date());
        QCOMPARE(send(*v, *t), QString());
        // Both change the school; the village's date is a week ahead when it imports and resolves the
        // conflict (keeping the township's value: a new write by the village, dated a week ahead).
        villageClock.advanceMs(7LL * 24 * 3600 * 1000);
        townshipClock.advanceMs(60 * 1000);
        QVERIFY(RecordWriter(*t->db).update(EntitySchema::child(), child,
                                            {{QStringLiteral("school_name"), QStringLiteral("镇小学")}}));
        QVERIFY(RecordWriter(*v->db).update(EntitySchema::child(), child,
                                            {{QStringLiteral("school_name"), QStringLiteral("村小学")}}));
        QCOMPARE(send(*t, *v), QString());
        const QList<Conflict> open = ConflictStore(*v->db).list();
        QCOMPARE(open.size(), 1);
        QVERIFY(ConflictStore(*v->db).resolve(open.first().id, ConflictStore::Keep::Theirs));
        villageClock.set(townshipClock.now().addSecs(60));
        QVERIFY(send(*v, *t).contains(QLatin1String("made while its computer's date was wrong")));

        Result<ClockRepair::Report> r = ClockRepair::repair(*v->db);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->conflicts, 1);
        const std::optional<Conflict> resolved = ConflictStore(*v->db).find(open.first().id);
        QVERIFY(resolved && resolved->resolved());
        QVERIFY(Stamp::millisOf(resolved->resolvedHlc) <= villageClock.nowMs() + 60 * 1000);
        QCOMPARE(resolved->winner, stampOf(*v->db, child, QStringLiteral("school_name")));
        QCOMPARE(send(*v, *t), QString());
        QCOMPARE(value(*t->db, child, QStringLiteral("school_name")), QStringLiteral("镇小学"));
        const std::optional<Conflict> atTownship = ConflictStore(*t->db).find(open.first().id);
        QVERIFY(atTownship && atTownship->resolved());
        QCOMPARE(atTownship->resolvedHlc, resolved->resolvedHlc);
        QCOMPARE(stampOf(*t->db, child, QStringLiteral("school_name")),
                 stampOf(*v->db, child, QStringLiteral("school_name")));
    }

    void datesAfterTodayAreNamed()
    {
        FixedClock clock(m_start.addDays(3));
        auto v = station(clock, TestDatabase::kVillage, QStringLiteral("village"),
                         QStringLiteral("a1b2c3d4e5f60718"), QStringLiteral("南跃村"));
        QVERIFY(v);
        const QString child = addChild(*v->db, QStringLiteral("李小红"), 24, m_start.date());
        // A visit dated "today" while the date was three days ahead.
        Result<QString> visit =
            RecordWriter(*v->db).create(EntitySchema::visit(), TestDatabase::kVillage,
                                        {{QStringLiteral("child_id"), child},
                                         {QStringLiteral("kind"), QStringLiteral("monthly")},
                                         {QStringLiteral("visit_date"), clock.today().toString(Qt::ISODate)},
                                         {QStringLiteral("visitor"), QStringLiteral("张主任")}});
        QVERIFY2(visit.ok(), qPrintable(visit.error()));
        clock.set(m_start);
        Result<ClockRepair::Report> r = ClockRepair::repair(*v->db);
        QVERIFY(r.ok());
        QCOMPARE(r->laterDates, QStringList{QStringLiteral("Visit date 2026-12-01")});
        QVERIFY2(
            ClockRepair::reportSentence(r.value()).contains(QLatin1String("1 date(s) entered meanwhile lie "
                                                                          "after today (Visit date "
                                                                          "2026-12-01)")),
            qPrintable(ClockRepair::reportSentence(r.value())));
    }

    void computerDateBefore2025IsRefused()
    {
        FixedClock clock(m_start);
        auto v = station(clock, TestDatabase::kVillage, QStringLiteral("village"),
                         QStringLiteral("a1b2c3d4e5f60718"), QStringLiteral("南跃村"));
        QVERIFY(v);
        QVERIFY(!addChild(*v->db, QStringLiteral("李小红"), 24, m_start.date()).isEmpty());
        // The clock battery ran flat: the computer says 2000, and no other station's clock is here to say so.
        clock.set(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
        QCOMPARE(ClockRepair::check(*v->db).state, ClockRepair::State::ComputerBehind);
        const QByteArray before = state(*v->db);
        Result<ClockRepair::Report> r = ClockRepair::repair(*v->db);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("(2000-01-01 00:00) is earlier than any day")),
                 qPrintable(r.error()));
        QCOMPARE(state(*v->db), before);
    }

    void otherConnectionsFollowTheRepairedClock()
    {
        FixedClock clock(m_start.addDays(3));
        auto v = station(clock, TestDatabase::kVillage, QStringLiteral("village"),
                         QStringLiteral("a1b2c3d4e5f60718"), QStringLiteral("南跃村"));
        QVERIFY(v);
        const QString child = addChild(*v->db, QStringLiteral("李小红"), 24, m_start.date());
        // A second connection of this process (as the window's worker threads have) opened before the repair.
        Result<std::unique_ptr<CaseDatabase>> second = CaseDatabase::open(v->db->path(), clock);
        QVERIFY2(second.ok(), qPrintable(second.error()));
        clock.set(m_start);
        QVERIFY(ClockRepair::repair(*v->db).ok());
        RecordWriter writer(*second.value());
        QVERIFY(
            writer.update(EntitySchema::child(), child, {{QStringLiteral("notes"), QStringLiteral("后来")}}));
        QVERIFY(Stamp::millisOf(stampOf(*v->db, child, QStringLiteral("notes")).hlc) - clock.nowMs() < 60000);
        QCOMPARE(ClockRepair::check(*v->db).state, ClockRepair::State::Fine);
    }
};

QTEST_GUILESS_MAIN(TestClockRepair)
#include "TestClockRepair.moc"
