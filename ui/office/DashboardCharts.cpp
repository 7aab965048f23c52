#include "DashboardCharts.h"

#include "documents/DocumentText.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace {

QChartView* makeView(QWidget* parent, const QString& name)
{
    auto* view = new QChartView(parent);
    view->setObjectName(name);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(320, 240);
    return view;
}

// A chart of one series over categories, with a value axis from 0 (to 100 for percentages).
QChart* chartOf(const QString& title, QAbstractSeries* series, const QStringList& categories, double max,
                const QFont& font, bool slanted = false)
{
    auto* chart = new QChart();
    chart->setTitle(title);
    chart->setTitleFont(font);
    chart->legend()->hide();
    chart->addSeries(series);
    auto* x = new QBarCategoryAxis(chart);
    x->append(categories);
    x->setLabelsFont(font);
    if (slanted)
        x->setLabelsAngle(-45);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    auto* y = new QValueAxis(chart);
    y->setRange(0, std::max(max, 1.0));
    y->setLabelFormat(QStringLiteral("%d"));
    if (max > 100)
        y->applyNiceNumbers();
    y->setLabelsFont(font);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(y);
    return chart;
}

// The view takes the new chart and lets the old one go: deleted here.
void replaceChart(QChartView* view, QChart* chart)
{
    QChart* old = view->chart();
    view->setChart(chart);
    delete old;
}

} // namespace

DashboardCharts::DashboardCharts(QWidget* parent)
    : QWidget(parent)
    , m_coverage(makeView(this, QStringLiteral("coverageChart")))
    , m_visits(makeView(this, QStringLiteral("visitsChart")))
    , m_updates(makeView(this, QStringLiteral("updatesChart")))
{
    auto* layout = new QGridLayout(this);
    layout->addWidget(m_coverage, 0, 0, 1, 2);
    layout->addWidget(m_visits, 1, 0);
    layout->addWidget(m_updates, 1, 1);
    layout->setRowStretch(0, 1);
    layout->setRowStretch(1, 1);
}

void DashboardCharts::show(const DashboardFigures& figures, const QList<int>& visitsByMonth,
                           const QList<Dashboard::Week>& updatesByWeek)
{
    const QFont font = this->font();
    using Kind = DashboardFigures::Kind;

    // Coverage: the parts with left-behind children, the lowest coverage first when they are too many.
    QList<const DashboardFigures::Area*> parts;
    for (const DashboardFigures::Area& a : figures.areas) {
        if (a.counts.value(Kind::LeftBehind) > 0)
            parts << &a;
    }
    const auto percent = [](const DashboardFigures::Area* a) {
        return 100.0 * a->counts.value(Kind::Covered) / a->counts.value(Kind::LeftBehind);
    };
    if (parts.size() > MaxCoverageBars) {
        std::stable_sort(parts.begin(), parts.end(),
                         [&](const auto* a, const auto* b) { return percent(a) < percent(b); });
        parts.resize(MaxCoverageBars);
        std::sort(parts.begin(), parts.end(), [](const auto* a, const auto* b) { return a->code < b->code; });
    }
    auto* coverage = new QBarSet(tr("Coverage (%)"));
    QStringList names;
    for (const DashboardFigures::Area* a : std::as_const(parts)) {
        *coverage << percent(a);
        names << DocumentText::placeName(a->code); // 南跃村 for 南跃村民委员会
    }
    auto* coverageSeries = new QBarSeries();
    coverageSeries->append(coverage);
    const QString coverageTitle =
        figures.areas.size() > MaxCoverageBars && parts.size() == MaxCoverageBars
            ? tr("Agreement coverage (%): the %1 areas with the lowest").arg(MaxCoverageBars)
            : tr("Agreement coverage by area (%)");
    replaceChart(m_coverage, chartOf(coverageTitle, coverageSeries, names, 100, font, names.size() > 8));

    // Visits of each month of the year.
    auto* visits = new QBarSet(tr("Visits"));
    QStringList months;
    int most = 0;
    for (int m = 0; m < visitsByMonth.size(); ++m) {
        *visits << visitsByMonth.at(m);
        months << QString::number(m + 1);
        most = std::max(most, visitsByMonth.at(m));
    }
    auto* visitSeries = new QBarSeries();
    visitSeries->append(visits);
    replaceChart(m_visits, chartOf(tr("Visits per month, %1").arg(figures.today.year()), visitSeries, months,
                                   most * 1.1, font));

    // Children updated per week.
    auto* updates = new QLineSeries();
    updates->setPointsVisible(true);
    QStringList weeks;
    most = 0;
    for (int i = 0; i < updatesByWeek.size(); ++i) {
        updates->append(i, updatesByWeek.at(i).updated);
        weeks << QString::number(updatesByWeek.at(i).monday.weekNumber()); // the ISO week
        most = std::max(most, updatesByWeek.at(i).updated);
    }
    replaceChart(m_updates, chartOf(tr("Children updated per ISO week (week number)"), updates, weeks,
                                    most * 1.1, font));
}
