#pragma once

#include "SyncStations.h"
#include "storage/EntitySchema.h"
#include "storage/RecordWriter.h"
#include "sync/KeyStore.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QTimeZone>

#include <sodium.h>

// The fuzz world, for the fuzz targets and the sync tests only, never for the product: two villages and
// their township whose keys come from fixed seeds (libsodium's crypto_sign_seed_keypair, through
// Signer::fromSeed, and crypto_box_seed_keypair), on a fixed clock. A package stored in the repository
// (tests/fuzz-corpus/package-reader/) therefore verifies and decrypts in every run, on every machine.
//
// The township's records come from a stored package too (world.shpkg, from the second village: a child
// with a visit, a referral and an agreement), so that the hostile packages of the corpus meet the same
// records at every run as when they were made (TestFuzzCorpus makes them, see fuzz/README.md).
namespace FuzzWorld {

inline const QString kV1 = QStringLiteral("1111111111111111");
inline const QString kV2 = QStringLiteral("2222222222222222");
inline const QString kT = QStringLiteral("3333333333333333");

// 10:00 UTC on 28 Nov 2026, the same day in every time zone from UTC-10 to UTC+13.
inline QDateTime now()
{
    return QDateTime(QDate(2026, 11, 28), QTime(10, 0), QTimeZone::utc());
}

// The 32-byte seed of one key of one station: SHA-256 of a fixed text.
inline SecureBytes seed(const char* purpose, const QString& station)
{
    const QByteArray text = QByteArray("shouhu fuzz world ") + purpose + ' ' + station.toLatin1();
    return SecureBytes::fromBytes(QCryptographicHash::hash(text, QCryptographicHash::Sha256));
}

inline StationKeys seededKeys(const QString& station)
{
    StationKeys keys;
    keys.station = station;
    keys.sign = std::move(Signer::fromSeed(seed("sign", station)).value());
    keys.enc.publicKey = QByteArray(Sealer::PublicKeyBytes, '\0');
    keys.enc.secretKey = SecureBytes(Sealer::SecretKeyBytes);
    const SecureBytes encSeed = seed("enc", station);
    crypto_box_seed_keypair(reinterpret_cast<unsigned char*>(keys.enc.publicKey.data()),
                            keys.enc.secretKey.data(), encSeed.data());
    return keys;
}

// Replaces the station's random keys (StationIdentity::create) by its seeded ones, sealed as the key store
// seals them: the signing secret key, then the encryption secret key.
inline bool installSeededKeys(CaseDatabase& db)
{
    const StationKeys keys = seededKeys(db.station()->id);
    SecureBytes both(keys.sign.secretKey.size() + keys.enc.secretKey.size());
    std::copy_n(keys.sign.secretKey.data(), keys.sign.secretKey.size(), both.data());
    std::copy_n(keys.enc.secretKey.data(), keys.enc.secretKey.size(),
                both.data() + keys.sign.secretKey.size());
    Result<QByteArray> sealed = KeyStore::seal(both, SyncStations::kPass, KeyStore::Strength::Minimum);
    if (!sealed)
        return false;
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("UPDATE station_key SET sign_public = ?, enc_public = ?, sealed_secret = ?"));
    q.addBindValue(keys.sign.publicKey);
    q.addBindValue(keys.enc.publicKey);
    q.addBindValue(sealed.value());
    return q.exec() && q.numRowsAffected() == 1;
}

// A station of the world with its seeded keys, unlocked.
inline std::unique_ptr<SyncStations::Station> station(const Clock& clock, const QString& area,
                                                      const QString& role, const QString& id)
{
    std::unique_ptr<SyncStations::Station> s = SyncStations::make(clock, area, role, id);
    if (!s || !installSeededKeys(*s->db))
        return nullptr;
    Result<StationKeys> keys = StationIdentity::unlock(*s->db, SyncStations::kPass);
    if (!keys)
        return nullptr;
    s->keys = std::move(keys.value());
    return s;
}

struct World
{
    FixedClock clock{now()};
    std::unique_ptr<SyncStations::Station> v1, v2, t;
};

// The three stations, each village enrolled at the township and the township at each village, and nothing
// else: the township's records come from importing world.shpkg (or, when making the corpus, populate()).
inline std::unique_ptr<World> make()
{
    auto w = std::make_unique<World>();
    w->v1 = station(w->clock, TestDatabase::kVillage, QStringLiteral("village"), kV1);
    w->v2 = station(w->clock, TestDatabase::kOtherVillage, QStringLiteral("village"), kV2);
    w->t = station(w->clock, TestDatabase::kTownship, QStringLiteral("township"), kT);
    if (!w->v1 || !w->v2 || !w->t || !SyncStations::enrolBoth(*w->v1, *w->t) ||
        !SyncStations::enrolBoth(*w->v2, *w->t))
        return nullptr;
    return w;
}

// The world in which the stored corpus is read: the township has imported world.shpkg.
inline std::unique_ptr<World> withRecords(const QString& worldPackage)
{
    std::unique_ptr<World> w = make();
    if (!w)
        return nullptr;
    Result<ImportReport> r = SyncStations::importInto(*w->t, worldPackage);
    if (!r || r->alreadyImported) {
        qWarning() << "world.shpkg:" << (r ? QStringLiteral("imported already") : r.error());
        return nullptr;
    }
    return w;
}

// What populate() made: the records the hostile packages aim at, and the honest package they start from.
struct Records
{
    QString v1Child, v2Child, v2Agreement, v2Referral, v2Visit;
    QString worldPackage; // the second village's records, from it to the township
    QString honest;       // the first village's child and a visit, from it to the township
};

inline QString create(SyncStations::Station& s, const EntitySchema& schema, const QString& area,
                      const QVariantMap& values)
{
    Result<QString> id = RecordWriter(*s.db).create(schema, area, values);
    if (!id)
        qWarning() << id.error();
    return id.ok() ? id.value() : QString();
}

inline QVariantMap visitOf(const QString& child)
{
    return {{QStringLiteral("child_id"), child},
            {QStringLiteral("kind"), QStringLiteral("monthly")},
            {QStringLiteral("visit_date"), QStringLiteral("2026-11-27")},
            {QStringLiteral("visitor"), QStringLiteral("李主任")}};
}

// The second village's child, with a visit, a referral and an agreement, written into world.shpkg in `dir`
// and imported at the township; then the first village's child with a visit, exported to the township as
// honest.shpkg (not imported). Empty ids when something failed.
inline Records populate(World& w, const QString& dir)
{
    Records r;
    const QString area = TestDatabase::kOtherVillage;
    const QDate today = w.clock.today();
    r.v2Child = SyncStations::addChild(*w.v2->db, QStringLiteral("赵小二"), 31, today, area);
    r.v2Visit = create(*w.v2, EntitySchema::visit(), area, visitOf(r.v2Child));
    r.v2Referral = create(*w.v2, EntitySchema::referral(), area,
                          {{QStringLiteral("child_id"), r.v2Child},
                           {QStringLiteral("kind"), QStringLiteral("police_report")},
                           {QStringLiteral("opened_on"), QStringLiteral("2026-11-27")},
                           {QStringLiteral("due_date"), QStringLiteral("2026-11-28")},
                           {QStringLiteral("status"), QStringLiteral("open")}});
    r.v2Agreement = create(*w.v2, EntitySchema::agreement(), area,
                           {{QStringLiteral("child_id"), r.v2Child},
                            {QStringLiteral("status"), QStringLiteral("draft")},
                            {QStringLiteral("caregiver_name"), QStringLiteral("赵奶奶")}});
    r.worldPackage = dir + QStringLiteral("/world.shpkg");
    if (r.v2Child.isEmpty() || r.v2Visit.isEmpty() || r.v2Referral.isEmpty() || r.v2Agreement.isEmpty() ||
        SyncStations::exportTo(*w.v2, kT, r.worldPackage).isEmpty() ||
        !SyncStations::importInto(*w.t, r.worldPackage))
        return {};
    r.v1Child = SyncStations::addChild(*w.v1->db, QStringLiteral("王小明"), 13, today);
    if (r.v1Child.isEmpty() ||
        create(*w.v1, EntitySchema::visit(), TestDatabase::kVillage, visitOf(r.v1Child)).isEmpty())
        return {};
    r.honest = dir + QStringLiteral("/honest.shpkg");
    if (SyncStations::exportTo(*w.v1, kT, r.honest).isEmpty())
        return {};
    return r;
}

} // namespace FuzzWorld
