#include "SyncAttacks.h"
#include "TestSupport.h"
#include "sync/Crypto.h"

#include <QDir>
#include <QTest>
#include <QtEndian>

using namespace SyncStations;

// The package reader's fuzz corpus (tests/fuzz-corpus/package-reader/), made and checked. Every stored file
// is read by a township of the fuzz world made afresh, as fuzz_package_reader makes it (FuzzWorld: keys from
// fixed seeds, a fixed clock, the records of world.shpkg), and gives the answer it was made for: the honest
// packages are imported, each hostile one is refused with its sentence and changes nothing. So the stored
// packages verify and decrypt in every run, and a format change that leaves the corpus behind fails here.
// The .items files are payloads (framed CBOR items), read as the fuzz target reads them: packaged under the
// header of honest.shpkg and signed by the first village.
//
// After such a change, make the corpus again (the test `regenerate` is skipped otherwise):
//   SHOUHU_REGENERATE_FUZZ_CORPUS=1 build/tests/TestFuzzCorpus regenerate
class TestFuzzCorpus final : public QObject
{
    Q_OBJECT

    static inline const QString kV3 = QStringLiteral("4444444444444444");

    struct Expected
    {
        QString file;
        QString expected; // part of the refusal; empty: imported; kAlready: imported before
    };
    static inline const QString kAlready = QStringLiteral("(imported already)");

    static QString corpusDir()
    {
        return QDir::cleanPath(TestSupport::fixturesDir() + QStringLiteral("/../fuzz-corpus/package-reader"));
    }

    static QList<Expected> expectations()
    {
        QList<Expected> out{
            {QStringLiteral("world.shpkg"), kAlready},
            {QStringLiteral("honest.shpkg"), QString()},
            {QStringLiteral("tampered-payload.shpkg"), QStringLiteral("signature is not valid")},
            {QStringLiteral("tampered-signature.shpkg"), QStringLiteral("signature is not valid")},
            {QStringLiteral("other-signature.shpkg"), QStringLiteral("signature is not valid")},
            {QStringLiteral("truncated.shpkg"), QStringLiteral("incomplete")},
            {QStringLiteral("not-a-package.shpkg"), QStringLiteral("not a Shouhu package")},
            {QStringLiteral("version-99.shpkg"), QStringLiteral("format version 99")},
            {QStringLiteral("wrong-recipient.shpkg"), QStringLiteral("addressed to another station")},
            {QStringLiteral("unknown-sender.shpkg"), QStringLiteral("not enrolled")},
        };
        out.append({QStringLiteral("honest.items"), QString()});
        for (const SyncAttacks::Attack& a : SyncAttacks::all()) {
            out.append({a.name + QStringLiteral(".shpkg"), a.expected});
            if (a.inItems)
                out.append({a.name + QStringLiteral(".items"), a.expected});
        }
        return out;
    }

    static QByteArray readAll(const QString& path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static bool writeAll(const QString& path, const QByteArray& bytes)
    {
        QFile f(path);
        return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
    }

    // The bytes with their signature made again by `sender` (after a change of the signed bytes).
    static QByteArray resigned(QByteArray bytes, const StationKeys& sender)
    {
        bytes.chop(PackageHeader::SignatureBytes);
        Signer::Stream s;
        s.update(bytes);
        return bytes + s.sign(sender.sign.secretKey);
    }

    std::unique_ptr<FuzzWorld::World> m_world; // refusals change nothing, so the rows share it
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(Crypto::initialize().ok()); }

    void regenerate()
    {
        if (qEnvironmentVariableIsEmpty("SHOUHU_REGENERATE_FUZZ_CORPUS"))
            QSKIP("Set SHOUHU_REGENERATE_FUZZ_CORPUS=1 to write the corpus into the source tree.");
        QDir out(corpusDir());
        QVERIFY(out.mkpath(QStringLiteral(".")));
        for (const QString& old :
             out.entryList({QStringLiteral("*.shpkg"), QStringLiteral("*.items")}, QDir::Files))
            QVERIFY(out.remove(old));
        std::unique_ptr<FuzzWorld::World> w = FuzzWorld::make();
        QVERIFY(w);
        QTemporaryDir tmp;
        const FuzzWorld::Records r = FuzzWorld::populate(*w, tmp.path());
        QVERIFY(!r.honest.isEmpty());
        const QByteArray world = readAll(r.worldPackage);
        const QByteArray honest = readAll(r.honest);
        const auto put = [&out](const char* name, const QByteArray& bytes) {
            return writeAll(out.filePath(QLatin1String(name)), bytes);
        };
        QVERIFY(put("world.shpkg", world) && put("honest.shpkg", honest));

        const QByteArray tEnc = TrustStore(*w->v1->db).find(FuzzWorld::kT)->encPublicKey;
        std::optional<PackageForger> opened = PackageForger::open(r.honest, *w->t->keys);
        QVERIFY(opened);
        QVERIFY(writeAll(out.filePath(QStringLiteral("honest.items")), opened->plain()));
        for (const SyncAttacks::Attack& a : SyncAttacks::all()) {
            std::optional<PackageForger> f = PackageForger::open(r.honest, *w->t->keys);
            QVERIFY(f);
            bool recount = true;
            bool end = true;
            QVERIFY2(SyncAttacks(w->clock, r).forge(a.name, *f, recount, end), qPrintable(a.name));
            QVERIFY(
                f->write(out.filePath(a.name + QStringLiteral(".shpkg")), *w->v1->keys, tEnc, recount, end));
            if (a.inItems)
                QVERIFY(writeAll(out.filePath(a.name + QStringLiteral(".items")), f->plain(end)));
        }

        // Copies of the imported world.shpkg, changed after signing.
        QByteArray b = world;
        b[b.size() - 100] = char(b.at(b.size() - 100) ^ 1);
        QVERIFY(put("tampered-payload.shpkg", b));
        b = world;
        b[b.size() - 1] = char(b.at(b.size() - 1) ^ 1);
        QVERIFY(put("tampered-signature.shpkg", b));
        QVERIFY(put("other-signature.shpkg", world.left(world.size() - PackageHeader::SignatureBytes) +
                                                 honest.right(PackageHeader::SignatureBytes)));
        QVERIFY(put("truncated.shpkg", honest.left(honest.size() / 2)));
        QVERIFY(put("not-a-package.shpkg", "This is not a Shouhu package.\n"));
        b = honest;
        qToBigEndian<quint16>(99, b.data() + PackageHeader::MagicBytes);
        QVERIFY(put("version-99.shpkg", resigned(b, *w->v1->keys)));

        std::optional<PackageForger> f = PackageForger::open(r.honest, *w->t->keys);
        QVERIFY(f);
        f->header.recipient = FuzzWorld::kV2;
        QVERIFY(f->write(out.filePath(QStringLiteral("wrong-recipient.shpkg")), *w->v1->keys, tEnc));

        // A third village that enrolled the township, and the township never enrolled it.
        std::unique_ptr<Station> v3 =
            FuzzWorld::station(w->clock, QStringLiteral("441523101203"), QStringLiteral("village"), kV3);
        QVERIFY(v3 && enrol(*v3, *w->t));
        QVERIFY(
            !addChild(*v3->db, QStringLiteral("钱小三"), 41, w->clock.today(), QStringLiteral("441523101203"))
                 .isEmpty());
        QVERIFY(
            !exportTo(*v3, FuzzWorld::kT, out.filePath(QStringLiteral("unknown-sender.shpkg"))).isEmpty());
    }

    void everyFileIsExpected()
    {
        QStringList expected;
        for (const Expected& e : expectations())
            expected << e.file;
        expected.sort();
        QStringList stored = QDir(corpusDir()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(stored, expected);
    }

    void packageCorpus_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        for (const Expected& e : expectations())
            QTest::newRow(qPrintable(e.file)) << e.file << e.expected;
    }

    void packageCorpus()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        const QString path = QDir(corpusDir()).filePath(file);
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const bool accepted = expected.isEmpty();
        if (!m_world || accepted)
            m_world = FuzzWorld::withRecords(QDir(corpusDir()).filePath(QStringLiteral("world.shpkg")));
        QVERIFY(m_world);
        Station& t = *m_world->t;
        const QByteArray before = state(*t.db);
        QString package = path;
        if (file.endsWith(QLatin1String(".items"))) {
            // As fuzz_package_reader reads a payload: under honest.shpkg's header, signed by the first
            // village.
            QFile honest(QDir(corpusDir()).filePath(QStringLiteral("honest.shpkg")));
            QVERIFY(honest.open(QIODevice::ReadOnly));
            Result<PackageHeader> header = PackageHeader::read(&honest);
            QVERIFY(header);
            package = m_dir.filePath(QStringLiteral("items.shpkg"));
            QVERIFY(writeAll(package, PackageForger::fromPlain(header.value(), readAll(path),
                                                               FuzzWorld::seededKeys(FuzzWorld::kV1),
                                                               t.keys->enc.publicKey)));
        }
        (void)PackageReader::inspect(package);
        Result<ImportReport> r = importInto(t, package);
        if (accepted) {
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QVERIFY(!r->alreadyImported);
            QVERIFY(r->total.added > 0);
            m_world.reset();
            return;
        }
        if (expected == kAlready) {
            QVERIFY2(r.ok(), qPrintable(r.error()));
            QVERIFY(r->alreadyImported);
        } else {
            QVERIFY2(!r.ok(), qPrintable(file));
            QVERIFY2(r.error().contains(expected), qPrintable(r.error()));
        }
        QCOMPARE(state(*t.db), before);
    }
};

QTEST_GUILESS_MAIN(TestFuzzCorpus)
#include "TestFuzzCorpus.moc"
