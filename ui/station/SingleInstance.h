#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// One window per database (single-instance activation). The GUI that has a database open listens on a local
// socket named after the database (a hash of its canonical path and the user); a second `shouhu` started on
// the same database, for instance by double-clicking a package in the file manager, cannot open it (the
// DatabaseLock) and hands its package to the running one instead, which brings its window up and imports it.
class SingleInstance final : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString& databasePath, QObject* parent = nullptr);
    ~SingleInstance() override;

    // Starts answering second instances; false (with the reason in the log) when the socket cannot be made.
    bool listen();
    QString serverName() const { return m_name; }

    // In a second process: asks the instance that has `databasePath` open to import `packagePath` (an
    // absolute path), or only to show its window when it is empty. Waits up to `timeoutMs` for it to answer
    // (it may still be starting); false when no instance answered.
    static bool handOver(const QString& databasePath, const QString& packagePath, int timeoutMs = 5000);
    // The local socket name for a database.
    static QString serverNameFor(const QString& databasePath);

signals:
    void packageReceived(const QString& packagePath);
    void raiseRequested();

private:
    void onNewConnection();

    QString m_name;
    QLocalServer* m_server;
};
