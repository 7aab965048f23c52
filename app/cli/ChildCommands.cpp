// Children's files: check-id, add-child, edit-child, show-child, exit-child, search.
#include "CliCommand.h"
#include "CliContext.h"
#include "CliFormat.h"

#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/Classification.h"
#include "domain/IdNumber.h"
#include "domain/Vocabulary.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseQuery.h"
#include "storage/CaseRepository.h"
#include "storage/EntitySchema.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <limits>

namespace {

// A child's file as JSON, from a file or ("-") from stdin.
Result<ChildFile> readChildFile(const QString& path)
{
    Result<QJsonObject> json = CliContext::readJsonObject(path);
    if (!json)
        return Result<ChildFile>::failure(json.error());
    return ChildFile::fromJson(json.value());
}

class CheckIdCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckIdCommand)

public:
    QString name() const override { return QStringLiteral("check-id"); }
    QString arguments() const override { return QStringLiteral("ID…"); }
    QString summary() const override
    {
        return tr("Check citizen ID numbers: valid or why not, birth date, sex, county.");
    }
    QString details() const override { return tr("Exits with 1 when any number is not valid."); }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return -1; }

    int run(CliContext& ctx) const override
    {
        bool allValid = true;
        QJsonArray json;
        QList<QStringList> rows{
            {tr("ID number"), tr("Result"), tr("Birth date"), tr("Sex"), tr("County or reason")}};
        for (const QString& text : ctx.arguments()) {
            const IdNumber id = IdNumber::parse(text);
            allValid = allValid && id.isValid();
            const QString birth = id.isValid() ? id.birthDate().toString(Qt::ISODate) : QString();
            const QString sex = id.isValid() ? sexCode(id.sex()) : QString();
            json.append(QJsonObject{{QStringLiteral("id"), text},
                                    {QStringLiteral("valid"), id.isValid()},
                                    {QStringLiteral("reason"), id.reason()},
                                    {QStringLiteral("normalized"), id.normalized()},
                                    {QStringLiteral("birthDate"), birth},
                                    {QStringLiteral("sex"), sex},
                                    {QStringLiteral("county"), id.countyName()}});
            QString county = id.countyName();
            if (id.isValid() && county.isEmpty())
                county = tr("%1 (no longer in the area list)").arg(id.addressCode());
            rows.append({text, id.isValid() ? tr("valid") : tr("not valid"), birth,
                         sex.isEmpty() ? QString() : Vocabulary::label(Vocabulary::Sex, sex),
                         id.isValid() ? county : id.reason()});
        }
        if (ctx.json())
            ctx.printJson(json);
        else
            ctx.printTable(rows);
        return allValid ? 0 : 1;
    }
};

class AddChildCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddChildCommand)

public:
    QString name() const override { return QStringLiteral("add-child"); }
    QString arguments() const override { return QStringLiteral("FILE.json|-"); }
    QString summary() const override { return tr("Register a child from a JSON file (\"-\" reads stdin)."); }
    QString details() const override
    {
        return tr("The JSON form of a child's file is described in docs/child-json.md.");
    }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }

    int run(CliContext& ctx) const override
    {
        Result<ChildFile> file = readChildFile(ctx.argument(0));
        if (!file)
            return ctx.refuse(file.error());
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        CaseRepository cases(*db);
        Result<QString> id = cases.create(file.value());
        if (!id)
            return ctx.refuse(id.error());
        if (!cases.lastWarning().isEmpty())
            ctx.err() << cases.lastWarning() << Qt::endl;
        return ctx.print(QJsonObject{{QStringLiteral("id"), id.value()}},
                         tr("The file of %1 was saved with the id %2.")
                             .arg(file->text(QStringLiteral("name")), id.value()));
    }
};

class EditChildCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(EditChildCommand)

public:
    QString name() const override { return QStringLiteral("edit-child"); }
    QString arguments() const override { return QStringLiteral("UUID FILE.json|-"); }
    QString summary() const override
    {
        return tr("Change a child's file: the fields in the JSON file replace the stored ones.");
    }
    int minArguments() const override { return 2; }
    int maxArguments() const override { return 2; }

    int run(CliContext& ctx) const override
    {
        Result<ChildFile> file = readChildFile(ctx.argument(1));
        if (!file)
            return ctx.refuse(file.error());
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<int> changed = CaseRepository(*db).update(ctx.argument(0), file.value());
        if (!changed)
            return ctx.refuse(changed.error());
        if (ctx.json())
            ctx.printJson(QJsonObject{{QStringLiteral("id"), ctx.argument(0)},
                                      {QStringLiteral("changed"), changed.value()}});
        else
            ctx.out()
                << tr("%n field(s) changed in the file %1.", nullptr, changed.value()).arg(ctx.argument(0))
                << Qt::endl;
        return 0;
    }
};

class ShowChildCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ShowChildCommand)

public:
    QString name() const override { return QStringLiteral("show-child"); }
    QString arguments() const override { return QStringLiteral("UUID"); }
    QString summary() const override { return tr("Show a child's whole file."); }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }

    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<ChildFile> file = CaseRepository(*db).load(ctx.argument(0));
        if (!file)
            return ctx.refuse(file.error());
        if (ctx.json()) {
            ctx.printJson(file->toJson());
            return 0;
        }
        const ChildFile& f = file.value();
        QTextStream& out = ctx.out();
        out << f.text(QStringLiteral("name")) << "  (" << f.id << ")\n";
        out << tr("Village: %1").arg(CliFormat::area(f.areaCode)) << '\n';
        out << tr("Category: %1")
                   .arg(CliFormat::category(f.meta.value(QStringLiteral("category")).toString()))
            << '\n';
        const QString reasons = f.meta.value(QStringLiteral("category_reasons")).toString();
        for (const QString& r : reasons.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            out << "  - " << r << '\n';
        printFields(ctx, EntitySchema::child(), f.child, tr("The child"));
        printFields(ctx, EntitySchema::household(), f.household, tr("Household"));
        for (const QString& relation : Vocabulary::codes(Vocabulary::Relation)) {
            if (f.persons.contains(relation))
                printFields(ctx, EntitySchema::person(), f.persons.value(relation),
                            Vocabulary::label(Vocabulary::Relation, relation));
        }
        out.flush();
        return 0;
    }

private:
    static void printFields(CliContext& ctx, const EntitySchema& schema, const QVariantMap& values,
                            const QString& title)
    {
        QList<QStringList> rows;
        for (const FieldSpec& field : schema.fields) {
            const QVariant v = values.value(field.name);
            if (v.isNull() || v.toString().isEmpty() || field.type == FieldSpec::Type::Reference)
                continue;
            rows.append({QStringLiteral("  ") + QCoreApplication::translate("Field", field.label),
                         CliFormat::fieldValue(field, v)});
        }
        if (rows.isEmpty())
            return;
        ctx.out() << '\n' << title << '\n';
        ctx.printTable(rows);
    }
};

class ExitChildCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ExitChildCommand)

public:
    QString name() const override { return QStringLiteral("exit-child"); }
    QString arguments() const override { return QStringLiteral("UUID"); }
    QString summary() const override { return tr("A child leaves the register (the file is kept)."); }
    QString details() const override
    {
        return tr("Reasons: %1.").arg(Vocabulary::codes(Vocabulary::ExitReason).join(QStringLiteral(", ")));
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("reason"), QStringLiteral("CODE"), tr("Why the child leaves.")},
                {QStringLiteral("date"), QStringLiteral("YYYY-MM-DD"), tr("The day the child left.")}};
    }
    int minArguments() const override { return 1; }
    int maxArguments() const override { return 1; }

    int run(CliContext& ctx) const override
    {
        for (const char* required : {"reason", "date"}) {
            if (!ctx.has(QLatin1String(required)))
                return ctx.usageError(tr("The option --%1 is required.").arg(QLatin1String(required)));
        }
        Result<QDate> date = ctx.dateOption(QStringLiteral("date"), {});
        if (!date)
            return ctx.refuse(date.error());
        const QString reason = ctx.value(QStringLiteral("reason"));
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        CaseRepository repository(*db);
        if (Status s = repository.exitChild(ctx.argument(0), reason, date.value()); !s)
            return ctx.refuse(s.error());
        if (ctx.json()) {
            ctx.printJson(QJsonObject{{QStringLiteral("id"), ctx.argument(0)},
                                      {QStringLiteral("status"), QStringLiteral("exited")},
                                      {QStringLiteral("reason"), reason},
                                      {QStringLiteral("date"), date->toString(Qt::ISODate)}});
        } else {
            Result<ChildFile> file = repository.load(ctx.argument(0));
            ctx.out() << tr("%1 left the register on %2: %3.")
                             .arg(file ? file->text(QStringLiteral("name")) : ctx.argument(0),
                                  date->toString(Qt::ISODate),
                                  Vocabulary::label(Vocabulary::ExitReason, reason))
                      << Qt::endl;
        }
        return 0;
    }
};

class SearchCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(SearchCommand)

public:
    QString name() const override { return QStringLiteral("search"); }
    QString arguments() const override { return QStringLiteral("[TEXT]"); }
    QString summary() const override
    {
        return tr("Find children by any part of the name or of the ID number (no text: everyone).");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("limit"), QStringLiteral("N"), tr("At most N children (default 50).")},
                {QStringLiteral("offset"), QStringLiteral("N"), tr("Skip the first N children.")},
                {QStringLiteral("village"), QStringLiteral("CODE"), tr("Only children inside this area.")},
                {QStringLiteral("category"), QStringLiteral("C"),
                 tr("Only this category: not_left_behind, left_behind, suspected, over_age.")},
                {QStringLiteral("status"), QStringLiteral("active|exited|all"),
                 tr("Only children with this status (default active).")}};
    }
    int maxArguments() const override { return 1; }

    int run(CliContext& ctx) const override
    {
        Result<int> limit = ctx.intOption(QStringLiteral("limit"), 50, 1, 100000);
        if (!limit)
            return ctx.refuse(limit.error());
        Result<int> offset = ctx.intOption(QStringLiteral("offset"), 0, 0, std::numeric_limits<int>::max());
        if (!offset)
            return ctx.refuse(offset.error());
        CaseQuery::Filter filter;
        filter.text = ctx.argument(0);
        if (ctx.has(QStringLiteral("village"))) {
            filter.areaCode = AreaCode::normalize(ctx.value(QStringLiteral("village")));
            if (filter.areaCode.isEmpty() || !AreaCatalog::instance().contains(filter.areaCode))
                return ctx.refuse(tr("%1 is not an area code of the official list.")
                                      .arg(ctx.value(QStringLiteral("village"))));
        }
        filter.category = ctx.value(QStringLiteral("category"));
        if (!filter.category.isEmpty() && !categoryFromCode(filter.category))
            return ctx.refuse(tr("\"%1\" is not a category; use not_left_behind, left_behind, suspected or "
                                 "over_age.")
                                  .arg(filter.category));
        const QString status = ctx.value(QStringLiteral("status"), QStringLiteral("active"));
        if (status == QLatin1String("all"))
            filter.status.clear();
        else if (Vocabulary::contains(Vocabulary::ChildStatus, status))
            filter.status = status;
        else
            return ctx.refuse(tr("\"%1\" is not a status; use active, exited or all.").arg(status));

        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        CaseQuery query(*db);
        Result<int> total = query.count(filter);
        if (!total)
            return ctx.refuse(total.error());
        Result<QList<CaseQuery::Row>> rows = query.page(filter, offset.value(), limit.value());
        if (!rows)
            return ctx.refuse(rows.error());
        const AreaCatalog& areas = AreaCatalog::instance();
        if (ctx.json()) {
            QJsonArray list;
            for (const CaseQuery::Row& r : rows.value()) {
                list.append(QJsonObject{{QStringLiteral("id"), r.id},
                                        {QStringLiteral("name"), r.name},
                                        {QStringLiteral("sex"), r.sex},
                                        {QStringLiteral("birthDate"), r.birthDate},
                                        {QStringLiteral("idNumber"), r.idNumber},
                                        {QStringLiteral("village"), r.areaCode},
                                        {QStringLiteral("villageName"), areas.name(r.areaCode)},
                                        {QStringLiteral("category"), r.category},
                                        {QStringLiteral("status"), r.status}});
            }
            ctx.printJson(list);
            return 0;
        }
        QList<QStringList> table{{tr("Name"), tr("Sex"), tr("Birth date"), tr("ID number"), tr("Village"),
                                  tr("Category"), tr("Status"), tr("Id")}};
        for (const CaseQuery::Row& r : rows.value()) {
            table.append({r.name, Vocabulary::label(Vocabulary::Sex, r.sex), r.birthDate, r.idNumber,
                          areas.name(r.areaCode), CliFormat::category(r.category),
                          Vocabulary::label(Vocabulary::ChildStatus, r.status), r.id});
        }
        if (rows->isEmpty()) {
            ctx.out() << tr("No child matches.") << Qt::endl;
            return 0;
        }
        ctx.printTable(table);
        ctx.out() << tr("Children %1 to %2 of %3.")
                         .arg(offset.value() + 1)
                         .arg(offset.value() + rows->size())
                         .arg(total.value())
                  << Qt::endl;
        return 0;
    }
};

const CliRegistration<CheckIdCommand> registerCheckId;
const CliRegistration<AddChildCommand> registerAddChild;
const CliRegistration<EditChildCommand> registerEditChild;
const CliRegistration<ShowChildCommand> registerShowChild;
const CliRegistration<ExitChildCommand> registerExitChild;
const CliRegistration<SearchCommand> registerSearch;

} // namespace
