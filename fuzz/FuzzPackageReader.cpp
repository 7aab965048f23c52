// libFuzzer target for the sync package reader: any bytes, read by the township of the fuzz world
// (tests/support/FuzzWorld.h: two villages and their township, keys from fixed seeds, a fixed clock, the
// records of world.shpkg), must be refused in one sentence or imported, never crash, leak or hang.
//
// Two kinds of input (tests/fuzz-corpus/package-reader/ holds both):
// - a package file (it starts with the magic "SHOUHUPK", as the .shpkg files do): read as it is (the
// signature
//   check, and everything behind it when the bytes are a validly signed package of the world, as every
//   stored .shpkg is), then signed again with the key of the village its header names (the first village
//   when it names none), so that mutated bytes get past the signature to the header checks and the sealed
//   key;
// - anything else (the .items files): the decompressed payload itself, framed items of CBOR, damaged or not.
//   It is deflated, encrypted to the township and signed by the first village under the header of
//   honest.shpkg, with the counts of the items it frames, so that mutations reach the framing, the strict
//   CBOR reading, the checks of every item and the merge (a mutated .shpkg fails at the payload's MAC).
// An import that succeeds is undone (the township's database is put back as it was), so that every input
// meets the same township and a crash replays alone.
#include "FuzzWorld.h"
#include "PackageForger.h"
#include "sync/Crypto.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFile>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {

struct State
{
    QTemporaryDir dir;
    std::unique_ptr<FuzzWorld::World> world;
    StationKeys v1, v2;   // the villages' seeded keys, to sign mutated bytes again
    PackageHeader honest; // the header of honest.shpkg, for payloads
    QString pristine;     // the township's database file after world.shpkg
    QString input;
};

[[noreturn]] void fail(const char* why)
{
    std::fprintf(stderr, "fuzz world: %s\n", why);
    std::abort();
}

// Puts the township's database back as it was after world.shpkg.
void resetTownship(State& s)
{
    SyncStations::Station& t = *s.world->t;
    const QString live = t.db->path();
    t.db.reset();
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(live + QLatin1String(suffix));
    if (!QFile::copy(s.pristine, live))
        fail("cannot copy the township's database");
    Result<std::unique_ptr<CaseDatabase>> db = CaseDatabase::open(live, s.world->clock);
    if (!db)
        fail("cannot open the township's database again");
    t.db = std::move(db.value());
}

State& state()
{
    static State* s = [] {
        static int argc = 1;
        static char name[] = "fuzz_package_reader";
        static char* argv[] = {name, nullptr};
        new QCoreApplication(argc, argv);
        if (!Crypto::initialize())
            fail("libsodium did not start");
        auto* s = new State;
        const QString world = s->dir.filePath(QStringLiteral("world.shpkg"));
        if (!QFile::copy(QStringLiteral(":/fuzz/world.shpkg"), world))
            fail("world.shpkg is not built in");
        s->world = FuzzWorld::withRecords(world);
        if (!s->world)
            fail("the township could not be made");
        QFile honest(QStringLiteral(":/fuzz/honest.shpkg"));
        if (!honest.open(QIODevice::ReadOnly))
            fail("honest.shpkg is not built in");
        Result<PackageHeader> header = PackageHeader::read(&honest);
        if (!header)
            fail("honest.shpkg has no header");
        s->honest = header.value();
        s->v1 = FuzzWorld::seededKeys(FuzzWorld::kV1);
        s->v2 = FuzzWorld::seededKeys(FuzzWorld::kV2);
        // Closing the database writes everything into its file (no WAL left), which is then the pristine
        // copy.
        SyncStations::Station& t = *s->world->t;
        const QString live = t.db->path();
        t.db.reset();
        s->pristine = s->dir.filePath(QStringLiteral("township.sqlite"));
        if (!QFile::copy(live, s->pristine))
            fail("cannot copy the township's database");
        t.db = std::move(CaseDatabase::open(live, s->world->clock).value());
        s->input = s->dir.filePath(QStringLiteral("input.shpkg"));
        return s;
    }();
    return *s;
}

void read(State& s, const QByteArray& bytes)
{
    QFile f(s.input);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(bytes) != bytes.size())
        fail("cannot write the input");
    f.close();
    SyncStations::Station& t = *s.world->t;
    (void)PackageReader::inspect(s.input);
    (void)PackageReader::previousImport(*t.db, s.input);
    Result<ImportReport> r = PackageReader::import(*t.db, *t.keys, s.input);
    if (r && !r->alreadyImported)
        resetTownship(s);
}

// The bytes signed again by the village the header names; empty when they are too short to hold a signature.
QByteArray resigned(const State& s, QByteArray bytes)
{
    if (bytes.size() <= PackageHeader::SignatureBytes)
        return {};
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    Result<PackageHeader> header = PackageHeader::read(&buffer);
    buffer.close();
    const StationKeys& sender = header && header->sender == FuzzWorld::kV2 ? s.v2 : s.v1;
    bytes.chop(PackageHeader::SignatureBytes);
    Signer::Stream signer;
    signer.update(bytes);
    return bytes + signer.sign(sender.sign.secretKey);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    State& s = state();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    if (!bytes.startsWith(QByteArrayView(PackageHeader::Magic, PackageHeader::MagicBytes))) {
        read(s, PackageForger::fromPlain(s.honest, bytes, s.v1, s.world->t->keys->enc.publicKey));
        return 0;
    }
    read(s, bytes);
    const QByteArray again = resigned(s, bytes);
    if (!again.isEmpty() && again != bytes)
        read(s, again);
    return 0;
}
