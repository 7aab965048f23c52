#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

class QIODevice;

// The clear-text header of a sync package (see docs/sync-format.md for the byte layout): who sent it to
// whom, when, for which area, and how much it holds. Readable without any key (`inspect`), and covered by
// the package's signature.
class PackageHeader final
{
public:
    static constexpr char Magic[] = "SHOUHUPK"; // 8 bytes on disk, no terminator
    static constexpr int MagicBytes = 8;
    static constexpr quint16 FormatVersion = 2;
    static constexpr int SignatureBytes = 64;
    static constexpr quint32 MaxHeaderBytes = 64 * 1024;

    QString packageId;
    QString sender;
    QString senderName;
    QString senderRole;
    QString senderArea;
    QString recipient;
    qint64 created = 0; // hybrid logical clock of the sender at export
    QString createdAt;  // the sender's wall clock, ISO 8601, for people
    QString scope;      // the area the records lie in
    bool full = false;
    qint64 since = 0; // records changed after this sequence number of the sender...
    qint64 upto = 0;  // ...up to this one
    qint64 payloadBytes = 0;
    // Items in the payload by kind (countKeys(); a missing key is 0): records (attachments included),
    // attachments, audit, conflicts, revocations, receipts.
    QMap<QString, qint64> counts;
    static const QStringList& countKeys();

    QByteArray toCbor() const;
    static Result<PackageHeader> fromCbor(const QByteArray& cbor);
    QJsonObject toJson() const;

    // Where the parts of a package file are, as read from its first bytes.
    struct Layout
    {
        qint64 headerOffset = 0;
        qint64 sealedKeyOffset = 0;
        qint64 sealedKeyBytes = 0;
        qint64 payloadOffset = 0;
        qint64 signatureOffset = 0;
        qint64 fileSize = 0;
    };
    // Reads and checks magic, version, header and the sizes of a package file; refuses in one sentence:
    // not a package, unsupported version, truncated, damaged header (signature invalid).
    static Result<PackageHeader> read(QIODevice* file, Layout* layout = nullptr);
};
