#pragma once

#include "reports/Dashboard.h"

#include <QWidget>

class QChartView;

// The dashboard's pictures (Qt Charts): agreement coverage by part of the area (bars, the lowest first when
// there are many), the visits of each month of the year (bars) and the children updated per week (a line).
class DashboardCharts final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardCharts(QWidget* parent = nullptr);

    void show(const DashboardFigures& figures, const QList<int>& visitsByMonth,
              const QList<Dashboard::Week>& updatesByWeek);

    // At most this many bars of coverage (a city has 300 townships): those with the lowest coverage.
    static constexpr int MaxCoverageBars = 30;

    QChartView* coverageView() const { return m_coverage; }
    QChartView* visitsView() const { return m_visits; }
    QChartView* updatesView() const { return m_updates; }

private:
    QChartView* m_coverage;
    QChartView* m_visits;
    QChartView* m_updates;
};
