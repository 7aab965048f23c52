#include "CliPassphrase.h"

#include "CliContext.h"

#include <QFile>

CliOption CliPassphrase::option()
{
    return {QStringLiteral("passphrase-file"), QStringLiteral("FILE"),
            tr("Read the passphrase from this file (default: the SHOUHU_PASSPHRASE environment variable).")};
}

Result<QString> CliPassphrase::read(const CliContext& ctx, const QString& option, const char* variable)
{
    if (ctx.has(option)) {
        QFile f(ctx.value(option));
        if (!f.open(QIODevice::ReadOnly))
            return Result<QString>::failure(
                tr("The passphrase file %1 cannot be read.").arg(ctx.value(option)));
        return QString::fromUtf8(f.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    }
    const QString env = qEnvironmentVariable(variable);
    if (env.isEmpty())
        return Result<QString>::failure(tr("Give the passphrase with --%1 or the %2 environment variable.")
                                            .arg(option, QLatin1String(variable)));
    return env;
}

Result<StationKeys> CliPassphrase::keys(CliContext& ctx, CaseDatabase& db, bool create)
{
    Result<QString> pass = read(ctx);
    if (!pass)
        return Result<StationKeys>::failure(pass.error());
    if (create && !StationIdentity::hasKeys(db)) {
        if (Status s = StationIdentity::create(db, pass.value()); !s)
            return Result<StationKeys>::failure(s.error());
    }
    Result<StationKeys> keys = StationIdentity::unlock(db, pass.value());
    if (keys)
        ctx.setVerifiedPassphrase(pass.value());
    return keys;
}
