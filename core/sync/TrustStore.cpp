#include "TrustStore.h"

#include "Fingerprint.h"
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/Vocabulary.h"
#include "storage/CaseDatabase.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("TrustStore", text);
}

int levelOf(const QString& role)
{
    static const QStringList roles{QStringLiteral("village"), QStringLiteral("township"),
                                   QStringLiteral("county"), QStringLiteral("city")};
    return int(roles.indexOf(role));
}

Peer peerFrom(const QSqlQuery& q)
{
    Peer p;
    p.id = q.value(0).toString();
    p.role = q.value(1).toString();
    p.area = q.value(2).toString();
    p.name = q.value(3).toString();
    p.signPublicKey = q.value(4).toByteArray();
    p.encPublicKey = q.value(5).toByteArray();
    p.fingerprint = q.value(6).toString();
    p.enrolledAt = q.value(7).toString();
    p.revokedAt = q.value(8).toString();
    p.ackedSeq = q.value(9).toLongLong();
    p.receivedUpto = q.value(10).toLongLong();
    return p;
}

const QString kPeerColumns = QStringLiteral("id, role, area_code, name, sign_public, enc_public, fingerprint,"
                                            " enrolled_at, revoked_at, acked_seq, received_upto");
} // namespace

TrustStore::TrustStore(CaseDatabase& db)
    : m_db(db)
{}

bool TrustStore::isAbove(const StationInfo& me, const QString& area)
{
    return area != me.areaCode && AreaCode::contains(area, me.areaCode);
}

Status TrustStore::mayEnrol(const StationInfo& me, const QString& role, const QString& area)
{
    const int mine = levelOf(me.role);
    const int theirs = levelOf(role);
    const QString where = AreaCatalog::instance().fullName(area);
    const bool below = area != me.areaCode && AreaCode::contains(me.areaCode, area);
    const bool above = isAbove(me, area);
    bool ok = false;
    if (below)
        ok = (mine == 1 && theirs == 0) || (mine == 2 && theirs == 1) ||
             (mine == 3 && (theirs == 1 || theirs == 2));
    else if (above)
        ok = (mine == 0 && theirs == 1) || (mine == 1 && (theirs == 2 || theirs == 3)) ||
             (mine == 2 && theirs == 3);
    if (ok)
        return {};
    return Status::failure(
        tr("A %1 station cannot enrol the %2 station of %3: a village enrols only its own township, a "
           "township its villages and the county or city above, a county or city the stations inside it "
           "and the one above.")
            .arg(Vocabulary::label(Vocabulary::Role, me.role), Vocabulary::label(Vocabulary::Role, role),
                 where.isEmpty() ? area : where));
}

Result<Peer> TrustStore::enrol(const StationCard& card, const QString& typedFingerprint)
{
    using R = Result<Peer>;
    const auto me = m_db.station();
    if (!me)
        return R::failure(tr("Set up the station first."));
    if (card.station == me->id)
        return R::failure(tr("This is this station's own card."));
    if (!Fingerprint::matches(typedFingerprint, card.fingerprint()))
        return R::failure(
            tr("The fingerprint does not match the card: do not enrol this station, and ask its "
               "operator to read the fingerprint out again."));
    if (Status s = mayEnrol(*me, card.role, card.area); !s)
        return R::failure(s.error());
    if (const auto existing = find(card.station)) {
        if (existing->revoked())
            return R::failure(tr("The station %1 was revoked; a revoked station cannot be enrolled again.")
                                  .arg(card.station));
        if (existing->signPublicKey != card.signPublicKey || existing->encPublicKey != card.encPublicKey)
            return R::failure(
                tr("The station %1 is enrolled already with other keys; revoke it first.").arg(card.station));
    }
    QSqlQuery q(m_db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO peer (id, role, area_code, name, sign_public, enc_public, fingerprint,"
                       " enrolled_at) VALUES (?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                       " role = excluded.role, area_code = excluded.area_code, name = excluded.name"));
    for (const QVariant& v :
         {QVariant(card.station), QVariant(card.role), QVariant(card.area), QVariant(card.name),
          QVariant(card.signPublicKey), QVariant(card.encPublicKey), QVariant(card.fingerprint()),
          QVariant(m_db.clock().now().toString(Qt::ISODateWithMs))})
        q.addBindValue(v);
    if (!q.exec())
        return R::failure(tr("The station could not be enrolled: %1").arg(q.lastError().text()));
    return *find(card.station);
}

QList<Peer> TrustStore::peers() const
{
    QList<Peer> out;
    QSqlQuery q(m_db.sql());
    q.exec(QStringLiteral("SELECT ") + kPeerColumns + QStringLiteral(" FROM peer ORDER BY area_code, id"));
    while (q.next())
        out << peerFrom(q);
    return out;
}

std::optional<Peer> TrustStore::find(const QString& id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT ") + kPeerColumns + QStringLiteral(" FROM peer WHERE id = ?"));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return peerFrom(q);
    return std::nullopt;
}

Status TrustStore::revoke(const QString& id)
{
    const auto peer = find(id);
    if (!peer)
        return Status::failure(tr("No enrolled station has the id %1.").arg(id));
    if (peer->revoked())
        return Status::failure(tr("The station %1 is revoked already.").arg(id));
    if (Status s = m_db.begin(); !s)
        return s;
    Result<bool> r = applyRevocation(id, m_db.clock().now().toString(Qt::ISODateWithMs), m_db.station()->id);
    if (!r) {
        m_db.rollback();
        return Status::failure(r.error());
    }
    return m_db.commit();
}

Result<bool> TrustStore::applyRevocation(const QString& stationId, const QString& revokedAt,
                                         const QString& revokedBy)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE peer SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(revokedAt);
    q.addBindValue(stationId);
    if (!q.exec())
        return Result<bool>::failure(q.lastError().text());
    q.prepare(
        QStringLiteral("INSERT INTO revocation (station_id, revoked_at, revoked_by, seq) VALUES (?,?,?,?)"
                       " ON CONFLICT(station_id) DO NOTHING"));
    q.addBindValue(stationId);
    q.addBindValue(revokedAt);
    q.addBindValue(revokedBy);
    q.addBindValue(m_db.nextSeq());
    if (!q.exec())
        return Result<bool>::failure(q.lastError().text());
    return q.numRowsAffected() > 0;
}

Status TrustStore::setAcked(const QString& id, qint64 seq)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE peer SET acked_seq = max(acked_seq, ?) WHERE id = ?"));
    q.addBindValue(seq);
    q.addBindValue(id);
    return q.exec() ? Status() : Status::failure(q.lastError().text());
}

Status TrustStore::setReceived(const QString& id, qint64 upto)
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("UPDATE peer SET received_upto = max(received_upto, ?) WHERE id = ?"));
    q.addBindValue(upto);
    q.addBindValue(id);
    return q.exec() ? Status() : Status::failure(q.lastError().text());
}
