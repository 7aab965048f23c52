#include "PackageReader.h"

#include "BoundedDevice.h"
#include "ConflictStore.h"
#include "ImportLedger.h"
#include "MergeReclassifier.h"
#include "PayloadItem.h"
#include "PayloadReader.h"
#include "TrustStore.h"
#include "domain/AreaCode.h"
#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"
#include "storage/FieldClocks.h"
#include "storage/FieldValidator.h"
#include "storage/RecordWriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QtEndian>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PackageReader", text);
}

QString storedText(const QVariant& v)
{
    return v.isNull() ? QString() : v.toString();
}

std::function<void()>& afterSignatureCheck()
{
    static std::function<void()> hook;
    return hook;
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

class Import final
{
public:
    Import(CaseDatabase& db, const PackageHeader& header, const QString& scope)
        : m_db(db)
        , m_header(header)
        , m_scope(scope)
        , m_writer(db)
        , m_conflicts(db)
        , m_trust(db)
        , m_refresher(db)
        , m_today(db.clock().today())
        , m_latestMs(db.clock().nowMs() + PackageReader::MaxClockAheadMs)
    {
        // Into a table that was empty, records are almost all new: insert first, merge only when one exists.
        for (const EntitySchema* s : EntitySchema::all()) {
            QSqlQuery q(db.sql());
            if (q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM ") + s->table + QStringLiteral(")")) &&
                q.next() && q.value(0).toInt() == 0)
                m_emptyAtStart.insert(s->table);
        }
    }

    ImportReport report;
    qint64 maxHlc = 0;
    qint64 receipt = -1;
    bool ended = false;

    Status apply(const QByteArray& cbor)
    {
        const PayloadItem m = PayloadItem::parse(cbor);
        const QString kind = m.text(QLatin1String("k"));
        if (ended || !m.isValid())
            return damaged();
        if (kind == QLatin1String("record"))
            return record(m);
        if (kind == QLatin1String("audit"))
            return audit(m);
        if (kind == QLatin1String("conflict"))
            return conflict(m);
        if (kind == QLatin1String("revocation"))
            return revocation(m);
        if (kind == QLatin1String("receipt")) {
            if (m.text(QLatin1String("station")) == m_db.station()->id)
                receipt = m.integer(QLatin1String("upto"));
            ++m_items;
            return {};
        }
        if (kind == QLatin1String("end")) {
            ended = true;
            if (m.integer(QLatin1String("items")) != m_items + 1)
                return damaged();
            return {};
        }
        return damaged();
    }

    Status finish()
    {
        if (!ended)
            return damaged();
        return m_refresher.refresh();
    }

private:
    Status damaged() const
    {
        return Status::failure(tr("The package cannot be decrypted: its contents are damaged."));
    }
    Status invalid(const QString& entity, const QString& id, const QString& why) const
    {
        return Status::failure(
            tr("The package was refused: the %1 record %2 is invalid: %3").arg(entity, id, why));
    }
    Status checkScope(const QString& entity, const QString& id, const QString& area) const
    {
        if (AreaCode::normalize(area) != area || AreaCode::levelOf(area) != AreaLevel::Village)
            return invalid(entity, id, tr("\"%1\" is not a village code.").arg(area));
        if (!AreaCode::contains(m_scope, area))
            return Status::failure(tr("The package was refused: it holds records of %1, outside the area the "
                                      "sender may send to this station (%2).")
                                       .arg(area, m_scope));
        return {};
    }
    Status checkStamp(const QString& entity, const QString& id, const Stamp& s)
    {
        if (s.hlc <= 0 || !StationCard::isStationId(s.station))
            return invalid(entity, id, tr("a write has no valid clock."));
        if (Stamp::millisOf(s.hlc) > m_latestMs)
            return Status::failure(
                tr("The package was refused: its clocks are too far in the future (%1); the "
                   "sender's computer clock is wrong, ask them to correct it and export "
                   "again.")
                    .arg(QDateTime::fromMSecsSinceEpoch(Stamp::millisOf(s.hlc)).toString(Qt::ISODate)));
        maxHlc = qMax(maxHlc, s.hlc);
        return {};
    }

    ImportReport::Counts& village(const QString& area) { return report.perVillage[area]; }

    Status record(const PayloadItem& m)
    {
        ++m_items;
        const QString table = m.text(QLatin1String("entity"));
        const EntitySchema* schema = EntitySchema::byTable(table);
        RemoteRecord r;
        r.id = m.text(QLatin1String("id"));
        r.areaCode = m.text(QLatin1String("area_code"));
        r.createdAt = m.text(QLatin1String("created_at"));
        r.createdBy = m.text(QLatin1String("created_by"));
        r.updatedAt = m.text(QLatin1String("updated_at"));
        r.updatedBy = m.text(QLatin1String("updated_by"));
        if (!schema)
            return invalid(table, r.id, tr("this kind of record is unknown."));
        if (r.id.isEmpty() || r.id.size() > 64 || r.createdAt.isEmpty() || r.updatedAt.isEmpty())
            return invalid(table, r.id, tr("its identity is incomplete."));
        if (Status s = checkScope(table, r.id, r.areaCode); !s)
            return s;
        const QList<PayloadItem::Entry>& values = m.values();
        const FieldClocks clocks = FieldClocks::parse(m.text(QLatin1String("clocks")));
        if (clocks.all().size() != values.size())
            return invalid(table, r.id, tr("its values and clocks do not match."));
        for (const PayloadItem::Entry& e : values) {
            RemoteField rf;
            rf.name = e.key;
            const bool ok = e.stored;
            rf.value = e.value;
            rf.stamp = clocks.stamp(rf.name);
            const FieldSpec* spec = schema->field(rf.name);
            if (!spec || !ok)
                return invalid(table, r.id, tr("the field \"%1\" is unknown or malformed.").arg(rf.name));
            if (!rf.value.isNull() || spec->required) {
                Result<QVariant> n = FieldValidator::normalize(*spec, rf.value, m_today);
                if (!n)
                    return invalid(table, r.id, n.error());
                if (storedText(n.value()) != storedText(rf.value))
                    return invalid(table, r.id,
                                   tr("the field \"%1\" is not in its stored form.").arg(rf.name));
            }
            if (Status s = checkStamp(table, r.id, rf.stamp); !s)
                return s;
            r.fields << rf;
        }
        Result<MergeOutcome> outcome = m_writer.applyRemote(*schema, r, m_emptyAtStart.contains(table));
        if (!outcome)
            return Status::failure(outcome.error());
        ImportReport::Counts& v = village(r.areaCode);
        switch (outcome->kind) {
        case MergeOutcome::Kind::Added:
            ++report.total.added;
            ++v.added;
            break;
        case MergeOutcome::Kind::Updated:
            ++report.total.updated;
            ++v.updated;
            break;
        case MergeOutcome::Kind::Unchanged:
            ++report.total.unchanged;
            ++v.unchanged;
            break;
        }
        ImportReport::Counts& e = report.perEntity[table];
        ++(outcome->kind == MergeOutcome::Kind::Added     ? e.added
           : outcome->kind == MergeOutcome::Kind::Updated ? e.updated
                                                          : e.unchanged);
        if (outcome->kind != MergeOutcome::Kind::Unchanged)
            m_refresher.touched(table, r.id);
        for (const LostWrite& lost : outcome->lost) {
            Conflict c;
            c.area = r.areaCode;
            c.entity = table;
            c.recordId = r.id;
            c.field = lost.field;
            c.value = lost.value;
            c.stamp = lost.stamp;
            c.winner = lost.winner;
            c.detectedAt = m_db.clock().now().toString(Qt::ISODateWithMs);
            Result<bool> added = m_conflicts.merge(c);
            if (!added)
                return Status::failure(added.error());
            if (added.value()) {
                ++report.total.conflicts;
                ++v.conflicts;
            }
        }
        return {};
    }

    Status audit(const PayloadItem& m)
    {
        ++m_items;
        QVariantMap row;
        for (const PayloadItem::Entry& e : m.entries()) {
            const QString& key = e.key;
            if (key == QLatin1String("k"))
                continue;
            row.insert(key, e.value);
            if (!e.stored)
                return invalid(QStringLiteral("audit"), m.text(QLatin1String("id")),
                               tr("the field \"%1\" is malformed.").arg(key));
        }
        const QString id = row.value(QStringLiteral("id")).toString();
        if (id.isEmpty() || !EntitySchema::byTable(row.value(QStringLiteral("entity")).toString()) ||
            row.value(QStringLiteral("record_id")).toString().isEmpty() ||
            row.value(QStringLiteral("field")).toString().isEmpty())
            return invalid(QStringLiteral("audit"), id, tr("its identity is incomplete."));
        if (Status s =
                checkScope(QStringLiteral("audit"), id, row.value(QStringLiteral("area_code")).toString());
            !s)
            return s;
        if (Status s = checkStamp(QStringLiteral("audit"), id,
                                  {row.value(QStringLiteral("hlc")).toLongLong(),
                                   row.value(QStringLiteral("station_id")).toString()});
            !s)
            return s;
        Result<bool> added = m_writer.importAudit(row);
        if (!added)
            return Status::failure(added.error());
        if (added.value())
            ++report.auditAdded;
        return {};
    }

    Status conflict(const PayloadItem& m)
    {
        ++m_items;
        Conflict c;
        c.id = m.text(QLatin1String("id"));
        c.area = m.text(QLatin1String("area_code"));
        c.entity = m.text(QLatin1String("entity"));
        c.recordId = m.text(QLatin1String("record_id"));
        c.field = m.text(QLatin1String("field"));
        const PayloadItem::Entry* value = m.find(QLatin1String("value"));
        const bool ok = value && value->stored;
        c.value = value ? value->value : QVariant();
        c.stamp = {m.integer(QLatin1String("hlc")), m.text(QLatin1String("station_id"))};
        c.winner = {m.integer(QLatin1String("winner_hlc")), m.text(QLatin1String("winner_station"))};
        c.detectedAt = m.text(QLatin1String("detected_at"));
        c.resolvedAt = m.text(QLatin1String("resolved_at"));
        c.resolvedBy = m.text(QLatin1String("resolved_by"));
        c.resolution = m.text(QLatin1String("resolution"));
        c.resolvedHlc = m.integer(QLatin1String("resolved_hlc"));
        const EntitySchema* schema = EntitySchema::byTable(c.entity);
        if (!ok || !schema || !schema->field(c.field) || c.recordId.isEmpty() ||
            c.id != ConflictStore::idOf(c.entity, c.recordId, c.field, c.stamp))
            return invalid(QStringLiteral("conflict"), c.id, tr("its identity is incomplete."));
        if (Status s = checkScope(QStringLiteral("conflict"), c.id, c.area); !s)
            return s;
        if (Status s = checkStamp(QStringLiteral("conflict"), c.id, c.stamp); !s)
            return s;
        Result<bool> changed = m_conflicts.merge(c);
        if (!changed)
            return Status::failure(changed.error());
        if (changed.value() && !c.resolved()) {
            ++report.total.conflicts;
            ++village(c.area).conflicts;
        }
        return {};
    }

    Status revocation(const PayloadItem& m)
    {
        ++m_items;
        const QString station = m.text(QLatin1String("station_id"));
        if (!StationCard::isStationId(station))
            return invalid(QStringLiteral("revocation"), station, tr("its identity is incomplete."));
        // Revocations travel down: only the station above is obeyed.
        if (!TrustStore::isAbove(*m_db.station(), m_header.senderArea) || station == m_db.station()->id)
            return {};
        Result<bool> r = m_trust.applyRevocation(station, m.text(QLatin1String("revoked_at")),
                                                 m.text(QLatin1String("revoked_by")));
        if (!r)
            return Status::failure(r.error());
        if (r.value())
            ++report.revocations;
        return {};
    }

    CaseDatabase& m_db;
    const PackageHeader& m_header;
    QString m_scope;
    RecordWriter m_writer;
    ConflictStore m_conflicts;
    TrustStore m_trust;
    MergeReclassifier m_refresher;
    QDate m_today;
    qint64 m_latestMs;
    qint64 m_items = 0;
    QSet<QString> m_emptyAtStart;
};
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

std::optional<ImportReport> PackageReader::previousImport(CaseDatabase& db, const QString& path)
{
    Result<PackageHeader> h = inspect(path);
    if (!h)
        return std::nullopt;
    std::optional<ImportReport> previous = ImportLedger(db).find(h->packageId);
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
    PackageHeader::Layout layout;
    Result<PackageHeader> header = PackageHeader::read(&file, &layout);
    if (!header)
        return R::failure(header.error());
    const PackageHeader& h = header.value();

    TrustStore trust(db);
    const auto sender = trust.find(h.sender);
    if (!sender)
        return R::failure(tr("The package comes from a station that is not enrolled here (%1, %2); enrol it "
                             "first.")
                              .arg(h.senderName, h.sender));
    // The signature pass keeps the first bytes (header and sealed key) and a hash of the payload: the
    // decrypting pass uses those bytes and must read a payload with the same hash, so a file changed or
    // swapped between the passes is refused.
    QByteArray head;
    QByteArray payloadHash;
    {
        const QString invalid = tr("The package's signature is not valid: the file was damaged or altered "
                                   "after it was signed.");
        Signer::Stream verifier;
        BoundedDevice headPart(&file, 0, layout.payloadOffset);
        head = headPart.readAll();
        verifier.update(head);
        BoundedDevice payloadPart(&file, layout.payloadOffset, h.payloadBytes);
        Crypto::Hasher hasher;
        payloadPart.setHasher(&hasher);
        if (Status s = verifier.updateFrom(&payloadPart); !s)
            return R::failure(s.error());
        payloadHash = hasher.finish();
        file.seek(layout.signatureOffset);
        const QByteArray signature = file.read(PackageHeader::SignatureBytes);
        if (payloadPart.consumed() != h.payloadBytes || !sameHead(head, h, layout) ||
            !verifier.verify(sender->signPublicKey, signature))
            return R::failure(invalid);
    }
    if (afterSignatureCheck())
        afterSignatureCheck()();
    if (sender->revoked())
        return R::failure(tr("The package comes from the station %1, whose key was revoked on %2; it is not "
                             "accepted.")
                              .arg(sender->name, sender->revokedAt));
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
    if (Stamp::millisOf(h.created) > db.clock().nowMs() + MaxClockAheadMs)
        return R::failure(
            tr("The package was refused: its clocks are too far in the future (%1); the sender's "
               "computer clock is wrong, ask them to correct it and export again.")
                .arg(h.createdAt));
    // The narrower of the two areas: a station below sends its own area, the station above this one's.
    const QString scope = AreaCode::contains(me->areaCode, sender->area) ? sender->area : me->areaCode;

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
    Import import(db, h, scope);
    {
        BoundedDevice payloadPart(&file, layout.payloadOffset, h.payloadBytes);
        Crypto::Hasher hasher;
        payloadPart.setHasher(&hasher);
        PayloadReader payload(key.value(), &payloadPart);
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
        if (!Crypto::constantTimeEquals(hasher.finish(), payloadHash))
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
    report.senderName = h.senderName;
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
