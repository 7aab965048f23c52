// Care agreements: agreement add, sign, notice, list, attach, coverage.
#include "CliCommand.h"
#include "CliContext.h"
#include "CliFormat.h"

#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/CareAgreement.h"
#include "domain/Vocabulary.h"
#include "reports/AgreementCoverage.h"
#include "storage/AgreementRepository.h"
#include "storage/AttachmentStore.h"
#include "storage/CaseDatabase.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

QJsonObject agreementJson(const CareAgreement& a, const QString& childName, QDate today)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("childId"), a.childId()},
                  {QStringLiteral("childName"), childName},
                  {QStringLiteral("village"), a.areaCode},
                  {QStringLiteral("state"), CareAgreement::stateCode(a.state(today))},
                  {QStringLiteral("renewalDue"), a.renewalDue(today)},
                  {QStringLiteral("valid"), a.isValid(today)}};
    for (auto it = a.fields.cbegin(); it != a.fields.cend(); ++it) {
        if (!it.value().isNull())
            o.insert(it.key(), QJsonValue::fromVariant(it.value()));
    }
    return o;
}

// A yes/no option; nullopt when it is not given.
Result<std::optional<bool>> yesNo(const CliContext& ctx, const QString& option)
{
    if (!ctx.has(option))
        return std::optional<bool>();
    const QString v = ctx.value(option).toLower();
    if (v == QLatin1String("yes") || v == QLatin1String("true") || v == QLatin1String("1"))
        return std::optional<bool>(true);
    if (v == QLatin1String("no") || v == QLatin1String("false") || v == QLatin1String("0"))
        return std::optional<bool>(false);
    return Result<std::optional<bool>>::failure(
        QCoreApplication::translate("AgreementCommands", "--%1: answer yes or no.").arg(option));
}

class AgreementAddCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AgreementAddCommand)

public:
    QString name() const override { return QStringLiteral("agreement add"); }
    QString summary() const override
    {
        return tr("Draw up a care agreement for a child from the child's file (parents and caregiver).");
    }
    QString details() const override
    {
        return tr(
            "The caregiver check (Art. 22 of the Law on the Protection of Minors) asks the seven questions "
            "--capable, --abuse, --habits, --neglect, --infringement, --abandonment and --unsuitable; a "
            "caregiver without an ID number is checked by --caregiver-birth-date from the document named by "
            "--caregiver-birth-document. An agreement whose check fails is stored but cannot be printed. A "
            "current agreement with the same caregiver is kept unless its renewal "
            "is due; otherwise the new agreement replaces it.");
    }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("child"), QStringLiteral("UUID"), tr("The child.")},
            {QStringLiteral("from"), QStringLiteral("YYYY-MM-DD"),
             tr("First day of the term (default today).")},
            {QStringLiteral("to"), QStringLiteral("YYYY-MM-DD"),
             tr("Last day of the term (default one year after the first, less a day).")},
            {QStringLiteral("capable"), QStringLiteral("yes|no"), tr("The caregiver is able to give care.")},
            {QStringLiteral("abuse"), QStringLiteral("yes|no"),
             tr("The caregiver has a record of abuse or violence.")},
            {QStringLiteral("habits"), QStringLiteral("yes|no"),
             tr("The caregiver has drug, alcohol or gambling habits.")},
            {QStringLiteral("neglect"), QStringLiteral("yes|no"),
             tr("The caregiver has long neglected a duty of care.")},
            {QStringLiteral("infringement"), QStringLiteral("yes|no"),
             tr("The caregiver has committed sexual assault or another infringement.")},
            {QStringLiteral("abandonment"), QStringLiteral("yes|no"),
             tr("The caregiver has abandoned or trafficked a person.")},
            {QStringLiteral("unsuitable"), QStringLiteral("yes|no"),
             tr("The caregiver is otherwise unsuitable to be entrusted.")},
            {QStringLiteral("caregiver-birth-date"), QStringLiteral("YYYY-MM-DD"),
             tr("Without an ID number: the caregiver's birth date from another document.")},
            {QStringLiteral("caregiver-birth-document"), QStringLiteral("TEXT"),
             tr("The document the birth date comes from (household register, passport, …).")},
            {QStringLiteral("caregiver-name"), QStringLiteral("NAME"),
             tr("Another caregiver than the file's.")},
            {QStringLiteral("caregiver-id"), QStringLiteral("ID"), tr("The caregiver's ID number.")},
            {QStringLiteral("caregiver-relation"), QStringLiteral("TEXT"),
             tr("The caregiver's relation to the child.")},
            {QStringLiteral("caregiver-phone"), QStringLiteral("PHONE"), tr("The caregiver's phone.")},
            {QStringLiteral("caregiver-address"), QStringLiteral("TEXT"), tr("The caregiver's address.")},
            {QStringLiteral("costs"), QStringLiteral("TEXT"), tr("What the parents pay for the care.")}};
    }

    int run(CliContext& ctx) const override
    {
        if (!ctx.has(QStringLiteral("child")))
            return ctx.usageError(tr("The option --child is required."));
        const QDate today = Clock::system().today();
        Result<QDate> from = ctx.dateOption(QStringLiteral("from"), today);
        if (!from)
            return ctx.refuse(from.error());
        Result<QDate> to = ctx.dateOption(QStringLiteral("to"), from->addYears(1).addDays(-1));
        if (!to)
            return ctx.refuse(to.error());
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        AgreementRepository repository(*db);
        Result<CareAgreement> draft =
            repository.propose(ctx.value(QStringLiteral("child")), from.value(), to.value());
        if (!draft)
            return ctx.refuse(draft.error());
        const struct
        {
            const char* option;
            const char* field;
        } texts[] = {{"caregiver-name", "caregiver_name"},
                     {"caregiver-id", "caregiver_id_number"},
                     {"caregiver-relation", "caregiver_relation"},
                     {"caregiver-phone", "caregiver_phone"},
                     {"caregiver-address", "caregiver_address"},
                     {"costs", "costs"},
                     {"caregiver-birth-date", "caregiver_birth_date"},
                     {"caregiver-birth-document", "caregiver_birth_document"}};
        if (ctx.has(QStringLiteral("caregiver-name"))) {
            // Another person: nothing of the file's caregiver carries over.
            for (const char* f : {"caregiver_id_number", "caregiver_relation", "caregiver_phone",
                                  "caregiver_address", "caregiver_capable"})
                draft->fields.remove(QLatin1String(f));
        }
        for (const auto& t : texts) {
            if (ctx.has(QLatin1String(t.option)))
                draft->fields.insert(QLatin1String(t.field), ctx.value(QLatin1String(t.option)));
        }
        for (const char* q :
             {"capable", "abuse", "habits", "neglect", "infringement", "abandonment", "unsuitable"}) {
            Result<std::optional<bool>> answer = yesNo(ctx, QLatin1String(q));
            if (!answer)
                return ctx.refuse(answer.error());
            if (answer->has_value())
                draft->fields.insert(QStringLiteral("caregiver_") + QLatin1String(q), **answer ? 1 : 0);
        }
        if (draft->text(QStringLiteral("caregiver_name")).isEmpty())
            return ctx.refuse(tr("The child's file names no caregiver; give one with --caregiver-name."));
        Result<QString> id = repository.create(draft.value());
        if (!id)
            return ctx.refuse(id.error());
        Result<CareAgreement> stored = repository.load(id.value());
        if (!stored)
            return ctx.refuse(stored.error());
        const QStringList problems = stored->caregiverCheck().problems(today);
        if (ctx.json()) {
            QJsonObject o = agreementJson(stored.value(), QString(), today);
            o.insert(QStringLiteral("checkPasses"), problems.isEmpty());
            o.insert(QStringLiteral("checkProblems"), QJsonArray::fromStringList(problems));
            ctx.printJson(o);
            return 0;
        }
        ctx.out() << tr("The agreement %1 was drawn up (caregiver %2, %3 to %4).")
                         .arg(id.value(), stored->text(QStringLiteral("caregiver_name")),
                              stored->text(QStringLiteral("term_from")),
                              stored->text(QStringLiteral("term_to")))
                  << '\n';
        if (!stored->text(QStringLiteral("replaces")).isEmpty())
            ctx.out() << tr("It replaces the agreement %1.").arg(stored->text(QStringLiteral("replaces")))
                      << '\n';
        if (problems.isEmpty())
            ctx.out() << tr("The caregiver check passes: the agreement can be printed.") << '\n';
        else
            ctx.out() << tr("The caregiver check fails, so it cannot be printed yet:") << '\n'
                      << QStringLiteral("  - ") << problems.join(QStringLiteral("\n  - ")) << '\n';
        ctx.out().flush();
        return 0;
    }
};

class AgreementSignCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AgreementSignCommand)

public:
    QString name() const override { return QStringLiteral("agreement sign"); }
    QString arguments() const override { return QStringLiteral("ID"); }
    QString summary() const override { return tr("Record that a printed agreement was signed."); }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"), tr("The day it was signed.")},
                {QStringLiteral("witness"), QStringLiteral("NAME"), tr("The village committee's witness.")},
                {QStringLiteral("notice-date"), QStringLiteral("YYYY-MM-DD"),
                 tr("The day the parents informed the school and the village committee in writing.")}};
    }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }

    int run(CliContext& ctx) const override
    {
        for (const char* required : {"date", "witness"}) {
            if (!ctx.has(QLatin1String(required)))
                return ctx.usageError(tr("The option --%1 is required.").arg(QLatin1String(required)));
        }
        Result<QDate> date = ctx.dateOption(QStringLiteral("date"), {});
        if (!date)
            return ctx.refuse(date.error());
        Result<QDate> notice = ctx.dateOption(QStringLiteral("notice-date"), {});
        if (!notice)
            return ctx.refuse(notice.error());
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        CaseDatabase& database = *db;
        AgreementRepository repository(database);
        if (Status s = database.begin(); !s)
            return ctx.refuse(s.error());
        Status s = repository.sign(ctx.argument(0), date.value(), ctx.value(QStringLiteral("witness")));
        if (s && notice->isValid())
            s = repository.recordNotice(ctx.argument(0), notice.value());
        if (!s) {
            database.rollback();
            return ctx.refuse(s.error());
        }
        if (Status c = database.commit(); !c)
            return ctx.refuse(c.error());
        return ctx.print(
            QJsonObject{{QStringLiteral("id"), ctx.argument(0)},
                        {QStringLiteral("state"), QStringLiteral("signed")},
                        {QStringLiteral("signedOn"), date->toString(Qt::ISODate)}},
            tr("The agreement %1 is signed (%2, witness %3).")
                .arg(ctx.argument(0), date->toString(Qt::ISODate), ctx.value(QStringLiteral("witness"))));
    }
};

class AgreementNoticeCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AgreementNoticeCommand)

public:
    QString name() const override { return QStringLiteral("agreement notice"); }
    QString arguments() const override { return QStringLiteral("ID"); }
    QString summary() const override
    {
        return tr("Record that the parents informed the school and the village committee in writing.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"), tr("The day of the written notice.")}};
    }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }

    int run(CliContext& ctx) const override
    {
        if (!ctx.has(QStringLiteral("date")))
            return ctx.usageError(tr("The option --date is required."));
        Result<QDate> date = ctx.dateOption(QStringLiteral("date"), {});
        if (!date)
            return ctx.refuse(date.error());
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        if (Status s = AgreementRepository(*db).recordNotice(ctx.argument(0), date.value()); !s)
            return ctx.refuse(s.error());
        ctx.out() << tr("The written notice of %1 is recorded.").arg(date->toString(Qt::ISODate)) << Qt::endl;
        return 0;
    }
};

class AgreementListCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AgreementListCommand)

public:
    QString name() const override { return QStringLiteral("agreement list"); }
    QString summary() const override { return tr("List care agreements (replaced ones are left out)."); }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("village"), QStringLiteral("CODE"), tr("Only agreements inside this area.")},
            {QStringLiteral("child"), QStringLiteral("UUID"),
             tr("Only this child's agreements, replaced ones too.")},
            {QStringLiteral("state"), QStringLiteral("S"),
             tr("Only this state: draft, printed, signed, expired, replaced.")},
            {QStringLiteral("unsigned"), {}, tr("Only drafts and printed ones.")},
            {QStringLiteral("renewal-due"), {}, tr("Only those due for renewal (30 days before the end).")}};
    }

    int run(CliContext& ctx) const override
    {
        AgreementRepository::Filter filter;
        if (ctx.has(QStringLiteral("village"))) {
            filter.areaCode = AreaCode::normalize(ctx.value(QStringLiteral("village")));
            if (filter.areaCode.isEmpty() || !AreaCatalog::instance().contains(filter.areaCode))
                return ctx.refuse(tr("%1 is not an area code of the official list.")
                                      .arg(ctx.value(QStringLiteral("village"))));
        }
        filter.childId = ctx.value(QStringLiteral("child"));
        filter.includeReplaced = !filter.childId.isEmpty();
        filter.state = ctx.value(QStringLiteral("state"));
        if (!filter.state.isEmpty() && !Vocabulary::contains(Vocabulary::AgreementStatus, filter.state))
            return ctx.refuse(tr("\"%1\" is not a state; use draft, printed, signed, expired or replaced.")
                                  .arg(filter.state));
        filter.unsignedOnly = ctx.has(QStringLiteral("unsigned"));
        filter.renewalDue = ctx.has(QStringLiteral("renewal-due"));
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<QList<AgreementRepository::Row>> rows = AgreementRepository(*db).list(filter);
        if (!rows)
            return ctx.refuse(rows.error());
        const QDate today = Clock::system().today();
        if (ctx.json()) {
            QJsonArray list;
            for (const auto& r : rows.value())
                list.append(agreementJson(r.agreement, r.childName, today));
            ctx.printJson(list);
            return 0;
        }
        if (rows->isEmpty()) {
            ctx.out() << tr("No agreement matches.") << Qt::endl;
            return 0;
        }
        QList<QStringList> table{{tr("Child"), tr("Village"), tr("State"), tr("Caregiver"), tr("Term"),
                                  tr("Signed on"), tr("Renewal"), tr("Id")}};
        for (const auto& r : rows.value()) {
            const CareAgreement& a = r.agreement;
            table.append({r.childName, AreaCatalog::instance().name(a.areaCode),
                          CareAgreement::stateLabel(a.state(today)), a.text(QStringLiteral("caregiver_name")),
                          a.text(QStringLiteral("term_from")) + QStringLiteral(" – ") +
                              a.text(QStringLiteral("term_to")),
                          a.text(QStringLiteral("signed_on")),
                          a.fields.value(QStringLiteral("needs_review")).toInt() == 1 ? tr("to review")
                          : a.renewalDue(today)                                       ? tr("due")
                                                                                      : QString(),
                          a.id});
        }
        ctx.printTable(table);
        ctx.out() << tr("%n agreement(s).", nullptr, int(rows->size())) << Qt::endl;
        return 0;
    }
};

class AgreementReviewCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AgreementReviewCommand)

public:
    QString name() const override { return QStringLiteral("agreement review"); }
    QString arguments() const override { return QStringLiteral("UUID"); }
    QString summary() const override
    {
        return tr("Decide on an agreement drawn up elsewhere while the child had one on paper.");
    }
    QString details() const override
    {
        return tr(
            "With --keep it becomes the child's current agreement (the one on paper is marked replaced); "
            "with --discard it is marked replaced.");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("keep"), {}, tr("Keep this agreement as the current one.")},
                {QStringLiteral("discard"), {}, tr("Keep the agreement on paper; this one is replaced.")}};
    }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }

    int run(CliContext& ctx) const override
    {
        const bool keep = ctx.has(QStringLiteral("keep"));
        if (keep == ctx.has(QStringLiteral("discard")))
            return ctx.usageError(tr("Give either --keep or --discard."));
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        if (Status s = AgreementRepository(*db).review(ctx.argument(0), keep); !s)
            return ctx.refuse(s.error());
        ctx.out() << (keep ? tr("The agreement %1 is now the current one.")
                           : tr("The agreement %1 was marked replaced."))
                         .arg(ctx.argument(0))
                  << Qt::endl;
        return 0;
    }
};

class AgreementAttachCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AgreementAttachCommand)

public:
    QString name() const override { return QStringLiteral("agreement attach"); }
    QString arguments() const override { return QStringLiteral("ID FILE"); }
    QString summary() const override
    {
        return tr(
            "Attach a scan or photo of the signed paper (JPEG, PNG or PDF; images are reduced to 1 MB).");
    }
    int minArguments() const override { return 2; }
    int maxArguments() const override { return 2; }

    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<CareAgreement> a = AgreementRepository(*db).load(ctx.argument(0));
        if (!a)
            return ctx.refuse(a.error());
        AttachmentStore store(*db);
        Result<QString> id = store.add(a->id, a->areaCode, ctx.argument(1));
        if (!id)
            return ctx.refuse(id.error());
        Result<QList<AttachmentStore::Info>> all = store.list(a->id);
        qint64 size = 0;
        for (const auto& i : all ? all.value() : QList<AttachmentStore::Info>{}) {
            if (i.id == id.value())
                size = i.size;
        }
        return ctx.print(QJsonObject{{QStringLiteral("id"), id.value()}, {QStringLiteral("bytes"), size}},
                         tr("Attached as %1 (%2 KB).").arg(id.value()).arg((size + 1023) / 1024));
    }
};

class AgreementCoverageCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AgreementCoverageCommand)

public:
    QString name() const override { return QStringLiteral("agreement coverage"); }
    QString summary() const override
    {
        return tr("Signed, valid agreements among left-behind children, per village and township, and the "
                  "children without one.");
    }
    QList<CliOption> options() const override
    {
        return {
            {QStringLiteral("area"), QStringLiteral("CODE"), tr("Only this area (default: the station's).")},
            {QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"), tr("Valid on this day (default today).")}};
    }

    int run(CliContext& ctx) const override
    {
        Result<QDate> date = ctx.dateOption(QStringLiteral("date"), Clock::system().today());
        if (!date)
            return ctx.refuse(date.error());
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        const QString area = ctx.value(QStringLiteral("area"), db->station()->areaCode);
        Result<AgreementCoverage::Report> r = AgreementCoverage::compute(*db, area, date.value());
        if (!r)
            return ctx.refuse(r.error());
        const auto lineJson = [](const AgreementCoverage::Line& l) {
            return QJsonObject{{QStringLiteral("area"), l.areaCode},
                               {QStringLiteral("name"), l.name},
                               {QStringLiteral("leftBehind"), l.leftBehind},
                               {QStringLiteral("covered"), l.covered}};
        };
        if (ctx.json()) {
            QJsonArray villages, townships, without;
            for (const auto& l : r->villages)
                villages.append(lineJson(l));
            for (const auto& l : r->townships)
                townships.append(lineJson(l));
            for (const auto& u : r->without)
                without.append(QJsonObject{{QStringLiteral("childId"), u.childId},
                                           {QStringLiteral("name"), u.name},
                                           {QStringLiteral("village"), u.areaCode},
                                           {QStringLiteral("state"), u.state}});
            ctx.printJson(QJsonObject{{QStringLiteral("total"), lineJson(r->total)},
                                      {QStringLiteral("townships"), townships},
                                      {QStringLiteral("villages"), villages},
                                      {QStringLiteral("without"), without}});
            return 0;
        }
        QList<QStringList> table{{tr("Area"), tr("Left-behind"), tr("Covered"), tr("Coverage")}};
        const auto row = [](const AgreementCoverage::Line& l, const QString& indent) {
            return QStringList{indent + l.name, QString::number(l.leftBehind), QString::number(l.covered),
                               QString::number(l.percent(), 'f', 1) + QLatin1Char('%')};
        };
        for (const auto& t : r->townships) {
            table.append(row(t, {}));
            for (const auto& v : r->villages) {
                if (AreaCode::parentOf(v.areaCode) == t.areaCode)
                    table.append(row(v, QStringLiteral("  ")));
            }
        }
        table.append(row(r->total, {}));
        table.last()[0] = tr("Total");
        ctx.printTable(table);
        if (!r->without.isEmpty()) {
            ctx.out() << '\n' << tr("Children without a valid signed agreement:") << '\n';
            QList<QStringList> list{{tr("Name"), tr("Village"), tr("Agreement"), tr("Id")}};
            for (const auto& u : r->without)
                list.append(
                    {u.name, AreaCatalog::instance().name(u.areaCode),
                     u.state.isEmpty() ? tr("none") : Vocabulary::label(Vocabulary::AgreementStatus, u.state),
                     u.childId});
            ctx.printTable(list);
        }
        return 0;
    }
};

const CliRegistration<AgreementAddCommand> registerAgreementAdd;
const CliRegistration<AgreementSignCommand> registerAgreementSign;
const CliRegistration<AgreementNoticeCommand> registerAgreementNotice;
const CliRegistration<AgreementListCommand> registerAgreementList;
const CliRegistration<AgreementAttachCommand> registerAgreementAttach;
const CliRegistration<AgreementReviewCommand> registerAgreementReview;
const CliRegistration<AgreementCoverageCommand> registerAgreementCoverage;

} // namespace
