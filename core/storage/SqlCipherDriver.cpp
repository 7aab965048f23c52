#include "SqlCipherDriver.h"

#include "SqlCipherResult.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>

#include <mutex>
#include <sqlcipher/sqlite3.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3*)
Q_DECLARE_METATYPE(sqlite3*)

namespace {

constexpr int BusyTimeoutMs = 5000;

QSqlError sqliteError(sqlite3* handle, const QString& what, QSqlError::ErrorType type, int code)
{
    const int extended = handle ? sqlite3_extended_errcode(handle) : code;
    const QString text =
        handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(code));
    return QSqlError(what, text, type, QString::number(extended ? extended : code));
}

} // namespace

void SqlCipherDriver::ensureRegistered()
{
    static std::once_flag once;
    std::call_once(once, [] {
        QSqlDatabase::registerSqlDriver(QLatin1String(Name), new QSqlDriverCreator<SqlCipherDriver>());
    });
}

QSqlDatabase SqlCipherDriver::addConnection(const QString& connectionName)
{
    ensureRegistered();
    return QSqlDatabase::addDatabase(QLatin1String(Name), connectionName);
}

SqlCipherDriver::SqlCipherDriver(QObject* parent)
    : QSqlDriver(parent)
{}

SqlCipherDriver::~SqlCipherDriver()
{
    close();
}

bool SqlCipherDriver::hasFeature(DriverFeature feature) const
{
    switch (feature) {
    case Transactions:
    case BLOB:
    case Unicode:
    case PreparedQueries:
    case PositionalPlaceholders:
    case LastInsertId:
    case SimpleLocking:
    case FinishQuery:
    case LowPrecisionNumbers:
        return true;
    default:
        return false;
    }
}

bool SqlCipherDriver::open(const QString& db, const QString&, const QString&, const QString&, int,
                           const QString&)
{
    if (isOpen())
        close();
    const QByteArray path = QFile::encodeName(db);
    sqlite3* handle = nullptr;
    const int rc =
        sqlite3_open_v2(path.constData(), &handle, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc != SQLITE_OK) {
        setLastError(
            sqliteError(handle, QStringLiteral("Error opening database"), QSqlError::ConnectionError, rc));
        sqlite3_close(handle);
        setOpenError(true);
        return false;
    }
    sqlite3_extended_result_codes(handle, 1);
    sqlite3_busy_timeout(handle, BusyTimeoutMs);
    // SQLCipher logs a wrong key's failed page checks to stderr; the caller says it in one sentence instead.
    sqlite3_exec(handle, "PRAGMA cipher_log_source = NONE", nullptr, nullptr, nullptr);
    m_handle = handle;
    setOpen(true);
    setOpenError(false);
    return true;
}

void SqlCipherDriver::close()
{
    if (!m_handle)
        return;
    for (SqlCipherResult* r : std::as_const(m_results))
        r->finalize();
    m_results.clear();
    if (sqlite3_close(m_handle) != SQLITE_OK) {
        // A statement we do not know of (none should exist): let SQLite close when it is finalized.
        sqlite3_close_v2(m_handle);
    }
    m_handle = nullptr;
    setOpen(false);
    setOpenError(false);
}

QSqlResult* SqlCipherDriver::createResult() const
{
    return new SqlCipherResult(this);
}

bool SqlCipherDriver::execSimple(const char* sql, const QString& what)
{
    if (!m_handle)
        return false;
    const int rc = sqlite3_exec(m_handle, sql, nullptr, nullptr, nullptr);
    if (rc == SQLITE_OK)
        return true;
    setLastError(sqliteError(m_handle, what, QSqlError::TransactionError, rc));
    return false;
}

bool SqlCipherDriver::beginTransaction()
{
    return execSimple("BEGIN", QStringLiteral("Unable to begin transaction"));
}

bool SqlCipherDriver::commitTransaction()
{
    return execSimple("COMMIT", QStringLiteral("Unable to commit transaction"));
}

bool SqlCipherDriver::rollbackTransaction()
{
    return execSimple("ROLLBACK", QStringLiteral("Unable to roll back transaction"));
}

QStringList SqlCipherDriver::tables(QSql::TableType type) const
{
    QStringList out;
    if (!m_handle || !(type & (QSql::Tables | QSql::Views)))
        return out;
    QByteArray sql = "SELECT name FROM sqlite_master WHERE ";
    if ((type & QSql::Tables) && (type & QSql::Views))
        sql += "type IN ('table', 'view')";
    else if (type & QSql::Tables)
        sql += "type = 'table'";
    else
        sql += "type = 'view'";
    sql += " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name";
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_handle, sql.constData(), -1, &stmt, nullptr) == SQLITE_OK) {
        while (sqlite3_step(stmt) == SQLITE_ROW)
            out << QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(stmt, 0)));
    }
    sqlite3_finalize(stmt);
    return out;
}

QString SqlCipherDriver::escapeIdentifier(const QString& identifier, IdentifierType) const
{
    if (identifier.startsWith(QLatin1Char('"')) && identifier.endsWith(QLatin1Char('"')) &&
        identifier.size() > 1)
        return identifier;
    QString out = identifier;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QVariant SqlCipherDriver::handle() const
{
    return QVariant::fromValue(m_handle);
}

void SqlCipherDriver::attach(SqlCipherResult* result) const
{
    m_results.append(result);
}

void SqlCipherDriver::detach(SqlCipherResult* result) const
{
    m_results.removeOne(result);
}
