#include "CliRunner.h"

#include "CliCommand.h"
#include "CliContext.h"

#include <QTextStream>

#include <cstdio>

namespace {
bool isOption(const QString& token)
{
    return token.size() > 1 && token.startsWith(QLatin1Char('-'));
}

const CliOption* findOption(const QList<CliOption>& options, const QString& name)
{
    for (const CliOption& o : options) {
        if (o.name == name)
            return &o;
    }
    return nullptr;
}

// Commands whose name begins with `group` followed by a space ("bench" -> "bench open-search").
QList<const CliCommand*> commandsOfGroup(const QString& group)
{
    QList<const CliCommand*> out;
    for (const CliCommand* c : CliCommand::all()) {
        if (c->name().startsWith(group + QLatin1Char(' ')))
            out << c;
    }
    return out;
}

// Reads `--name value`, `--name=value` or a flag at tokens[i]; advances i. Returns an error sentence.
QString readOption(const QStringList& tokens, qsizetype& i, const QList<CliOption>& known,
                   QHash<QString, QString>& options, bool& help)
{
    QString token = tokens.at(i);
    if (token == QLatin1String("-h") || token == QLatin1String("--help")) {
        help = true;
        return {};
    }
    if (!token.startsWith(QLatin1String("--")))
        return CliRunner::tr("Unknown option %1.").arg(token);
    token = token.mid(2);
    QString value;
    const qsizetype eq = token.indexOf(QLatin1Char('='));
    const bool inlineValue = eq >= 0;
    if (inlineValue) {
        value = token.mid(eq + 1);
        token = token.left(eq);
    }
    const CliOption* option = findOption(known, token);
    if (!option)
        return CliRunner::tr("Unknown option --%1.").arg(token);
    if (option->valueName.isEmpty()) {
        if (inlineValue)
            return CliRunner::tr("The option --%1 takes no value.").arg(token);
    } else if (!inlineValue) {
        if (i + 1 >= tokens.size())
            return CliRunner::tr("The option --%1 needs a value (%2).").arg(token, option->valueName);
        value = tokens.at(++i);
    }
    if (token == QLatin1String("lang") && value != QLatin1String("en") && value != QLatin1String("zh_CN"))
        return CliRunner::tr("--lang takes en or zh_CN.");
    options.insert(token, value);
    return {};
}
} // namespace

QString CliRunner::languageOption(const QStringList& arguments)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--"))
            break;
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            return arguments.at(i).mid(7);
    }
    return {};
}

QString CliRunner::usage()
{
    QString text =
        tr("Usage: shouhu-cli [--db FILE] [--json] [--lang en|zh_CN] COMMAND [options] [arguments]") +
        QStringLiteral("\n\n") +
        tr("Shouhu: the register of rural left-behind children, from the command line.") +
        QStringLiteral("\n\n") + tr("Commands:") + QLatin1Char('\n');
    for (const CliCommand* c : CliCommand::all())
        text += QString(QStringLiteral("  ") + c->name()).leftJustified(22) + QLatin1Char(' ') +
                c->summary() + QLatin1Char('\n');
    text += QLatin1Char('\n') + tr("Options for every command:") + QLatin1Char('\n');
    for (const CliOption& o : CliContext::globalOptions()) {
        const QString left = QStringLiteral("  --") + o.name +
                             (o.valueName.isEmpty() ? QString() : QLatin1Char(' ') + o.valueName);
        text += left.leftJustified(22) + QLatin1Char(' ') + o.description + QLatin1Char('\n');
    }
    text +=
        QLatin1Char('\n') +
        tr("\"shouhu-cli help COMMAND\" shows the options of a command. Exit codes: 0 done, 1 refused (the "
           "reason is printed), 2 usage error.") +
        QLatin1Char('\n');
    return text;
}

int CliRunner::usageError(const QString& why)
{
    QTextStream(stderr) << why << "\n\n" << usage() << Qt::flush;
    return 2;
}

int CliRunner::help(const QStringList& topic)
{
    QTextStream out(stdout);
    const QString name = topic.join(QLatin1Char(' '));
    if (name.isEmpty()) {
        out << usage();
        return 0;
    }
    if (const CliCommand* c = CliCommand::find(name)) {
        out << tr("Usage: ") << c->usage();
        return 0;
    }
    const QList<const CliCommand*> group = commandsOfGroup(name);
    if (group.isEmpty())
        return usageError(tr("There is no command \"%1\".").arg(name));
    for (const CliCommand* c : group)
        out << tr("Usage: ") << c->usage() << '\n';
    return 0;
}

int CliRunner::run(const QStringList& tokens)
{
    QHash<QString, QString> options;
    bool wantHelp = false;
    qsizetype i = 0;
    // Global options before the command.
    for (; i < tokens.size() && isOption(tokens.at(i)); ++i) {
        if (tokens.at(i) == QLatin1String("--version")) {
            QTextStream(stdout) << "shouhu-cli " << SHOUHU_VERSION << '\n';
            return 0;
        }
        if (const QString why = readOption(tokens, i, CliContext::globalOptions(), options, wantHelp);
            !why.isEmpty())
            return usageError(why);
    }
    if (i >= tokens.size()) {
        if (wantHelp)
            return help({});
        return usageError(tr("Name a command."));
    }
    if (tokens.at(i) == QLatin1String("help")) {
        QStringList topic;
        for (qsizetype j = i + 1; j < tokens.size(); ++j) {
            if (!isOption(tokens.at(j)))
                topic << tokens.at(j);
        }
        return help(topic);
    }

    // The command: two words if such a command exists, else one.
    const CliCommand* command = nullptr;
    if (i + 1 < tokens.size())
        command = CliCommand::find(tokens.at(i) + QLatin1Char(' ') + tokens.at(i + 1));
    if (command) {
        i += 2;
    } else {
        command = CliCommand::find(tokens.at(i));
        if (!command) {
            const QList<const CliCommand*> group = commandsOfGroup(tokens.at(i));
            if (!group.isEmpty()) {
                QStringList names;
                for (const CliCommand* c : group)
                    names << c->name();
                return usageError(
                    tr("\"%1\" needs one of: %2.").arg(tokens.at(i), names.join(QStringLiteral(", "))));
            }
            return usageError(tr("There is no command \"%1\".").arg(tokens.at(i)));
        }
        ++i;
    }

    const QList<CliOption> known = command->options() + CliContext::globalOptions();
    QStringList positional;
    QString why;
    for (; i < tokens.size() && why.isEmpty(); ++i) {
        const QString& token = tokens.at(i);
        if (token == QLatin1String("--")) {
            positional += tokens.mid(i + 1);
            break;
        }
        if (isOption(token))
            why = readOption(tokens, i, known, options, wantHelp);
        else
            positional << token;
    }
    CliContext context(*command, positional, options);
    if (wantHelp) {
        context.out() << tr("Usage: ") << command->usage() << Qt::flush;
        return 0;
    }
    if (!why.isEmpty())
        return context.usageError(why);
    if (positional.size() < command->minArguments())
        return context.usageError(tr("Missing argument: %1.").arg(command->arguments()));
    if (command->maxArguments() >= 0 && positional.size() > command->maxArguments())
        return context.usageError(tr("Too many arguments: %1.")
                                      .arg(positional.mid(command->maxArguments()).join(QLatin1Char(' '))));
    return context.finish(command->run(context));
}
