#include "ClockRepair.h"

#include "ConflictStore.h"
#include "Localization.h"
#include "PackageReader.h"
#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"
#include "storage/FieldClocks.h"
#include "storage/FieldValidator.h"
#include "storage/RecordWriter.h"
#include "storage/Stamp.h"

#include <QDateTime>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace {

QString timeText(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

// What the database holds of clocks: the greatest clock of any other station (its writes, audit entries,
// conflicts, the packages it sent), and this station's clocks, those after `futureAbove` apart.
struct ClockScan
{
    qint64 othersMax = 0;
    qint64 ownPastMax = 0;
    QSet<qint64> ownFuture;

    void own(qint64 hlc, qint64 futureAbove)
    {
        if (hlc > futureAbove)
            ownFuture.insert(hlc);
        else
            ownPastMax = std::max(ownPastMax, hlc);
    }
    void add(const Stamp& s, const QString& me, qint64 futureAbove)
    {
        if (s.hlc <= 0)
            return;
        if (s.station == me)
            own(s.hlc, futureAbove);
        else
            othersMax = std::max(othersMax, s.hlc);
    }
};

Result<ClockScan> scan(CaseDatabase& db, const QString& me, qint64 futureAbove)
{
    ClockScan out;
    QSqlQuery q(db.sql());
    q.setForwardOnly(true);
    const auto failed = [&db, &q] { return Result<ClockScan>::failure(db.errorSentence(q.lastError())); };
    for (const EntitySchema* schema : EntitySchema::all()) {
        if (!q.exec(QStringLiteral("SELECT clocks FROM ") + schema->table))
            return failed();
        while (q.next()) {
            const FieldClocks clocks = FieldClocks::parse(q.value(0).toString());
            for (const Stamp& s : clocks.all())
                out.add(s, me, futureAbove);
        }
    }
    if (!q.exec(QStringLiteral("SELECT hlc, station_id FROM audit")))
        return failed();
    while (q.next())
        out.add({q.value(0).toLongLong(), q.value(1).toString()}, me, futureAbove);
    if (!q.exec(QStringLiteral("SELECT hlc, station_id, winner_hlc, winner_station, resolved_hlc, resolved_by"
                               " FROM conflict")))
        return failed();
    while (q.next()) {
        for (int i = 0; i < 6; i += 2)
            out.add({q.value(i).toLongLong(), q.value(i + 1).toString()}, me, futureAbove);
    }
    if (!q.exec(QStringLiteral("SELECT max(created_hlc) FROM import_ledger")))
        return failed();
    if (q.next())
        out.othersMax = std::max(out.othersMax, q.value(0).toLongLong());
    return out;
}

// The station's clock as stored (another connection may have moved it since this one last read it).
qint64 storedClock(CaseDatabase& db)
{
    bool ok = false;
    const qint64 stored = db.setting(QStringLiteral("hlc")).toLongLong(&ok);
    return ok ? stored : db.hlc().last();
}

QString computerBehindSentence(qint64 nowMs, qint64 lastSeenMs)
{
    return ClockRepair::tr("This computer's date (%1) is more than a day behind the latest change received "
                           "from other stations (%2): set the correct date and time.")
        .arg(timeText(nowMs), timeText(lastSeenMs));
}

// A computer whose date is before this (a clock battery that ran flat resets it to 2000 or 1970) is wrong
// whatever else the database holds.
qint64 earliestPlausibleMs()
{
    return QDateTime(QDate(2025, 1, 1), QTime(0, 0)).toMSecsSinceEpoch();
}

// One row of a synced table whose clocks name future writes of this station.
struct RowToRepair
{
    QString id;
    QString area;
    FieldClocks clocks;
    QList<QPair<QString, QVariant>> fields; // the re-dated fields and their values
};

} // namespace

QString ClockRepair::futureWritesSentence()
{
    return tr("Changes made here while the computer's date was wrong carry future times; other stations will "
              "refuse them until they are repaired.");
}

QString ClockRepair::reportSentence(const Report& report)
{
    if (!report.repaired())
        return tr("Nothing to repair: this station's clock agrees with the computer's date.");
    if (report.writes == 0)
        return tr("The station's clock was set back to the computer's time (%1); no change carried a future "
                  "time.")
            .arg(timeText(Stamp::millisOf(report.clockAfter)));
    const QString done =
        tr("The station's clock was set back to the computer's time (%1): %n change(s) made while the "
           "computer's date was wrong now carry the current time, in the same order and with the same "
           "values. Export again.",
           nullptr, report.writes)
            .arg(timeText(Stamp::millisOf(report.clockAfter)));
    if (report.laterDates.isEmpty())
        return done;
    return Localization::joinSentences(
        {done, tr("%n date(s) entered meanwhile lie after today (%1): other stations refuse them until that "
                  "day unless they are corrected.",
                  nullptr, int(report.laterDates.size()))
                   .arg(report.laterDates.mid(0, 3).join(QStringLiteral(", ")))});
}

ClockRepair::Check ClockRepair::check(CaseDatabase& db)
{
    Check c;
    const qint64 now = db.clock().nowMs();
    c.aheadMs = std::max<qint64>(0, Stamp::millisOf(storedClock(db)) - now);
    if (c.aheadMs <= PackageReader::MaxClockAheadMs || !db.station())
        return c;
    Result<ClockScan> s = scan(db, db.station()->id, Stamp::make(now, 0xffff));
    c.lastSeenMs = s ? Stamp::millisOf(s->othersMax) : 0;
    if (now < earliestPlausibleMs()) {
        c.state = State::ComputerBehind;
        c.sentence = tr("This computer's date (%1) is earlier than any day Shouhu can have been used on: set "
                        "the correct date and time.")
                         .arg(timeText(now));
    } else if (c.lastSeenMs > now + PackageReader::MaxClockAheadMs) {
        c.state = State::ComputerBehind;
        c.sentence = computerBehindSentence(now, c.lastSeenMs);
    } else {
        c.state = State::FutureWrites;
        c.sentence = futureWritesSentence();
    }
    return c;
}

Result<ClockRepair::Report> ClockRepair::repair(CaseDatabase& db)
{
    using R = Result<Report>;
    if (!db.station())
        return R::failure(tr("Set up the station first."));
    const QString me = db.station()->id;
    Report report;
    report.clockBefore = report.clockAfter = storedClock(db);
    const Check checked = check(db);
    if (checked.state == State::Fine)
        return report; // nothing to repair: nothing is written
    const qint64 now = db.clock().nowMs();
    if (checked.state == State::ComputerBehind && now < earliestPlausibleMs())
        return R::failure(tr("Nothing was repaired: this computer's date (%1) is earlier than any day Shouhu "
                             "can have been used on; set the correct date and time first.")
                              .arg(timeText(now)));
    if (checked.state == State::ComputerBehind)
        return R::failure(tr("Nothing was repaired: this computer's date (%1) is more than a day behind the "
                             "latest change received from other stations (%2); set the correct date and time "
                             "first.")
                              .arg(timeText(now), timeText(checked.lastSeenMs)));

    if (Status s = db.begin(); !s)
        return R::failure(s.error());
    const qint64 before = db.hlc().last();
    const auto fail = [&db, before](const QString& why) {
        db.rollback();
        db.hlc().reset(before);
        return R::failure(why);
    };
    report.clockBefore = before;
    const qint64 futureAbove = Stamp::make(now, 0xffff);
    Result<ClockScan> scanned = scan(db, me, futureAbove);
    if (!scanned)
        return fail(scanned.error());
    // The new clocks follow everything they must come after: the computer's time, what other stations
    // wrote (a write here may have overwritten it), this station's writes that are not in the future.
    const qint64 base = std::max({Stamp::make(now, 0), scanned->othersMax, scanned->ownPastMax});
    if (Status s = db.resetClock(base); !s)
        return fail(s.error());
    QList<qint64> future(scanned->ownFuture.cbegin(), scanned->ownFuture.cend());
    std::sort(future.begin(), future.end());
    for (qint64 old : std::as_const(future))
        report.restamped.insert(old, db.hlc().tick());
    const auto mapped = [&report](qint64 hlc) { return report.restamped.value(hlc, hlc); };
    const QString at = db.clock().now().toString(Qt::ISODateWithMs);

    // This station's audit entries: their clocks, and the writes they name as overwritten (`prev`).
    QSqlQuery q(db.sql());
    q.prepare(
        QStringLiteral("SELECT id, hlc, prev FROM audit WHERE station_id = ? AND (hlc > ? OR prev LIKE ?)"));
    q.addBindValue(me);
    q.addBindValue(futureAbove);
    q.addBindValue(QString(QStringLiteral("%@") + me));
    if (!q.exec())
        return fail(db.errorSentence(q.lastError()));
    QList<std::tuple<QString, qint64, QVariant>> auditChanges;
    while (q.next()) {
        const qint64 hlc = q.value(1).toLongLong();
        QVariant prev = q.value(2);
        const Stamp p = FieldClocks::parseStamp(prev.toString());
        if (!p.isNull() && p.station == me && report.restamped.contains(p.hlc))
            prev = FieldClocks::stampText({mapped(p.hlc), me});
        if (mapped(hlc) != hlc || prev != q.value(2))
            auditChanges.append({q.value(0).toString(), mapped(hlc), prev});
    }
    QSqlQuery update(db.sql());
    update.prepare(QStringLiteral("UPDATE audit SET hlc = ?, prev = ? WHERE id = ?"));
    for (const auto& [id, hlc, prev] : std::as_const(auditChanges)) {
        update.addBindValue(hlc);
        update.addBindValue(prev);
        update.addBindValue(id);
        if (!update.exec())
            return fail(db.errorSentence(update.lastError()));
    }
    report.audit = int(auditChanges.size());

    // Conflicts that name a future write of this station: as the losing value (its id follows its stamp),
    // the winner or the resolution.
    q.prepare(
        QStringLiteral("SELECT id, entity, record_id, field, hlc, station_id, winner_hlc, winner_station,"
                       " resolved_hlc, resolved_by FROM conflict WHERE (station_id = ? AND hlc > ?)"
                       " OR (winner_station = ? AND winner_hlc > ?)"
                       " OR (resolved_by = ? AND resolved_hlc > ?)"));
    for (int i = 0; i < 3; ++i) {
        q.addBindValue(me);
        q.addBindValue(futureAbove);
    }
    if (!q.exec())
        return fail(db.errorSentence(q.lastError()));
    QList<QVariantList> conflictChanges;
    while (q.next()) {
        const Stamp loser{q.value(4).toLongLong(), q.value(5).toString()};
        const Stamp newLoser = loser.station == me ? Stamp{mapped(loser.hlc), me} : loser;
        const qint64 winner =
            q.value(7).toString() == me ? mapped(q.value(6).toLongLong()) : q.value(6).toLongLong();
        const qint64 resolved =
            q.value(9).toString() == me ? mapped(q.value(8).toLongLong()) : q.value(8).toLongLong();
        const QString newId = ConflictStore::idOf(q.value(1).toString(), q.value(2).toString(),
                                                  q.value(3).toString(), newLoser);
        conflictChanges.append({newId, newLoser.hlc, winner, resolved, q.value(0)});
    }
    update.prepare(QStringLiteral("UPDATE conflict SET id = ?, hlc = ?, winner_hlc = ?, resolved_hlc = ?,"
                                  " seq = ?, origin = NULL WHERE id = ?"));
    for (const QVariantList& c : std::as_const(conflictChanges)) {
        for (int i = 0; i < 4; ++i)
            update.addBindValue(c.at(i));
        update.addBindValue(db.nextSeq());
        update.addBindValue(c.at(4));
        if (!update.exec())
            return fail(db.errorSentence(update.lastError()));
    }
    report.conflicts = int(conflictChanges.size());

    // The records: each future write of this station gets its new clock, and an audit entry that names the
    // old one as the write it replaces (same value before and after); each record one entry saying why.
    QSqlQuery audit(db.sql());
    audit.prepare(QStringLiteral("INSERT INTO audit (id, area_code, entity, record_id, field, old_value,"
                                 " new_value, hlc, station_id, operator, at, seq, prev)"
                                 " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)"));
    const QString operatorName = db.station()->operatorName;
    const auto addAudit = [&](const QString& table, const RowToRepair& row, const QString& field,
                              const QVariant& oldValue, const QVariant& newValue, qint64 hlc,
                              const QVariant& prev) {
        for (const QVariant& v :
             {QVariant(RecordWriter::newId()), QVariant(row.area), QVariant(table), QVariant(row.id),
              QVariant(field), oldValue, newValue, QVariant(hlc), QVariant(me), QVariant(operatorName),
              QVariant(at), QVariant(db.nextSeq()), prev})
            audit.addBindValue(v);
        return audit.exec();
    };
    for (const EntitySchema* schema : EntitySchema::all()) {
        const QStringList fields = schema->fieldNames();
        q.prepare(QStringLiteral("SELECT id, area_code, clocks, ") + fields.join(QLatin1Char(',')) +
                  QStringLiteral(" FROM ") + schema->table + QStringLiteral(" WHERE clocks LIKE ?"));
        q.addBindValue(QString(QStringLiteral("%@") + me + QStringLiteral(":%")));
        if (!q.exec())
            return fail(db.errorSentence(q.lastError()));
        QList<RowToRepair> rows;
        while (q.next()) {
            RowToRepair row{
                q.value(0).toString(), q.value(1).toString(), FieldClocks::parse(q.value(2).toString()), {}};
            QList<QPair<qint64, QString>> redated;
            for (auto it = row.clocks.all().cbegin(); it != row.clocks.all().cend(); ++it) {
                if (it.value().station == me && report.restamped.contains(it.value().hlc))
                    redated.append({it.value().hlc, it.key()});
            }
            if (redated.isEmpty())
                continue;
            std::sort(redated.begin(), redated.end());
            for (const auto& [hlc, field] : std::as_const(redated)) {
                row.fields.append({field, q.value(3 + int(fields.indexOf(field)))});
                Q_UNUSED(hlc);
            }
            rows.append(row);
        }
        update.prepare(
            QStringLiteral("UPDATE ") + schema->table +
            QStringLiteral(" SET clocks = ?, updated_at = ?, updated_by = ?, seq = ?, origin = NULL"
                           " WHERE id = ?"));
        for (RowToRepair& row : rows) {
            qint64 latest = 0;
            for (const auto& [field, value] : std::as_const(row.fields)) {
                const Stamp old = row.clocks.stamp(field);
                const Stamp now{mapped(old.hlc), me};
                row.clocks.set(field, now);
                latest = std::max(latest, now.hlc);
                const QVariant v = value.isNull() ? QVariant() : value;
                const FieldSpec* spec = schema->field(field);
                if (spec && spec->type == FieldSpec::Type::Date && !v.isNull() &&
                    FieldValidator::parseDate(v.toString()) > db.clock().today())
                    report.laterDates << FieldValidator::fieldLabel(*spec) + QLatin1Char(' ') + v.toString();
                if (!addAudit(schema->table, row, field, v, v, now.hlc, FieldClocks::stampText(old)))
                    return fail(db.errorSentence(audit.lastError()));
                ++report.writes;
            }
            if (!addAudit(schema->table, row, QStringLiteral("*"), QVariant(), auditWord(), latest,
                          QVariant()))
                return fail(db.errorSentence(audit.lastError()));
            update.addBindValue(row.clocks.serialize());
            update.addBindValue(at);
            update.addBindValue(me);
            update.addBindValue(db.nextSeq());
            update.addBindValue(row.id);
            if (!update.exec())
                return fail(db.errorSentence(update.lastError()));
            ++report.records;
        }
    }
    report.clockAfter = db.hlc().last();
    if (Status s = db.commit(); !s) {
        db.hlc().reset(before);
        return R::failure(s.error());
    }
    return report;
}
