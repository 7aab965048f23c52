#include "BenchStations.h"

#include "CliContext.h"

#include "storage/StationSetup.h"
#include "sync/TrustStore.h"

QString BenchStations::passphrase()
{
    return QStringLiteral("benchmark passphrase");
}

Result<BenchStations::Station> BenchStations::make(const QString& path, const QString& role,
                                                   const QString& area, const QString& name)
{
    auto db = CaseDatabase::open(path);
    if (!db)
        return Result<Station>::failure(db.error());
    Station s{std::move(db.value()), {}};
    if (Result<StationInfo> info = StationSetup::initialize(*s.db, role, area, name); !info)
        return Result<Station>::failure(info.error());
    if (Status st = StationIdentity::create(*s.db, passphrase(), KeyStore::Strength::Minimum); !st)
        return Result<Station>::failure(st.error());
    Result<StationKeys> keys = StationIdentity::unlock(*s.db, passphrase());
    if (!keys)
        return Result<Station>::failure(keys.error());
    s.keys = std::move(keys.value());
    return s;
}

Status BenchStations::enrolBoth(Station& a, Station& b)
{
    for (auto [at, whom] : {std::pair{&a, &b}, std::pair{&b, &a}}) {
        Result<StationCard> card = StationIdentity::signedCard(*whom->db, *whom->keys);
        if (!card)
            return Status::failure(card.error());
        if (Result<Peer> p = TrustStore(*at->db).enrol(card.value(), card->fingerprint()); !p)
            return Status::failure(p.error());
    }
    return {};
}

int BenchStations::print(CliContext& ctx, const QJsonObject& result)
{
    return ctx.print(result, [&result](QTextStream& out) {
        for (auto it = result.constBegin(); it != result.constEnd(); ++it) {
            if (it.value().isObject()) {
                const QJsonObject b = it.value().toObject();
                for (auto jt = b.constBegin(); jt != b.constEnd(); ++jt)
                    out << jt.key() << ": " << (jt.value().toBool() ? tr("met") : tr("missed")) << '\n';
            } else {
                out << it.key() << ": " << it.value().toVariant().toString() << '\n';
            }
        }
    });
}
