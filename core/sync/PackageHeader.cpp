#include "PackageHeader.h"

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonValue>
#include <QRegularExpression>
#include <QtEndian>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PackageHeader", text);
}
} // namespace

QByteArray PackageHeader::toCbor() const
{
    QCborMap c;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        c.insert(it.key(), it.value());
    QCborMap m;
    m.insert(QStringLiteral("id"), packageId);
    m.insert(QStringLiteral("sender"), sender);
    m.insert(QStringLiteral("senderName"), senderName);
    m.insert(QStringLiteral("senderRole"), senderRole);
    m.insert(QStringLiteral("senderArea"), senderArea);
    m.insert(QStringLiteral("recipient"), recipient);
    m.insert(QStringLiteral("created"), created);
    m.insert(QStringLiteral("createdAt"), createdAt);
    m.insert(QStringLiteral("scope"), scope);
    m.insert(QStringLiteral("full"), full);
    m.insert(QStringLiteral("since"), since);
    m.insert(QStringLiteral("upto"), upto);
    m.insert(QStringLiteral("payloadBytes"), payloadBytes);
    m.insert(QStringLiteral("counts"), c);
    return m.toCborValue().toCbor();
}

Result<PackageHeader> PackageHeader::fromCbor(const QByteArray& cbor)
{
    QCborParserError error;
    const QCborValue v = QCborValue::fromCbor(cbor, &error);
    const QString damaged =
        tr("The package's signature is not valid: the file was damaged or altered after it was signed.");
    // Checked before any lookup: a map cut short by a parse error can crash QCborMap::value (Qt 6.4).
    if (error.error != QCborError::NoError || !v.isMap() || error.offset != cbor.size())
        return Result<PackageHeader>::failure(damaged);
    const QCborMap m = v.toMap();
    // Read strictly: every key known, none twice, each of its type; nothing coerced.
    static const QStringList keys{
        QStringLiteral("id"),           QStringLiteral("sender"),     QStringLiteral("senderName"),
        QStringLiteral("senderRole"),   QStringLiteral("senderArea"), QStringLiteral("recipient"),
        QStringLiteral("created"),      QStringLiteral("createdAt"),  QStringLiteral("scope"),
        QStringLiteral("full"),         QStringLiteral("since"),      QStringLiteral("upto"),
        QStringLiteral("payloadBytes"), QStringLiteral("counts")};
    QStringList seen;
    for (auto it = m.cbegin(); it != m.cend(); ++it) {
        const QString key = it.key().isString() ? it.key().toString() : QString();
        if (!keys.contains(key) || seen.contains(key))
            return Result<PackageHeader>::failure(damaged);
        seen << key;
    }
    if (seen.size() != keys.size())
        return Result<PackageHeader>::failure(damaged);
    const auto text = [&m](const char* key) { return m.value(QLatin1String(key)); };
    for (const char* key :
         {"id", "sender", "senderName", "senderRole", "senderArea", "recipient", "createdAt", "scope"}) {
        if (!text(key).isString())
            return Result<PackageHeader>::failure(damaged);
    }
    for (const char* key : {"created", "since", "upto", "payloadBytes"}) {
        if (!text(key).isInteger() || text(key).toInteger() < 0)
            return Result<PackageHeader>::failure(damaged);
    }
    if (!text("full").isBool() || !text("counts").isMap())
        return Result<PackageHeader>::failure(damaged);
    PackageHeader h;
    h.packageId = text("id").toString();
    h.sender = text("sender").toString();
    h.senderName = text("senderName").toString();
    h.senderRole = text("senderRole").toString();
    h.senderArea = text("senderArea").toString();
    h.recipient = text("recipient").toString();
    h.created = text("created").toInteger();
    h.createdAt = text("createdAt").toString();
    h.scope = text("scope").toString();
    h.full = text("full").toBool();
    h.since = text("since").toInteger();
    h.upto = text("upto").toInteger();
    h.payloadBytes = text("payloadBytes").toInteger();
    const QCborMap c = text("counts").toMap();
    for (auto it = c.cbegin(); it != c.cend(); ++it) {
        const QString key = it.key().isString() ? it.key().toString() : QString();
        if (!countKeys().contains(key) || h.counts.contains(key) || !it.value().isInteger() ||
            it.value().toInteger() < 0)
            return Result<PackageHeader>::failure(damaged);
        h.counts.insert(key, it.value().toInteger());
    }
    static const QRegularExpression uuid(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
    static const QRegularExpression station(QStringLiteral("^[0-9a-f]{16}$"));
    static const QRegularExpression area(QStringLiteral("^[0-9]{12}$"));
    if (!uuid.match(h.packageId).hasMatch() || !station.match(h.sender).hasMatch() ||
        !station.match(h.recipient).hasMatch() || !area.match(h.senderArea).hasMatch() ||
        !area.match(h.scope).hasMatch() || h.senderName.size() > 100 || h.createdAt.size() > 40 ||
        h.created == 0 || h.since > h.upto)
        return Result<PackageHeader>::failure(damaged);
    return h;
}

const QStringList& PackageHeader::countKeys()
{
    static const QStringList keys{QStringLiteral("records"),     QStringLiteral("attachments"),
                                  QStringLiteral("audit"),       QStringLiteral("conflicts"),
                                  QStringLiteral("revocations"), QStringLiteral("receipts")};
    return keys;
}

QJsonObject PackageHeader::toJson() const
{
    QJsonObject c;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        c.insert(it.key(), it.value());
    return {{QStringLiteral("format"), FormatVersion},
            {QStringLiteral("package"), packageId},
            {QStringLiteral("sender"), sender},
            {QStringLiteral("senderName"), senderName},
            {QStringLiteral("senderRole"), senderRole},
            {QStringLiteral("senderArea"), senderArea},
            {QStringLiteral("recipient"), recipient},
            {QStringLiteral("created"), QString::number(created)},
            {QStringLiteral("createdAt"), createdAt},
            {QStringLiteral("scope"), scope},
            {QStringLiteral("full"), full},
            {QStringLiteral("since"), since},
            {QStringLiteral("upto"), upto},
            {QStringLiteral("payloadBytes"), payloadBytes},
            {QStringLiteral("counts"), c}};
}

Result<PackageHeader> PackageHeader::read(QIODevice* file, Layout* layout)
{
    using R = Result<PackageHeader>;
    const QString truncated = tr("The package is incomplete (truncated): copy it again from the sender.");
    const qint64 size = file->size();
    file->seek(0);
    const QByteArray magic = file->read(MagicBytes);
    if (magic != QByteArray(Magic, MagicBytes))
        return R::failure(tr("The file is not a Shouhu package."));
    uchar fixed[6];
    if (file->read(reinterpret_cast<char*>(fixed), 6) != 6)
        return R::failure(truncated);
    const quint16 version = qFromBigEndian<quint16>(fixed);
    if (version < FormatVersion)
        return R::failure(tr("The package was made by an older version of Shouhu (format %1), which this "
                             "program no longer reads; update Shouhu at the sender and export again.")
                              .arg(version));
    if (version != FormatVersion)
        return R::failure(tr("The package has format version %1, which this program cannot read; update "
                             "Shouhu.")
                              .arg(version));
    const quint32 headerBytes = qFromBigEndian<quint32>(fixed + 2);
    if (headerBytes > MaxHeaderBytes)
        return R::failure(
            tr("The package's signature is not valid: the file was damaged or altered after it was signed."));
    const QByteArray cbor = file->read(headerBytes);
    if (cbor.size() != qsizetype(headerBytes))
        return R::failure(truncated);
    Result<PackageHeader> h = fromCbor(cbor);
    if (!h)
        return h;
    uchar keyLength[2];
    if (file->read(reinterpret_cast<char*>(keyLength), 2) != 2)
        return R::failure(truncated);
    Layout l;
    l.headerOffset = MagicBytes + 6;
    l.sealedKeyBytes = qFromBigEndian<quint16>(keyLength);
    l.sealedKeyOffset = l.headerOffset + headerBytes + 2;
    l.payloadOffset = l.sealedKeyOffset + l.sealedKeyBytes;
    l.signatureOffset = l.payloadOffset + h->payloadBytes;
    l.fileSize = size;
    if (size < l.signatureOffset + SignatureBytes)
        return R::failure(truncated);
    if (size > l.signatureOffset + SignatureBytes)
        return R::failure(
            tr("The package's signature is not valid: the file was damaged or altered after it was signed."));
    if (layout)
        *layout = l;
    return h;
}
