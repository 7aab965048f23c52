#pragma once

#include "CliCommand.h"
#include "Result.h"
#include "sync/StationIdentity.h"

#include <QCoreApplication>
#include <QString>

class CaseDatabase;
class CliContext;

// The station's passphrase for commands that sign, seal or open packages: from --passphrase-file (its
// first line) or the SHOUHU_PASSPHRASE environment variable, never from the command line itself.
class CliPassphrase final
{
    Q_DECLARE_TR_FUNCTIONS(CliPassphrase)

public:
    // The --passphrase-file option, for a command's option list.
    static CliOption option();
    static Result<QString> read(const CliContext& ctx,
                                const QString& option = QStringLiteral("passphrase-file"),
                                const char* variable = "SHOUHU_PASSPHRASE");
    // The unlocked keys; made first when the station has none yet and `create` is set.
    static Result<StationKeys> keys(CliContext& ctx, CaseDatabase& db, bool create);
};
