#pragma once

#include "sync/SyncProgress.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

class CaseDatabase;
class Clock;
class QThread;
class QTimer;
class QWidget;

// Runs one long sync call (export or import) on a worker thread with its own connection to the database
// file, and shows its progress in a window-modal QProgressDialog whose Cancel stops the call (the core then
// leaves the database and the files as they were).
class SyncTask final : public QObject
{
    Q_OBJECT
public:
    // The work, on the worker thread: its own database and the progress callback to pass to the core.
    using Work = std::function<void(CaseDatabase& db, const SyncProgress& progress)>;

    explicit SyncTask(QWidget* window);
    ~SyncTask() override;

    // `error` of finished() is set only when the database could not be opened on the worker thread.
    void start(const QString& label, const QString& databasePath, const Clock& clock, Work work);
    bool isRunning() const;
    void cancel();
    // Waits for the worker (before the database or the window goes away).
    void wait();
    QProgressDialog* progressDialog() const { return m_dialog; }

signals:
    void finished(const QString& error);

private:
    void showProgress();

    struct State
    {
        std::atomic<qint64> done{0};
        std::atomic<qint64> total{0};
        std::atomic<bool> cancelled{false};
    };
    QWidget* m_window;
    QThread* m_thread = nullptr;
    QPointer<QProgressDialog> m_dialog;
    QTimer* m_timer;
    std::shared_ptr<State> m_state;
};
