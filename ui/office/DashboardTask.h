#pragma once

#include "reports/Dashboard.h"

#include <QList>
#include <QObject>
#include <QString>

class CaseDatabase;
class Clock;
class QThread;

// Runs the dashboard's queries (core's Dashboard) in worker threads, each on a connection of its own to the
// database file, so that the window stays responsive on a city's register (the data-quality checks take
// seconds there). The results come back on the GUI thread; a result of a request that a newer one of the
// same kind replaced is dropped.
class DashboardTask final : public QObject
{
    Q_OBJECT
public:
    DashboardTask(CaseDatabase& db, QObject* parent = nullptr);
    ~DashboardTask() override;

    struct Computed
    {
        DashboardFigures figures;
        QList<int> visitsByMonth;
        QList<Dashboard::Week> updatesByWeek;
    };
    // The figures and the charts' series of an area (empty: the station's).
    void compute(const QString& area);
    // The children behind a figure of an area.
    void listChildren(const DashboardFigures::Figure& figure, const QString& area);
    bool isRunning() const;
    // Waits for every worker (before the database goes away).
    void wait();

    static constexpr int ChartWeeks = 12;

signals:
    // `error` is empty on success.
    void computed(const DashboardTask::Computed& result, const QString& error);
    void listed(const DashboardFigures::Figure& figure, const QString& area,
                const QList<Dashboard::Child>& children, const QString& error);

private:
    void run(const std::function<void(CaseDatabase&)>& job, const std::function<void(const QString&)>& done);
    void reap();

    CaseDatabase& m_db;
    QList<QThread*> m_threads;
    int m_computeRequest = 0;
    int m_listRequest = 0;
};
