#include "Fingerprint.h"

#include "Crypto.h"

namespace {

constexpr char Alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"; // Crockford base32
constexpr int FingerprintBytes = 10;                            // 80 bits = 16 symbols

bool isValid(const QString& symbols)
{
    if (symbols.size() != Fingerprint::Symbols)
        return false;
    for (const QChar c : symbols)
        if (c.unicode() > 127 || !QByteArrayView(Alphabet).contains(char(c.unicode())))
            return false;
    return true;
}

} // namespace

QString Fingerprint::of(QByteArrayView signPublicKey, QByteArrayView encPublicKey)
{
    if (signPublicKey.size() != 32 || encPublicKey.size() != 32)
        return {};
    QByteArray keys = signPublicKey.toByteArray();
    keys.append(encPublicKey);
    const QByteArray digest = Crypto::hash(keys, 32).first(FingerprintBytes);
    QString out;
    quint32 buffer = 0;
    int bits = 0;
    for (const char byte : digest) {
        buffer = (buffer << 8) | quint8(byte);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            if (!out.isEmpty() && (out.size() + 1) % 5 == 0)
                out += QLatin1Char('-');
            out += QLatin1Char(Alphabet[(buffer >> bits) & 31]);
        }
    }
    return out;
}

QString Fingerprint::normalize(QString typed)
{
    typed = typed.normalized(QString::NormalizationForm_KC).toUpper();
    QString out;
    for (const QChar c : std::as_const(typed)) {
        if (c.isSpace() || c.category() == QChar::Punctuation_Dash)
            continue;
        if (c == QLatin1Char('O'))
            out += QLatin1Char('0');
        else if (c == QLatin1Char('I') || c == QLatin1Char('L'))
            out += QLatin1Char('1');
        else
            out += c;
    }
    return out;
}

bool Fingerprint::matches(const QString& typed, const QString& expected)
{
    const QString a = normalize(typed);
    return isValid(a) && a == normalize(expected);
}
