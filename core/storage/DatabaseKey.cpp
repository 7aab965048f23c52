#include "DatabaseKey.h"

#include <sodium.h>

namespace {

struct Cost
{
    unsigned long long ops;
    size_t mem;
};

bool costOf(quint8 id, Cost* out)
{
    switch (id) {
    case quint8(DatabaseKey::Strength::Interactive):
        *out = {crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE};
        return true;
    case quint8(DatabaseKey::Strength::Minimum):
        *out = {crypto_pwhash_OPSLIMIT_MIN, crypto_pwhash_MEMLIMIT_MIN};
        return true;
    case quint8(DatabaseKey::Strength::Moderate):
        *out = {crypto_pwhash_OPSLIMIT_MODERATE, crypto_pwhash_MEMLIMIT_MODERATE};
        return true;
    default:
        return false;
    }
}

} // namespace

static_assert(DatabaseKey::SaltBytes == crypto_pwhash_SALTBYTES, "the file's salt is Argon2id's salt");

DatabaseKey::DatabaseKey(QByteArray key, QByteArray salt)
    : m_key(std::move(key))
    , m_salt(std::move(salt))
{}

DatabaseKey::Strength DatabaseKey::defaultStrength()
{
    return qEnvironmentVariable("SHOUHU_KDF") == QLatin1String("minimum") ? Strength::Minimum
                                                                          : Strength::Interactive;
}

QByteArray DatabaseKey::newSalt(Strength strength)
{
    if (sodium_init() < 0)
        return {};
    QByteArray salt(SaltBytes, Qt::Uninitialized);
    randombytes_buf(salt.data(), size_t(salt.size()));
    salt[0] = char((quint8(salt[0]) & 0xfc) | quint8(strength));
    return salt;
}

Result<DatabaseKey> DatabaseKey::derive(const QString& passphrase, const QByteArray& salt)
{
    using R = Result<DatabaseKey>;
    if (passphrase.isEmpty())
        return R::failure(tr("The passphrase is empty."));
    Cost cost{};
    if (salt.size() != SaltBytes || !costOf(quint8(salt[0]) & 0x03, &cost))
        return R::failure(
            tr("The database was encrypted by a newer version of Shouhu; install that version."));
    if (sodium_init() < 0)
        return R::failure(tr("The encryption library could not start."));
    const QByteArray pw = passphrase.toUtf8();
    QByteArray key(KeyBytes, Qt::Uninitialized);
    if (crypto_pwhash(reinterpret_cast<unsigned char*>(key.data()), KeyBytes, pw.constData(),
                      static_cast<unsigned long long>(pw.size()),
                      reinterpret_cast<const unsigned char*>(salt.constData()), cost.ops, cost.mem,
                      crypto_pwhash_ALG_ARGON2ID13) != 0)
        return R::failure(
            tr("There is not enough memory to check the passphrase; close other programs and try "
               "again."));
    return R(DatabaseKey(key, salt));
}

QByteArray DatabaseKey::sqlLiteral() const
{
    return "\"x'" + m_key.toHex() + m_salt.toHex() + "'\"";
}
