// One child, one file: duplicates, merge-children, history.
#include "CliCommand.h"
#include "CliContext.h"
#include "CliFormat.h"

#include "storage/CaseDatabase.h"
#include "storage/ChildHistory.h"
#include "storage/ChildMerger.h"
#include "storage/DuplicateFinder.h"
#include "storage/EntitySchema.h"
#include "storage/FieldValidator.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonObject summaryJson(const ChildSummary& s)
{
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("village"), s.areaCode},
            {QStringLiteral("idNumber"), s.idNumber},
            {QStringLiteral("birthDate"), s.birthDate},
            {QStringLiteral("status"), s.status},
            {QStringLiteral("createdAt"), s.createdAt}};
}

class DuplicatesCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(DuplicatesCommand)

public:
    QString name() const override { return QStringLiteral("duplicates"); }
    QString summary() const override
    {
        return tr(
            "List files that may describe one child: the same ID number, or the same name and birth date "
            "in a village.");
    }
    QString details() const override
    {
        return tr("Each pair names the file to keep (the older one) first; merge with merge-children.");
    }

    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<QList<DuplicatePair>> pairs = DuplicateFinder(*db).all();
        if (!pairs)
            return ctx.refuse(pairs.error());
        if (ctx.json()) {
            QJsonArray list;
            for (const DuplicatePair& p : pairs.value())
                list.append(QJsonObject{{QStringLiteral("keep"), summaryJson(p.keep)},
                                        {QStringLiteral("other"), summaryJson(p.other)},
                                        {QStringLiteral("reason"), p.reasonCode()}});
            ctx.printJson(list);
            return 0;
        }
        if (pairs->isEmpty()) {
            ctx.out() << tr("No possible duplicates: every child has one file.") << Qt::endl;
            return 0;
        }
        QList<QStringList> rows{{tr("Village"), tr("Keep"), tr("Other"), tr("Why")}};
        for (const DuplicatePair& p : pairs.value())
            rows << QStringList{CliFormat::area(p.keep.areaCode),
                                p.keep.name + QStringLiteral(" ") + p.keep.id,
                                p.other.name + QStringLiteral(" ") + p.other.id,
                                p.reason == DuplicatePair::Reason::SameIdNumber
                                    ? tr("same ID number %1").arg(p.keep.idNumber)
                                    : tr("same name and birth date %1").arg(p.keep.birthDate)};
        ctx.printTable(rows);
        ctx.out() << tr("%n possible duplicate(s).", nullptr, int(pairs->size())) << Qt::endl;
        return 0;
    }
};

class MergeChildrenCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(MergeChildrenCommand)

public:
    QString name() const override { return QStringLiteral("merge-children"); }
    QString arguments() const override { return QStringLiteral("KEEP OTHER"); }
    QString summary() const override { return tr("Merge two files of the same child into one."); }
    QString details() const override
    {
        return tr(
            "Every visit, referral, agreement and attachment of the other file moves to the kept one, empty "
            "fields are filled from it and differing values go to the conflicts list; the other file "
            "leaves the register as entered in error. The file kept is the older one, whatever the order "
            "given, so that the same merge at two stations agrees.");
    }
    int minArguments() const override { return 2; }
    int maxArguments() const override { return 2; }

    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<ChildMergeOutcome> r = ChildMerger(*db).merge(ctx.argument(0), ctx.argument(1));
        if (!r)
            return ctx.refuse(r.error());
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("kept"), r->keptId},
                                      {QStringLiteral("merged"), r->mergedId},
                                      {QStringLiteral("swapped"), r->swapped},
                                      {QStringLiteral("filled"), QJsonArray::fromStringList(r->filled)},
                                      {QStringLiteral("conflicts"), r->conflicts},
                                      {QStringLiteral("moved"), r->moved},
                                      {QStringLiteral("referralsFolded"), r->foldedReferrals},
                                      {QStringLiteral("agreementsReplaced"), r->agreementsReplaced}});
            return 0;
        }
        if (r->swapped)
            ctx.out() << tr("The file %1 is the older one and is kept.").arg(r->keptId) << Qt::endl;
        ctx.out()
            << tr("The file %1 was merged into %2: %3 records moved, %4 fields filled, %5 differences on "
                  "the conflicts list.")
                   .arg(r->mergedId, r->keptId)
                   .arg(r->moved)
                   .arg(r->filled.size())
                   .arg(r->conflicts)
            << Qt::endl;
        if (r->conflicts > 0)
            ctx.out() << tr("Review the differences with \"shouhu-cli conflicts\".") << Qt::endl;
        return 0;
    }
};

class HistoryCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(HistoryCommand)

public:
    QString name() const override { return QStringLiteral("history"); }
    QString arguments() const override { return QStringLiteral("UUID"); }
    QString summary() const override
    {
        return tr(
            "The history of a child's file: every change to it and to what is recorded about the child, "
            "with the files merged into it.");
    }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }

    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        if (Result<std::optional<ChildSummary>> s = DuplicateFinder(*db).summary(ctx.argument(0));
            !s || !s.value())
            return ctx.refuse(!s ? s.error() : tr("No child with the id %1.").arg(ctx.argument(0)));
        Result<QList<AuditEntry>> entries = ChildHistory(*db).of(ctx.argument(0));
        if (!entries)
            return ctx.refuse(entries.error());
        if (ctx.json()) {
            QJsonArray list;
            for (const AuditEntry& e : entries.value())
                list.append(QJsonObject{{QStringLiteral("id"), e.id},
                                        {QStringLiteral("entity"), e.entity},
                                        {QStringLiteral("record"), e.recordId},
                                        {QStringLiteral("field"), e.field},
                                        {QStringLiteral("old"), QJsonValue::fromVariant(e.oldValue)},
                                        {QStringLiteral("new"), QJsonValue::fromVariant(e.newValue)},
                                        {QStringLiteral("hlc"), QString::number(e.hlc)},
                                        {QStringLiteral("station"), e.station},
                                        {QStringLiteral("operator"), e.operatorName},
                                        {QStringLiteral("at"), e.at}});
            ctx.printJson(list);
            return 0;
        }
        QList<QStringList> rows{{tr("When"), tr("Who"), tr("Record"), tr("Field"), tr("From"), tr("To")}};
        for (const AuditEntry& e : entries.value()) {
            const EntitySchema* schema = EntitySchema::byTable(e.entity);
            const FieldSpec* spec = schema ? schema->field(e.field) : nullptr;
            rows << QStringList{e.at.left(16).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                e.operatorName.isEmpty() ? e.station : e.operatorName,
                                e.entity + QLatin1Char(' ') + e.recordId.left(8),
                                spec ? FieldValidator::fieldLabel(*spec) : e.field,
                                e.oldValue.toString().left(30),
                                e.newValue.toString().left(30)};
        }
        ctx.printTable(rows);
        ctx.out() << tr("%n change(s).", nullptr, int(entries->size())) << Qt::endl;
        return 0;
    }
};

const CliRegistration<DuplicatesCommand> registerDuplicates;
const CliRegistration<HistoryCommand> registerHistory;
const CliRegistration<MergeChildrenCommand> registerMergeChildren;

} // namespace
