// The station's clock: clock repair (after the computer's date was wrong).
#include "CliCommand.h"
#include "CliContext.h"

#include "storage/CaseDatabase.h"
#include "storage/Stamp.h"
#include "sync/ClockRepair.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>

namespace {

class ClockRepairCommand final : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(ClockRepairCommand)
public:
    QString name() const override { return QStringLiteral("clock repair"); }
    QString summary() const override
    {
        return tr("Give the changes made while the computer's date was wrong the current time, so that other "
                  "stations accept them.");
    }
    QString details() const override
    {
        return tr("Set the computer's date and time right first. Every change this station made with a time "
                  "in the future is written again with the current time, in the same order and with the same "
                  "values (an audit entry each), and the station's clock goes back to the computer's time; "
                  "changes of other stations are not touched. Running it again changes nothing. Refused when "
                  "the computer's date is more than a day behind the changes received from other stations.");
    }
    int run(CliContext& ctx) const override
    {
        CaseDatabase* db = ctx.database();
        if (!db)
            return CliContext::Refused;
        Result<ClockRepair::Report> r = ClockRepair::repair(*db);
        if (!r)
            return ctx.refuse(r.error());
        if (ctx.json()) {
            ctx.printJson(QJsonObject{
                {QStringLiteral("repaired"), r->repaired()},
                {QStringLiteral("writes"), r->writes},
                {QStringLiteral("records"), r->records},
                {QStringLiteral("audit"), r->audit},
                {QStringLiteral("conflicts"), r->conflicts},
                {QStringLiteral("clockBefore"),
                 QDateTime::fromMSecsSinceEpoch(Stamp::millisOf(r->clockBefore)).toString(Qt::ISODateWithMs)},
                {QStringLiteral("clockAfter"), QDateTime::fromMSecsSinceEpoch(Stamp::millisOf(r->clockAfter))
                                                   .toString(Qt::ISODateWithMs)}});
            return 0;
        }
        ctx.out() << ClockRepair::reportSentence(r.value()) << Qt::endl;
        return 0;
    }
};

const CliRegistration<ClockRepairCommand> registerClockRepair;

} // namespace
