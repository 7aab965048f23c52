// check: the data-quality checks of the offices (reports/QualityCheck).
#include "CliCommand.h"
#include "CliContext.h"

#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "reports/QualityCheck.h"
#include "storage/CaseDatabase.h"

#include <QJsonArray>
#include <QJsonObject>

namespace {

class CheckCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override
    {
        return tr("Data-quality checks of the children on the register: missing, invalid and contradictory "
                  "facts, one line each (docs/cli.md lists the rules).");
    }
    QList<CliOption> options() const override
    {
        return {{QStringLiteral("area"), QStringLiteral("CODE"), tr("Only children inside this area.")}};
    }

    int run(CliContext& ctx) const override
    {
        const QString area = ctx.value(QStringLiteral("area"));
        if (!area.isEmpty() && !AreaCatalog::instance().contains(AreaCode::normalize(area)))
            return ctx.refuse(tr("%1 is not an area code of the official list.").arg(area));
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<QList<QualityCheck::Issue>> issues = QualityCheck::run(*db, area, db->clock().today());
        if (!issues)
            return ctx.refuse(issues.error());
        if (ctx.json()) {
            QJsonArray a;
            for (const QualityCheck::Issue& i : issues.value())
                a.append(QJsonObject{{QStringLiteral("child"), i.childId},
                                     {QStringLiteral("name"), i.childName},
                                     {QStringLiteral("village"), i.areaCode},
                                     {QStringLiteral("field"), i.field},
                                     {QStringLiteral("rule"), i.rule},
                                     {QStringLiteral("message"), i.message}});
            ctx.printJson(a);
            return 0;
        }
        if (issues->isEmpty()) {
            ctx.out() << tr("No data-quality issue found.") << '\n';
            return 0;
        }
        QList<QStringList> rows{{tr("Child"), tr("Village"), tr("Issue")}};
        const AreaCatalog& areas = AreaCatalog::instance();
        for (const QualityCheck::Issue& i : issues.value()) {
            rows.append({i.childName, areas.name(i.areaCode), i.message});
        }
        ctx.printTable(rows);
        ctx.out() << '\n' << tr("%n issue(s).", nullptr, int(issues->size())) << '\n';
        return 0;
    }
};

const CliRegistration<CheckCommand> registerCheck;

} // namespace
