#include "CliCommand.h"

#include "CliContext.h"

#include <QCoreApplication>

#include <algorithm>

namespace {
std::vector<std::unique_ptr<CliCommand>>& registry()
{
    static std::vector<std::unique_ptr<CliCommand>> commands;
    return commands;
}
} // namespace

void CliCommand::add(std::unique_ptr<CliCommand> command)
{
    registry().push_back(std::move(command));
}

QList<const CliCommand*> CliCommand::all()
{
    QList<const CliCommand*> out;
    for (const auto& c : registry())
        out << c.get();
    std::sort(out.begin(), out.end(),
              [](const CliCommand* a, const CliCommand* b) { return a->name() < b->name(); });
    return out;
}

const CliCommand* CliCommand::find(const QString& name)
{
    for (const auto& c : registry()) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

QString CliCommand::usage() const
{
    QString text = QStringLiteral("shouhu-cli ") + name();
    const QList<CliOption> opts = options();
    if (!opts.isEmpty())
        text += QCoreApplication::translate("CliCommand", " [options]");
    if (!arguments().isEmpty())
        text += QLatin1Char(' ') + arguments();
    text += QStringLiteral("\n\n") + summary() + QLatin1Char('\n');
    if (!details().isEmpty())
        text += QLatin1Char('\n') + details() + QLatin1Char('\n');
    QList<CliOption> shown = opts + CliContext::globalOptions();
    text += QLatin1Char('\n') + QCoreApplication::translate("CliCommand", "Options:") + QLatin1Char('\n');
    for (const CliOption& o : shown) {
        const QString left = QStringLiteral("  --") + o.name +
                             (o.valueName.isEmpty() ? QString() : QLatin1Char(' ') + o.valueName);
        text += left.leftJustified(28) + QLatin1Char(' ') + o.description + QLatin1Char('\n');
    }
    return text;
}
