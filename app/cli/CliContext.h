#pragma once

#include "CliCommand.h"
#include "Clock.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>
#include <QTextStream>

#include <functional>
#include <memory>

class CaseDatabase;

// What a command runs with: its positional arguments and options, the database path, whether to answer in
// JSON, and the output streams. Also the few helpers every command needs to follow the conventions (exit 1
// with one sentence on stderr when input is refused, exit 2 with the usage on a usage error).
class CliContext final
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(const CliCommand& command, QStringList arguments, QHash<QString, QString> options);
    ~CliContext();
    CliContext(const CliContext&) = delete;
    CliContext& operator=(const CliContext&) = delete;

    // The exit code of a command whose input was refused (the sentence is on stderr).
    static constexpr int Refused = 1;

    // --db, --json, --lang, --help: accepted by every command.
    static QList<CliOption> globalOptions();

    const CliCommand& command() const { return m_command; }
    const QStringList& arguments() const { return m_arguments; }
    QString argument(int i) const { return m_arguments.value(i); }
    bool has(const QString& option) const { return m_options.contains(option); }
    QString value(const QString& option, const QString& fallback = {}) const
    {
        return m_options.value(option, fallback);
    }
    bool json() const { return has(QStringLiteral("json")); }
    // --db, or the GUI's database.
    QString databasePath() const;

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Prints the sentence on stderr; returns exit code 1.
    int refuse(const QString& sentence);
    // Prints why and the command's usage on stderr; returns exit code 2.
    int usageError(const QString& why);
    // Prints one JSON document on stdout.
    void printJson(const QJsonValue& value);
    // Prints rows as aligned columns (Chinese characters count double).
    void printTable(const QList<QStringList>& rows);

    // One JSON object read from a file, or from stdin for "-"; a refusal says what is wrong with the file.
    static Result<QJsonObject> readJsonObject(const QString& path);

    // An integer option within [min, max]; the fallback when it is not given.
    Result<int> intOption(const QString& option, int fallback, int min, int max) const;
    // A date option (YYYY-MM-DD); the fallback when it is not given.
    Result<QDate> dateOption(const QString& option, QDate fallback) const;

    // Opens the database. With requireStation, a missing file or a database without a station is refused
    // (nothing is created).
    Result<std::unique_ptr<CaseDatabase>> openDatabase(bool requireStation = true,
                                                       const Clock& clock = Clock::system()) const;
    // The station's database (openDatabase with a station required), opened on first use and kept for the
    // rest of the command. Null when it cannot be opened: the sentence is printed on stderr already, and the
    // command returns Refused.
    CaseDatabase* database();
    // The passphrase was checked against the station's keys in this run (CliPassphrase::keys).
    void setVerifiedPassphrase(const QString& passphrase) { m_verifiedPassphrase = passphrase; }
    // After a command that succeeded: a station with keys keeps its database encrypted, so a plain one (just
    // given keys, or made by an earlier version) is encrypted now with the passphrase this run checked.
    // Returns the command's exit code, or Refused when the encryption failed (the sentence on stderr).
    int finish(int code);
    // With --json prints `json`, else lets `text` write to stdout; returns exit code 0.
    int print(const QJsonValue& json, const std::function<void(QTextStream&)>& text);
    // With --json prints `json`, else the sentence on a line of its own; returns exit code 0.
    int print(const QJsonValue& json, const QString& sentence);

private:
    const CliCommand& m_command;
    QStringList m_arguments;
    QHash<QString, QString> m_options;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<CaseDatabase> m_db;
    QString m_verifiedPassphrase;
};
