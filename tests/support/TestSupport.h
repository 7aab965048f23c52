#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

// Helpers shared by the tests: where the built programs are, and a way to run the CLI.
namespace TestSupport {

// One sentence on one line (what every refusal prints on stderr).
inline bool isOneSentence(const QByteArray& err)
{
    const QByteArray text = err.trimmed();
    return !text.isEmpty() && !text.contains('\n');
}

inline QString fixturesDir()
{
    return QStringLiteral(SHOUHU_FIXTURES_DIR);
}
inline QString cliPath()
{
    return QStringLiteral(SHOUHU_CLI_PATH);
}
inline QString guiPath()
{
    return QStringLiteral(SHOUHU_GUI_PATH);
}

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs shouhu-cli with the given arguments (and optional stdin), in English, and waits for it.
inline CliRun runCli(const QStringList& args, const QByteArray& input = {}, const QStringList& extraEnv = {},
                     int timeoutMs = 600000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SHOUHU_LANG"), QStringLiteral("en"));
    for (const QString& kv : extraEnv) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(env);
    p.start(cliPath(), args);
    p.waitForStarted();
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    p.waitForFinished(timeoutMs);
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace TestSupport
