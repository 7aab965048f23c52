#include "PackageReader.h"

#include "BoundedDevice.h"
#include "Crypto.h"
#include "ImportLedger.h"
#include "PackageImport.h"
#include "PackageVerifier.h"
#include "PayloadReader.h"
#include "Sealer.h"
#include "TrustStore.h"
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "storage/CaseDatabase.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QSqlQuery>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PackageReader", text);
}

std::function<void()>& afterSignatureCheck()
{
    static std::function<void()> hook;
    return hook;
}
} // namespace

void PackageReader::setAfterSignatureCheck(std::function<void()> hook)
{
    afterSignatureCheck() = std::move(hook);
}

Result<PackageHeader> PackageReader::inspect(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<PackageHeader>::failure(tr("The file %1 cannot be read.").arg(path));
    return PackageHeader::read(&file);
}

Result<std::optional<ImportReport>> PackageReader::previousImport(CaseDatabase& db, const QString& path)
{
    using R = Result<std::optional<ImportReport>>;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("The file %1 cannot be read.").arg(path));
    // The signature first, as for an import: a changed copy of an imported package is refused, not
    // "imported already".
    Result<VerifiedPackage> v = PackageVerifier::verify(db, file);
    if (!v)
        return R::failure(v.error());
    std::optional<ImportReport> previous = ImportLedger(db).find(v->header.packageId);
    if (previous)
        previous->alreadyImported = true;
    return previous;
}

Result<ImportReport> PackageReader::import(CaseDatabase& db, const StationKeys& keys, const QString& path,
                                           const SyncProgress& progress)
{
    using R = Result<ImportReport>;
    const auto me = db.station();
    if (!me)
        return R::failure(tr("Set up the station first."));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return R::failure(tr("The file %1 cannot be read.").arg(path));
    Result<VerifiedPackage> verified = PackageVerifier::verify(db, file);
    if (!verified)
        return R::failure(verified.error());
    const PackageHeader& h = verified->header;
    const PackageHeader::Layout& layout = verified->layout;
    const Peer& sender = verified->sender;
    const QByteArray& head = verified->head;
    TrustStore trust(db);
    if (afterSignatureCheck())
        afterSignatureCheck()();
    if (sender.revoked())
        return R::failure(tr("The package comes from the station %1, whose key was revoked on %2; it is not "
                             "accepted.")
                              .arg(sender.name, sender.revokedAt));
    if (h.recipient != me->id) {
        const auto other = trust.find(h.recipient);
        return R::failure(tr("The package is addressed to another station (%1), not to this one.")
                              .arg(other ? other->name : h.recipient));
    }
    if (auto previous = ImportLedger(db).find(h.packageId)) {
        previous->alreadyImported = true;
        return *previous;
    }
    Result<SecureBytes> key = Sealer::open(head.mid(layout.sealedKeyOffset, layout.sealedKeyBytes),
                                           keys.enc.publicKey, keys.enc.secretKey);
    if (!key)
        return R::failure(tr("The package cannot be decrypted with this station's key."));
    // Which of two things is wrong at the sender: its computer's date now (the package was made "in the
    // future"), or its changes, made while the date was wrong and dated then (its clock repair fixes them).
    const qint64 latestMs = db.clock().nowMs() + MaxClockAheadMs;
    const QDateTime senderNow = QDateTime::fromString(h.createdAt, Qt::ISODateWithMs);
    if (senderNow.isValid() && senderNow.toMSecsSinceEpoch() > latestMs)
        return R::failure(
            tr("The package from %1 was refused: the date on its computer is wrong (the package "
               "was made on %2, more than a day after this computer's date, %3). At %1: set the "
               "computer's date and time right, repair the clock when Shouhu offers it, then export "
               "again.")
                .arg(sender.name, senderNow.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                     db.clock().now().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    if (Stamp::millisOf(h.created) > latestMs)
        return R::failure(PackageImport::futureChangesSentence(sender.name, h.created, db.clock().now()));
    // The narrower of the two areas: a station below sends its own area, the station above this one's. The
    // header must say the same: a sender that claims more is refused.
    const QString scope = AreaCode::contains(me->areaCode, sender.area) ? sender.area : me->areaCode;
    if (h.scope != scope)
        return R::failure(
            tr("The package was refused: it claims to hold the records of %1, but the sender may "
               "send this station only those of %2.")
                .arg(h.scope.left(20), scope));

    // A big import touches every page of the tables and their indexes: a larger page cache for its length
    // saves re-reading them (the connection's own setting is restored afterwards).
    struct CacheSize
    {
        QSqlQuery q;
        qint64 previous = 0;
        explicit CacheSize(CaseDatabase& db)
            : q(db.sql())
        {
            if (q.exec(QStringLiteral("PRAGMA cache_size")) && q.next())
                previous = q.value(0).toLongLong();
            q.exec(QStringLiteral("PRAGMA cache_size = -65536")); // 64 MiB
        }
        ~CacheSize()
        {
            if (previous != 0)
                q.exec(QStringLiteral("PRAGMA cache_size = ") + QString::number(previous));
        }
    } cacheSize(db);
    if (Status s = db.begin(); !s)
        return R::failure(s.error());
    const auto fail = [&db](const QString& why) {
        db.rollback();
        return R::failure(why);
    };
    PackageImport import(db, h, sender, scope, latestMs);
    {
        BoundedDevice payloadPart(&file, layout.payloadOffset, h.payloadBytes);
        Crypto::Hasher hasher;
        payloadPart.setHasher(&hasher);
        PayloadReader payload(key.value(), &payloadPart);
        payload.setBudget(PackageImport::payloadBudget(h.counts));
        qint64 n = 0;
        for (;;) {
            Result<QByteArray> item = payload.next();
            if (!item)
                return fail(item.error());
            if (item->isEmpty())
                break;
            if (Status s = import.apply(item.value()); !s)
                return fail(s.error());
            if (progress && (++n % 1000) == 0 && !progress(payloadPart.consumed(), h.payloadBytes))
                return fail(tr("The import was cancelled; nothing was changed."));
        }
        while (!payloadPart.read(64 * 1024).isEmpty()) {
        } // the payload's last bytes, if the reader stopped before them, go into the hash too
        if (!Crypto::constantTimeEquals(hasher.finish(), verified->payloadHash))
            return fail(tr("The package file changed while it was being imported; nothing was changed. "
                           "Import it again."));
    }
    if (Status s = import.finish(); !s)
        return fail(s.error());
    if (import.receipt >= 0) {
        if (Status s = trust.setAcked(h.sender, import.receipt); !s)
            return fail(s.error());
    }
    if (Status s = trust.setReceived(h.sender, h.upto); !s)
        return fail(s.error());
    db.hlc().observe(qMax(import.maxHlc, h.created));
    ImportReport& report = import.report;
    report.packageId = h.packageId;
    report.sender = h.sender;
    report.senderName = sender.name; // as enrolled here, not as the package says
    report.createdAt = h.createdAt;
    report.importedAt = db.clock().now().toString(Qt::ISODateWithMs);
    if (const qint64 lag = db.hlc().systemClockLagMs(); lag > 5 * 60 * 1000)
        report.clockWarning =
            tr("This computer's clock is %1 minutes behind the changes it has seen; check the "
               "date and time.")
                .arg(lag / 60000);
    if (Status s = ImportLedger(db).record(report, h.created); !s)
        return fail(s.error());
    if (Status s = db.commit(); !s)
        return R::failure(s.error());
    if (progress)
        progress(h.payloadBytes, h.payloadBytes);
    return report;
}
