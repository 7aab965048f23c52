#pragma once

#include "Clock.h"
#include "HybridLogicalClock.h"
#include "Result.h"
#include "Stamp.h"
#include "StationInfo.h"
#include "domain/ClassifierSettings.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>

// The case database of one station: a SQLite file (WAL, foreign keys). This is the only place in the code
// that opens a database connection (a later step encrypts it at rest by swapping the driver here).
class CaseDatabase final
{
public:
    ~CaseDatabase();
    CaseDatabase(const CaseDatabase&) = delete;
    CaseDatabase& operator=(const CaseDatabase&) = delete;

    // Opens (creating if needed) and migrates the database at `path`. `targetVersion` is for migration tests.
    static Result<std::unique_ptr<CaseDatabase>>
    open(const QString& path, const Clock& clock = Clock::system(), int targetVersion = -1);
    // The folder and file the GUI uses when no --db is given.
    static QString defaultPath();

    QSqlDatabase& sql() { return m_db; }
    const QString& path() const { return m_path; }
    const Clock& clock() const { return *m_clock; }
    int schemaVersion();

    // This station. Empty until `initStation` ran (the first-run wizard or `shouhu-cli init`).
    std::optional<StationInfo> station() const { return m_station; }
    Status initStation(const StationInfo& info);
    Status setOperatorName(const QString& name);

    QString setting(const QString& key, const QString& fallback = {}) const;
    Status setSetting(const QString& key, const QString& value);
    ClassifierSettings classifierSettings() const;

    // Transactions: BEGIN IMMEDIATE ... COMMIT; nested calls join the outer transaction.
    Status begin();
    Status commit();
    void rollback();
    bool inTransaction() const { return m_depth > 0; }

    // The stamp for a local field write (inside a transaction), and the next local change sequence number.
    Stamp nextStamp();
    qint64 nextSeq();
    HybridLogicalClock& hlc() { return m_hlc; }

private:
    CaseDatabase(QString path, QString connection, const Clock& clock);
    Status loadState();

    QString m_path;
    QString m_connection;
    QSqlDatabase m_db;
    const Clock* m_clock;
    HybridLogicalClock m_hlc;
    qint64 m_seq = 0;
    int m_depth = 0;
    bool m_failed = false;
    std::optional<StationInfo> m_station;
};
