// libFuzzer target for the sync package reader: any bytes, read as a package by a township that has
// enrolled the (fixed) sender, must be refused in one sentence or imported, never crash or hang.
// The signature check guards the payload, so a second mode (first byte odd) re-signs the mutated
// bytes with the sender's key to reach the decryption, decompression and CBOR parsing code as well.
#include "storage/CaseDatabase.h"
#include "sync/PackageHeader.h"
#include "sync/PackageReader.h"
#include "sync/Signer.h"
#include "sync/StationIdentity.h"
#include "sync/TrustStore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <cstdint>

namespace {
struct World
{
    QTemporaryDir dir;
    std::unique_ptr<CaseDatabase> township;
    std::optional<StationKeys> townshipKeys;
    std::optional<StationKeys> villageKeys;
};

World& world()
{
    static World* w = [] {
        static int argc = 1;
        static char name[] = "fuzz";
        static char* argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
        auto* w = new World;
        const QString pass = QStringLiteral("fuzzing passphrase");
        auto village = std::move(CaseDatabase::open(w->dir.filePath(QStringLiteral("v.db"))).value());
        (void)village->initStation({QStringLiteral("1111111111111111"), QStringLiteral("village"),
                                    QStringLiteral("441523101201"), QStringLiteral("V")});
        (void)StationIdentity::create(*village, pass, KeyStore::Strength::Minimum);
        w->villageKeys = std::move(StationIdentity::unlock(*village, pass).value());
        w->township = std::move(CaseDatabase::open(w->dir.filePath(QStringLiteral("t.db"))).value());
        (void)w->township->initStation({QStringLiteral("2222222222222222"), QStringLiteral("township"),
                                        QStringLiteral("441523101000"), QStringLiteral("T")});
        (void)StationIdentity::create(*w->township, pass, KeyStore::Strength::Minimum);
        w->townshipKeys = std::move(StationIdentity::unlock(*w->township, pass).value());
        Result<StationCard> card = StationIdentity::signedCard(*village, *w->villageKeys);
        (void)TrustStore(*w->township).enrol(card.value(), card->fingerprint());
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
