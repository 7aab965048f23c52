#include "PackageVerifier.h"

#include "BoundedDevice.h"
#include "Crypto.h"
#include "Signer.h"
#include "domain/AreaCatalog.h"
#include "domain/Vocabulary.h"

#include <QFile>
#include <QtEndian>

namespace {
QString place(const QString& area)
{
    const QString name = AreaCatalog::instance().fullName(area);
    return name.isEmpty() ? area : name;
}

// The first bytes as the signature pass read them (magic to sealed key) must say what the first read of the
// header said: everything the import acts on is then covered by the signature.
bool sameHead(const QByteArray& head, const PackageHeader& h, const PackageHeader::Layout& l)
{
    if (head.size() != l.payloadOffset)
        return false;
    const qint64 keyLengthAt = l.sealedKeyOffset - 2;
    uchar fixed[6];
    qToBigEndian<quint16>(PackageHeader::FormatVersion, fixed);
    qToBigEndian<quint32>(quint32(keyLengthAt - l.headerOffset), fixed + 2);
    const QByteArray start = QByteArray(PackageHeader::Magic, PackageHeader::MagicBytes) +
                             QByteArray(reinterpret_cast<const char*>(fixed), 6);
    const Result<PackageHeader> again =
        PackageHeader::fromCbor(head.mid(l.headerOffset, keyLengthAt - l.headerOffset));
    return head.startsWith(start) && again && again->toCbor() == h.toCbor() &&
           qFromBigEndian<quint16>(head.constData() + keyLengthAt) == l.sealedKeyBytes;
}
} // namespace

Result<VerifiedPackage> PackageVerifier::verify(CaseDatabase& db, QFile& file)
{
    using R = Result<VerifiedPackage>;
    VerifiedPackage v;
    Result<PackageHeader> header = PackageHeader::read(&file, &v.layout);
    if (!header)
        return R::failure(header.error());
    v.header = header.value();
    const PackageHeader& h = v.header;
    const std::optional<Peer> sender = TrustStore(db).find(h.sender);
    if (!sender)
        return R::failure(tr("The package comes from a station that is not enrolled here (%1, %2); enrol it "
                             "first.")
                              .arg(h.senderName.left(50), h.sender));
    v.sender = sender.value();
    // The signature pass keeps the first bytes (header and sealed key) and a hash of the payload: the
    // decrypting pass uses those bytes and must read a payload with the same hash, so a file changed or
    // swapped between the passes is refused.
    Signer::Stream verifier;
    BoundedDevice headPart(&file, 0, v.layout.payloadOffset);
    v.head = headPart.readAll();
    verifier.update(v.head);
    BoundedDevice payloadPart(&file, v.layout.payloadOffset, h.payloadBytes);
    Crypto::Hasher hasher;
    payloadPart.setHasher(&hasher);
    if (Status s = verifier.updateFrom(&payloadPart); !s)
        return R::failure(s.error());
    v.payloadHash = hasher.finish();
    file.seek(v.layout.signatureOffset);
    const QByteArray signature = file.read(PackageHeader::SignatureBytes);
    if (payloadPart.consumed() != h.payloadBytes || !sameHead(v.head, h, v.layout) ||
        !verifier.verify(v.sender.signPublicKey, signature))
        return R::failure(tr("The package's signature is not valid: the file was damaged or altered after it "
                             "was signed."));
    // Signed, but the header must also say what this station knows of the sender.
    if (h.senderRole != v.sender.role || h.senderArea != v.sender.area)
        return R::failure(tr("The package was refused: its header says the sender is a %1 station of %2, but "
                             "%3 was enrolled here as a %4 station of %5.")
                              .arg(Vocabulary::label(Vocabulary::Role, h.senderRole.left(20)),
                                   place(h.senderArea.left(20)), v.sender.name,
                                   Vocabulary::label(Vocabulary::Role, v.sender.role), place(v.sender.area)));
    return v;
}
