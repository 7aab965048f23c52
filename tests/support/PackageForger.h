#pragma once

#include "sync/BoundedDevice.h"
#include "sync/PackageHeader.h"
#include "sync/PayloadReader.h"
#include "sync/PayloadWriter.h"
#include "sync/SecretStream.h"
#include "sync/SecretStreamWriter.h"
#include "sync/StationIdentity.h"

#include <QBuffer>
#include <QCborMap>
#include <QCborStreamReader>
#include <QCborValue>
#include <QFile>
#include <QList>
#include <QSaveFile>
#include <QtEndian>

#include <zlib.h>

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
            if (map(item.value()).value(QStringLiteral("k")).toString() != QLatin1String("end"))
                f.items << item.value();
        }
        return f;
    }

    // The item's map; empty when the item does not parse (a map cut short by a parse error must not be read:
    // QCborMap::value can read past its buffer then, Qt 6.4, as PackageHeader::fromCbor says too).
    static QCborMap map(const QByteArray& item)
    {
        QCborParserError error;
        const QCborValue v = QCborValue::fromCbor(item, &error);
        return error.error == QCborError::NoError ? v.toMap() : QCborMap();
    }
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

    // The header's counts as an honest writer computes them from the items (kinds the format does not know,
    // and the end item, are not counted).
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
            } else if (header.counts.contains(kind + QLatin1Char('s'))) {
                header.counts[kind + QLatin1Char('s')] += 1;
            }
        }
    }

    // The items framed as the decompressed payload holds them (4-byte length, CBOR), then {"k":"end"}
    // unless `end` is false.
    QByteArray plain(bool end = true) const
    {
        QByteArray out;
        const auto frame = [&out](const QByteArray& item) {
            uchar length[4];
            qToBigEndian<quint32>(quint32(item.size()), length);
            out.append(reinterpret_cast<const char*>(length), 4);
            out.append(item);
        };
        for (const QByteArray& item : items)
            frame(item);
        if (end)
            frame(endItem());
        return out;
    }

    // The items that `plain` frames, as far as its lengths can be followed.
    static QList<QByteArray> framed(const QByteArray& plain)
    {
        QList<QByteArray> out;
        qsizetype pos = 0;
        while (pos + 4 <= plain.size()) {
            const quint32 n = qFromBigEndian<quint32>(plain.constData() + pos);
            pos += 4;
            if (n > quint32(plain.size() - pos))
                break;
            out << plain.mid(pos, n);
            pos += n;
        }
        return out;
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
            if (end && !payload.write(endItem()))
                return false;
            if (!payload.finish())
                return false;
        }
        const QByteArray file = assemble(header, payloadBytes, key, sender, recipientEncKey);
        QSaveFile out(path);
        return out.open(QIODevice::WriteOnly) && out.write(file) == file.size() && out.commit();
    }

    // A package whose decompressed payload is `plain` exactly as given, damaged framing included: deflated,
    // encrypted to the recipient, signed by the sender, under `header` with the counts of the items that
    // `plain` frames. (The fuzz target reads any bytes so, to reach the payload's reading and merging.)
    static QByteArray fromPlain(const PackageHeader& header, const QByteArray& plain,
                                const StationKeys& sender, const QByteArray& recipientEncKey)
    {
        PackageForger f;
        f.header = header;
        f.items = framed(plain);
        f.recount();
        uLongf size = compressBound(uLong(plain.size()));
        QByteArray deflated(qsizetype(size), Qt::Uninitialized);
        if (compress2(reinterpret_cast<Bytef*>(deflated.data()), &size,
                      reinterpret_cast<const Bytef*>(plain.constData()), uLong(plain.size()), 6) != Z_OK)
            return {};
        deflated.resize(qsizetype(size));
        const SecureBytes key = SecretStream::generateKey();
        QByteArray payloadBytes;
        QBuffer buffer(&payloadBytes);
        buffer.open(QIODevice::WriteOnly);
        SecretStreamWriter stream(key, &buffer);
        if (!stream.write(deflated) || !stream.finish())
            return {};
        return assemble(f.header, payloadBytes, key, sender, recipientEncKey);
    }

private:
    QByteArray endItem() const
    {
        QCborMap e;
        e.insert(QStringLiteral("k"), QStringLiteral("end"));
        e.insert(QStringLiteral("items"), qint64(items.size() + 1));
        return bytes(e);
    }

    // The package file: magic, version, header, sealed key, payload, signature.
    static QByteArray assemble(PackageHeader header, const QByteArray& payloadBytes, const SecureBytes& key,
                               const StationKeys& sender, const QByteArray& recipientEncKey)
    {
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
        return file;
    }
};
