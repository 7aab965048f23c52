#include "CliRunner.h"
#include "Localization.h"

#include <QCoreApplication>

// shouhu-cli: the register from the command line, for scripts, automation and benchmarks. The commands live
// in app/cli/ and register themselves; see docs/cli.md.
int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    // The same name as the GUI, so that both find the same database (CaseDatabase::defaultPath()).
    QCoreApplication::setApplicationName(QStringLiteral("shouhu"));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    Localization::install(app, CliRunner::languageOption(arguments));
    return CliRunner::run(arguments);
}
