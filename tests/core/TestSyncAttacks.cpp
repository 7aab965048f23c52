#include "SyncAttacks.h"
#include "sync/Crypto.h"

#include <QTest>

using namespace SyncStations;

// A stolen village laptop: its key is valid and enrolled at the township, and every package it signs is
// hostile all the same. Each package here is written by PackageForger (an independent writer of
// docs/sync-format.md) and validly signed with the village's real key; the township must refuse each with
// its sentence and stay exactly as it was (a hash of every table). The first row proves the forger writes
// packages the township accepts, so every refusal is the importer's doing. The attacks (SyncAttacks) and
// the stations (FuzzWorld, keys from fixed seeds) are those of the package reader's fuzz corpus.
class TestSyncAttacks final : public QObject
{
    Q_OBJECT

    std::unique_ptr<FuzzWorld::World> m_world;
    FuzzWorld::Records m_records;
    std::unique_ptr<QTemporaryDir> m_dir;

    bool setUp()
    {
        m_world = FuzzWorld::make();
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_world || !m_dir->isValid())
            return false;
        m_records = FuzzWorld::populate(*m_world, m_dir->path());
        return !m_records.honest.isEmpty();
    }

private slots:
    void initTestCase() { QVERIFY(Crypto::initialize().ok()); }

    void hostilePackages_data()
    {
        QTest::addColumn<QString>("attack");
        QTest::addColumn<QString>("expected"); // empty: accepted
        for (const SyncAttacks::Attack& a : SyncAttacks::all())
            QTest::newRow(qPrintable(a.row)) << a.name << a.expected;
    }

    void hostilePackages()
    {
        QFETCH(QString, attack);
        QFETCH(QString, expected);
        QVERIFY(setUp());
        Station& v1 = *m_world->v1;
        Station& t = *m_world->t;
        std::optional<PackageForger> opened = PackageForger::open(m_records.honest, *t.keys);
        QVERIFY(opened);
        PackageForger& f = *opened;
        bool recount = true;
        bool end = true;
        QVERIFY(SyncAttacks(m_world->clock, m_records).forge(attack, f, recount, end));
        const QString forged = m_dir->filePath(QStringLiteral("forged.shpkg"));
        QVERIFY(
            f.write(forged, *v1.keys, TrustStore(*v1.db).find(FuzzWorld::kT)->encPublicKey, recount, end));
        const QByteArray before = state(*t.db);
        Result<ImportReport> r = importInto(t, forged);
        if (expected.isEmpty()) {
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QVERIFY(r->total.added > 0);
            QCOMPARE(CaseRepository(*t.db).load(m_records.v1Child)->text(QStringLiteral("name")),
                     QStringLiteral("王小明"));
            return;
        }
        QVERIFY2(!r.ok(), qPrintable(attack));
        QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
        QVERIFY(!r.error().contains(QLatin1Char('\n')));
        QCOMPARE(state(*t.db), before);
        QCOMPARE(CaseRepository(*t.db).load(m_records.v2Child)->text(QStringLiteral("name")),
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
        Station& v1 = *m_world->v1;
        Station& t = *m_world->t;
        QVERIFY(importInto(t, m_records.honest).ok());
        QVERIFY(PackageReader::previousImport(*t.db, m_records.honest).value()->alreadyImported);
        QFile in(m_records.honest);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray bytes = in.readAll();
        in.close();
        if (change == QLatin1String("payload")) {
            bytes[bytes.size() - 100] = char(bytes.at(bytes.size() - 100) ^ 1);
        } else if (change == QLatin1String("signature")) {
            bytes[bytes.size() - 1] = char(bytes.at(bytes.size() - 1) ^ 1);
        } else {
            const QString other = m_dir->filePath(QStringLiteral("other.shpkg"));
            QVERIFY(!exportTo(v1, FuzzWorld::kT, other, true).isEmpty());
            QFile o(other);
            QVERIFY(o.open(QIODevice::ReadOnly));
            bytes.chop(PackageHeader::SignatureBytes);
            bytes.append(o.readAll().right(PackageHeader::SignatureBytes));
        }
        const QString copy = m_dir->filePath(QStringLiteral("copy.shpkg"));
        QFile out(copy);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        out.close();
        const QByteArray before = state(*t.db);
        Result<std::optional<ImportReport>> previous = PackageReader::previousImport(*t.db, copy);
        QVERIFY(!previous.ok());
        QVERIFY2(previous.error().contains(QStringLiteral("signature is not valid")),
                 qPrintable(previous.error()));
        Result<ImportReport> r = importInto(t, copy);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QStringLiteral("signature is not valid")), qPrintable(r.error()));
        QCOMPARE(state(*t.db), before);
    }
};

QTEST_GUILESS_MAIN(TestSyncAttacks)
#include "TestSyncAttacks.moc"
