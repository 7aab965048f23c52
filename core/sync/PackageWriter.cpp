#include "PackageWriter.h"

#include "PayloadWriter.h"
#include "SecretStream.h"
#include "TrustStore.h"
#include "domain/AreaCode.h"
#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"
#include "storage/FieldClocks.h"

#include <QCborStreamWriter>
#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUuid>
#include <QtEndian>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PackageWriter", text);
}

void writeText(QCborStreamWriter& w, const char* key, const QVariant& value)
{
    w.append(QLatin1String(key));
    if (value.isNull())
        w.appendNull();
    else
        w.append(value.toString());
}

void writeValue(QCborStreamWriter& w, const FieldSpec& spec, const QVariant& value)
{
    if (value.isNull())
        w.appendNull();
    else if (spec.type == FieldSpec::Type::Bool)
        w.append(value.toLongLong());
    else
        w.append(value.toString());
}

class Export final
{
public:
    Export(CaseDatabase& db, const PackageWriter::Options& options, PayloadWriter& payload, qint64 total)
        : m_db(db)
        , m_options(options)
        , m_payload(payload)
        , m_total(total)
    {}

    QMap<QString, qint64> counts;

    Status item(const QByteArray& cbor, const QString& kind)
    {
        counts[kind] += 1;
        if (Status s = m_payload.write(cbor); !s)
            return s;
        if (m_options.progress && (++m_done % 1000) == 0 && !m_options.progress(m_done, m_total))
            return Status::failure(tr("The export was cancelled."));
        return {};
    }

    Status records(const EntitySchema& schema, qint64 since, const QString& like, const QString& echoFilter,
                   const QString& recipient)
    {
        const QStringList fields = schema.fieldNames();
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(
            QStringLiteral("SELECT id, area_code, created_at, created_by, updated_at, updated_by, clocks, ") +
            fields.join(QLatin1Char(',')) + QStringLiteral(" FROM ") + schema.table +
            QStringLiteral(" WHERE seq > ? AND area_code LIKE ?") + echoFilter +
            QStringLiteral(" ORDER BY seq"));
        q.addBindValue(since);
        q.addBindValue(like);
        if (!echoFilter.isEmpty())
            q.addBindValue(recipient);
        if (!q.exec())
            return Status::failure(q.lastError().text());
        QByteArray cbor;
        while (q.next()) {
            cbor.clear();
            QCborStreamWriter w(&cbor);
            w.startMap(10);
            w.append(QLatin1String("k"));
            w.append(QLatin1String("record"));
            w.append(QLatin1String("entity"));
            w.append(schema.table);
            writeText(w, "id", q.value(0));
            writeText(w, "area_code", q.value(1));
            writeText(w, "created_at", q.value(2));
            writeText(w, "created_by", q.value(3));
            writeText(w, "updated_at", q.value(4));
            writeText(w, "updated_by", q.value(5));
            // Values of the written fields, and their stamps in the compact text form of FieldClocks.
            const QString clocksText = q.value(6).toString();
            const FieldClocks clocks = FieldClocks::parse(clocksText);
            w.append(QLatin1String("values"));
            w.startMap(clocks.all().size());
            for (int i = 0; i < fields.size(); ++i) {
                if (clocks.stamp(fields.at(i)).isNull())
                    continue;
                w.append(fields.at(i));
                writeValue(w, schema.fields.at(i), q.value(7 + i));
            }
            w.endMap();
            w.append(QLatin1String("clocks"));
            w.append(clocksText);
            w.endMap();
            if (schema.table == QLatin1String("attachment"))
                counts[QStringLiteral("attachments")] += 1;
            if (Status s = item(cbor, QStringLiteral("records")); !s)
                return s;
        }
        return {};
    }

    // Rows of a table as a map of their columns (text, integers, null).
    Status rows(const QString& kind, const QString& sql, const QVariantList& binds,
                const QStringList& columns, const QStringList& integers)
    {
        QSqlQuery q(m_db.sql());
        q.setForwardOnly(true);
        q.prepare(sql);
        for (const QVariant& b : binds)
            q.addBindValue(b);
        if (!q.exec())
            return Status::failure(q.lastError().text());
        QByteArray cbor;
        while (q.next()) {
            cbor.clear();
            QCborStreamWriter w(&cbor);
            w.startMap(columns.size() + 1);
            w.append(QLatin1String("k"));
            w.append(kind);
            for (int i = 0; i < columns.size(); ++i) {
                w.append(columns.at(i));
                if (q.value(i).isNull())
                    w.appendNull();
                else if (integers.contains(columns.at(i)))
                    w.append(q.value(i).toLongLong());
                else
                    w.append(q.value(i).toString());
            }
            w.endMap();
            if (Status s = item(cbor, kind == QLatin1String("audit") ? QStringLiteral("audit")
                                                                     : kind + QLatin1Char('s'));
                !s)
                return s;
        }
        return {};
    }

private:
    CaseDatabase& m_db;
    const PackageWriter::Options& m_options;
    PayloadWriter& m_payload;
    qint64 m_total;
    qint64 m_done = 0;
};

qint64 countWhere(CaseDatabase& db, const QString& table, const QString& where, const QVariantList& binds)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT count(*) FROM ") + table + QStringLiteral(" WHERE ") + where);
    for (const QVariant& b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

bool writeAll(QIODevice& out, Signer::Stream& signer, QByteArrayView bytes)
{
    signer.update(bytes);
    return out.write(bytes.data(), bytes.size()) == bytes.size();
}
} // namespace

Result<PackageHeader> PackageWriter::write(CaseDatabase& db, const StationKeys& keys, const Options& options)
{
    using R = Result<PackageHeader>;
    const auto me = db.station();
    if (!me)
        return R::failure(tr("Set up the station first."));
    const auto peer = TrustStore(db).find(options.recipient);
    if (!peer)
        return R::failure(tr("No enrolled station has the id %1; enrol it first.").arg(options.recipient));
    if (peer->revoked())
        return R::failure(tr("The station %1 was revoked; nothing can be sent to it.").arg(peer->name));
    QString scope;
    if (AreaCode::contains(me->areaCode, peer->area))
        scope = peer->area;
    else if (AreaCode::contains(peer->area, me->areaCode))
        scope = me->areaCode;
    else
        return R::failure(tr("The station %1 is neither above nor below this station.").arg(peer->name));

    QTemporaryFile temp(QFileInfo(options.path).absolutePath() + QStringLiteral("/.shouhu-export-XXXXXX"));
    if (!temp.open())
        return R::failure(tr("The file %1 cannot be written.").arg(options.path));
    const SecureBytes key = SecretStream::generateKey();

    if (Status s = db.begin(); !s)
        return R::failure(s.error());
    PackageHeader h;
    h.packageId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    h.sender = me->id;
    h.senderName = me->name;
    h.senderRole = me->role;
    h.senderArea = me->areaCode;
    h.recipient = peer->id;
    h.created = db.nextStamp().hlc;
    // The sender's wall clock with its UTC offset (e.g. 2026-11-28T10:00:00.000+08:00).
    QDateTime now = db.clock().now();
    now.setOffsetFromUtc(now.offsetFromUtc());
    h.createdAt = now.toString(Qt::ISODateWithMs);
    h.scope = scope;
    h.full = options.full;
    h.since = options.full ? 0 : peer->ackedSeq;
    h.upto = db.setting(QStringLiteral("seq"), QStringLiteral("0")).toLongLong();
    const QString like = AreaCode::prefix(scope) + QLatin1Char('%');
    // No echo: what came from the recipient and is still as it sent it goes not back.
    const QString echoFilter =
        options.echo ? QString() : QStringLiteral(" AND (origin IS NULL OR origin <> ?)");
    const QVariantList binds =
        options.echo ? QVariantList{h.since, like} : QVariantList{h.since, like, peer->id};
    const QString where = QStringLiteral("seq > ? AND area_code LIKE ?") + echoFilter;
    // A village sends no office-only record (a spot check it received), nor anything about one: the
    // recipient would refuse the package (SenderScope).
    const bool village = AreaCode::levelOf(me->areaCode) == AreaLevel::Village;
    const auto sent = [village](const EntitySchema& s) { return !village || !s.officeOnly; };
    QString whereAbout = where;
    if (village) {
        const QStringList officeOnly = EntitySchema::officeOnlyTables();
        if (!officeOnly.isEmpty())
            whereAbout += QStringLiteral(" AND entity NOT IN ('") + officeOnly.join(QStringLiteral("','")) +
                          QStringLiteral("')");
    }
    qint64 total = countWhere(db, QStringLiteral("audit"), whereAbout, binds) +
                   countWhere(db, QStringLiteral("conflict"), whereAbout, binds);
    for (const EntitySchema* s : EntitySchema::all()) {
        if (sent(*s))
            total += countWhere(db, s->table, where, binds);
    }

    Status status;
    {
        PayloadWriter payload(key, &temp);
        Export e(db, options, payload, total);
        status = e.rows(
            QStringLiteral("revocation"),
            QStringLiteral("SELECT station_id, revoked_at, revoked_by FROM revocation WHERE seq > ?"),
            {h.since},
            {QStringLiteral("station_id"), QStringLiteral("revoked_at"), QStringLiteral("revoked_by")}, {});
        if (status)
            status = e.rows(
                QStringLiteral("audit"),
                QStringLiteral("SELECT id, area_code, entity, record_id, field, old_value, new_value, hlc,"
                               " station_id, operator, at, prev FROM audit WHERE ") +
                    whereAbout + QStringLiteral(" ORDER BY seq"),
                binds,
                {QStringLiteral("id"), QStringLiteral("area_code"), QStringLiteral("entity"),
                 QStringLiteral("record_id"), QStringLiteral("field"), QStringLiteral("old_value"),
                 QStringLiteral("new_value"), QStringLiteral("hlc"), QStringLiteral("station_id"),
                 QStringLiteral("operator"), QStringLiteral("at"), QStringLiteral("prev")},
                {QStringLiteral("hlc")});

        // Audit entries before the records: a merge then knows which writes a newer one had seen (`prev`)
        // and does not report them as conflicts (the importer accepts any order all the same).
        for (const EntitySchema* s : EntitySchema::all()) {
            if (status && sent(*s))
                status = e.records(*s, h.since, like, echoFilter, peer->id);
        }
        if (status)
            status = e.rows(
                QStringLiteral("conflict"),
                QStringLiteral("SELECT id, area_code, entity, record_id, field, value, hlc, station_id,"
                               " winner_hlc, winner_station, detected_at, resolved_at, resolved_by,"
                               " resolution, resolved_hlc FROM conflict WHERE ") +
                    whereAbout,
                binds,
                {QStringLiteral("id"), QStringLiteral("area_code"), QStringLiteral("entity"),
                 QStringLiteral("record_id"), QStringLiteral("field"), QStringLiteral("value"),
                 QStringLiteral("hlc"), QStringLiteral("station_id"), QStringLiteral("winner_hlc"),
                 QStringLiteral("winner_station"), QStringLiteral("detected_at"),
                 QStringLiteral("resolved_at"), QStringLiteral("resolved_by"), QStringLiteral("resolution"),
                 QStringLiteral("resolved_hlc")},
                {QStringLiteral("hlc"), QStringLiteral("winner_hlc"), QStringLiteral("resolved_hlc")});
        if (status) {
            QByteArray cbor;
            QCborStreamWriter w(&cbor);
            w.startMap(3);
            w.append(QLatin1String("k"));
            w.append(QLatin1String("receipt"));
            w.append(QLatin1String("station"));
            w.append(peer->id);
            w.append(QLatin1String("upto"));
            w.append(peer->receivedUpto);
            w.endMap();
            status = e.item(cbor, QStringLiteral("receipts"));
        }
        if (status) {
            QByteArray cbor;
            QCborStreamWriter w(&cbor);
            w.startMap(2);
            w.append(QLatin1String("k"));
            w.append(QLatin1String("end"));
            w.append(QLatin1String("items"));
            w.append(payload.items() + 1);
            w.endMap();
            status = payload.write(cbor);
        }
        if (status)
            status = payload.finish();
        h.counts = e.counts;
        for (const QString& key : PackageHeader::countKeys())
            h.counts.insert(key, h.counts.value(key)); // every count, zeros too
    }
    // Nothing was written to the database but the clock tick of `created`.
    if (Status s = db.commit(); !s && status)
        status = s;
    if (!status)
        return R::failure(status.error());
    h.payloadBytes = temp.size();

    const QByteArray header = h.toCbor();
    const QByteArray sealed = Sealer::seal(peer->encPublicKey, key.view());
    if (sealed.isEmpty())
        return R::failure(tr("The station %1 has a damaged encryption key; enrol it again.").arg(peer->name));
    QByteArray prefix(PackageHeader::Magic, PackageHeader::MagicBytes);
    uchar fixed[6];
    qToBigEndian<quint16>(PackageHeader::FormatVersion, fixed);
    qToBigEndian<quint32>(quint32(header.size()), fixed + 2);
    prefix.append(reinterpret_cast<const char*>(fixed), 6);
    prefix.append(header);
    uchar keyLength[2];
    qToBigEndian<quint16>(quint16(sealed.size()), keyLength);
    prefix.append(reinterpret_cast<const char*>(keyLength), 2);
    prefix.append(sealed);

    QSaveFile out(options.path);
    if (!out.open(QIODevice::WriteOnly))
        return R::failure(tr("The file %1 cannot be written: %2").arg(options.path, out.errorString()));
    Signer::Stream signer;
    bool ok = writeAll(out, signer, prefix);
    temp.seek(0);
    QByteArray buffer(256 * 1024, Qt::Uninitialized);
    while (ok) {
        const qint64 n = temp.read(buffer.data(), buffer.size());
        if (n <= 0) {
            ok = n == 0;
            break;
        }
        ok = writeAll(out, signer, QByteArrayView(buffer).first(n));
    }
    const QByteArray signature = signer.sign(keys.sign.secretKey);
    ok = ok && signature.size() == PackageHeader::SignatureBytes && out.write(signature) == signature.size();
    if (!ok || !out.commit())
        return R::failure(tr("The file %1 could not be written (is the disk full?).").arg(options.path));
    return h;
}
