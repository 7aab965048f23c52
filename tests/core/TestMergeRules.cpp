#include "TestDatabase.h"
#include "storage/FieldClocks.h"
#include "storage/RecordWriter.h"
#include "sync/ConflictStore.h"

#include <QSqlQuery>
#include <QTest>

// The per-field merge rule of sync (RecordWriter::applyRemote): the greatest (hlc, station) wins; a value
// that loses to a write that had not seen it is reported as lost (a conflict); merging is idempotent and
// commutative.
class TestMergeRules final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(10, 0))};
    static inline const QString kLocal = QStringLiteral("5555555555555555");

    static Stamp stampOf(CaseDatabase& db, const QString& id, const QString& field)
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT clocks FROM child WHERE id = '%1'").arg(id));
        return q.next() ? FieldClocks::parse(q.value(0).toString()).stamp(field) : Stamp{};
    }
    static QString valueOf(CaseDatabase& db, const QString& id, const QString& field)
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT %1 FROM child WHERE id = '%2'").arg(field, id));
        return q.next() ? q.value(0).toString() : QStringLiteral("<missing>");
    }
    static RemoteRecord remote(const QString& id, const QString& name, const Stamp& stamp)
    {
        RemoteRecord r{id,
                       TestDatabase::kVillage,
                       QStringLiteral("2026-11-01T00:00:00"),
                       stamp.station,
                       QStringLiteral("2026-11-28T00:00:00"),
                       stamp.station,
                       {}};
        r.fields << RemoteField{QStringLiteral("name"), name, stamp};
        return r;
    }

private slots:
    void perField_data()
    {
        QTest::addColumn<qint64>("hlcOffset"); // remote hlc minus local hlc
        QTest::addColumn<QString>("station");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("knew"); // "" | "remoteKnewLocal" | "localKnewRemote"
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("conflicts");
        const QString hi = QStringLiteral("ffffffffffffffff");
        const QString lo = QStringLiteral("0000000000000001");
        QTest::newRow("newer wins; concurrent, so a conflict") << qint64(10) << lo << "王二"
                                                               << ""
                                                               << "王二" << 1;
        QTest::newRow("newer that saw the old value: superseded") << qint64(10) << lo << "王二"
                                                                  << "remoteKnewLocal"
                                                                  << "王二" << 0;
        QTest::newRow("older loses; concurrent, so a conflict") << qint64(-10) << hi << "王二"
                                                                << ""
                                                                << "王一" << 1;
        QTest::newRow("older that this station overwrote knowingly") << qint64(-10) << hi << "王二"
                                                                     << "localKnewRemote"
                                                                     << "王一" << 0;
        QTest::newRow("same clock: greater station wins") << qint64(0) << hi << "王二"
                                                          << ""
                                                          << "王二" << 1;
        QTest::newRow("same clock: smaller station loses") << qint64(0) << lo << "王二"
                                                           << ""
                                                           << "王一" << 1;
        QTest::newRow("same value: no conflict") << qint64(10) << lo << "王一"
                                                 << ""
                                                 << "王一" << 0;
        QTest::newRow("same value, older: no conflict") << qint64(-10) << lo << "王一"
                                                        << ""
                                                        << "王一" << 0;
    }

    void perField()
    {
        QFETCH(qint64, hlcOffset);
        QFETCH(QString, station);
        QFETCH(QString, value);
        QFETCH(QString, knew);
        QFETCH(QString, expected);
        QFETCH(int, conflicts);
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock, TestDatabase::kVillage, QStringLiteral("village"), kLocal);
        RecordWriter writer(*db);
        Result<QString> id = writer.create(EntitySchema::child(), TestDatabase::kVillage,
                                           {{QStringLiteral("name"), QStringLiteral("王一")}});
        QVERIFY(id.ok());
        const Stamp local = stampOf(*db, id.value(), QStringLiteral("name"));
        const Stamp theirs{local.hlc + hlcOffset, station};
        QVERIFY(db->begin().ok());
        if (!knew.isEmpty()) {
            const Stamp overwritten = knew == QLatin1String("remoteKnewLocal") ? local : theirs;
            QVERIFY(writer
                        .importAudit({{QStringLiteral("id"), RecordWriter::newId()},
                                      {QStringLiteral("area_code"), TestDatabase::kVillage},
                                      {QStringLiteral("entity"), QStringLiteral("child")},
                                      {QStringLiteral("record_id"), id.value()},
                                      {QStringLiteral("field"), QStringLiteral("name")},
                                      {QStringLiteral("hlc"), theirs.hlc},
                                      {QStringLiteral("station_id"), theirs.station},
                                      {QStringLiteral("operator"), QStringLiteral("")},
                                      {QStringLiteral("at"), QStringLiteral("2026-11-28")},
                                      {QStringLiteral("prev"), FieldClocks::stampText(overwritten)}})
                        .ok());
        }
        Result<MergeOutcome> first =
            writer.applyRemote(EntitySchema::child(), remote(id.value(), value, theirs));
        QVERIFY2(first.ok(), qPrintable(first.error()));
        QCOMPARE(first->lost.size(), conflicts);
        if (conflicts == 1) {
            const LostWrite& lost = first->lost.first();
            QCOMPARE(lost.value.toString(), expected == value ? QStringLiteral("王一") : value);
            QCOMPARE(lost.winner, std::max(local, theirs));
        }
        QCOMPARE(valueOf(*db, id.value(), QStringLiteral("name")), expected);
        QCOMPARE(stampOf(*db, id.value(), QStringLiteral("name")), std::max(local, theirs));
        // Idempotent: the same record again changes nothing.
        Result<MergeOutcome> again =
            writer.applyRemote(EntitySchema::child(), remote(id.value(), value, theirs));
        QVERIFY(again.ok());
        QCOMPARE(again->kind, MergeOutcome::Kind::Unchanged);
        QCOMPARE(valueOf(*db, id.value(), QStringLiteral("name")), expected);
        QVERIFY(db->commit().ok());
    }

    // Two stations receive the same two writes in opposite orders and end with the same value and clock.
    void commutative()
    {
        QTemporaryDir d1, d2;
        auto a = TestDatabase::open(d1, m_clock, TestDatabase::kVillage, QStringLiteral("village"), kLocal);
        auto b = TestDatabase::open(d2, m_clock, TestDatabase::kVillage, QStringLiteral("village"), kLocal);
        const QString id = RecordWriter::newId();
        const Stamp s1{Stamp::make(m_clock.nowMs(), 1), QStringLiteral("000000000000000a")};
        const Stamp s2{Stamp::make(m_clock.nowMs(), 1), QStringLiteral("000000000000000b")};
        RecordWriter wa(*a), wb(*b);
        QVERIFY(a->begin().ok() && b->begin().ok());
        QCOMPARE(wa.applyRemote(EntitySchema::child(), remote(id, QStringLiteral("甲"), s1))->kind,
                 MergeOutcome::Kind::Added);
        QCOMPARE(wa.applyRemote(EntitySchema::child(), remote(id, QStringLiteral("乙"), s2))->lost.size(), 1);
        QCOMPARE(wb.applyRemote(EntitySchema::child(), remote(id, QStringLiteral("乙"), s2))->kind,
                 MergeOutcome::Kind::Added);
        const Result<MergeOutcome> late =
            wb.applyRemote(EntitySchema::child(), remote(id, QStringLiteral("甲"), s1));
        QCOMPARE(late->lost.size(), 1);
        QCOMPARE(late->lost.first().value.toString(), QStringLiteral("甲"));
        QCOMPARE(ConflictStore::idOf(QStringLiteral("child"), id, QStringLiteral("name"),
                                     late->lost.first().stamp),
                 ConflictStore::idOf(QStringLiteral("child"), id, QStringLiteral("name"), s1));
        QVERIFY(a->commit().ok() && b->commit().ok());
        QCOMPARE(valueOf(*a, id, QStringLiteral("name")), QStringLiteral("乙"));
        QCOMPARE(valueOf(*b, id, QStringLiteral("name")), QStringLiteral("乙"));
        QCOMPARE(stampOf(*a, id, QStringLiteral("name")), s2);
        QCOMPARE(stampOf(*b, id, QStringLiteral("name")), s2);
    }

    // A local edit records the stamp it overwrote, so the next merge knows the old value was superseded.
    void localEditRecordsWhatItOverwrote()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock, TestDatabase::kVillage, QStringLiteral("village"), kLocal);
        RecordWriter writer(*db);
        const QString id = writer
                               .create(EntitySchema::child(), TestDatabase::kVillage,
                                       {{QStringLiteral("name"), QStringLiteral("王一")}})
                               .value();
        const Stamp first = stampOf(*db, id, QStringLiteral("name"));
        m_clock.advanceMs(1000);
        QVERIFY(writer.update(EntitySchema::child(), id, {{QStringLiteral("name"), QStringLiteral("王二")}})
                    .ok());
        QVERIFY(writer.isSuperseded(id, QStringLiteral("name"), first));
        QVERIFY(!writer.isSuperseded(id, QStringLiteral("name"), stampOf(*db, id, QStringLiteral("name"))));
    }
};

QTEST_GUILESS_MAIN(TestMergeRules)
#include "TestMergeRules.moc"
