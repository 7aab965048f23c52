#pragma once

#include <QByteArray>
#include <QSqlError>
#include <QString>
#include <QVariant>

#include <vector>

class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

// One prepared statement run with SQLite's own C API on the connection of a QSqlDatabase (its driver's
// handle), for the few statements that an import runs once per item: Qt's per-value binding (a QVariant
// and a placeholder name per value, text converted to UTF-16 and back) costs more there than SQLite's own
// work. Text is bound and read as UTF-8, the database's encoding. Prepared once, reset after each use;
// it runs inside whatever transaction the connection has open. Values bind in order, as with
// QSqlQuery::addBindValue: a null QString or QVariant is SQL NULL.
class SqliteStatement final
{
public:
    SqliteStatement(QSqlDatabase& db, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    // False when the statement could not be prepared (error() says why).
    bool isValid() const { return m_stmt != nullptr; }

    SqliteStatement& add(const QString& text);
    SqliteStatement& add(qint64 value);
    SqliteStatement& add(const QVariant& value);
    SqliteStatement& addNull();

    // Runs the statement up to its first row: true when there is one (then read it with the column
    // functions and call next() for more). False when done or on an error (ok() tells which).
    bool exec();
    bool next();
    bool ok() const { return m_ok; }
    // Ends the use: the statement is reset and its values unbound (call before running it again).
    void reset();
    // Rows changed by the last exec (an INSERT … ON CONFLICT DO NOTHING that skipped a row changed 0).
    int changes() const;

    bool isNull(int column) const;
    QString text(int column) const;
    qint64 integer(int column) const;
    // The column as Qt's SQLite driver gives it: text as QString, integers as qint64, null as QVariant().
    QVariant value(int column) const;
    // True when the column holds exactly this text (compared as UTF-8, no conversion).
    bool textEquals(int column, const QByteArray& utf8) const;

    // The last error as Qt reports those of SQLite (native code set: CaseDatabase::errorSentence reads it).
    QSqlError lastError() const;

private:
    bool step();

    sqlite3* m_handle = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
    int m_next = 1;
    bool m_ok = true;
    int m_changes = 0;
    std::vector<QByteArray> m_texts; // UTF-8 of the bound texts, alive until reset()
};
