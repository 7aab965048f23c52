// Stations, keys, enrolment and sync packages: keys create, passphrase change, identity export/show,
// enroll, stations, revoke, export, conflicts, conflict resolve (import, inspect, import-report:
// ImportCommands.cpp).
#include "CliCommand.h"
#include "CliContext.h"
#include "CliFormat.h"
#include "CliPassphrase.h"

#include "Localization.h"
#include "domain/Vocabulary.h"
#include "storage/BackupService.h"
#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"
#include "storage/FieldValidator.h"
#include "sync/ClockRepair.h"
#include "sync/ConflictStore.h"
#include "sync/ImportLedger.h"
#include "sync/PackageReader.h"
#include "sync/PackageWriter.h"
#include "sync/StationIdentity.h"
#include "sync/TrustStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace {
// The translation context of this file's texts.
class SyncCommands
{
    Q_DECLARE_TR_FUNCTIONS(SyncCommands)
};

QJsonObject peerJson(const Peer& p)
{
    return {{QStringLiteral("station"), p.id},
            {QStringLiteral("role"), p.role},
            {QStringLiteral("area"), p.area},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("fingerprint"), p.fingerprint},
            {QStringLiteral("revoked"), p.revoked()},
            {QStringLiteral("revokedAt"), p.revokedAt},
            {QStringLiteral("enrolledAt"), p.enrolledAt},
            {QStringLiteral("ackedSeq"), p.ackedSeq},
            {QStringLiteral("receivedUpto"), p.receivedUpto}};
}

QJsonObject conflictJson(const Conflict& c, const QVariant& current)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("entity"), c.entity},
            {QStringLiteral("record"), c.recordId},
            {QStringLiteral("area"), c.area},
            {QStringLiteral("field"), c.field},
            {QStringLiteral("current"), QJsonValue::fromVariant(current)},
            {QStringLiteral("losing"), QJsonValue::fromVariant(c.value)},
            {QStringLiteral("losingStation"), c.stamp.station},
            {QStringLiteral("winningStation"), c.winner.station},
            {QStringLiteral("detectedAt"), c.detectedAt},
            {QStringLiteral("resolved"), c.resolved()},
            {QStringLiteral("resolution"), c.resolution}};
}

class KeysCreateCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(KeysCreateCommand)
public:
    QString name() const override { return QStringLiteral("keys create"); }
    QString summary() const override
    {
        return SyncCommands::tr("Make this station's signing and encryption keys.");
    }
    QList<CliOption> options() const override { return {CliPassphrase::option()}; }
    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<QString> pass = CliPassphrase::read(ctx);
        if (!pass)
            return ctx.refuse(pass.error());
        if (Status s = StationIdentity::create(*db, pass.value()); !s)
            return ctx.refuse(s.error());
        ctx.setVerifiedPassphrase(pass.value()); // the database is encrypted with it when the command ends
        const QString fp = StationIdentity::publicCard(*db)->fingerprint();
        return ctx.print(
            QJsonObject{{QStringLiteral("station"), db->station()->id}, {QStringLiteral("fingerprint"), fp}},
            SyncCommands::tr("The keys are made. Fingerprint: %1").arg(fp));
    }
};

class PassphraseChangeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(PassphraseChangeCommand)
public:
    QString name() const override { return QStringLiteral("passphrase change"); }
    QString summary() const override
    {
        return SyncCommands::tr("Change the passphrase that protects the station's keys.");
    }
    QList<CliOption> options() const override
    {
        return {
            CliPassphrase::option(),
            {QStringLiteral("new-passphrase-file"), QStringLiteral("FILE"),
             SyncCommands::tr("Read the new passphrase from this file (default: SHOUHU_NEW_PASSPHRASE).")}};
    }
    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<QString> old = CliPassphrase::read(ctx);
        if (!old)
            return ctx.refuse(old.error());
        Result<QString> fresh =
            CliPassphrase::read(ctx, QStringLiteral("new-passphrase-file"), "SHOUHU_NEW_PASSPHRASE");
        if (!fresh)
            return ctx.refuse(fresh.error());
        if (Status s = StationIdentity::changePassphrase(*db, old.value(), fresh.value()); !s)
            return ctx.refuse(s.error());
        ctx.setVerifiedPassphrase(fresh.value());
        return ctx.print(QJsonObject{{QStringLiteral("changed"), true}},
                         SyncCommands::tr("The passphrase is changed."));
    }
};

class IdentityExportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(IdentityExportCommand)
public:
    QString name() const override { return QStringLiteral("identity export"); }
    QString summary() const override
    {
        return SyncCommands::tr(
            "Write this station's identity card for the station above or below to enrol.");
    }
    QString details() const override
    {
        return SyncCommands::tr(
            "Makes the keys first when the station has none. Read the fingerprint to the other "
            "station's operator on the phone.");
    }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("out"), QStringLiteral("CARD.shid"), SyncCommands::tr("The card file to write.")},
            CliPassphrase::option()};
    }
    int run(CliContext& ctx) const override
    {
        if (!ctx.has(QStringLiteral("out")))
            return ctx.usageError(SyncCommands::tr("The option --out is required."));
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<StationKeys> keys = CliPassphrase::keys(ctx, *db, true);
        if (!keys)
            return ctx.refuse(keys.error());
        Result<StationCard> card = StationIdentity::signedCard(*db, keys.value());
        if (!card)
            return ctx.refuse(card.error());
        QFile f(ctx.value(QStringLiteral("out")));
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || f.write(card->toJson()) < 0)
            return ctx.refuse(
                SyncCommands::tr("The file %1 cannot be written.").arg(ctx.value(QStringLiteral("out"))));
        return ctx.print(
            QJsonObject{{QStringLiteral("station"), card->station},
                        {QStringLiteral("fingerprint"), card->fingerprint()}},
            SyncCommands::tr("The card of station %1 is in %2. Its fingerprint is %3: read it to the other "
                             "station's operator, who types it when enrolling this card.")
                .arg(card->station, QDir::toNativeSeparators(f.fileName()), card->fingerprint()));
    }
};

class IdentityShowCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(IdentityShowCommand)
public:
    QString name() const override { return QStringLiteral("identity show"); }
    QString summary() const override
    {
        return SyncCommands::tr("Show this station's id, role, area and fingerprint.");
    }
    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        const StationInfo st = *db->station();
        Result<StationCard> card = StationIdentity::publicCard(*db);
        const QString fp = card ? card->fingerprint() : QString();
        const qint64 lagMs = db->hlc().systemClockLagMs();
        const ClockRepair::Check clock = ClockRepair::check(*db);
        const QString clockState = clock.state == ClockRepair::State::FutureWrites ? QStringLiteral("future")
                                   : clock.state == ClockRepair::State::ComputerBehind
                                       ? QStringLiteral("behind")
                                       : QStringLiteral("fine");
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("station"), st.id},
                                      {QStringLiteral("role"), st.role},
                                      {QStringLiteral("area"), st.areaCode},
                                      {QStringLiteral("name"), st.name},
                                      {QStringLiteral("fingerprint"), fp},
                                      {QStringLiteral("hasKeys"), card.ok()},
                                      {QStringLiteral("clockLagMs"), lagMs},
                                      {QStringLiteral("clock"), clockState},
                                      {QStringLiteral("clockWarning"), clock.sentence}});
            return 0;
        }
        ctx.printTable({{SyncCommands::tr("Station"), st.id},
                        {SyncCommands::tr("Role"), Vocabulary::label(Vocabulary::Role, st.role)},
                        {SyncCommands::tr("Area"), CliFormat::area(st.areaCode)},
                        {SyncCommands::tr("Name"), st.name},
                        {SyncCommands::tr("Fingerprint"), card ? fp : SyncCommands::tr("no keys yet")}});
        if (clock.state == ClockRepair::State::FutureWrites)
            ctx.out() << Qt::endl
                      << Localization::joinSentences(
                             {clock.sentence,
                              SyncCommands::tr(
                                  "Run \"shouhu-cli clock repair\" once the computer's date is right.")})
                      << Qt::endl;
        else if (clock.state == ClockRepair::State::ComputerBehind)
            ctx.out() << Qt::endl << clock.sentence << Qt::endl;
        return 0;
    }
};

class EnrollCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(EnrollCommand)
public:
    QString name() const override { return QStringLiteral("enroll"); }
    QString arguments() const override { return QStringLiteral("CARD.shid"); }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    QString summary() const override
    {
        return SyncCommands::tr("Enrol another station from its card, after checking its fingerprint.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("fingerprint"), QStringLiteral("FP"),
                 SyncCommands::tr("The fingerprint the other station's operator read out.")}};
    }
    int run(CliContext& ctx) const override
    {
        if (!ctx.has(QStringLiteral("fingerprint")))
            return ctx.usageError(SyncCommands::tr("The option --fingerprint is required."));
        QFile f(ctx.argument(0));
        if (!f.open(QIODevice::ReadOnly))
            return ctx.refuse(SyncCommands::tr("The file %1 cannot be read.").arg(ctx.argument(0)));
        Result<StationCard> card = StationCard::fromJson(f.readAll());
        if (!card)
            return ctx.refuse(card.error());
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<Peer> p = TrustStore(*db).enrol(card.value(), ctx.value(QStringLiteral("fingerprint")));
        if (!p)
            return ctx.refuse(p.error());
        return ctx.print(peerJson(p.value()),
                         SyncCommands::tr("The station \"%1\" (%2) is enrolled.").arg(p->name, p->id));
    }
};

class StationsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(StationsCommand)
public:
    QString name() const override { return QStringLiteral("stations"); }
    QString summary() const override { return SyncCommands::tr("List the enrolled stations."); }
    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        const QList<Peer> peers = TrustStore(*db).peers();
        if (ctx.json()) {
            QJsonArray a;
            for (const Peer& p : peers)
                a << peerJson(p);
            ctx.printJson(a);
            return 0;
        }
        QList<QStringList> rows{{SyncCommands::tr("Station"), SyncCommands::tr("Role"),
                                 SyncCommands::tr("Name"), SyncCommands::tr("Area"),
                                 SyncCommands::tr("Fingerprint"), SyncCommands::tr("Revoked")}};
        for (const Peer& p : peers)
            rows << QStringList{p.id,          Vocabulary::label(Vocabulary::Role, p.role), p.name, p.area,
                                p.fingerprint, p.revoked() ? p.revokedAt : QString()};
        ctx.printTable(rows);
        return 0;
    }
};

class RevokeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(RevokeCommand)
public:
    QString name() const override { return QStringLiteral("revoke"); }
    QString arguments() const override { return QStringLiteral("STATION"); }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    QString summary() const override
    {
        return SyncCommands::tr("Revoke an enrolled station's key: its packages are refused from now on.");
    }
    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        if (Status s = TrustStore(*db).revoke(ctx.argument(0)); !s)
            return ctx.refuse(s.error());
        if (ctx.json())
            ctx.printJson(
                QJsonObject{{QStringLiteral("station"), ctx.argument(0)}, {QStringLiteral("revoked"), true}});
        else
            ctx.out() << SyncCommands::tr(
                             "The station %1 is revoked; the revocation travels in the next packages.")
                             .arg(ctx.argument(0))
                      << Qt::endl;
        return 0;
    }
};

class ExportCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)
public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override
    {
        return SyncCommands::tr("Write a sync package for an enrolled station.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("to"), QStringLiteral("STATION"),
                 SyncCommands::tr("The enrolled station it is for.")},
                {QStringLiteral("out"), QStringLiteral("FILE.shpkg"),
                 SyncCommands::tr("The package file to write.")},
                {QStringLiteral("full"),
                 {},
                 SyncCommands::tr("Everything in scope, not only what it has not acknowledged.")},
                CliPassphrase::option()};
    }
    int run(CliContext& ctx) const override
    {
        if (!ctx.has(QStringLiteral("to")) || !ctx.has(QStringLiteral("out")))
            return ctx.usageError(SyncCommands::tr("The options --to and --out are required."));
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<StationKeys> keys = CliPassphrase::keys(ctx, *db, true);
        if (!keys)
            return ctx.refuse(keys.error());
        PackageWriter::Options o;
        o.recipient = ctx.value(QStringLiteral("to"));
        o.path = ctx.value(QStringLiteral("out"));
        o.full = ctx.has(QStringLiteral("full"));
        Result<PackageHeader> h = PackageWriter::write(*db, keys.value(), o);
        if (!h)
            return ctx.refuse(h.error());
        // The package is written all the same; the recipient will refuse it until the clock is repaired.
        if (const ClockRepair::Check clock = ClockRepair::check(*db); clock.state != ClockRepair::State::Fine)
            ctx.err() << clock.sentence << Qt::endl;
        if (ctx.json()) {
            QJsonObject j = h->toJson();
            j.insert(QStringLiteral("file"), o.path);
            ctx.printJson(j);
        } else {
            const auto peer = TrustStore(*db).find(o.recipient);
            ctx.out()
                << SyncCommands::tr(
                       "The package %1 holds %2 records for %3. Carry this file to %3 and import it there.")
                       .arg(QDir::toNativeSeparators(o.path))
                       .arg(h->counts.value(QStringLiteral("records")))
                       .arg(peer ? peer->name : o.recipient)
                << Qt::endl;
        }
        return 0;
    }
};

class ConflictsCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConflictsCommand)
public:
    QString name() const override { return QStringLiteral("conflicts"); }
    QString summary() const override
    {
        return SyncCommands::tr("List the values that lost to a concurrent change.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("all"), {}, SyncCommands::tr("Include the resolved ones.")}};
    }
    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        ConflictStore store(*db);
        const QList<Conflict> list = store.list(ctx.has(QStringLiteral("all")));
        if (ctx.json()) {
            QJsonArray a;
            for (const Conflict& c : list)
                a << conflictJson(c, store.currentValue(c));
            ctx.printJson(a);
            return 0;
        }
        QList<QStringList> rows{{SyncCommands::tr("Conflict"), SyncCommands::tr("Record"),
                                 SyncCommands::tr("Field"), SyncCommands::tr("Current value"),
                                 SyncCommands::tr("Other value")}};
        for (const Conflict& c : list) {
            const EntitySchema* s = EntitySchema::byTable(c.entity);
            const FieldSpec* f = s ? s->field(c.field) : nullptr;
            rows << QStringList{
                c.id, c.entity + QLatin1Char(' ') + c.recordId, f ? FieldValidator::fieldLabel(*f) : c.field,
                f ? CliFormat::fieldValue(*f, store.currentValue(c)) : store.currentValue(c).toString(),
                f ? CliFormat::fieldValue(*f, c.value) : c.value.toString()};
        }
        ctx.printTable(rows);
        return 0;
    }
};

class ConflictResolveCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ConflictResolveCommand)
public:
    QString name() const override { return QStringLiteral("conflict resolve"); }
    QString arguments() const override { return QStringLiteral("ID"); }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }
    QString summary() const override
    {
        return SyncCommands::tr("Decide a conflict: keep the current value, the other one, or a new value.");
    }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("keep"), QStringLiteral("mine|theirs"), SyncCommands::tr("Which value to keep.")},
            {QStringLiteral("value"), QStringLiteral("V"), SyncCommands::tr("A new value instead.")}};
    }
    int run(CliContext& ctx) const override
    {
        const QString keep = ctx.value(QStringLiteral("keep"));
        if (ctx.has(QStringLiteral("keep")) == ctx.has(QStringLiteral("value")) ||
            (!keep.isEmpty() && keep != QLatin1String("mine") && keep != QLatin1String("theirs")))
            return ctx.usageError(SyncCommands::tr("Give either --keep mine, --keep theirs or --value V."));
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        const ConflictStore::Keep k = keep == QLatin1String("mine")     ? ConflictStore::Keep::Mine
                                      : keep == QLatin1String("theirs") ? ConflictStore::Keep::Theirs
                                                                        : ConflictStore::Keep::Value;
        if (Status s = ConflictStore(*db).resolve(ctx.argument(0), k, ctx.value(QStringLiteral("value"))); !s)
            return ctx.refuse(s.error());
        if (ctx.json())
            ctx.printJson(
                QJsonObject{{QStringLiteral("id"), ctx.argument(0)}, {QStringLiteral("resolved"), true}});
        else
            ctx.out() << SyncCommands::tr(
                             "The conflict is resolved; the choice reaches the other stations with the next "
                             "packages.")
                      << Qt::endl;
        return 0;
    }
};

const CliRegistration<KeysCreateCommand> registerKeysCreate;
const CliRegistration<PassphraseChangeCommand> registerPassphraseChange;
const CliRegistration<IdentityExportCommand> registerIdentityExport;
const CliRegistration<IdentityShowCommand> registerIdentityShow;
const CliRegistration<EnrollCommand> registerEnroll;
const CliRegistration<StationsCommand> registerStations;
const CliRegistration<RevokeCommand> registerRevoke;
const CliRegistration<ExportCommand> registerExport;
const CliRegistration<ConflictsCommand> registerConflicts;
const CliRegistration<ConflictResolveCommand> registerConflictResolve;

} // namespace
