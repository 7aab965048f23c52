#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

class CliCommand;

// Reads the command line (global options, the command, its options and arguments), dispatches to the
// registered command, and answers --help / help CMD. Exit codes: 0 done, 1 refused, 2 usage error.
class CliRunner final
{
    Q_DECLARE_TR_FUNCTIONS(CliRunner)

public:
    // `arguments` without the program name.
    static int run(const QStringList& arguments);
    // The general usage: global options and the list of commands.
    static QString usage();
    // The language asked for with --lang, if any (read before the translations are installed).
    static QString languageOption(const QStringList& arguments);

private:
    static int usageError(const QString& why);
    static int help(const QStringList& topic);
};
