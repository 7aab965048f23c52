#include "StationCard.h"

#include "Fingerprint.h"
#include "Signer.h"
#include "domain/AreaCode.h"
#include "domain/Vocabulary.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("StationCard", text);
}
const QString kFormat = QStringLiteral("shouhu-station-card");
} // namespace

bool StationCard::isStationId(const QString& id)
{
    if (id.size() != 16)
        return false;
    for (const QChar c : id) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

QString StationCard::fingerprint() const
{
    return Fingerprint::of(signPublicKey, encPublicKey);
}

QByteArray StationCard::signedBytes() const
{
    return QByteArrayLiteral("SHOUHU-CARD-1\n") + station.toUtf8() + '\n' + role.toUtf8() + '\n' +
           area.toUtf8() + '\n' + name.toUtf8() + '\n' + signPublicKey.toBase64() + '\n' +
           encPublicKey.toBase64();
}

QByteArray StationCard::toJson() const
{
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("station"), station},
                        {QStringLiteral("role"), role},
                        {QStringLiteral("area"), area},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("signKey"), QString::fromLatin1(signPublicKey.toBase64())},
                        {QStringLiteral("encKey"), QString::fromLatin1(encPublicKey.toBase64())},
                        {QStringLiteral("fingerprint"), fingerprint()},
                        {QStringLiteral("signature"), QString::fromLatin1(signature.toBase64())}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

Result<StationCard> StationCard::fromJson(const QByteArray& json)
{
    using R = Result<StationCard>;
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    const QJsonObject o = doc.object();
    if (!doc.isObject() || o.value(QStringLiteral("format")).toString() != kFormat)
        return R::failure(tr("The file is not a Shouhu station card."));
    if (o.value(QStringLiteral("version")).toInt() != 1)
        return R::failure(tr("The station card has a version this program does not know; update Shouhu."));
    StationCard c;
    c.station = o.value(QStringLiteral("station")).toString();
    c.role = o.value(QStringLiteral("role")).toString();
    c.area = o.value(QStringLiteral("area")).toString();
    c.name = o.value(QStringLiteral("name")).toString();
    c.signPublicKey = QByteArray::fromBase64(o.value(QStringLiteral("signKey")).toString().toLatin1());
    c.encPublicKey = QByteArray::fromBase64(o.value(QStringLiteral("encKey")).toString().toLatin1());
    c.signature = QByteArray::fromBase64(o.value(QStringLiteral("signature")).toString().toLatin1());
    if (!isStationId(c.station) || !Vocabulary::contains(Vocabulary::Role, c.role) ||
        AreaCode::normalize(c.area) != c.area || c.signPublicKey.size() != Signer::PublicKeyBytes ||
        c.encPublicKey.size() != 32 || c.signature.size() != Signer::SignatureBytes)
        return R::failure(tr("The station card is damaged."));
    if (!Signer::verify(c.signPublicKey, c.signedBytes(), c.signature))
        return R::failure(tr("The station card's signature is not valid: the card was altered."));
    return c;
}
