#include "PackageHeader.h"

#include <QCborMap>
#include <QCborValue>
#include <QCoreApplication>
#include <QIODevice>
#include <QJsonValue>
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
    if (error.error != QCborError::NoError || !v.isMap())
        return Result<PackageHeader>::failure(damaged);
    const QCborMap m = v.toMap();
    PackageHeader h;
    h.packageId = m.value(QStringLiteral("id")).toString();
    h.sender = m.value(QStringLiteral("sender")).toString();
    h.senderName = m.value(QStringLiteral("senderName")).toString();
    h.senderRole = m.value(QStringLiteral("senderRole")).toString();
    h.senderArea = m.value(QStringLiteral("senderArea")).toString();
    h.recipient = m.value(QStringLiteral("recipient")).toString();
    h.created = m.value(QStringLiteral("created")).toInteger();
    h.createdAt = m.value(QStringLiteral("createdAt")).toString();
    h.scope = m.value(QStringLiteral("scope")).toString();
    h.full = m.value(QStringLiteral("full")).toBool();
    h.since = m.value(QStringLiteral("since")).toInteger();
    h.upto = m.value(QStringLiteral("upto")).toInteger();
    h.payloadBytes = m.value(QStringLiteral("payloadBytes")).toInteger(-1);
    const QCborMap c = m.value(QStringLiteral("counts")).toMap();
    for (auto it = c.cbegin(); it != c.cend(); ++it)
        h.counts.insert(it.key().toString(), it.value().toInteger());
    if (h.packageId.isEmpty() || h.sender.isEmpty() || h.recipient.isEmpty() || h.payloadBytes < 0)
        return Result<PackageHeader>::failure(damaged);
    return h;
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
