#include "SqlCipherResult.h"

#include "SqlCipherDriver.h"

#include <QDateTime>
#include <QSqlField>
#include <QStringView>

#include <sqlcipher/sqlite3.h>

Q_DECLARE_OPAQUE_POINTER(sqlite3_stmt*)
Q_DECLARE_METATYPE(sqlite3_stmt*)

namespace {

QMetaType typeOfDeclared(const char* declared)
{
    const QString t = QString::fromLatin1(declared ? declared : "").toLower();
    if (t.contains(QLatin1String("int")))
        return QMetaType::fromType<qlonglong>();
    if (t.contains(QLatin1String("real")) || t.contains(QLatin1String("floa")) ||
        t.contains(QLatin1String("doub")))
        return QMetaType::fromType<double>();
    if (t.contains(QLatin1String("blob")))
        return QMetaType::fromType<QByteArray>();
    return QMetaType::fromType<QString>();
}

} // namespace

SqlCipherResult::SqlCipherResult(const SqlCipherDriver* driver)
    : QSqlResult(driver)
{
    driver->attach(this);
}

SqlCipherResult::~SqlCipherResult()
{
    if (const SqlCipherDriver* d = cipherDriver())
        d->detach(this);
    sqlite3_finalize(m_stmt);
}

const SqlCipherDriver* SqlCipherResult::cipherDriver() const
{
    return static_cast<const SqlCipherDriver*>(driver());
}

void SqlCipherResult::finalize()
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_pending = false;
    m_done = true;
    m_bound.clear();
    setActive(false);
    setAt(QSql::BeforeFirstRow);
}

void SqlCipherResult::setError(const QString& text, QSqlError::ErrorType type, int code)
{
    sqlite3* handle = cipherDriver() ? cipherDriver()->connection() : nullptr;
    const int extended = handle ? sqlite3_extended_errcode(handle) : code;
    const QString detail =
        handle ? QString::fromUtf8(sqlite3_errmsg(handle)) : QString::fromUtf8(sqlite3_errstr(code));
    setLastError(QSqlError(text, detail, type, QString::number(extended ? extended : code)));
}

bool SqlCipherResult::compile(const QString& query)
{
    sqlite3_finalize(m_stmt);
    m_stmt = nullptr;
    m_bound.clear();
    m_recordRead = false;
    m_record = QSqlRecord();
    m_pending = false;
    m_done = false;
    m_changes = -1;
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    sqlite3* handle = cipherDriver() ? cipherDriver()->connection() : nullptr;
    if (!handle) {
        setLastError(QSqlError(QStringLiteral("Unable to execute statement"), QStringLiteral("No connection"),
                               QSqlError::ConnectionError));
        return false;
    }
    const QByteArray utf8 = query.toUtf8();
    const char* tail = nullptr;
    const int rc = sqlite3_prepare_v2(handle, utf8.constData(), int(utf8.size()), &m_stmt, &tail);
    if (rc != SQLITE_OK) {
        setError(QStringLiteral("Unable to execute statement"), QSqlError::StatementError, rc);
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return false;
    }
    if (tail && !QByteArrayView(tail, utf8.constData() + utf8.size() - tail).trimmed().isEmpty()) {
        setLastError(QSqlError(QStringLiteral("Unable to execute multiple statements at a time"), QString(),
                               QSqlError::StatementError, QString::number(SQLITE_MISUSE)));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        return false;
    }
    return true;
}

bool SqlCipherResult::reset(const QString& query)
{
    if (!compile(query))
        return false;
    return step() || lastError().type() == QSqlError::NoError;
}

bool SqlCipherResult::prepare(const QString& query)
{
    return compile(query);
}

bool SqlCipherResult::bindAll()
{
    const QVariantList values = boundValues();
    const int expected = sqlite3_bind_parameter_count(m_stmt);
    if (expected != values.size()) {
        setLastError(QSqlError(QStringLiteral("Parameter count mismatch"), QString(),
                               QSqlError::StatementError, QString::number(SQLITE_RANGE)));
        return false;
    }
    m_bound.clear();
    m_bound.reserve(values.size());
    for (int i = 0; i < values.size(); ++i) {
        const QVariant& v = values.at(i);
        const int at = i + 1;
        int rc = SQLITE_OK;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_stmt, at);
        } else {
            switch (v.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Short:
            case QMetaType::UShort:
            case QMetaType::Char:
            case QMetaType::UChar:
            case QMetaType::SChar:
            case QMetaType::Long:
            case QMetaType::ULong:
                rc = sqlite3_bind_int64(m_stmt, at, v.toLongLong());
                break;
            case QMetaType::Double:
            case QMetaType::Float:
                rc = sqlite3_bind_double(m_stmt, at, v.toDouble());
                break;
            case QMetaType::QByteArray:
                m_bound.append(v.toByteArray());
                rc = sqlite3_bind_blob(m_stmt, at, m_bound.last().constData(), int(m_bound.last().size()),
                                       SQLITE_STATIC);
                break;
            case QMetaType::QDateTime:
                m_bound.append(v.toDateTime().toString(Qt::ISODateWithMs).toUtf8());
                rc = sqlite3_bind_text(m_stmt, at, m_bound.last().constData(), int(m_bound.last().size()),
                                       SQLITE_STATIC);
                break;
            default:
                m_bound.append(v.toString().toUtf8());
                rc = sqlite3_bind_text(m_stmt, at, m_bound.last().constData(), int(m_bound.last().size()),
                                       SQLITE_STATIC);
                break;
            }
        }
        if (rc != SQLITE_OK) {
            setError(QStringLiteral("Unable to bind parameters"), QSqlError::StatementError, rc);
            return false;
        }
    }
    return true;
}

bool SqlCipherResult::exec()
{
    if (!m_stmt) {
        setLastError(QSqlError(QStringLiteral("Unable to execute statement"), QStringLiteral("No query"),
                               QSqlError::StatementError));
        return false;
    }
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    m_pending = false;
    m_done = false;
    m_changes = -1;
    setActive(false);
    setAt(QSql::BeforeFirstRow);
    setLastError(QSqlError());
    if (!bindAll())
        return false;
    return step() || lastError().type() == QSqlError::NoError;
}

// The first step of a run: a row is kept for fetchFirst(), DONE ends it, an error is the query's.
bool SqlCipherResult::step()
{
    sqlite3* handle = cipherDriver()->connection();
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        m_pending = true;
        setSelect(true);
        setActive(true);
        return true;
    }
    if (rc == SQLITE_DONE) {
        m_done = true;
        m_changes = sqlite3_changes(handle);
        m_rowid = sqlite3_last_insert_rowid(handle);
        setSelect(sqlite3_column_count(m_stmt) > 0);
        setActive(true);
        sqlite3_reset(m_stmt);
        return true;
    }
    setError(QStringLiteral("Unable to fetch row"), QSqlError::StatementError, rc);
    sqlite3_reset(m_stmt);
    setActive(false);
    return false;
}

bool SqlCipherResult::rewind()
{
    if (!m_stmt)
        return false;
    sqlite3_reset(m_stmt); // the bindings stay
    m_pending = false;
    m_done = false;
    setAt(QSql::BeforeFirstRow);
    return step();
}

bool SqlCipherResult::fetchNext()
{
    if (!m_stmt || !isActive())
        return false;
    if (m_pending) {
        m_pending = false;
        setAt(at() < 0 ? 0 : at() + 1);
        return true;
    }
    if (m_done)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW) {
        setAt(at() < 0 ? 0 : at() + 1);
        return true;
    }
    m_done = true;
    if (rc != SQLITE_DONE)
        setError(QStringLiteral("Unable to fetch row"), QSqlError::StatementError, rc);
    sqlite3_reset(m_stmt); // ends the read transaction of this statement
    setAt(QSql::AfterLastRow);
    return false;
}

bool SqlCipherResult::fetchFirst()
{
    if (!m_stmt || !isActive())
        return false;
    if (at() != QSql::BeforeFirstRow || (!m_pending && m_done)) {
        if (at() == QSql::BeforeFirstRow && m_done)
            return false; // no rows at all
        if (!rewind())
            return false;
    }
    return fetchNext();
}

bool SqlCipherResult::fetch(int i)
{
    if (i < 0)
        return false;
    if (i == at())
        return true;
    if (at() == QSql::AfterLastRow || (at() >= 0 && i < at())) {
        if (!rewind())
            return false;
    }
    while (at() < i) {
        if (!fetchNext())
            return false;
    }
    return true;
}

bool SqlCipherResult::fetchLast()
{
    if (!fetchFirst())
        return false;
    int last = at();
    while (fetchNext())
        last = at();
    return fetch(last);
}

QVariant SqlCipherResult::data(int i)
{
    if (!m_stmt || at() < 0 || i < 0 || i >= sqlite3_column_count(m_stmt))
        return {};
    switch (sqlite3_column_type(m_stmt, i)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_stmt, i)));
    case SQLITE_FLOAT:
        switch (numericalPrecisionPolicy()) {
        case QSql::LowPrecisionInt32:
            return QVariant(sqlite3_column_int(m_stmt, i));
        case QSql::LowPrecisionInt64:
            return QVariant(qlonglong(sqlite3_column_int64(m_stmt, i)));
        case QSql::HighPrecision:
            return QVariant(QString::number(sqlite3_column_double(m_stmt, i), 'g', 17));
        default:
            return QVariant(sqlite3_column_double(m_stmt, i));
        }
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, i)),
                                   sqlite3_column_bytes(m_stmt, i)));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default: {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, i));
        return QVariant(QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, i)));
    }
    }
}

bool SqlCipherResult::isNull(int i)
{
    if (!m_stmt || at() < 0 || i < 0 || i >= sqlite3_column_count(m_stmt))
        return true;
    return sqlite3_column_type(m_stmt, i) == SQLITE_NULL;
}

QSqlRecord SqlCipherResult::record() const
{
    if (!m_stmt || !isSelect())
        return {};
    if (!m_recordRead) {
        m_record = QSqlRecord();
        const int n = sqlite3_column_count(m_stmt);
        for (int i = 0; i < n; ++i) {
            const QString name = QString::fromUtf8(sqlite3_column_name(m_stmt, i));
            const QString table = QString::fromUtf8(sqlite3_column_table_name(m_stmt, i));
            QSqlField field(name, typeOfDeclared(sqlite3_column_decltype(m_stmt, i)), table);
            m_record.append(field);
        }
        m_recordRead = true;
    }
    return m_record;
}

QVariant SqlCipherResult::lastInsertId() const
{
    if (m_changes <= 0 && m_rowid == 0)
        return {};
    return QVariant(qlonglong(m_rowid));
}

QVariant SqlCipherResult::handle() const
{
    return QVariant::fromValue(m_stmt);
}

void SqlCipherResult::detachFromResultSet()
{
    if (m_stmt)
        sqlite3_reset(m_stmt);
    m_pending = false;
    m_done = true;
}
