#include "DashboardTask.h"

#include "storage/CaseDatabase.h"

#include <QPointer>
#include <QThread>

#include <memory>

DashboardTask::DashboardTask(CaseDatabase& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

DashboardTask::~DashboardTask()
{
    wait();
}

bool DashboardTask::isRunning() const
{
    for (QThread* t : m_threads) {
        if (t->isRunning())
            return true;
    }
    return false;
}

void DashboardTask::wait()
{
    for (QThread* t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
    m_threads.clear();
}

void DashboardTask::reap()
{
    for (qsizetype i = m_threads.size() - 1; i >= 0; --i) {
        if (m_threads.at(i)->isFinished()) {
            m_threads.at(i)->wait();
            delete m_threads.takeAt(i);
        }
    }
}

// `job` runs in the worker on its own connection; `done` runs on the GUI thread with the error (empty: none).
void DashboardTask::run(const std::function<void(CaseDatabase&)>& job,
                        const std::function<void(const QString&)>& done)
{
    reap();
    QPointer<DashboardTask> self(this);
    const QString path = m_db.path();
    const Clock* clock = &m_db.clock();
    QThread* thread = QThread::create([self, path, clock, job, done] {
        QString error;
        {
            // Connections belong to the thread that opened them: this one is opened and closed here.
            Result<std::unique_ptr<CaseDatabase>> db = CaseDatabase::open(path, *clock);
            if (db)
                job(*db.value());
            else
                error = db.error();
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, error] {
                if (self)
                    done(error);
            },
            Qt::QueuedConnection);
    });
    m_threads.append(thread);
    thread->start();
}

void DashboardTask::compute(const QString& area)
{
    const int request = ++m_computeRequest;
    auto result = std::make_shared<Computed>();
    auto failure = std::make_shared<QString>();
    Dashboard::Options options;
    options.area = area;
    options.today = m_db.clock().today();
    run(
        [result, failure, options](CaseDatabase& db) {
            Result<DashboardFigures> figures = Dashboard::compute(db, options);
            Result<QList<int>> months = figures ? Dashboard::visitsByMonth(db, options) : QList<int>();
            Result<QList<Dashboard::Week>> weeks = figures && months
                                                       ? Dashboard::updatesByWeek(db, options, ChartWeeks)
                                                       : QList<Dashboard::Week>();
            if (!figures || !months || !weeks) {
                *failure = !figures ? figures.error() : !months ? months.error() : weeks.error();
                return;
            }
            result->figures = figures.value();
            result->visitsByMonth = months.value();
            result->updatesByWeek = weeks.value();
        },
        [this, request, result, failure](const QString& error) {
            if (request == m_computeRequest)
                emit computed(*result, error.isEmpty() ? *failure : error);
        });
}

void DashboardTask::listChildren(const DashboardFigures::Figure& figure, const QString& area)
{
    const int request = ++m_listRequest;
    auto result = std::make_shared<QList<Dashboard::Child>>();
    auto failure = std::make_shared<QString>();
    Dashboard::Options options;
    options.area = area;
    options.today = m_db.clock().today();
    run(
        [result, failure, figure, options](CaseDatabase& db) {
            Result<QList<Dashboard::Child>> children = Dashboard::children(db, figure, options);
            if (children)
                *result = children.value();
            else
                *failure = children.error();
        },
        [this, request, result, failure, figure, area](const QString& error) {
            if (request == m_listRequest)
                emit listed(figure, area, *result, error.isEmpty() ? *failure : error);
        });
}
