#include "StationIdentity.h"

#include "storage/CaseDatabase.h"
#include "storage/DatabaseEncryption.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("StationIdentity", text);
}
} // namespace

KeyStore::Strength StationIdentity::defaultStrength()
{
    return qEnvironmentVariable("SHOUHU_KDF") == QLatin1String("minimum") ? KeyStore::Strength::Minimum
                                                                          : KeyStore::Strength::Interactive;
}

bool StationIdentity::hasKeys(CaseDatabase& db)
{
    QSqlQuery q(db.sql());
    return q.exec(QStringLiteral("SELECT 1 FROM station_key")) && q.next();
}

Status StationIdentity::create(CaseDatabase& db, const QString& passphrase, KeyStore::Strength strength)
{
    if (!db.station())
        return Status::failure(tr("Set up the station first."));
    if (hasKeys(db))
        return Status::failure(tr("This station has its keys already."));
    if (Status s = KeyStore::checkPassphrase(passphrase); !s)
        return s;
    SigningKeyPair sign = Signer::generate();
    EncryptionKeyPair enc = Sealer::generate();
    SecureBytes both(sign.secretKey.size() + enc.secretKey.size());
    std::copy_n(sign.secretKey.data(), sign.secretKey.size(), both.data());
    std::copy_n(enc.secretKey.data(), enc.secretKey.size(), both.data() + sign.secretKey.size());
    Result<QByteArray> sealed = KeyStore::seal(both, passphrase, strength);
    if (!sealed)
        return Status::failure(sealed.error());
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("INSERT INTO station_key (id, sign_public, enc_public, sealed_secret, created_at)"
                       " VALUES (1, ?, ?, ?, ?)"));
    q.addBindValue(sign.publicKey);
    q.addBindValue(enc.publicKey);
    q.addBindValue(sealed.value());
    q.addBindValue(db.clock().now().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return Status::failure(tr("The keys could not be saved: %1").arg(q.lastError().text()));
    return {};
}

Result<StationKeys> StationIdentity::unlock(CaseDatabase& db, const QString& passphrase)
{
    using R = Result<StationKeys>;
    if (!db.station())
        return R::failure(tr("Set up the station first."));
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT sign_public, enc_public, sealed_secret FROM station_key")) ||
        !q.next())
        return R::failure(tr("This station has no keys yet; create them first."));
    Result<SecureBytes> secret = KeyStore::open(q.value(2).toByteArray(), passphrase);
    if (!secret)
        return R::failure(secret.error());
    if (secret->size() != Signer::SecretKeyBytes + Sealer::SecretKeyBytes)
        return R::failure(tr("The station's keys are damaged."));
    StationKeys keys;
    keys.station = db.station()->id;
    keys.sign.publicKey = q.value(0).toByteArray();
    keys.sign.secretKey = SecureBytes::fromBytes(secret->view().first(Signer::SecretKeyBytes));
    keys.enc.publicKey = q.value(1).toByteArray();
    keys.enc.secretKey = SecureBytes::fromBytes(secret->view().sliced(Signer::SecretKeyBytes));
    if (Signer::publicKeyOf(keys.sign.secretKey) != keys.sign.publicKey ||
        Sealer::publicKeyOf(keys.enc.secretKey) != keys.enc.publicKey)
        return R::failure(tr("The station's keys are damaged."));
    return keys;
}

Status StationIdentity::changePassphrase(CaseDatabase& db, const QString& oldPassphrase,
                                         const QString& newPassphrase)
{
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT sealed_secret FROM station_key")) || !q.next())
        return Status::failure(tr("This station has no keys yet; create them first."));
    if (Status s = KeyStore::checkPassphrase(newPassphrase); !s)
        return s;
    Result<QByteArray> blob =
        KeyStore::changePassphrase(q.value(0).toByteArray(), oldPassphrase, newPassphrase);
    if (!blob)
        return Status::failure(blob.error());
    q.prepare(QStringLiteral("UPDATE station_key SET sealed_secret = ?"));
    q.addBindValue(blob.value());
    if (!q.exec())
        return Status::failure(tr("The keys could not be saved: %1").arg(q.lastError().text()));
    // The encrypted database (and its backups) follow the new passphrase; if that fails, the keys go back
    // to the old one, so that one passphrase opens both.
    if (Status s = DatabaseEncryption::changePassphrase(db, newPassphrase); !s) {
        Result<QByteArray> back = KeyStore::changePassphrase(blob.value(), newPassphrase, oldPassphrase);
        if (back) {
            q.prepare(QStringLiteral("UPDATE station_key SET sealed_secret = ?"));
            q.addBindValue(back.value());
            q.exec();
        }
        return s;
    }
    return {};
}

Result<StationCard> StationIdentity::publicCard(CaseDatabase& db)
{
    using R = Result<StationCard>;
    if (!db.station())
        return R::failure(tr("Set up the station first."));
    QSqlQuery q(db.sql());
    if (!q.exec(QStringLiteral("SELECT sign_public, enc_public FROM station_key")) || !q.next())
        return R::failure(tr("This station has no keys yet; create them first."));
    StationCard c;
    c.station = db.station()->id;
    c.role = db.station()->role;
    c.area = db.station()->areaCode;
    c.name = db.station()->name;
    c.signPublicKey = q.value(0).toByteArray();
    c.encPublicKey = q.value(1).toByteArray();
    return c;
}

Result<StationCard> StationIdentity::signedCard(CaseDatabase& db, const StationKeys& keys)
{
    Result<StationCard> card = publicCard(db);
    if (!card)
        return card;
    card->signature = Signer::sign(keys.sign.secretKey, card->signedBytes());
    return card;
}
