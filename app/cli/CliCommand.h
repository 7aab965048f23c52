#pragma once

#include <QList>
#include <QString>

#include <memory>
#include <vector>

class CliContext;

// One option of a command: `--name VALUE`, or a flag when valueName is empty.
struct CliOption
{
    QString name;
    QString valueName;
    QString description;
};

// One command of shouhu-cli. A command lives in its own file (grouped by subject, e.g. ChildCommands.cpp)
// and registers itself with a static CliRegistration<Command>, so adding a command never touches a central
// list. Names may have two words ("bench open-search").
class CliCommand
{
public:
    virtual ~CliCommand() = default;

    virtual QString name() const = 0;
    // The positional arguments as shown in the usage line ("ID…", "UUID FILE.json").
    virtual QString arguments() const { return {}; }
    // One line for the command list.
    virtual QString summary() const = 0;
    // More lines for `shouhu-cli help CMD` (may be empty).
    virtual QString details() const { return {}; }
    virtual QList<CliOption> options() const { return {}; }
    virtual int minArguments() const { return 0; }
    // -1 for no limit.
    virtual int maxArguments() const { return 0; }

    // Runs the command; returns the exit code (0 done, 1 refused, 2 usage error).
    virtual int run(CliContext& context) const = 0;

    // The full help text of this command.
    QString usage() const;

    static void add(std::unique_ptr<CliCommand> command);
    // Every registered command, sorted by name.
    static QList<const CliCommand*> all();
    static const CliCommand* find(const QString& name);
};

// `const CliRegistration<MyCommand> registerMyCommand;` at file scope of the command's .cpp.
template <typename Command>
class CliRegistration final
{
public:
    CliRegistration() { CliCommand::add(std::make_unique<Command>()); }
};
