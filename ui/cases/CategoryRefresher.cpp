#include "CategoryRefresher.h"

#include "storage/CaseDatabase.h"

#include <QPointer>
#include <QThread>

CategoryRefresher::CategoryRefresher(QObject* parent)
    : QObject(parent)
{}

CategoryRefresher::~CategoryRefresher()
{
    wait();
}

bool CategoryRefresher::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void CategoryRefresher::wait()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
}

void CategoryRefresher::start(const QString& databasePath, const Clock& clock, QDate onDate)
{
    wait();
    QPointer<CategoryRefresher> self(this);
    m_thread = QThread::create([self, databasePath, &clock, onDate] {
        QList<CaseRepository::Exited> exited;
        QString error;
        {
            // Connections belong to the thread that opened them: this one is opened and closed here.
            Result<std::unique_ptr<CaseDatabase>> db = CaseDatabase::open(databasePath, clock);
            if (!db) {
                error = db.error();
            } else {
                Result<QList<CaseRepository::Exited>> r =
                    CaseRepository(*db.value()).refreshCategories(onDate);
                if (r)
                    exited = r.value();
                else
                    error = r.error();
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, exited, error] {
                if (self)
                    emit self->finished(exited, error);
            },
            Qt::QueuedConnection);
    });
    m_thread->start();
}
