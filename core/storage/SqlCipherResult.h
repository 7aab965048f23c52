#pragma once

#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>

struct sqlite3_stmt;
class SqlCipherDriver;

// One query on a SqlCipherDriver connection: a prepared SQLite statement, stepped forward as QSqlQuery
// asks. The first row is stepped by exec() (so that an INSERT's constraint error shows there, as with Qt's
// SQLite driver); values are read from the statement's current row. first() after the end runs the
// statement again; previous() and seek() backwards do too (nothing here uses them).
class SqlCipherResult final : public QSqlResult
{
public:
    explicit SqlCipherResult(const SqlCipherDriver* driver);
    ~SqlCipherResult() override;

    // Called by the driver's close(): the statement goes, the result stays inactive.
    void finalize();

protected:
    QVariant data(int i) override;
    bool isNull(int i) override;
    bool reset(const QString& query) override;
    bool prepare(const QString& query) override;
    bool exec() override;
    bool fetch(int i) override;
    bool fetchNext() override;
    bool fetchFirst() override;
    bool fetchLast() override;
    int size() override { return -1; }
    int numRowsAffected() override { return m_changes; }
    QSqlRecord record() const override;
    QVariant lastInsertId() const override;
    QVariant handle() const override;
    void detachFromResultSet() override;

private:
    bool compile(const QString& query);
    bool bindAll();
    bool step();
    bool rewind();
    void setError(const QString& text, QSqlError::ErrorType type, int code);
    const SqlCipherDriver* cipherDriver() const;

    sqlite3_stmt* m_stmt = nullptr;
    bool m_pending = false; // exec() stepped onto the first row, not yet handed out
    bool m_done = false;
    int m_changes = -1;
    qint64 m_rowid = 0;
    mutable QSqlRecord m_record;
    mutable bool m_recordRead = false;
    QList<QByteArray> m_bound; // text and blob values bound with SQLITE_STATIC
};
