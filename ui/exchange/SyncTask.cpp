#include "SyncTask.h"

#include "storage/CaseDatabase.h"

#include <QPointer>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>

SyncTask::SyncTask(QWidget* window)
    : QObject(window)
    , m_window(window)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(100);
    connect(m_timer, &QTimer::timeout, this, &SyncTask::showProgress);
}

SyncTask::~SyncTask()
{
    cancel();
    wait();
}

bool SyncTask::isRunning() const
{
    return m_thread != nullptr;
}

void SyncTask::cancel()
{
    if (m_state)
        m_state->cancelled = true;
}

void SyncTask::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_timer->stop();
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
        m_dialog = nullptr;
    }
}

void SyncTask::start(const QString& label, const QString& databasePath, const Clock& clock, Work work)
{
    wait();
    m_state = std::make_shared<State>();
    m_dialog = new QProgressDialog(label, tr("Cancel"), 0, 0, m_window);
    m_dialog->setObjectName(QStringLiteral("syncProgressDialog"));
    m_dialog->setWindowTitle(tr("Please wait"));
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(300);
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        cancel();
        if (m_dialog)
            m_dialog->setLabelText(tr("Stopping… nothing is changed."));
    });
    m_timer->start();

    QPointer<SyncTask> self(this);
    std::shared_ptr<State> state = m_state;
    m_thread = QThread::create([self, state, databasePath, &clock, work = std::move(work)] {
        QString error;
        {
            // Connections belong to the thread that opened them: this one is opened and closed here.
            Result<std::unique_ptr<CaseDatabase>> db = CaseDatabase::open(databasePath, clock);
            if (!db) {
                error = db.error();
            } else {
                const SyncProgress progress = [state](qint64 done, qint64 total) {
                    state->done = done;
                    state->total = total;
                    return !state->cancelled.load();
                };
                work(*db.value(), progress);
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, error] {
                if (!self)
                    return;
                self->wait();
                emit self->finished(error);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}

void SyncTask::showProgress()
{
    if (!m_dialog || !m_state)
        return;
    const qint64 total = m_state->total;
    const qint64 done = m_state->done;
    // QProgressDialog takes int: show per mille.
    if (total > 0) {
        m_dialog->setMaximum(1000);
        m_dialog->setValue(int(qBound(qint64(0), done * 1000 / total, qint64(999))));
    } else {
        m_dialog->setValue(0);
    }
}
