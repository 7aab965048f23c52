#pragma once

#include "Result.h"
#include "StationCard.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

class CaseDatabase;
struct StationInfo;

// An enrolled station, and how far the two stations have exchanged changes.
struct Peer
{
    QString id;
    QString role;
    QString area;
    QString name;
    QByteArray signPublicKey;
    QByteArray encPublicKey;
    QString fingerprint;
    QString enrolledAt;
    QString revokedAt;       // empty while trusted
    qint64 ackedSeq = 0;     // they confirmed our changes up to this sequence number
    qint64 receivedUpto = 0; // we imported their changes up to their sequence number

    bool revoked() const { return !revokedAt.isEmpty(); }
};

// The stations this one trusts: enrolment with the fingerprint read out by a person, revocation, and the
// exchange bookkeeping (receipts). Who may enrol whom: a village its own township; a township its villages
// and the county or city above it; a county its townships and the city above; a city its counties or
// townships.
class TrustStore final
{
public:
    explicit TrustStore(CaseDatabase& db);

    // Whether `me` may enrol a station with this role and area; refused in one sentence.
    static Status mayEnrol(const StationInfo& me, const QString& role, const QString& area);
    // True when the station's area contains `me`'s (it is above).
    static bool isAbove(const StationInfo& me, const QString& area);

    Result<Peer> enrol(const StationCard& card, const QString& typedFingerprint);
    QList<Peer> peers() const;
    std::optional<Peer> find(const QString& id) const;
    Status revoke(const QString& id);
    // A revocation that arrived in a package: marks the station revoked if enrolled here and keeps the
    // revocation so it travels on. True when it was new here.
    Result<bool> applyRevocation(const QString& stationId, const QString& revokedAt,
                                 const QString& revokedBy);
    Status setAcked(const QString& id, qint64 seq);
    Status setReceived(const QString& id, qint64 upto);

private:
    CaseDatabase& m_db;
};
