#pragma once

#include "sync/BoundedDevice.h"
#include "sync/PackageHeader.h"
#include "sync/PayloadReader.h"
#include "sync/PayloadWriter.h"
#include "sync/SecretStream.h"
#include "sync/StationIdentity.h"

#include <QBuffer>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QFile>
#include <QList>
#include <QSaveFile>
#include <QtEndian>

// A forger for tests, not part of the product: it writes packages as an independent implementation of
// docs/sync-format.md would, signed with a (stolen) station's real key, so that an importer can be shown
// refusing validly signed hostile packages. It can open an honest package with the recipient's keys, let the
// test change its header and items, and sign the result again.
class PackageForger final
{
public:
    PackageHeader header;
    QList<QByteArray> items; // encoded CBOR items, in payload order; the "end" item is added on write

    // Opens an honest package (the recipient's keys decrypt it).
    static std::optional<PackageForger> open(const QString& path, const StationKeys& recipient)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        PackageHeader::Layout layout;
        Result<PackageHeader> h = PackageHeader::read(&file, &layout);
        if (!h)
            return std::nullopt;
        file.seek(layout.sealedKeyOffset);
        const QByteArray sealed = file.read(layout.sealedKeyBytes);
        Result<SecureBytes> key = Sealer::open(sealed, recipient.enc.publicKey, recipient.enc.secretKey);
        if (!key)
            return std::nullopt;
        PackageForger f;
        f.header = h.value();
        BoundedDevice payload(&file, layout.payloadOffset, h->payloadBytes);
        PayloadReader reader(key.value(), &payload);
        for (;;) {
            Result<QByteArray> item = reader.next();
            if (!item || item->isEmpty())
                break;
            if (QCborValue::fromCbor(item.value()).toMap().value(QStringLiteral("k")).toString() !=
                QLatin1String("end"))
                f.items << item.value();
        }
        return f;
    }

    static QCborMap map(const QByteArray& item) { return QCborValue::fromCbor(item).toMap(); }
    static QByteArray bytes(const QCborMap& m) { return m.toCborValue().toCbor(); }

    // Indexes of the items of one kind (and, for records, one entity).
    QList<int> find(const QString& kind, const QString& entity = {}) const
    {
        QList<int> out;
        for (int i = 0; i < items.size(); ++i) {
            const QCborMap m = map(items.at(i));
            if (m.value(QStringLiteral("k")).toString() == kind &&
                (entity.isEmpty() || m.value(QStringLiteral("entity")).toString() == entity))
                out << i;
        }
        return out;
    }

    // The header's counts as an honest writer computes them from the items.
    void recount()
    {
        header.counts.clear();
        for (const QString& k : PackageHeader::countKeys())
            header.counts.insert(k, 0);
        for (const QByteArray& item : std::as_const(items)) {
            const QCborMap m = map(item);
            const QString kind = m.value(QStringLiteral("k")).toString();
            if (kind == QLatin1String("record")) {
                header.counts[QStringLiteral("records")] += 1;
                if (m.value(QStringLiteral("entity")).toString() == QLatin1String("attachment"))
                    header.counts[QStringLiteral("attachments")] += 1;
            } else if (kind == QLatin1String("audit")) {
                header.counts[QStringLiteral("audit")] += 1;
            } else if (!kind.isEmpty()) {
                header.counts[kind + QLatin1Char('s')] += 1;
            }
        }
    }

    // Writes the package: items, then {"k":"end"} (unless `end` is false), deflated, encrypted to the
    // recipient's key, signed with the sender's. `recount`: the counts follow the items.
    bool write(const QString& path, const StationKeys& sender, const QByteArray& recipientEncKey,
               bool recount = true, bool end = true)
    {
        if (recount)
            this->recount();
        QByteArray payloadBytes;
        QBuffer payloadBuffer(&payloadBytes);
        payloadBuffer.open(QIODevice::WriteOnly);
        const SecureBytes key = SecretStream::generateKey();
        {
            PayloadWriter payload(key, &payloadBuffer);
            for (const QByteArray& item : std::as_const(items)) {
                if (!payload.write(item))
                    return false;
            }
            if (end) {
                QCborMap e;
                e.insert(QStringLiteral("k"), QStringLiteral("end"));
                e.insert(QStringLiteral("items"), qint64(items.size() + 1));
                if (!payload.write(bytes(e)))
                    return false;
            }
            if (!payload.finish())
                return false;
        }
        header.payloadBytes = payloadBytes.size();
        const QByteArray cbor = header.toCbor();
        const QByteArray sealed = Sealer::seal(recipientEncKey, key.view());
        QByteArray file(PackageHeader::Magic, PackageHeader::MagicBytes);
        uchar fixed[6];
        qToBigEndian<quint16>(PackageHeader::FormatVersion, fixed);
        qToBigEndian<quint32>(quint32(cbor.size()), fixed + 2);
        file.append(reinterpret_cast<const char*>(fixed), 6);
        file.append(cbor);
        uchar keyLength[2];
        qToBigEndian<quint16>(quint16(sealed.size()), keyLength);
        file.append(reinterpret_cast<const char*>(keyLength), 2);
        file.append(sealed);
        file.append(payloadBytes);
        Signer::Stream signer;
        signer.update(file);
        file.append(signer.sign(sender.sign.secretKey));
        QSaveFile out(path);
        return out.open(QIODevice::WriteOnly) && out.write(file) == file.size() && out.commit();
    }
};
