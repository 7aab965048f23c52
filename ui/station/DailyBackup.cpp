#include "DailyBackup.h"

#include "storage/BackupService.h"
#include "storage/CaseDatabase.h"

#include <QPointer>
#include <QThread>

DailyBackup::DailyBackup(QObject* parent)
    : QObject(parent)
{}

DailyBackup::~DailyBackup()
{
    wait();
}

bool DailyBackup::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void DailyBackup::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void DailyBackup::start(const QString& databasePath, const Clock& clock)
{
    wait();
    QPointer<DailyBackup> self(this);
    m_thread = QThread::create([self, databasePath, &clock] {
        QString made;
        QString error;
        {
            // Connections belong to the thread that opened them: this one is opened and closed here.
            Result<std::unique_ptr<CaseDatabase>> db = CaseDatabase::open(databasePath, clock);
            if (!db) {
                error = db.error();
            } else {
                const Result<std::optional<BackupEntry>> daily = BackupService(*db.value()).dailyIfDue();
                if (!daily)
                    error = daily.error();
                else if (daily.value())
                    made = daily.value()->path;
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, made, error] {
                if (self)
                    emit self->finished(made, error);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}
