#include "CliRunner.h"
#include "Localization.h"

#include <QGuiApplication>

#include <csignal>
#include <cstdio>

namespace {
// stderr carries one sentence a person reads; Qt's own chatter (e.g. about XDG_RUNTIME_DIR on a headless
// machine) is shown only when SHOUHU_DEBUG is set.
void quietMessages(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    static const bool debug = !qEnvironmentVariableIsEmpty("SHOUHU_DEBUG");
    if (!debug && (type == QtDebugMsg || type == QtInfoMsg || type == QtWarningMsg))
        return;
    fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}
} // namespace

// shouhu-cli: the register from the command line, for scripts, automation and benchmarks. The commands live
// in app/cli/ and register themselves; see docs/cli.md.
int main(int argc, char** argv)
{
    qInstallMessageHandler(quietMessages);
#ifdef SIGXFSZ
    // Past the file size limit (ulimit -f) a write fails with EFBIG and is reported in one sentence, instead
    // of the signal killing the program half-way.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    // A QGuiApplication because documents are rendered with Qt Gui (fonts, PDF); headless unless the caller
    // chose a platform.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // The same name as the GUI, so that both find the same database (CaseDatabase::defaultPath()).
    QCoreApplication::setApplicationName(QStringLiteral("shouhu"));
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    Localization::install(app, CliRunner::languageOption(arguments));
    return CliRunner::run(arguments);
}
