// The record types added after the sync layer (visits, referrals and their steps, care agreements and their
// attachments) travel through it like the register itself: a village's records arrive at the township with
// the same values and clocks, importing again changes nothing, and a referral closed at the township comes
// back down to the village.
#include "AgreementFixtures.h"
#include "TestDatabase.h"
#include "storage/AttachmentStore.h"
#include "storage/EntitySchema.h"
#include "storage/ReferralRepository.h"
#include "storage/VisitRepository.h"
#include "sync/Crypto.h"
#include "sync/PackageReader.h"
#include "sync/PackageWriter.h"
#include "sync/StationIdentity.h"
#include "sync/TrustStore.h"

#include <QImage>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

class TestSyncNewRecords final : public QObject
{
    Q_OBJECT

    struct Station
    {
        std::unique_ptr<FixedClock> clock;
        QTemporaryDir dir;
        std::unique_ptr<CaseDatabase> db;
        std::optional<StationKeys> keys;
    };

    static inline const QStringList kTables{QStringLiteral("visit"), QStringLiteral("referral"),
                                            QStringLiteral("referral_step"), QStringLiteral("agreement"),
                                            QStringLiteral("attachment")};

    Station m_village;
    Station m_township;
    int m_files = 0;
    QString m_child;
    QString m_referral;
    QString m_agreement;

    static void setUp(Station& s, const QString& area, const QString& role, const QString& id)
    {
        s.clock = std::make_unique<FixedClock>(QDateTime(QDate(2024, 6, 3), QTime(9, 0)));
        s.db = TestDatabase::open(s.dir, *s.clock, area, role, id);
        QVERIFY(s.db);
        const Status created =
            StationIdentity::create(*s.db, QStringLiteral("sync test pass"), KeyStore::Strength::Minimum);
        QVERIFY2(created.ok(), qPrintable(created.error()));
        s.keys = std::move(StationIdentity::unlock(*s.db, QStringLiteral("sync test pass")).value());
    }
    static void enrol(Station& at, Station& other)
    {
        Result<StationCard> card = StationIdentity::signedCard(*other.db, *other.keys);
        QVERIFY(card.ok());
        Result<Peer> p = TrustStore(*at.db).enrol(card.value(), card->fingerprint());
        QVERIFY2(p.ok(), qPrintable(p.error()));
    }
    QString send(Station& from, Station& to, bool full = false)
    {
        PackageWriter::Options o;
        o.recipient = to.db->station()->id;
        o.path = from.dir.filePath(QStringLiteral("p%1.shpkg").arg(++m_files));
        o.full = full;
        Result<PackageHeader> h = PackageWriter::write(*from.db, *from.keys, o);
        if (!h)
            qWarning() << h.error();
        return h ? o.path : QString();
    }
    static Result<ImportReport> receive(Station& to, const QString& path)
    {
        return PackageReader::import(*to.db, *to.keys, path);
    }
    // Every synced column (the schema's fields, id, area, who created it and the field clocks) of every row
    // of the new record types, as one comparable text; the local sequence number is left out.
    static QString snapshot(CaseDatabase& db)
    {
        QString out;
        for (const QString& table : kTables) {
            const EntitySchema* schema = EntitySchema::byTable(table);
            QStringList columns{QStringLiteral("id"), QStringLiteral("area_code"),
                                QStringLiteral("created_at"), QStringLiteral("created_by"),
                                QStringLiteral("clocks")};
            columns += schema->fieldNames();
            QSqlQuery q(db.sql());
            if (!q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY id")
                            .arg(columns.join(QLatin1Char(',')), table)))
                return QStringLiteral("error: ") + table;
            while (q.next()) {
                out += table;
                for (int i = 0; i < columns.size(); ++i)
                    out += QLatin1Char('|') + q.value(i).toString();
                out += QLatin1Char('\n');
            }
        }
        return out;
    }
    static int count(CaseDatabase& db, const QString& table)
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT count(*) FROM ") + table);
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(Crypto::initialize().ok());
        setUp(m_village, TestDatabase::kVillage, QStringLiteral("village"),
              QStringLiteral("00000000000000a1"));
        setUp(m_township, TestDatabase::kTownship, QStringLiteral("township"),
              QStringLiteral("00000000000000b1"));
        enrol(m_village, m_township);
        enrol(m_township, m_village);
    }

    void villageRecordsArriveAtTheTownship()
    {
        CaseDatabase& db = *m_village.db;
        Result<QString> child = CaseRepository(db).create(AgreementFixtures::childWithGuardian(
            QStringLiteral("王小明"), QDate(2012, 3, 5), 13, m_village.clock->today()));
        QVERIFY2(child.ok(), qPrintable(child.error()));
        m_child = child.value();
        // A visit finds the child out of school: it opens a dropout referral with its first step.
        Visit v;
        v.childId = m_child;
        v.values = {{QStringLiteral("kind"), QStringLiteral("monthly")},
                    {QStringLiteral("visit_date"), QStringLiteral("2024-06-01")},
                    {QStringLiteral("visitor"), QStringLiteral("陈丽")},
                    {QStringLiteral("schooling"), QStringLiteral("dropped_out")},
                    {QStringLiteral("notes"), QStringLiteral("两周未到校")}};
        Result<VisitSaved> saved = VisitRepository(db).save(v);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(saved->referrals.size(), 1);
        m_referral = saved->referrals.first().referralId;
        ReferralUpdate notified;
        notified.action = QStringLiteral("guardian_notified");
        notified.note = QStringLiteral("已电话告知父亲");
        QVERIFY(ReferralRepository(db).update(m_referral, notified).ok());
        // An agreement drawn up, printed, signed, with a photo of the signed paper.
        Result<QString> a =
            AgreementFixtures::addAgreement(db, m_child, QDate(2024, 6, 1), QDate(2025, 5, 31));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        m_agreement = a.value();
        AgreementRepository agreements(db);
        QVERIFY(agreements.markPrinted({m_agreement}).ok());
        const Status signedNow = agreements.sign(m_agreement, QDate(2024, 6, 3), QStringLiteral("李主任"));
        QVERIFY2(signedNow.ok(), qPrintable(signedNow.error()));
        QImage photo(40, 30, QImage::Format_RGB32);
        photo.fill(Qt::darkCyan);
        const QString photoPath = m_village.dir.filePath(QStringLiteral("signed.png"));
        QVERIFY(photo.save(photoPath));
        Result<QString> scan = AttachmentStore(db).add(m_agreement, TestDatabase::kVillage, photoPath);
        QVERIFY2(scan.ok(), qPrintable(scan.error()));
        for (const QString& table : kTables)
            QVERIFY2(count(db, table) >= 1, qPrintable(table));

        const QString package = send(m_village, m_township);
        QVERIFY(!package.isEmpty());
        Result<ImportReport> r = receive(m_township, package);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        for (const QString& table : kTables)
            QVERIFY2(r->perEntity.value(table).added >= 1, qPrintable(table));
        const QString expected = snapshot(db);
        QCOMPARE(snapshot(*m_township.db), expected);

        // Read back through the repositories at the township: the same records.
        Result<Referral> referral = ReferralRepository(*m_township.db).load(m_referral);
        QVERIFY2(referral.ok(), qPrintable(referral.error()));
        QCOMPARE(referral->kind(), QStringLiteral("dropout"));
        QCOMPARE(referral->steps.size(), 2);
        QCOMPARE(referral->steps.last().note, QStringLiteral("已电话告知父亲"));
        Result<CareAgreement> agreement = AgreementRepository(*m_township.db).load(m_agreement);
        QVERIFY(agreement.ok());
        QCOMPARE(agreement->state(m_township.clock->today()), CareAgreement::State::Signed);
        QCOMPARE(agreement->text(QStringLiteral("witness")), QStringLiteral("李主任"));
        Result<QList<AttachmentStore::Info>> scans = AttachmentStore(*m_township.db).list(m_agreement);
        QVERIFY(scans.ok());
        QCOMPARE(scans->size(), 1);
        QCOMPARE(AttachmentStore(*m_township.db).data(scan.value()).value(),
                 AttachmentStore(db).data(scan.value()).value());
        QCOMPARE(VisitRepository(*m_township.db).load(saved->visitId)->text(QStringLiteral("notes")),
                 QStringLiteral("两周未到校"));

        // The same package again, and everything again in a full package: nothing changes.
        r = receive(m_township, package);
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(r->alreadyImported);
        QCOMPARE(snapshot(*m_township.db), expected);
        r = receive(m_township, send(m_village, m_township, true));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->total.added, 0);
        QCOMPARE(r->total.updated, 0);
        QCOMPARE(r->total.conflicts, 0);
        QCOMPARE(snapshot(*m_township.db), expected);
    }

    void referralClosedAtTheTownshipComesBack()
    {
        m_township.clock->advanceMs(3600 * 1000);
        ReferralRepository township(*m_township.db);
        Status closed = township.close(m_referral, QStringLiteral("已返校就读"), QDate(2024, 6, 3),
                                       QStringLiteral("镇教办"));
        QVERIFY2(closed.ok(), qPrintable(closed.error()));
        Result<ImportReport> r = receive(m_village, send(m_township, m_village));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QVERIFY(r->perEntity.value(QStringLiteral("referral")).updated >= 1);
        Result<Referral> back = ReferralRepository(*m_village.db).load(m_referral);
        QVERIFY(back.ok());
        QVERIFY(!back->isOpen());
        QCOMPARE(back->text(QStringLiteral("outcome")), QStringLiteral("已返校就读"));
        QCOMPARE(back->steps.size(), township.load(m_referral)->steps.size());
        QCOMPARE(snapshot(*m_village.db), snapshot(*m_township.db));
        // And up again: nothing new for the township.
        r = receive(m_township, send(m_village, m_township, true));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->total.updated, 0);
        QCOMPARE(r->total.added, 0);
    }
};

QTEST_GUILESS_MAIN(TestSyncNewRecords)
#include "TestSyncNewRecords.moc"
