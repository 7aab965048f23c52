// libFuzzer target for the sync package reader: any bytes, read as a package by a township that has
// enrolled the (fixed) sender, must be refused in one sentence or imported, never crash or hang.
// The signature check guards the payload, so a second mode (first byte odd) re-signs the mutated
// bytes with the sender's key to reach the decryption, decompression and CBOR parsing code as well.
#include "demo/DemoGenerator.h"
#include "storage/CaseDatabase.h"
#include "sync/PackageHeader.h"
#include "sync/PackageReader.h"
#include "sync/PackageWriter.h"
#include "sync/Signer.h"
#include "sync/StationIdentity.h"
#include "sync/TrustStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

namespace {
const QString kPass = QStringLiteral("fuzzing passphrase");
const QString kVillage = QStringLiteral("1111111111111111");
const QString kTownship = QStringLiteral("2222222222222222");

struct World
{
    QTemporaryDir dir;
    std::unique_ptr<CaseDatabase> township;
    std::optional<StationKeys> townshipKeys;
    std::optional<StationKeys> villageKeys;
};

std::unique_ptr<CaseDatabase> station(const QString& path, const StationInfo& info)
{
    auto db = std::move(CaseDatabase::open(path).value());
    if (!StationIdentity::hasKeys(*db)) {
        (void)db->initStation(info);
        (void)StationIdentity::create(*db, kPass, KeyStore::Strength::Minimum);
    }
    return db;
}

// The two stations live in SHOUHU_FUZZ_WORLD when it is set (made on the first run, with a valid package
// seed.shpkg from the village to the township for the corpus), else in a temporary folder. Each run
// imports into a copy of the township, so the world stays as it was made and the seed stays importable.
World& world()
{
    static World* w = [] {
        static int argc = 1;
        static char name[] = "fuzz";
        static char* argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
        auto* w = new World;
        const QString env = qEnvironmentVariable("SHOUHU_FUZZ_WORLD");
        const QDir home(env.isEmpty() ? w->dir.path() : env);
        home.mkpath(QStringLiteral("."));
        {
            auto village = station(home.filePath(QStringLiteral("v.db")),
                                   {kVillage, QStringLiteral("village"), QStringLiteral("441523101201"),
                                    QStringLiteral("V"), QStringLiteral("fuzz")});
            auto township = station(home.filePath(QStringLiteral("t.db")),
                                    {kTownship, QStringLiteral("township"), QStringLiteral("441523101000"),
                                     QStringLiteral("T"), QStringLiteral("fuzz")});
            w->villageKeys = std::move(StationIdentity::unlock(*village, kPass).value());
            const QString seed = home.filePath(QStringLiteral("seed.shpkg"));
            if (!QFile::exists(seed)) {
                Result<StationCard> card = StationIdentity::signedCard(*village, *w->villageKeys);
                (void)TrustStore(*township).enrol(card.value(), card->fingerprint());
                Result<StationCard> back =
                    StationIdentity::signedCard(*township, StationIdentity::unlock(*township, kPass).value());
                (void)TrustStore(*village).enrol(back.value(), back->fingerprint());
                DemoGenerator::Options demo;
                demo.children = 2;
                if (Result<int> made = DemoGenerator::generate(*village, demo); !made)
                    qWarning() << made.error();
                PackageWriter::Options o;
                o.recipient = kTownship;
                o.path = seed;
                o.full = true;
                (void)PackageWriter::write(*village, *w->villageKeys, o);
            }
        }
        const QString copy = w->dir.filePath(QStringLiteral("t-run.db"));
        QFile::copy(home.filePath(QStringLiteral("t.db")), copy);
        w->township = std::move(CaseDatabase::open(copy).value());
        w->townshipKeys = std::move(StationIdentity::unlock(*w->township, kPass).value());
        return w;
    }();
    return *w;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    World& w = world();
    QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (size > 0 && (data[0] & 1) && bytes.size() > PackageHeader::SignatureBytes) {
        bytes.chop(PackageHeader::SignatureBytes);
        Signer::Stream s;
        s.update(bytes);
        bytes += s.sign(w.villageKeys->sign.secretKey);
    }
    const QString path = w.dir.filePath(QStringLiteral("input.shpkg"));
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return 0;
    f.write(bytes);
    f.close();
    (void)PackageReader::inspect(path);
    (void)PackageReader::import(*w.township, *w.townshipKeys, path);
    return 0;
}
