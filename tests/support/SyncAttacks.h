#pragma once

#include "FuzzWorld.h"
#include "PackageForger.h"
#include "storage/RecordIdentity.h"
#include "sync/ConflictStore.h"

#include <QCborArray>
#include <QCborStreamWriter>

// The hostile packages of a stolen village laptop (the first village of the fuzz world): each one starts from
// the village's honest package, opened with PackageForger, is changed as an attacker would, and is signed
// again with the village's real key. TestSyncAttacks shows the township refusing each with its sentence;
// TestFuzzCorpus stores them as the package reader's fuzz corpus.
class SyncAttacks final
{
public:
    struct Attack
    {
        QString name;     // also the corpus file's name: <name>.shpkg
        QString row;      // the test row
        QString expected; // part of the refusal; empty: accepted
        // The attack lies in the payload's items alone (not in the header or the counts, and the items are
        // small), so that the fuzz corpus holds its items too (<name>.items).
        bool inItems = true;
    };

    static const QList<Attack>& all()
    {
        static const QList<Attack> attacks = [] {
            const auto a = [](const char* name, const char* row, const char* expected, bool inItems = true) {
                return Attack{QLatin1String(name), QLatin1String(row), QString::fromUtf8(expected), inItems};
            };
            return QList<Attack>{
                a("none", "the forger's honest copy is accepted", ""),
                a("takeOverChild", "another village's child under the sender's area",
                  "never changes its village"),
                a("otherArea", "another village's child in its own area", "outside the area"),
                a("auditOther", "audit entry about another village's child", "does not lie in"),
                a("conflictOther", "conflict about another village's child", "does not lie in"),
                a("visitOther", "visit for another village's child", "refers in \"child_id\""),
                a("referralOther", "referral for another village's child", "refers in \"child_id\""),
                a("stepOther", "step of another village's referral", "refers in \"referral_id\""),
                a("agreementOther", "agreement for another village's child", "refers in \"child_id\""),
                a("attachmentOther", "attachment to another village's agreement", "refers in \"owner_id\""),
                a("personOther", "person moved to another village's child", "refers in \"child_id\""),
                a("danglingReference", "a reference to no record", "refers in \"child_id\""),
                a("auditHuge", "oversized audit value", "larger than any record"),
                a("auditLong", "audit value longer than the field", "at most 50 characters"),
                a("bigFrame", "a frame larger than any item", "contents are damaged", false),
                a("frameBomb", "frames beyond the announced size", "larger than its header announces", false),
                a("badId", "an id that is no UUID", "not a record id"),
                a("upperId", "an upper-case UUID", "not a record id"),
                a("numberForText", "a number for a text field", "must be text"),
                a("textForBool", "text for a yes/no field", "number 0 or 1"),
                a("keyTwice", "a key twice in a record", "contents are damaged"),
                a("valueTwice", "a key twice in the values", "contents are damaged"),
                a("unknownKey", "an unknown key", "keys the format does not know"),
                a("wideScope", "scope wider than allowed", "claims to hold the records", false),
                a("wrongCounts", "counts that do not match", "how many items", false),
                a("fewerCounts", "counts that leave items out", "how many items", false),
                a("senderArea", "a header that lies about the sender", "was enrolled here as", false),
                a("randomPersonId", "a person whose id is not its slot's", "older version"),
                a("participantOther", "another village's child in the sender's activity",
                  "refers in \"child_id\""),
                a("randomParticipantId", "a participant whose id is not its pair's",
                  "this child's part in this activity"),
                a("spotCheckFromVillage", "a spot check written by a village", "village station may not"),
                a("auditSpotCheck", "audit entry about a spot check, from a village",
                  "village station may not"),
                a("conflictSpotCheck", "conflict about a spot check, from a village",
                  "village station may not"),
                a("recordTwice", "a record twice", "appears in it twice"),
                a("foreignReceipt", "a receipt for another station", "not a receipt for this station"),
                a("badClock", "a clock that is not a stamp", "values and clocks do not match"),
                a("noEnd", "no end item", "contents are damaged"),
            };
        }();
        return attacks;
    }

    SyncAttacks(const Clock& clock, const FuzzWorld::Records& records)
        : m_clock(clock)
        , m_r(records)
    {}

    // Changes the honest package `f` into the attack; `recount` and `end` tell PackageForger::write whether
    // the counts follow the items and whether the end item is written. False when the package lacks what the
    // attack needs.
    bool forge(const QString& attack, PackageForger& f, bool& recount, bool& end) const
    {
        recount = true;
        end = true;
        const QString area = TestDatabase::kVillage;
        const int child = indexOfRecord(f, QStringLiteral("child"), m_r.v1Child);
        if (child < 0)
            return false;
        const QString uuid = RecordWriter::newId();
        const auto add = [&f](const QByteArray& item) { f.items.prepend(item); };
        if (attack == QLatin1String("takeOverChild")) {
            setKey(f, child, QStringLiteral("id"), m_r.v2Child);
            setValue(f, child, QStringLiteral("name"), QStringLiteral("被改的名字"));
            // Nothing else refers to the taken child (from the last, so that the indexes stay right).
            for (const QString& entity : {QStringLiteral("person"), QStringLiteral("visit")}) {
                const QList<int> found = f.find(QStringLiteral("record"), entity);
                for (auto i = found.crbegin(); i != found.crend(); ++i)
                    f.items.removeAt(*i);
            }
        } else if (attack == QLatin1String("otherArea")) {
            setKey(f, child, QStringLiteral("id"), m_r.v2Child);
            setKey(f, child, QStringLiteral("area_code"), TestDatabase::kOtherVillage);
        } else if (attack == QLatin1String("auditOther")) {
            f.items << auditAbout(QStringLiteral("child"), m_r.v2Child, QStringLiteral("name"),
                                  QStringLiteral("赵小二"), QStringLiteral("被改的名字"));
        } else if (attack == QLatin1String("conflictOther")) {
            f.items << conflictAbout(QStringLiteral("child"), m_r.v2Child, QStringLiteral("name"),
                                     QStringLiteral("被改的名字"));
        } else if (attack == QLatin1String("visitOther")) {
            add(record(QStringLiteral("visit"), uuid, area,
                       QCborMap::fromVariantMap(FuzzWorld::visitOf(m_r.v2Child))));
        } else if (attack == QLatin1String("referralOther")) {
            add(record(QStringLiteral("referral"), uuid, area,
                       {{QStringLiteral("child_id"), m_r.v2Child},
                        {QStringLiteral("kind"), QStringLiteral("police_report")},
                        {QStringLiteral("opened_on"), QStringLiteral("2026-11-27")},
                        {QStringLiteral("due_date"), QStringLiteral("2026-11-28")},
                        {QStringLiteral("status"), QStringLiteral("closed")}}));
        } else if (attack == QLatin1String("stepOther")) {
            add(record(QStringLiteral("referral_step"), uuid, area,
                       {{QStringLiteral("referral_id"), m_r.v2Referral},
                        {QStringLiteral("child_id"), m_r.v1Child},
                        {QStringLiteral("step_date"), QStringLiteral("2026-11-28")},
                        {QStringLiteral("action"), QStringLiteral("closed")}}));
        } else if (attack == QLatin1String("agreementOther")) {
            add(record(QStringLiteral("agreement"), uuid, area,
                       {{QStringLiteral("child_id"), m_r.v2Child},
                        {QStringLiteral("status"), QStringLiteral("draft")},
                        {QStringLiteral("caregiver_name"), QStringLiteral("小偷")}}));
        } else if (attack == QLatin1String("attachmentOther")) {
            add(record(QStringLiteral("attachment"), uuid, area,
                       {{QStringLiteral("owner_id"), m_r.v2Agreement},
                        {QStringLiteral("file_name"), QStringLiteral("a.png")},
                        {QStringLiteral("mime_type"), QStringLiteral("image/png")},
                        {QStringLiteral("data"), QStringLiteral("iVBORw0KGgo=")}}));
        } else if (attack == QLatin1String("personOther")) {
            add(record(QStringLiteral("person"),
                       RecordIdentity::personId(m_r.v2Child, QStringLiteral("caregiver")), area,
                       {{QStringLiteral("child_id"), m_r.v2Child},
                        {QStringLiteral("relation"), QStringLiteral("caregiver")},
                        {QStringLiteral("name"), QStringLiteral("小偷")}}));
        } else if (attack == QLatin1String("danglingReference")) {
            add(record(QStringLiteral("visit"), uuid, area,
                       QCborMap::fromVariantMap(FuzzWorld::visitOf(RecordWriter::newId()))));
        } else if (attack == QLatin1String("auditHuge")) {
            f.items << auditAbout(QStringLiteral("child"), m_r.v1Child, QStringLiteral("notes"),
                                  QCborValue(QCborValue::Null), QString(100000, QLatin1Char('x')));
        } else if (attack == QLatin1String("auditLong")) {
            f.items << auditAbout(QStringLiteral("child"), m_r.v1Child, QStringLiteral("name"),
                                  QCborValue(QCborValue::Null), QString(51, QChar(0x738b)));
        } else if (attack == QLatin1String("bigFrame")) {
            f.items << QByteArray(15 * 1024 * 1024, 'a');
        } else if (attack == QLatin1String("frameBomb")) {
            // A package that announces only its receipt, then frames of almost 2 MiB (each within the frame
            // limit): the reader stops inflating at the budget of what was announced, at the first frame.
            const QList<int> receipts = f.find(QStringLiteral("receipt"));
            if (receipts.isEmpty())
                return false;
            const QByteArray receipt = f.items.at(receipts.first());
            f.items = {receipt};
            f.recount();
            recount = false;
            for (int i = 0; i < 20; ++i)
                f.items << QByteArray(1900 * 1024, 'a');
        } else if (attack == QLatin1String("badId")) {
            setKey(f, child, QStringLiteral("id"), QStringLiteral("child-1; DROP TABLE child"));
        } else if (attack == QLatin1String("upperId")) {
            setKey(f, child, QStringLiteral("id"), m_r.v1Child.toUpper());
        } else if (attack == QLatin1String("numberForText")) {
            setValue(f, child, QStringLiteral("name"), 12345);
        } else if (attack == QLatin1String("textForBool")) {
            QCborMap m = PackageForger::map(f.items.at(child));
            QCborMap values = m.value(QStringLiteral("values")).toMap();
            values.insert(QStringLiteral("boarding"), QStringLiteral("1"));
            m.insert(QStringLiteral("values"), values);
            m.insert(QStringLiteral("clocks"),
                     QString(m.value(QStringLiteral("clocks")).toString() + QLatin1Char(';') +
                             QString::number(v1Stamp(9).hlc) + QStringLiteral("@") + FuzzWorld::kV1 +
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
            if (person < 0)
                return false;
            setKey(f, person, QStringLiteral("id"), uuid);
        } else if (attack == QLatin1String("participantOther") ||
                   attack == QLatin1String("randomParticipantId")) {
            // An activity of the sender's village, and in it another village's child (with the pair's id),
            // or the sender's own child under a random id.
            const bool other = attack == QLatin1String("participantOther");
            const QString child = other ? m_r.v2Child : m_r.v1Child;
            add(record(QStringLiteral("activity_participant"),
                       other ? RecordIdentity::participantId(uuid, child) : RecordWriter::newId(), area,
                       {{QStringLiteral("activity_id"), uuid},
                        {QStringLiteral("child_id"), child},
                        {QStringLiteral("child_took_part"), 1}}));
            add(record(QStringLiteral("activity"), uuid, area,
                       {{QStringLiteral("activity_date"), QStringLiteral("2026-11-27")},
                        {QStringLiteral("kind"), QStringLiteral("policy_talk")},
                        {QStringLiteral("topic"), QStringLiteral("政策宣讲进村")}}));
        } else if (attack == QLatin1String("spotCheckFromVillage") ||
                   attack == QLatin1String("auditSpotCheck") ||
                   attack == QLatin1String("conflictSpotCheck")) {
            // A village marking its own child's record verified: only an office may (SenderScope), even in
            // the sender's own area and about its own child.
            if (attack == QLatin1String("spotCheckFromVillage"))
                add(record(QStringLiteral("spot_check"), uuid, area,
                           {{QStringLiteral("child_id"), m_r.v1Child},
                            {QStringLiteral("sample_date"), QStringLiteral("2026-11-27")},
                            {QStringLiteral("period"), QStringLiteral("day")},
                            {QStringLiteral("result"), QStringLiteral("verified")}}));
            else if (attack == QLatin1String("auditSpotCheck"))
                add(auditAbout(QStringLiteral("spot_check"), uuid, QStringLiteral("result"),
                               QStringLiteral("problem"), QStringLiteral("verified")));
            else
                add(conflictAbout(QStringLiteral("spot_check"), uuid, QStringLiteral("result"),
                                  QStringLiteral("verified")));
        } else if (attack == QLatin1String("recordTwice")) {
            f.items << f.items.at(child);
        } else if (attack == QLatin1String("foreignReceipt")) {
            const QList<int> receipts = f.find(QStringLiteral("receipt"));
            if (receipts.size() != 1)
                return false;
            setKey(f, receipts.first(), QStringLiteral("station"), FuzzWorld::kV2);
        } else if (attack == QLatin1String("badClock")) {
            setKey(f, child, QStringLiteral("clocks"), QStringLiteral("1@x:name"));
        } else if (attack == QLatin1String("noEnd")) {
            end = false;
        } else if (attack != QLatin1String("none")) {
            return false;
        }
        return true;
    }

private:
    Stamp v1Stamp(int counter = 7) const { return {Stamp::make(m_clock.nowMs(), counter), FuzzWorld::kV1}; }

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
        m.insert(QStringLiteral("created_by"), FuzzWorld::kV1);
        m.insert(QStringLiteral("updated_at"), QStringLiteral("2026-11-28T10:00:00.000"));
        m.insert(QStringLiteral("updated_by"), FuzzWorld::kV1);
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
        m.insert(QStringLiteral("station_id"), FuzzWorld::kV1);
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
        m.insert(QStringLiteral("station_id"), FuzzWorld::kV1);
        m.insert(QStringLiteral("winner_hlc"), v1Stamp(4).hlc);
        m.insert(QStringLiteral("winner_station"), FuzzWorld::kV1);
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

    static int indexOfRecord(const PackageForger& f, const QString& entity, const QString& id = {})
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

    const Clock& m_clock;
    FuzzWorld::Records m_r;
};
