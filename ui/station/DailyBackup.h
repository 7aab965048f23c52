#pragma once

#include <QObject>
#include <QString>

class Clock;
class QThread;

// The daily backup of the GUI (BackupService::dailyIfDue), in a worker thread with its own connection to the
// database file: a city's register takes seconds to copy and check, and the window must not freeze at start.
class DailyBackup final : public QObject
{
    Q_OBJECT
public:
    explicit DailyBackup(QObject* parent = nullptr);
    ~DailyBackup() override;

    void start(const QString& databasePath, const Clock& clock);
    bool isRunning() const;
    // Waits for the worker (before a restore, or before the database goes away).
    void wait();

signals:
    // `made` is the new backup's path (empty when one was recent enough); `error` the sentence of a failure.
    void finished(const QString& made, const QString& error);

private:
    QThread* m_thread = nullptr;
};
