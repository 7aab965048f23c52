#include "SqliteStatement.h"

#include <QSqlDatabase>
#include <QSqlDriver>

#include <sqlcipher/sqlite3.h>

SqliteStatement::SqliteStatement(QSqlDatabase& db, const QString& sql)
{
    const QVariant h = db.driver() ? db.driver()->handle() : QVariant();
    if (h.isValid() && qstrcmp(h.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3* const*>(h.constData());
    if (!m_handle)
        return;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v3(m_handle, utf8.constData(), int(utf8.size()), SQLITE_PREPARE_PERSISTENT, &m_stmt,
                           nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
        m_ok = false;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_stmt);
}

SqliteStatement& SqliteStatement::add(const QString& text)
{
    if (text.isNull())
        return addNull();
    m_texts.push_back(text.toUtf8());
    const QByteArray& b = m_texts.back();
    if (m_stmt)
        sqlite3_bind_text(m_stmt, m_next, b.constData(), int(b.size()), SQLITE_STATIC);
    ++m_next;
    return *this;
}

SqliteStatement& SqliteStatement::add(qint64 value)
{
    if (m_stmt)
        sqlite3_bind_int64(m_stmt, m_next, value);
    ++m_next;
    return *this;
}

SqliteStatement& SqliteStatement::addNull()
{
    if (m_stmt)
        sqlite3_bind_null(m_stmt, m_next);
    ++m_next;
    return *this;
}

SqliteStatement& SqliteStatement::add(const QVariant& value)
{
    // As Qt's SQLite driver binds them.
    if (value.isNull())
        return addNull();
    switch (value.typeId()) {
    case QMetaType::QString:
        return add(*static_cast<const QString*>(value.constData()));
    case QMetaType::Bool:
        return add(qint64(value.toBool() ? 1 : 0));
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
    case QMetaType::Char:
    case QMetaType::UChar:
    case QMetaType::SChar:
        return add(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        if (m_stmt)
            sqlite3_bind_double(m_stmt, m_next, value.toDouble());
        ++m_next;
        return *this;
    case QMetaType::QByteArray: {
        m_texts.push_back(value.toByteArray());
        if (m_texts.back().isNull())
            return addNull();
        if (m_stmt)
            sqlite3_bind_blob(m_stmt, m_next, m_texts.back().constData(), int(m_texts.back().size()),
                              SQLITE_STATIC);
        ++m_next;
        return *this;
    }
    default:
        return add(value.toString());
    }
}

bool SqliteStatement::step()
{
    if (!m_stmt) {
        m_ok = false;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    m_ok = rc == SQLITE_DONE;
    return false;
}

bool SqliteStatement::exec()
{
    m_ok = true;
    const bool row = step();
    m_changes = m_ok && m_handle ? sqlite3_changes(m_handle) : 0;
    return row;
}

bool SqliteStatement::next()
{
    return step();
}

void SqliteStatement::reset()
{
    if (m_stmt) {
        sqlite3_reset(m_stmt);
        sqlite3_clear_bindings(m_stmt);
    }
    m_texts.clear();
    m_next = 1;
}

int SqliteStatement::changes() const
{
    return m_changes;
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString SqliteStatement::text(int column) const
{
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    if (!p)
        return {};
    return QString::fromUtf8(p, sqlite3_column_bytes(m_stmt, column));
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QVariant SqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_BLOB:
        return QVariant(QByteArray(static_cast<const char*>(sqlite3_column_blob(m_stmt, column)),
                                   sqlite3_column_bytes(m_stmt, column)));
    default:
        return QVariant(text(column));
    }
}

bool SqliteStatement::textEquals(int column, const QByteArray& utf8) const
{
    if (sqlite3_column_type(m_stmt, column) != SQLITE_TEXT)
        return false;
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    const int n = sqlite3_column_bytes(m_stmt, column);
    return n == utf8.size() && (n == 0 || memcmp(p, utf8.constData(), size_t(n)) == 0);
}

QSqlError SqliteStatement::lastError() const
{
    if (!m_handle)
        return QSqlError(QStringLiteral("No SQLite connection"), QString(), QSqlError::ConnectionError);
    return QSqlError(QString(), QString::fromUtf8(sqlite3_errmsg(m_handle)), QSqlError::StatementError,
                     QString::number(sqlite3_extended_errcode(m_handle)));
}
