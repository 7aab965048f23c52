#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QSqlDriver>

struct sqlite3;
class SqlCipherResult;

// Qt's SQL driver for the case database, on SQLCipher (SQLite with page encryption, Debian's
// libsqlcipher): QSqlDatabase and QSqlQuery work on it as on Qt's own SQLite driver, which the process never
// loads (it is built on the system SQLite, which exports the same symbols). Registered as `Name` by
// ensureRegistered(); CaseDatabase is the only place that opens the case database with it (and gives the
// key, PRAGMA key, before the first read).
//
// Behaves as Qt's SQLite driver does where the code relies on it: extended result codes as the native error
// code, a busy timeout of 5 s, positional and named placeholders (named ones turned into positional ones by
// QSqlResult), one statement per query, integers as qint64, NULL as a null QString.
class SqlCipherDriver final : public QSqlDriver
{
    Q_OBJECT
public:
    static constexpr const char* Name = "SHOUHU_SQLCIPHER";
    // Registers the driver with QSqlDatabase (once per process; thread-safe).
    static void ensureRegistered();
    // A new connection named `connectionName` on this driver (registered first); not yet open.
    static QSqlDatabase addConnection(const QString& connectionName);

    explicit SqlCipherDriver(QObject* parent = nullptr);
    ~SqlCipherDriver() override;

    bool hasFeature(DriverFeature feature) const override;
    bool open(const QString& db, const QString& user, const QString& password, const QString& host, int port,
              const QString& connectOptions) override;
    void close() override;
    QSqlResult* createResult() const override;
    bool beginTransaction() override;
    bool commitTransaction() override;
    bool rollbackTransaction() override;
    QStringList tables(QSql::TableType type) const override;
    QString escapeIdentifier(const QString& identifier, IdentifierType type) const override;
    QVariant handle() const override;

    sqlite3* connection() const { return m_handle; }
    // The results alive on this connection: close() finalizes their statements first, so that the file is
    // really closed when close() returns.
    void attach(SqlCipherResult* result) const;
    void detach(SqlCipherResult* result) const;

private:
    bool execSimple(const char* sql, const QString& what);

    sqlite3* m_handle = nullptr;
    mutable QList<SqlCipherResult*> m_results;
};
