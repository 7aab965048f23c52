#include "PackageImport.h"

#include "storage/DuplicateFinder.h"
#include "storage/RuleReconciler.h"

#include "StationCard.h"
#include "domain/AreaCode.h"
#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"
#include "storage/RecordIdentity.h"

#include <QDateTime>
#include <QSqlQuery>

namespace {
const QLatin1String kK("k");

QString textOf(const PayloadItem::Entry* e)
{
    return e && e->stored && e->value.typeId() == QMetaType::QString ? e->value.toString() : QString();
}
bool isText(const PayloadItem::Entry* e)
{
    return e && e->stored && e->value.typeId() == QMetaType::QString;
}
bool isInteger(const PayloadItem::Entry* e)
{
    return e && e->stored && e->value.typeId() == QMetaType::LongLong;
}
bool isNull(const PayloadItem::Entry* e)
{
    return e && e->stored && !e->isMap && e->value.isNull();
}
// Text of at most `max` characters, or null when `nullable`.
bool isShortText(const PayloadItem::Entry* e, int max, bool nullable)
{
    return (nullable && isNull(e)) || (isText(e) && e->value.toString().size() <= max);
}
} // namespace

qint64 PackageImport::maxItemBytes(const QString& kind, const QString& entity)
{
    if (kind == QLatin1String("record"))
        return entity == QLatin1String("attachment") ? 2 * 1024 * 1024 : 128 * 1024;
    if (kind == QLatin1String("audit") || kind == QLatin1String("conflict"))
        return 64 * 1024;
    return 4 * 1024;
}

qint64 PackageImport::payloadBudget(const QMap<QString, qint64>& counts)
{
    const auto n = [&counts](const char* key) { return qMax<qint64>(0, counts.value(QLatin1String(key))); };
    const qint64 attachments = qMin(n("attachments"), n("records"));
    // Each item its framing (4 bytes) and at most its largest size; far more than honest packages use.
    const double budget = 1024.0 * 1024 + double(n("records") - attachments) * (128 * 1024 + 4) +
                          double(attachments) * (2 * 1024 * 1024 + 4) +
                          double(n("audit") + n("conflicts")) * (64 * 1024 + 4) +
                          double(n("revocations") + n("receipts") + 1) * (4 * 1024 + 4);
    return budget > double(MaxPayloadBytes) ? MaxPayloadBytes : qint64(budget);
}

QString PackageImport::futureChangesSentence(const QString& senderName, qint64 hlc, const QDateTime& now)
{
    return tr("The package was refused: it holds changes that %1 made while its computer's date was wrong "
              "(dated %2, more than a day after this computer's date, %3). At %1: correct the date if "
              "needed, repair the clock (the button on the warning in the main window, or shouhu-cli clock "
              "repair), then export again.")
        .arg(
            senderName,
            QDateTime::fromMSecsSinceEpoch(Stamp::millisOf(hlc)).toString(QStringLiteral("yyyy-MM-dd HH:mm")),
            now.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
}

PackageImport::PackageImport(CaseDatabase& db, const PackageHeader& header, const Peer& sender,
                             const QString& scope, qint64 latestMs)
    : m_db(db)
    , m_header(header)
    , m_sender(sender)
    , m_emptyAtStart([&db] {
        // Into a table that was empty, records are all new: no stored row to read or look up there.
        QSet<QString> empty;
        for (const EntitySchema* s : EntitySchema::all()) {
            QSqlQuery q(db.sql());
            if (q.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM ") + s->table + QStringLiteral(")")) &&
                q.next() && q.value(0).toInt() == 0)
                empty.insert(s->table);
        }
        return empty;
    }())
    , m_scope(db, scope,
              sender.role == QLatin1String("village") || AreaCode::levelOf(sender.area) == AreaLevel::Village,
              m_emptyAtStart)
    , m_validator(db.clock().today())
    , m_writer(db)
    , m_conflicts(db)
    , m_trust(db)
    , m_refresher(db)
    , m_latestMs(latestMs)
{}

Status PackageImport::damaged() const
{
    return Status::failure(
        tr("The package's contents are damaged: they do not follow the package format. Ask "
           "the sender to export it again."));
}

Status PackageImport::invalid(const QString& kind, const QString& id, const QString& why) const
{
    return Status::failure(tr("The package was refused: the %1 %2 is invalid: %3")
                               .arg(ItemValidator::kindLabel(kind), id.left(40), why));
}

Status PackageImport::checkStamp(const QString& kind, const QString& id, const Stamp& s)
{
    if (s.hlc <= 0 || !StationCard::isStationId(s.station))
        return invalid(kind, id, tr("a write has no valid clock."));
    if (Stamp::millisOf(s.hlc) > m_latestMs) {
        // Written by the sender, or by a station whose package the sender merged (then that station repairs).
        QString writer = m_sender.name;
        if (s.station != m_sender.id) {
            const std::optional<Peer> other = m_trust.find(s.station);
            writer = other ? other->name : s.station;
        }
        return Status::failure(futureChangesSentence(writer, s.hlc, m_db.clock().now()));
    }
    maxHlc = qMax(maxHlc, s.hlc);
    return {};
}

Status PackageImport::counted(const QString& key)
{
    // Checked as the payload streams: a package cannot hold more than its header announces.
    if (++m_counts[key] > m_header.counts.value(key))
        return countsDiffer(key);
    return {};
}

Status PackageImport::countsDiffer(const QString& key) const
{
    return Status::failure(tr("The package was refused: its header does not say how many items it holds "
                              "(%1: %2 announced, %3 found).")
                               .arg(key)
                               .arg(m_header.counts.value(key))
                               .arg(m_counts.value(key)));
}

Status PackageImport::apply(const QByteArray& cbor)
{
    const PayloadItem m = PayloadItem::parse(cbor);
    if (m_ended || !m.isValid())
        return damaged();
    ++m_items;
    const QString kind = m.text(kK);
    if (cbor.size() > maxItemBytes(kind, m.text(QLatin1String("entity"))))
        return Status::failure(tr("The package was refused: it holds an item larger than any record "
                                  "(%1 bytes).")
                                   .arg(cbor.size()));
    if (kind == QLatin1String("record"))
        return record(m);
    if (kind == QLatin1String("audit"))
        return audit(m);
    if (kind == QLatin1String("conflict"))
        return conflict(m);
    if (kind == QLatin1String("revocation"))
        return revocation(m);
    if (kind == QLatin1String("receipt"))
        return receiptItem(m);
    if (kind == QLatin1String("end"))
        return end(m);
    return damaged();
}

Status PackageImport::record(const PayloadItem& m)
{
    const QString kind = QStringLiteral("record");
    const QString table = m.text(QLatin1String("entity"));
    const EntitySchema* schema = EntitySchema::byTable(table);
    RemoteRecord r;
    r.id = m.text(QLatin1String("id"));
    r.areaCode = m.text(QLatin1String("area_code"));
    r.createdAt = m.text(QLatin1String("created_at"));
    r.createdBy = m.text(QLatin1String("created_by"));
    r.updatedAt = m.text(QLatin1String("updated_at"));
    r.updatedBy = m.text(QLatin1String("updated_by"));
    const PayloadItem::Entry* valuesEntry = m.find(QLatin1String("values"));
    if (!schema)
        return invalid(kind, r.id, tr("this kind of record (%1) is unknown.").arg(table.left(40)));
    if (!m.hasOnlyKeys({kK, QLatin1String("entity"), QLatin1String("id"), QLatin1String("area_code"),
                        QLatin1String("created_at"), QLatin1String("created_by"), QLatin1String("updated_at"),
                        QLatin1String("updated_by"), QLatin1String("values"), QLatin1String("clocks")}))
        return invalid(table, r.id, tr("it has keys the format does not know."));
    if (!ItemValidator::isUuid(r.id))
        return invalid(table, r.id, tr("its id is not a record id (a lowercase UUID)."));
    if (!ItemValidator::isTimestamp(r.createdAt) || !ItemValidator::isTimestamp(r.updatedAt) ||
        !StationCard::isStationId(r.createdBy) || !StationCard::isStationId(r.updatedBy))
        return invalid(table, r.id,
                       tr("who made or changed it, and when, is not written as the format says."));
    if (!valuesEntry || !valuesEntry->isMap)
        return invalid(table, r.id, tr("it has no values."));
    const QList<PayloadItem::Entry>& values = m.values();
    const PayloadItem::Entry* clocksEntry = m.find(QLatin1String("clocks"));
    const std::optional<FieldClocks> clocks =
        isText(clocksEntry) ? ItemValidator::parseClocks(textOf(clocksEntry), *schema) : std::nullopt;
    if (!clocks || clocks->all().size() != values.size())
        return invalid(table, r.id, tr("its values and clocks do not match."));
    for (const PayloadItem::Entry& e : values) {
        const FieldSpec* spec = schema->field(e.key);
        if (!spec || !clocks->all().contains(e.key))
            return invalid(table, r.id,
                           tr("the field \"%1\" is unknown or has no clock.").arg(e.key.left(40)));
        if (const QString why = m_validator.value(*spec, e, ItemValidator::Form::Record); !why.isEmpty())
            return invalid(table, r.id, why);
        RemoteField rf{e.key, e.value, clocks->stamp(e.key)};
        if (Status s = checkStamp(table, r.id, rf.stamp); !s)
            return s;
        r.fields << rf;
    }
    // A person fills a slot of a child: its id is the slot's (RecordIdentity), never another.
    if (table == QLatin1String("person")) {
        QString child, relation;
        for (const RemoteField& f : std::as_const(r.fields)) {
            if (f.name == QLatin1String("child_id"))
                child = f.value.toString();
            else if (f.name == QLatin1String("relation"))
                relation = f.value.toString();
        }
        if (r.id != RecordIdentity::personId(child, relation))
            return invalid(
                table, r.id,
                tr("its id is not the id of its place in the child's file (a package from an older "
                   "version of Shouhu: update Shouhu at the sender and export again)."));
    }
    // A child's part in an activity: its id is the one of the pair (activity, child), never another.
    if (table == QLatin1String("activity_participant")) {
        QString activity, child;
        for (const RemoteField& f : std::as_const(r.fields)) {
            if (f.name == QLatin1String("activity_id"))
                activity = f.value.toString();
            else if (f.name == QLatin1String("child_id"))
                child = f.value.toString();
        }
        if (r.id != RecordIdentity::participantId(activity, child))
            return invalid(table, r.id, tr("its id is not the id of this child's part in this activity."));
    }
    std::optional<StoredRecord> stored;
    if (!m_emptyAtStart.contains(table)) {
        // A record re-sent as stored here (same clocks text) is not read further: nothing to merge.
        Result<std::optional<StoredRecord>> read = m_writer.readStored(*schema, r.id, textOf(clocksEntry));
        if (!read)
            return Status::failure(read.error());
        stored = std::move(read.value());
    }
    if (Status s = m_scope.mayWrite(table, r.id, r.areaCode, stored ? stored->areaCode : QString()); !s)
        return s;
    for (const FieldSpec& f : schema->fields) {
        const PayloadItem::Entry* e = nullptr;
        for (const PayloadItem::Entry& v : values) {
            if (v.key == f.name)
                e = &v;
        }
        if (f.required && (!e || e->value.isNull()))
            return invalid(table, r.id, tr("the required field \"%1\" has no value.").arg(f.name));
        if (e && f.type == FieldSpec::Type::Reference && !e->value.isNull()) {
            if (Status s = m_scope.mayReference(table, r.id, f.name, e->value.toString(), r.areaCode); !s)
                return s;
        }
    }
    if (Status s = counted(QStringLiteral("records")); !s)
        return s;
    if (table == QLatin1String("attachment")) {
        if (Status s = counted(QStringLiteral("attachments")); !s)
            return s;
    }
    Result<MergeOutcome> outcome = m_writer.merge(*schema, r, stored, m_sender.id);
    if (!outcome)
        return Status::failure(outcome.error());
    ImportReport::Counts& v = village(r.areaCode);
    ImportReport::Counts& e = report.perEntity[table];
    switch (outcome->kind) {
    case MergeOutcome::Kind::Added:
        ++report.total.added;
        ++v.added;
        ++e.added;
        break;
    case MergeOutcome::Kind::Updated:
        ++report.total.updated;
        ++v.updated;
        ++e.updated;
        break;
    case MergeOutcome::Kind::Unchanged:
        ++report.total.unchanged;
        ++v.unchanged;
        ++e.unchanged;
        break;
    }
    if (outcome->kind != MergeOutcome::Kind::Unchanged) {
        m_refresher.touched(table, r.id);
        if (table == QLatin1String("child")) {
            m_childrenTouched.insert(r.id);
        } else if (table == QLatin1String("referral") || table == QLatin1String("agreement") ||
                   table == QLatin1String("visit")) {
            for (const RemoteField& f : std::as_const(r.fields)) {
                if (f.name == QLatin1String("child_id"))
                    m_ruleChildren.insert(f.value.toString());
            }
        }
    }
    for (const LostWrite& lost : std::as_const(outcome->lost)) {
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
            m_detected << c;
        }
    }
    return {};
}

Status PackageImport::checkAboutValue(const QString& kind, const QString& id, const EntitySchema& schema,
                                      const FieldSpec& spec, const PayloadItem::Entry* entry,
                                      const QString& recordId, const QString& area)
{
    if (!entry)
        return invalid(kind, id, tr("a value is missing."));
    if (const QString why = m_validator.value(spec, *entry, ItemValidator::Form::Text); !why.isEmpty())
        return invalid(kind, id, why);
    if (spec.type == FieldSpec::Type::Reference && !entry->value.isNull())
        return m_scope.mayReference(schema.table, recordId, spec.name, entry->value.toString(), area);
    return {};
}

Status PackageImport::audit(const PayloadItem& m)
{
    const QString kind = QStringLiteral("audit");
    const QString id = m.text(QLatin1String("id"));
    if (!m.hasOnlyKeys({kK, QLatin1String("id"), QLatin1String("area_code"), QLatin1String("entity"),
                        QLatin1String("record_id"), QLatin1String("field"), QLatin1String("old_value"),
                        QLatin1String("new_value"), QLatin1String("hlc"), QLatin1String("station_id"),
                        QLatin1String("operator"), QLatin1String("at"), QLatin1String("prev")}))
        return invalid(kind, id, tr("it has keys the format does not know."));
    const QString area = m.text(QLatin1String("area_code"));
    const QString entity = m.text(QLatin1String("entity"));
    const QString recordId = m.text(QLatin1String("record_id"));
    const QString field = m.text(QLatin1String("field"));
    const EntitySchema* schema = EntitySchema::byTable(entity);
    const PayloadItem::Entry* oldValue = m.find(QLatin1String("old_value"));
    const PayloadItem::Entry* newValue = m.find(QLatin1String("new_value"));
    const PayloadItem::Entry* prev = m.find(QLatin1String("prev"));
    if (!ItemValidator::isUuid(id) || !schema || !ItemValidator::isUuid(recordId) ||
        !isInteger(m.find(QLatin1String("hlc"))) ||
        !isShortText(m.find(QLatin1String("operator")), 100, false) ||
        !ItemValidator::isTimestamp(m.text(QLatin1String("at"))) ||
        !(isNull(prev) || (isText(prev) && ItemValidator::parseStamp(textOf(prev)))))
        return invalid(kind, id, tr("its identity is incomplete."));
    if (field == QLatin1String("*")) {
        // The creation of the record: no old value, a word for what happened.
        if (!isNull(oldValue) || !isShortText(newValue, 50, true))
            return invalid(kind, id, tr("the entry for the creation of a record has values it cannot have."));
    } else if (const FieldSpec* spec = schema->field(field)) {
        if (Status s = checkAboutValue(kind, id, *schema, *spec, oldValue, recordId, area); !s)
            return s;
        if (Status s = checkAboutValue(kind, id, *schema, *spec, newValue, recordId, area); !s)
            return s;
    } else {
        return invalid(kind, id, tr("the field \"%1\" is unknown.").arg(field.left(40)));
    }
    if (Status s =
            checkStamp(kind, id, {m.integer(QLatin1String("hlc")), m.text(QLatin1String("station_id"))});
        !s)
        return s;
    if (Status s = m_scope.mayWriteAbout(kind, entity, recordId, area); !s)
        return s;
    if (Status s = counted(QStringLiteral("audit")); !s)
        return s;
    QVariantList row;
    row.reserve(RecordWriter::auditColumns().size());
    for (const QString& column : RecordWriter::auditColumns()) {
        const PayloadItem::Entry* e = m.find(QStringView(column));
        row << (e ? e->value : QVariant());
    }
    Result<bool> added = m_writer.importAudit(row, m_sender.id);
    if (!added)
        return Status::failure(added.error());
    if (added.value())
        ++report.auditAdded;
    return {};
}

Status PackageImport::conflict(const PayloadItem& m)
{
    const QString kind = QStringLiteral("conflict");
    Conflict c;
    c.id = m.text(QLatin1String("id"));
    if (!m.hasOnlyKeys({kK, QLatin1String("id"), QLatin1String("area_code"), QLatin1String("entity"),
                        QLatin1String("record_id"), QLatin1String("field"), QLatin1String("value"),
                        QLatin1String("hlc"), QLatin1String("station_id"), QLatin1String("winner_hlc"),
                        QLatin1String("winner_station"), QLatin1String("detected_at"),
                        QLatin1String("resolved_at"), QLatin1String("resolved_by"),
                        QLatin1String("resolution"), QLatin1String("resolved_hlc")}))
        return invalid(kind, c.id, tr("it has keys the format does not know."));
    c.area = m.text(QLatin1String("area_code"));
    c.entity = m.text(QLatin1String("entity"));
    c.recordId = m.text(QLatin1String("record_id"));
    c.field = m.text(QLatin1String("field"));
    const PayloadItem::Entry* value = m.find(QLatin1String("value"));
    c.value = value ? value->value : QVariant();
    c.stamp = {m.integer(QLatin1String("hlc")), m.text(QLatin1String("station_id"))};
    c.winner = {m.integer(QLatin1String("winner_hlc")), m.text(QLatin1String("winner_station"))};
    c.detectedAt = m.text(QLatin1String("detected_at"));
    c.resolvedAt = m.text(QLatin1String("resolved_at"));
    c.resolvedBy = m.text(QLatin1String("resolved_by"));
    c.resolution = m.text(QLatin1String("resolution"));
    c.resolvedHlc = m.integer(QLatin1String("resolved_hlc"));
    const EntitySchema* schema = EntitySchema::byTable(c.entity);
    const FieldSpec* spec = schema ? schema->field(c.field) : nullptr;
    const PayloadItem::Entry* resolvedAt = m.find(QLatin1String("resolved_at"));
    const PayloadItem::Entry* resolvedBy = m.find(QLatin1String("resolved_by"));
    const PayloadItem::Entry* resolution = m.find(QLatin1String("resolution"));
    const bool open = c.resolvedHlc == 0;
    if (!spec || !ItemValidator::isUuid(c.recordId) || !isInteger(m.find(QLatin1String("hlc"))) ||
        !isInteger(m.find(QLatin1String("winner_hlc"))) ||
        !isInteger(m.find(QLatin1String("resolved_hlc"))) ||
        c.id != ConflictStore::idOf(c.entity, c.recordId, c.field, c.stamp) ||
        !ItemValidator::isTimestamp(c.detectedAt))
        return invalid(kind, c.id, tr("its identity is incomplete."));
    const bool resolvedWell =
        open ? isNull(resolvedAt) && isNull(resolvedBy) && isNull(resolution)
             : ItemValidator::isTimestamp(c.resolvedAt) && StationCard::isStationId(c.resolvedBy) &&
                   QStringList{QStringLiteral("mine"), QStringLiteral("theirs"), QStringLiteral("value")}
                       .contains(c.resolution);
    if (!resolvedWell)
        return invalid(kind, c.id, tr("its resolution is not written as the format says."));
    if (Status s = checkAboutValue(kind, c.id, *schema, *spec, value, c.recordId, c.area); !s)
        return s;
    if (Status s = checkStamp(kind, c.id, c.stamp); !s)
        return s;
    if (Status s = checkStamp(kind, c.id, c.winner); !s)
        return s;
    if (!open) {
        if (Status s = checkStamp(kind, c.id, {c.resolvedHlc, c.resolvedBy}); !s)
            return s;
    }
    if (Status s = m_scope.mayWriteAbout(kind, c.entity, c.recordId, c.area); !s)
        return s;
    if (Status s = counted(QStringLiteral("conflicts")); !s)
        return s;
    Result<bool> changed = m_conflicts.merge(c, m_sender.id);
    if (!changed)
        return Status::failure(changed.error());
    m_conflictIds << c.id;
    if (changed.value() && !c.resolved()) {
        ++report.total.conflicts;
        ++village(c.area).conflicts;
    }
    return {};
}

Status PackageImport::revocation(const PayloadItem& m)
{
    const QString kind = QStringLiteral("revocation");
    const QString station = m.text(QLatin1String("station_id"));
    if (!m.hasOnlyKeys(
            {kK, QLatin1String("station_id"), QLatin1String("revoked_at"), QLatin1String("revoked_by")}) ||
        !StationCard::isStationId(station) ||
        !ItemValidator::isTimestamp(m.text(QLatin1String("revoked_at"))) ||
        !StationCard::isStationId(m.text(QLatin1String("revoked_by"))))
        return invalid(kind, station, tr("its identity is incomplete."));
    if (Status s = counted(QStringLiteral("revocations")); !s)
        return s;
    // Revocations travel down: only the station above is obeyed (its area as enrolled here).
    if (!TrustStore::isAbove(*m_db.station(), m_sender.area) || station == m_db.station()->id)
        return {};
    Result<bool> r = m_trust.applyRevocation(station, m.text(QLatin1String("revoked_at")),
                                             m.text(QLatin1String("revoked_by")));
    if (!r)
        return Status::failure(r.error());
    if (r.value())
        ++report.revocations;
    return {};
}

Status PackageImport::receiptItem(const PayloadItem& m)
{
    const QString kind = QStringLiteral("receipt");
    const PayloadItem::Entry* upto = m.find(QLatin1String("upto"));
    if (!m.hasOnlyKeys({kK, QLatin1String("station"), QLatin1String("upto")}) || !isInteger(upto) ||
        upto->value.toLongLong() < 0 || m.text(QLatin1String("station")) != m_db.station()->id ||
        receipt >= 0)
        return invalid(kind, m.text(QLatin1String("station")), tr("it is not a receipt for this station."));
    if (Status s = counted(QStringLiteral("receipts")); !s)
        return s;
    receipt = upto->value.toLongLong();
    return {};
}

Status PackageImport::end(const PayloadItem& m)
{
    if (!m.hasOnlyKeys({kK, QLatin1String("items")}) || !isInteger(m.find(QLatin1String("items"))) ||
        m.integer(QLatin1String("items")) != m_items)
        return damaged();
    m_ended = true;
    return {};
}

Status PackageImport::finish()
{
    if (!m_ended)
        return damaged();
    if (Status s = m_scope.finish(); !s)
        return s;
    for (const QString& key : PackageHeader::countKeys()) {
        if (m_header.counts.value(key) != m_counts.value(key))
            return countsDiffer(key);
    }
    // A value that lost to a write whose audit entry (naming it as overwritten) came later in the package
    // was superseded, not lost: no conflict, whatever the order of the items.
    for (const Conflict& c : std::as_const(m_detected)) {
        const QString id = ConflictStore::idOf(c.entity, c.recordId, c.field, c.stamp);
        if (m_conflictIds.contains(id) || !m_writer.isSuperseded(c.recordId, c.field, c.stamp))
            continue; // (one that the sender holds too stays: the sender's list is not ours to change)
        if (Status s = m_conflicts.forget(id); !s)
            return s;
        --report.total.conflicts;
        --village(c.area).conflicts;
    }
    if (Status s = m_conflicts.refreshWinners(m_conflictIds); !s)
        return s;
    // One open referral per kind and one current agreement per child, whatever the two sides did. (The
    // clock first sees the package's stamps, so that these writes come after what they reconcile.)
    m_db.hlc().observe(maxHlc);
    Result<RuleReconciler::Outcome> reconciled = RuleReconciler(m_db).reconcile(m_ruleChildren);
    if (!reconciled)
        return Status::failure(reconciled.error());
    report.referralsFolded = reconciled->folded;
    report.agreementsReplaced = reconciled->replaced;
    report.agreementsToReview = reconciled->toReview;
    Result<QList<DuplicatePair>> duplicates = DuplicateFinder(m_db).involving(m_childrenTouched);
    if (!duplicates)
        return Status::failure(duplicates.error());
    for (const DuplicatePair& d : duplicates.value())
        report.duplicates.append(
            {d.keep.id, d.keep.name, d.other.id, d.other.name, d.keep.areaCode, d.reasonCode()});
    return m_refresher.refresh();
}
