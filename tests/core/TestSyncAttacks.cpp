#include "PackageForger.h"
#include "SyncStations.h"
#include "storage/EntitySchema.h"
#include "storage/RecordIdentity.h"
#include "storage/RecordWriter.h"
#include "sync/ConflictStore.h"
#include "sync/Crypto.h"

#include <QCborArray>
#include <QCborStreamWriter>
#include <QTest>

using namespace SyncStations;

// A stolen village laptop: its key is valid and enrolled at the township, and every package it signs is
// hostile all the same. Each package here is written by PackageForger (an independent writer of
// docs/sync-format.md) and validly signed with the village's real key; the township must refuse each with
// its sentence and stay exactly as it was (a hash of every table). The first row proves the forger writes
// packages the township accepts, so every refusal is the importer's doing.
class TestSyncAttacks final : public QObject
{
    Q_OBJECT

    static inline const QString kV1 = QStringLiteral("1111111111111111");
    static inline const QString kV2 = QStringLiteral("2222222222222222");
    static inline const QString kT = QStringLiteral("3333333333333333");

    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(10, 0))};
    std::unique_ptr<Station> m_v1, m_v2, m_t;
    QString m_v1Child, m_v2Child, m_v2Agreement, m_v2Referral, m_v2Visit;
    QString m_honest;

    QString create(Station& s, const EntitySchema& schema, const QString& area, const QVariantMap& values)
    {
        Result<QString> id = RecordWriter(*s.db).create(schema, area, values);
        if (!id)
            qWarning() << id.error();
        return id.ok() ? id.value() : QString();
    }

    QVariantMap visitOf(const QString& child) const
    {
        return {{QStringLiteral("child_id"), child},
                {QStringLiteral("kind"), QStringLiteral("monthly")},
                {QStringLiteral("visit_date"), QStringLiteral("2026-11-27")},
                {QStringLiteral("visitor"), QStringLiteral("李主任")}};
    }

    bool setUp()
    {
        m_v1 = make(m_clock, TestDatabase::kVillage, QStringLiteral("village"), kV1);
        m_v2 = make(m_clock, TestDatabase::kOtherVillage, QStringLiteral("village"), kV2);
        m_t = make(m_clock, TestDatabase::kTownship, QStringLiteral("township"), kT);
        if (!m_v1 || !m_v2 || !m_t || !enrolBoth(*m_v1, *m_t) || !enrolBoth(*m_v2, *m_t))
            return false;
        // The other village's child, with a visit, a referral and an agreement, is at the township.
        m_v2Child =
            addChild(*m_v2->db, QStringLiteral("赵小二"), 31, m_clock.today(), TestDatabase::kOtherVillage);
        const QString area = TestDatabase::kOtherVillage;
        m_v2Visit = create(*m_v2, EntitySchema::visit(), area, visitOf(m_v2Child));
        m_v2Referral = create(*m_v2, EntitySchema::referral(), area,
                              {{QStringLiteral("child_id"), m_v2Child},
                               {QStringLiteral("kind"), QStringLiteral("police_report")},
                               {QStringLiteral("opened_on"), QStringLiteral("2026-11-27")},
                               {QStringLiteral("due_date"), QStringLiteral("2026-11-28")},
                               {QStringLiteral("status"), QStringLiteral("open")}});
        m_v2Agreement = create(*m_v2, EntitySchema::agreement(), area,
                               {{QStringLiteral("child_id"), m_v2Child},
                                {QStringLiteral("status"), QStringLiteral("draft")},
                                {QStringLiteral("caregiver_name"), QStringLiteral("赵奶奶")}});
        const QString v2Package = m_v2->dir.filePath(QStringLiteral("v2.shpkg"));
        if (m_v2Child.isEmpty() || m_v2Visit.isEmpty() || m_v2Referral.isEmpty() || m_v2Agreement.isEmpty() ||
            exportTo(*m_v2, kT, v2Package).isEmpty() || !importInto(*m_t, v2Package))
            return false;
        // The thief's own village: an honest package to start from.
        m_v1Child = addChild(*m_v1->db, QStringLiteral("王小明"), 13, m_clock.today());
        if (m_v1Child.isEmpty() ||
            create(*m_v1, EntitySchema::visit(), TestDatabase::kVillage, visitOf(m_v1Child)).isEmpty())
            return false;
        m_honest = m_v1->dir.filePath(QStringLiteral("honest.shpkg"));
        return !exportTo(*m_v1, kT, m_honest).isEmpty();
    }

    Stamp v1Stamp(int counter = 7) const { return {Stamp::make(m_clock.nowMs(), counter), kV1}; }

    // A record item as the format says, every value stamped with one write of the village.
    QByteArray record(const QString& entity, const QString& id, const QString& area,
                      const QCborMap& values) const
    {
        QStringList fields;
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            fields << it.key().toString();
        fields.sort();
        const Stamp s = v1Stamp();
        QCborMap m;
        m.insert(QStringLiteral("k"), QStringLiteral("record"));
        m.insert(QStringLiteral("entity"), entity);
        m.insert(QStringLiteral("id"), id);
        m.insert(QStringLiteral("area_code"), area);
        m.insert(QStringLiteral("created_at"), QStringLiteral("2026-11-28T10:00:00.000"));
        m.insert(QStringLiteral("created_by"), kV1);
        m.insert(QStringLiteral("updated_at"), QStringLiteral("2026-11-28T10:00:00.000"));
        m.insert(QStringLiteral("updated_by"), kV1);
        m.insert(QStringLiteral("values"), values);
        m.insert(QStringLiteral("clocks"), QString(QString::number(s.hlc) + QLatin1Char('@') + s.station +
                                                   QLatin1Char(':') + fields.join(QLatin1Char(','))));
        return PackageForger::bytes(m);
    }

    QByteArray auditAbout(const QString& entity, const QString& recordId, const QString& field,
                          const QCborValue& oldValue, const QCborValue& newValue) const
    {
        QCborMap m;
        m.insert(QStringLiteral("k"), QStringLiteral("audit"));
        m.insert(QStringLiteral("id"), RecordWriter::newId());
        m.insert(QStringLiteral("area_code"), TestDatabase::kVillage);
        m.insert(QStringLiteral("entity"), entity);
        m.insert(QStringLiteral("record_id"), recordId);
        m.insert(QStringLiteral("field"), field);
        m.insert(QStringLiteral("old_value"), oldValue);
        m.insert(QStringLiteral("new_value"), newValue);
        m.insert(QStringLiteral("hlc"), v1Stamp().hlc);
        m.insert(QStringLiteral("station_id"), kV1);
        m.insert(QStringLiteral("operator"), QStringLiteral("小偷"));
        m.insert(QStringLiteral("at"), QStringLiteral("2026-11-28T10:00:00.000"));
        m.insert(QStringLiteral("prev"), QCborValue(QCborValue::Null));
        return PackageForger::bytes(m);
    }

    QByteArray conflictAbout(const QString& entity, const QString& recordId, const QString& field,
                             const QString& value) const
    {
        const Stamp lost = v1Stamp(3);
        QCborMap m;
        m.insert(QStringLiteral("k"), QStringLiteral("conflict"));
        m.insert(QStringLiteral("id"), ConflictStore::idOf(entity, recordId, field, lost));
        m.insert(QStringLiteral("area_code"), TestDatabase::kVillage);
        m.insert(QStringLiteral("entity"), entity);
        m.insert(QStringLiteral("record_id"), recordId);
        m.insert(QStringLiteral("field"), field);
        m.insert(QStringLiteral("value"), value);
        m.insert(QStringLiteral("hlc"), lost.hlc);
        m.insert(QStringLiteral("station_id"), kV1);
        m.insert(QStringLiteral("winner_hlc"), v1Stamp(4).hlc);
        m.insert(QStringLiteral("winner_station"), kV1);
        m.insert(QStringLiteral("detected_at"), QStringLiteral("2026-11-28T10:00:00.000"));
        m.insert(QStringLiteral("resolved_at"), QCborValue(QCborValue::Null));
        m.insert(QStringLiteral("resolved_by"), QCborValue(QCborValue::Null));
        m.insert(QStringLiteral("resolution"), QCborValue(QCborValue::Null));
        m.insert(QStringLiteral("resolved_hlc"), 0);
        return PackageForger::bytes(m);
    }

    // The item as CBOR, with one key of a map written twice (QCborMap cannot hold that).
    static QByteArray withKeyTwice(const QCborMap& item, const QString& key, bool insideValues)
    {
        QByteArray out;
        QCborStreamWriter w(&out);
        const auto writeMap = [&w, &key](const QCborMap& m, bool twice, const auto& self,
                                         bool nestedTwice) -> void {
            w.startMap(m.size() + (twice ? 1 : 0));
            for (auto it = m.cbegin(); it != m.cend(); ++it) {
                w.append(it.key().toString());
                if (it.value().isMap())
                    self(it.value().toMap(), nestedTwice, self, false);
                else
                    it.value().toCbor(w);
                if (twice && it.key().toString() == key) {
                    w.append(key);
                    QCborValue(QStringLiteral("又一个")).toCbor(w);
                }
            }
            w.endMap();
        };
        writeMap(item, !insideValues, writeMap, insideValues);
        return out;
    }

    int indexOfRecord(const PackageForger& f, const QString& entity, const QString& id = {}) const
    {
        for (int i : f.find(QStringLiteral("record"), entity)) {
            if (id.isEmpty() ||
                PackageForger::map(f.items.at(i)).value(QStringLiteral("id")).toString() == id)
                return i;
        }
        return -1;
    }

    static void setValue(PackageForger& f, int i, const QString& field, const QCborValue& value)
    {
        QCborMap m = PackageForger::map(f.items.at(i));
        QCborMap values = m.value(QStringLiteral("values")).toMap();
        values.insert(field, value);
        m.insert(QStringLiteral("values"), values);
        f.items[i] = PackageForger::bytes(m);
    }

    static void setKey(PackageForger& f, int i, const QString& key, const QCborValue& value)
    {
        QCborMap m = PackageForger::map(f.items.at(i));
        m.insert(key, value);
        f.items[i] = PackageForger::bytes(m);
    }

private slots:
    void initTestCase() { QVERIFY(Crypto::initialize().ok()); }

    void hostilePackages_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QString>("expected"); // empty: accepted
        QTest::newRow("the forger's honest copy is accepted") << "none"
                                                              << "";
        QTest::newRow("another village's child under the sender's area") << "takeOverChild"
                                                                         << "never changes its village";
        QTest::newRow("another village's child in its own area") << "otherArea"
                                                                 << "outside the area";
        QTest::newRow("audit entry about another village's child") << "auditOther"
                                                                   << "does not lie in";
        QTest::newRow("conflict about another village's child") << "conflictOther"
                                                                << "does not lie in";
        QTest::newRow("visit for another village's child") << "visitOther"
                                                           << "refers in \"child_id\"";
        QTest::newRow("referral for another village's child") << "referralOther"
                                                              << "refers in \"child_id\"";
        QTest::newRow("step of another village's referral") << "stepOther"
                                                            << "refers in \"referral_id\"";
        QTest::newRow("agreement for another village's child") << "agreementOther"
                                                               << "refers in \"child_id\"";
        QTest::newRow("attachment to another village's agreement") << "attachmentOther"
                                                                   << "refers in \"owner_id\"";
        QTest::newRow("person moved to another village's child") << "personOther"
                                                                 << "refers in \"child_id\"";
        QTest::newRow("a reference to no record") << "danglingReference"
                                                  << "refers in \"child_id\"";
        QTest::newRow("oversized audit value") << "auditHuge"
                                               << "larger than any record";
        QTest::newRow("audit value longer than the field") << "auditLong"
                                                           << "at most 50 characters";
        QTest::newRow("a frame larger than any item") << "bigFrame"
                                                      << "contents are damaged";
        QTest::newRow("frames beyond the announced size") << "frameBomb"
                                                          << "larger than its header announces";
        QTest::newRow("an id that is no UUID") << "badId"
                                               << "not a record id";
        QTest::newRow("an upper-case UUID") << "upperId"
                                            << "not a record id";
        QTest::newRow("a number for a text field") << "numberForText"
                                                   << "must be text";
        QTest::newRow("text for a yes/no field") << "textForBool"
                                                 << "number 0 or 1";
        QTest::newRow("a key twice in a record") << "keyTwice"
                                                 << "contents are damaged";
        QTest::newRow("a key twice in the values") << "valueTwice"
                                                   << "contents are damaged";
        QTest::newRow("an unknown key") << "unknownKey"
                                        << "keys the format does not know";
        QTest::newRow("scope wider than allowed") << "wideScope"
                                                  << "claims to hold the records";
        QTest::newRow("counts that do not match") << "wrongCounts"
                                                  << "how many items";
        QTest::newRow("counts that leave items out") << "fewerCounts"
                                                     << "how many items";
        QTest::newRow("a header that lies about the sender") << "senderArea"
                                                             << "was enrolled here as";
        QTest::newRow("a person whose id is not its slot's") << "randomPersonId"
                                                             << "older version";
        QTest::newRow("a record twice") << "recordTwice"
                                        << "appears in it twice";
        QTest::newRow("a receipt for another station") << "foreignReceipt"
                                                       << "not a receipt for this station";
        QTest::newRow("a clock that is not a stamp") << "badClock"
                                                     << "values and clocks do not match";
        QTest::newRow("no end item") << "noEnd"
                                     << "contents are damaged";
    }

    void hostilePackages()
    {
        QFETCH(QString, attack);
        QFETCH(QString, expected);
        QVERIFY(setUp());
        std::optional<PackageForger> opened = PackageForger::open(m_honest, *m_t->keys);
        QVERIFY(opened);
        PackageForger& f = *opened;
        const QString area = TestDatabase::kVillage;
        const int child = indexOfRecord(f, QStringLiteral("child"), m_v1Child);
        QVERIFY(child >= 0);
        bool recount = true;
        bool end = true;
        const QString uuid = RecordWriter::newId();
        const auto add = [&f](const QByteArray& item) { f.items.prepend(item); };
        if (attack == QLatin1String("takeOverChild")) {
            setKey(f, child, QStringLiteral("id"), m_v2Child);
            setValue(f, child, QStringLiteral("name"), QStringLiteral("被改的名字"));
            for (int i : f.find(QStringLiteral("record"), QStringLiteral("person")))
                f.items.removeAt(i); // nothing else refers to the taken child
            for (int i : f.find(QStringLiteral("record"), QStringLiteral("visit")))
                f.items.removeAt(i);
        } else if (attack == QLatin1String("otherArea")) {
            setKey(f, child, QStringLiteral("id"), m_v2Child);
            setKey(f, child, QStringLiteral("area_code"), TestDatabase::kOtherVillage);
        } else if (attack == QLatin1String("auditOther")) {
            f.items << auditAbout(QStringLiteral("child"), m_v2Child, QStringLiteral("name"),
                                  QStringLiteral("赵小二"), QStringLiteral("被改的名字"));
        } else if (attack == QLatin1String("conflictOther")) {
            f.items << conflictAbout(QStringLiteral("child"), m_v2Child, QStringLiteral("name"),
                                     QStringLiteral("被改的名字"));
        } else if (attack == QLatin1String("visitOther")) {
            add(record(QStringLiteral("visit"), uuid, area, QCborMap::fromVariantMap(visitOf(m_v2Child))));
        } else if (attack == QLatin1String("referralOther")) {
            add(record(QStringLiteral("referral"), uuid, area,
                       {{QStringLiteral("child_id"), m_v2Child},
                        {QStringLiteral("kind"), QStringLiteral("police_report")},
                        {QStringLiteral("opened_on"), QStringLiteral("2026-11-27")},
                        {QStringLiteral("due_date"), QStringLiteral("2026-11-28")},
                        {QStringLiteral("status"), QStringLiteral("closed")}}));
        } else if (attack == QLatin1String("stepOther")) {
            add(record(QStringLiteral("referral_step"), uuid, area,
                       {{QStringLiteral("referral_id"), m_v2Referral},
                        {QStringLiteral("child_id"), m_v1Child},
                        {QStringLiteral("step_date"), QStringLiteral("2026-11-28")},
                        {QStringLiteral("action"), QStringLiteral("closed")}}));
        } else if (attack == QLatin1String("agreementOther")) {
            add(record(QStringLiteral("agreement"), uuid, area,
                       {{QStringLiteral("child_id"), m_v2Child},
                        {QStringLiteral("status"), QStringLiteral("draft")},
                        {QStringLiteral("caregiver_name"), QStringLiteral("小偷")}}));
        } else if (attack == QLatin1String("attachmentOther")) {
            add(record(QStringLiteral("attachment"), uuid, area,
                       {{QStringLiteral("owner_id"), m_v2Agreement},
                        {QStringLiteral("file_name"), QStringLiteral("a.png")},
                        {QStringLiteral("mime_type"), QStringLiteral("image/png")},
                        {QStringLiteral("data"), QStringLiteral("iVBORw0KGgo=")}}));
        } else if (attack == QLatin1String("personOther")) {
            add(record(QStringLiteral("person"),
                       RecordIdentity::personId(m_v2Child, QStringLiteral("caregiver")), area,
                       {{QStringLiteral("child_id"), m_v2Child},
                        {QStringLiteral("relation"), QStringLiteral("caregiver")},
                        {QStringLiteral("name"), QStringLiteral("小偷")}}));
        } else if (attack == QLatin1String("danglingReference")) {
            add(record(QStringLiteral("visit"), uuid, area,
                       QCborMap::fromVariantMap(visitOf(RecordWriter::newId()))));
        } else if (attack == QLatin1String("auditHuge")) {
            f.items << auditAbout(QStringLiteral("child"), m_v1Child, QStringLiteral("notes"),
                                  QCborValue(QCborValue::Null), QString(100000, QLatin1Char('x')));
        } else if (attack == QLatin1String("auditLong")) {
            f.items << auditAbout(QStringLiteral("child"), m_v1Child, QStringLiteral("name"),
                                  QCborValue(QCborValue::Null), QString(51, QChar(0x738b)));
        } else if (attack == QLatin1String("bigFrame")) {
            f.items << QByteArray(15 * 1024 * 1024, 'a');
        } else if (attack == QLatin1String("frameBomb")) {
            // A package that announces only its receipt, then frames of almost 2 MiB (each within the frame
            // limit): the reader stops inflating at the budget of what was announced, at the first frame.
            const QByteArray receipt = f.items.at(f.find(QStringLiteral("receipt")).first());
            f.items = {receipt};
            f.recount();
            recount = false;
            for (int i = 0; i < 20; ++i)
                f.items << QByteArray(1900 * 1024, 'a');
        } else if (attack == QLatin1String("badId")) {
            setKey(f, child, QStringLiteral("id"), QStringLiteral("child-1; DROP TABLE child"));
        } else if (attack == QLatin1String("upperId")) {
            setKey(f, child, QStringLiteral("id"), m_v1Child.toUpper());
        } else if (attack == QLatin1String("numberForText")) {
            setValue(f, child, QStringLiteral("name"), 12345);
        } else if (attack == QLatin1String("textForBool")) {
            QCborMap m = PackageForger::map(f.items.at(child));
            QCborMap values = m.value(QStringLiteral("values")).toMap();
            values.insert(QStringLiteral("boarding"), QStringLiteral("1"));
            m.insert(QStringLiteral("values"), values);
            m.insert(QStringLiteral("clocks"),
                     QString(m.value(QStringLiteral("clocks")).toString() + QLatin1Char(';') +
                             QString::number(v1Stamp(9).hlc) + QStringLiteral("@") + kV1 +
                             QStringLiteral(":boarding")));
            f.items[child] = PackageForger::bytes(m);
        } else if (attack == QLatin1String("keyTwice")) {
            f.items[child] = withKeyTwice(PackageForger::map(f.items.at(child)), QStringLiteral("id"), false);
        } else if (attack == QLatin1String("valueTwice")) {
            f.items[child] =
                withKeyTwice(PackageForger::map(f.items.at(child)), QStringLiteral("name"), true);
        } else if (attack == QLatin1String("unknownKey")) {
            setKey(f, child, QStringLiteral("owner"), QStringLiteral("me"));
        } else if (attack == QLatin1String("wideScope")) {
            f.header.scope = TestDatabase::kTownship;
        } else if (attack == QLatin1String("wrongCounts")) {
            f.recount();
            f.header.counts[QStringLiteral("records")] += 1;
            recount = false;
        } else if (attack == QLatin1String("fewerCounts")) {
            f.recount();
            f.header.counts[QStringLiteral("audit")] -= 1;
            recount = false;
        } else if (attack == QLatin1String("senderArea")) {
            f.header.senderArea = TestDatabase::kOtherVillage;
        } else if (attack == QLatin1String("randomPersonId")) {
            const int person = indexOfRecord(f, QStringLiteral("person"));
            QVERIFY(person >= 0);
            setKey(f, person, QStringLiteral("id"), uuid);
        } else if (attack == QLatin1String("recordTwice")) {
            f.items << f.items.at(child);
        } else if (attack == QLatin1String("foreignReceipt")) {
            const QList<int> receipts = f.find(QStringLiteral("receipt"));
            QCOMPARE(receipts.size(), 1);
            setKey(f, receipts.first(), QStringLiteral("station"), kV2);
        } else if (attack == QLatin1String("badClock")) {
            setKey(f, child, QStringLiteral("clocks"), QStringLiteral("1@x:name"));
        } else if (attack == QLatin1String("noEnd")) {
            end = false;
        }
        const QString forged = m_v1->dir.filePath(QStringLiteral("forged.shpkg"));
        QVERIFY(f.write(forged, *m_v1->keys, TrustStore(*m_v1->db).find(kT)->encPublicKey, recount, end));
        const QByteArray before = state(*m_t->db);
        Result<ImportReport> r = importInto(*m_t, forged);
        if (expected.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QVERIFY(r->total.added > 0);
            QCOMPARE(CaseRepository(*m_t->db).load(m_v1Child)->text(QStringLiteral("name")),
                     QStringLiteral("王小明"));
            return;
        }
        QVERIFY2(!r.ok(), qPrintable(attack));
        QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
        QVERIFY(!r.error().contains(QLatin1Char('\n')));
        QCOMPARE(state(*m_t->db), before);
        QCOMPARE(CaseRepository(*m_t->db).load(m_v2Child)->text(QStringLiteral("name")),
                 QStringLiteral("赵小二"));
    }

    // A changed copy of a package imported before is refused, not "imported already": the signature is
    // checked first, and the ledger only after it.
    void tamperedCopyOfAnImportedPackage_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("a payload byte") << "payload";
        QTest::newRow("a signature byte") << "signature";
        QTest::newRow("another package's signature") << "otherSignature";
    }
    void tamperedCopyOfAnImportedPackage()
    {
        QFETCH(QString, change);
        QVERIFY(setUp());
        QVERIFY(importInto(*m_t, m_honest).ok());
        QVERIFY(PackageReader::previousImport(*m_t->db, m_honest).value()->alreadyImported);
        QFile in(m_honest);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        in.close();
        if (change == QLatin1String("payload")) {
            bytes[bytes.size() - 100] = char(bytes.at(bytes.size() - 100) ^ 1);
        } else if (change == QLatin1String("signature")) {
            bytes[bytes.size() - 1] = char(bytes.at(bytes.size() - 1) ^ 1);
        } else {
            const QString other = m_v1->dir.filePath(QStringLiteral("other.shpkg"));
            QVERIFY(!exportTo(*m_v1, kT, other, true).isEmpty());
            QFile o(other);
            QVERIFY(o.open(QIODevice::ReadOnly));
            bytes.chop(PackageHeader::SignatureBytes);
            bytes.append(o.readAll().right(PackageHeader::SignatureBytes));
        }
        const QString copy = m_v1->dir.filePath(QStringLiteral("copy.shpkg"));
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const QByteArray before = state(*m_t->db);
        Result<std::optional<ImportReport>> previous = PackageReader::previousImport(*m_t->db, copy);
        QVERIFY(!previous.ok());
        QVERIFY2(previous.error().contains(QStringLiteral("signature is not valid")),
                 qPrintable(previous.error()));
        Result<ImportReport> r = importInto(*m_t, copy);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("signature is not valid")), qPrintable(r.error()));
        QCOMPARE(state(*m_t->db), before);
    }
};

QTEST_GUILESS_MAIN(TestSyncAttacks)
#include "TestSyncAttacks.moc"
