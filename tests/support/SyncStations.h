#pragma once

#include "TestDatabase.h"
#include "storage/CaseRepository.h"
#include "sync/PackageReader.h"
#include "sync/PackageWriter.h"
#include "sync/StationIdentity.h"
#include "sync/TrustStore.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <memory>

// Stations with keys for sync tests: a database in its own temporary folder, its unlocked keys, enrolment
// in both directions, packages written and imported, and a hash of everything a database holds.
namespace SyncStations {

inline const QString kPass = QStringLiteral("correct horse battery");

struct Station
{
    QTemporaryDir dir;
    std::unique_ptr<CaseDatabase> db;
    std::optional<StationKeys> keys;
    QString id() const { return db->station()->id; }
};

inline std::unique_ptr<Station> make(const Clock& clock, const QString& area, const QString& role,
                                     const QString& id)
{
    auto s = std::make_unique<Station>();
    s->db = TestDatabase::open(s->dir, clock, area, role, id);
    if (!s->db || !StationIdentity::create(*s->db, kPass, KeyStore::Strength::Minimum))
        return nullptr;
    Result<StationKeys> keys = StationIdentity::unlock(*s->db, kPass);
    if (!keys)
        return nullptr;
    s->keys = std::move(keys.value());
    return s;
}

// `at` enrols `other` (its card, with the fingerprint a person would type).
inline bool enrol(Station& at, Station& other)
{
    Result<StationCard> card = StationIdentity::signedCard(*other.db, *other.keys);
    Result<StationCard> parsed = StationCard::fromJson(card->toJson());
    if (!parsed)
        return false;
    Result<Peer> p = TrustStore(*at.db).enrol(parsed.value(), parsed->fingerprint());
    if (!p)
        qWarning() << p.error();
    return p.ok();
}

inline bool enrolBoth(Station& a, Station& b)
{
    return enrol(a, b) && enrol(b, a);
}

// Everything a database holds, every table, as one hash.
inline QByteArray state(CaseDatabase& db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.sql());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        hash.addData(table.toUtf8());
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table));
        while (q.next()) {
            for (int i = 0; i < q.record().count(); ++i)
                hash.addData(QByteArray(q.value(i).toString().toUtf8() + '|'));
        }
    }
    return hash.result();
}

inline QString exportTo(Station& from, const QString& to, const QString& path, bool full = false)
{
    PackageWriter::Options o;
    o.recipient = to;
    o.path = path;
    o.full = full;
    Result<PackageHeader> h = PackageWriter::write(*from.db, *from.keys, o);
    if (!h)
        qWarning() << h.error();
    return h.ok() ? h->packageId : QString();
}

inline Result<ImportReport> importInto(Station& to, const QString& path)
{
    return PackageReader::import(*to.db, *to.keys, path);
}

inline QString addChild(CaseDatabase& db, const QString& name, int sequence, QDate today,
                        const QString& village = TestDatabase::kVillage)
{
    ChildFile f = TestDatabase::leftBehindChild(name, QDate(2016, 3, 5), sequence, today);
    f.areaCode = village;
    Result<QString> id = CaseRepository(db).create(f);
    if (!id)
        qWarning() << id.error();
    return id.ok() ? id.value() : QString();
}

inline int count(CaseDatabase& db, const QString& sql)
{
    QSqlQuery q(db.sql());
    q.exec(sql);
    return q.next() ? q.value(0).toInt() : -1;
}

} // namespace SyncStations
