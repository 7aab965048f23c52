#pragma once

#include "Result.h"
#include "storage/CaseDatabase.h"
#include "sync/StationIdentity.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <optional>

class CliContext;

// Scratch stations for the sync benchmarks: a database with a station, its keys made with the minimum work
// factors (the key derivation is not what is measured) and unlocked.
class BenchStations final
{
    Q_DECLARE_TR_FUNCTIONS(BenchStations)

public:
    struct Station
    {
        std::unique_ptr<CaseDatabase> db;
        std::optional<StationKeys> keys;
    };

    // The passphrase of every benchmark station.
    static QString passphrase();
    static Result<Station> make(const QString& path, const QString& role, const QString& area,
                                const QString& name);
    // Each station enrols the other.
    static Status enrolBoth(Station& a, Station& b);
    // Prints a benchmark's result: JSON with --json, else a line per figure and "met"/"missed" per budget
    // (the object under "budgets"). Returns exit code 0.
    static int print(CliContext& ctx, const QJsonObject& result);
};
