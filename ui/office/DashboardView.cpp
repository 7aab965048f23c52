#include "DashboardView.h"
#include "DashboardCharts.h"
#include "DashboardChildrenDialog.h"
#include "shared/WindowGeometry.h"

#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "reports/Dashboard.h"
#include "storage/CaseDatabase.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace {

using Kind = DashboardFigures::Kind;

// The table's number columns, after the part's name; the last column is the last package.
const Kind kColumns[] = {Kind::Children, Kind::Surveyed,       Kind::ToSurvey,      Kind::LeftBehind,
                         Kind::Covered,  Kind::Uncovered,      Kind::VisitsOverdue, Kind::ReferralsOverdue,
                         Kind::Quality,  Kind::UpdatedThisWeek};
constexpr int kColumnCount = int(std::size(kColumns)) + 2;

// The tiles, in reading order (the categories and the reasons of exit follow their totals).
const Kind kTiles[] = {Kind::Children,         Kind::New,        Kind::Exited,          Kind::Surveyed,
                       Kind::ToSurvey,         Kind::LeftBehind, Kind::Covered,         Kind::Uncovered,
                       Kind::VisitsDone,       Kind::VisitsDue,  Kind::VisitsOverdue,   Kind::ReferralsOpen,
                       Kind::ReferralsOverdue, Kind::Quality,    Kind::UpdatedThisWeek, Kind::InActivities};
constexpr int kTileColumns = 5;

// Tiles that call for action when not zero.
bool isWarning(Kind kind)
{
    return kind == Kind::VisitsOverdue || kind == Kind::ReferralsOverdue || kind == Kind::Quality ||
           kind == Kind::Uncovered;
}

} // namespace

DashboardView::DashboardView(CaseDatabase& db, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_db(db)
    , m_task(new DashboardTask(db, this))
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_up(new QPushButton(tr("&Up"), this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_tabs(new QTabWidget(this))
    , m_tilePanel(new QWidget(this))
    , m_tileGrid(new QGridLayout(m_tilePanel))
    , m_surveyText(new QLabel(this))
    , m_surveyBar(new QProgressBar(this))
    , m_areas(new QTableWidget(0, kColumnCount, this))
    , m_charts(new DashboardCharts(this))
{
    setObjectName(QStringLiteral("dashboardView"));
    setWindowTitle(tr("Dashboard"));
    if (const std::optional<StationInfo> station = db.station())
        m_stationArea = station->areaCode;

    m_title->setObjectName(QStringLiteral("titleLabel"));
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setWordWrap(true);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_up->setObjectName(QStringLiteral("upButton"));
    m_up->setToolTip(tr("Show the dashboard of the area above."));
    m_refresh->setObjectName(QStringLiteral("refreshButton"));
    connect(m_up, &QPushButton::clicked, this, [this] {
        const QString parent = AreaCode::parentOf(m_area);
        showArea(AreaCode::contains(m_stationArea, parent) ? parent : QString());
    });
    connect(m_refresh, &QPushButton::clicked, this, &DashboardView::refresh);

    m_surveyText->setObjectName(QStringLiteral("surveyLabel"));
    m_surveyText->setWordWrap(true);
    m_surveyBar->setObjectName(QStringLiteral("surveyProgressBar"));
    m_surveyBar->setTextVisible(true);

    m_areas->setObjectName(QStringLiteral("areaTable"));
    QStringList headers{tr("Area")};
    for (Kind kind : kColumns)
        headers << Dashboard::label({kind, {}});
    headers << tr("Last package");
    m_areas->setHorizontalHeaderLabels(headers);
    m_areas->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_areas->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_areas->horizontalHeader()->setDefaultAlignment(Qt::AlignCenter);
    m_areas->verticalHeader()->hide();
    m_areas->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_areas->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_areas->setSelectionMode(QAbstractItemView::SingleSelection);
    m_areas->setSortingEnabled(false);
    m_areas->setToolTip(tr("Double-click an area's name to see its dashboard; click a number to see the "
                           "children behind it."));
    connect(m_areas, &QTableWidget::cellActivated, this, [this](int row, int column) {
        const QTableWidgetItem* name = m_areas->item(row, 0);
        if (!name)
            return;
        if (column == 0)
            showArea(name->data(Qt::UserRole).toString());
    });
    connect(m_areas, &QTableWidget::cellClicked, this, [this](int row, int column) {
        const QTableWidgetItem* name = m_areas->item(row, 0);
        if (!name || column < 1 || column > int(std::size(kColumns)))
            return;
        showChildren({kColumns[column - 1], {}}, name->data(Qt::UserRole).toString());
    });

    auto* header = new QHBoxLayout();
    header->addWidget(m_title, 1);
    header->addWidget(m_up);
    header->addWidget(m_refresh);

    auto* overview = new QWidget(this);
    auto* overviewLayout = new QVBoxLayout(overview);
    overviewLayout->addWidget(m_tilePanel);
    auto* survey = new QHBoxLayout();
    survey->addWidget(m_surveyText, 1);
    survey->addWidget(m_surveyBar, 1);
    overviewLayout->addLayout(survey);
    overviewLayout->addWidget(m_areas, 1);
    m_tabs->setObjectName(QStringLiteral("dashboardTabs"));
    m_tabs->addTab(overview, tr("Overview"));
    m_tabs->addTab(m_charts, tr("Charts"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);

    connect(m_task, &DashboardTask::computed, this, &DashboardView::onComputed);
    connect(m_task, &DashboardTask::listed, this, &DashboardView::onListed);
    WindowGeometry::fit(this, QSize(1100, 760));
    showArea({});
}

DashboardView::~DashboardView()
{
    m_task->wait();
}

QString DashboardView::area() const
{
    return m_area.isEmpty() ? m_stationArea : m_area;
}

int DashboardView::columnOf(Kind kind)
{
    for (int i = 0; i < int(std::size(kColumns)); ++i) {
        if (kColumns[i] == kind)
            return i + 1;
    }
    return -1;
}

void DashboardView::showArea(const QString& area)
{
    m_area = area == m_stationArea ? QString() : area;
    refresh();
}

void DashboardView::refresh()
{
    setBusy(true);
    m_status->setText(tr("Counting…"));
    m_task->compute(m_area);
}

void DashboardView::setBusy(bool busy)
{
    m_busy = busy;
    m_refresh->setEnabled(!busy);
    m_up->setEnabled(!busy && !m_area.isEmpty());
}

void DashboardView::onComputed(const DashboardTask::Computed& result, const QString& error)
{
    setBusy(false);
    if (!error.isEmpty()) {
        m_status->setText(error);
        emit updated(error);
        return;
    }
    m_figures = result.figures;
    m_title->setText(m_figures.areaName);
    m_status->setText(tr("As of %1; visits, new and exited children: %2; updates: the week from %3.")
                          .arg(QLocale().toString(m_figures.today, QLocale::LongFormat),
                               QLocale().toString(m_figures.monthStart, QStringLiteral("yyyy-MM")),
                               QLocale().toString(m_figures.weekStart, QLocale::ShortFormat)));
    rebuildTiles();
    const int children = m_figures.total.value(Kind::Children);
    const int surveyed = m_figures.total.value(Kind::Surveyed);
    m_surveyBar->setRange(0, std::max(children, 1));
    m_surveyBar->setValue(surveyed);
    m_surveyBar->setFormat(tr("%1 of %2 surveyed (%p%)").arg(surveyed).arg(children));
    if (!m_figures.surveyDeadline.isValid())
        m_surveyText->setText(tr("Survey: %1 to survey; no deadline set (File → Settings).")
                                  .arg(m_figures.total.value(Kind::ToSurvey)));
    else if (m_figures.daysLeft >= 0)
        m_surveyText->setText(
            tr("Survey: %1 to survey, %n day(s) left to the deadline (%2).", nullptr, m_figures.daysLeft)
                .arg(m_figures.total.value(Kind::ToSurvey))
                .arg(QLocale().toString(m_figures.surveyDeadline, QLocale::ShortFormat)));
    else
        m_surveyText->setText(tr("Survey: %1 to survey; the deadline (%2) has passed.")
                                  .arg(m_figures.total.value(Kind::ToSurvey))
                                  .arg(QLocale().toString(m_figures.surveyDeadline, QLocale::ShortFormat)));
    fillTable();
    m_charts->show(m_figures, result.visitsByMonth, result.updatesByWeek);
    emit updated({});
}

QAbstractButton* DashboardView::addTile(const DashboardFigures::Figure& figure, int value,
                                        const QString& hint)
{
    auto* tile = new QToolButton(m_tilePanel);
    tile->setObjectName(QStringLiteral("tile:") + figure.key());
    tile->setToolButtonStyle(Qt::ToolButtonTextOnly);
    tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    tile->setMinimumHeight(64);
    QFont font = tile->font();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    tile->setFont(font);
    QString text = QLocale().toString(value) + QLatin1Char('\n') + Dashboard::label(figure);
    if (!hint.isEmpty())
        text += QLatin1Char('\n') + hint;
    tile->setText(text);
    tile->setToolTip(tr("Show the children behind this number."));
    if (isWarning(figure.kind) && value > 0)
        tile->setStyleSheet(QStringLiteral("QToolButton { color: #a61b1b; font-weight: bold; }"));
    connect(tile, &QToolButton::clicked, this, [this, figure] { showChildren(figure, m_area); });
    const int index = int(m_tileByKey.size());
    m_tileGrid->addWidget(tile, index / kTileColumns, index % kTileColumns);
    tile->show(); // made after the window was shown
    m_tileByKey.insert(figure.key(), tile);
    return tile;
}

void DashboardView::rebuildTiles()
{
    for (QAbstractButton* tile : std::as_const(m_tileByKey))
        delete tile;
    m_tileByKey.clear();
    const DashboardFigures::Counts& c = m_figures.total;
    for (Kind kind : kTiles) {
        if (kind == Kind::Quality && !m_figures.withQuality)
            continue;
        QString hint;
        if (kind == Kind::Quality)
            hint = tr("%n issue(s)", nullptr, c.qualityIssues);
        if (kind == Kind::ToSurvey && m_figures.surveyDeadline.isValid())
            hint = tr("%n day(s) left", nullptr, std::max(m_figures.daysLeft, 0));
        addTile({kind, {}}, c.value(kind), hint);
        if (kind == Kind::Children) {
            // The left-behind category has its own tile below (with its agreements).
            for (auto it = c.byCategory.cbegin(); it != c.byCategory.cend(); ++it) {
                if (it.key() != QLatin1String("left_behind"))
                    addTile({Kind::Category, it.key()}, it.value());
            }
        }
        if (kind == Kind::Exited) {
            for (auto it = c.exitsByReason.cbegin(); it != c.exitsByReason.cend(); ++it)
                addTile({Kind::Exited, it.key()}, it.value());
        }
    }
}

void DashboardView::fillTable()
{
    m_areas->setRowCount(int(m_figures.areas.size()));
    m_areas->setVisible(!m_figures.areas.isEmpty());
    for (int row = 0; row < m_figures.areas.size(); ++row) {
        const DashboardFigures::Area& a = m_figures.areas.at(row);
        auto* name = new QTableWidgetItem(a.name);
        name->setData(Qt::UserRole, a.code);
        name->setToolTip(a.code);
        m_areas->setItem(row, 0, name);
        for (int i = 0; i < int(std::size(kColumns)); ++i) {
            const Kind kind = kColumns[i];
            auto* item = new QTableWidgetItem();
            if (kind == Kind::Quality && !m_figures.withQuality)
                item->setText(QStringLiteral("–"));
            else
                item->setText(QLocale().toString(a.counts.value(kind)));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (isWarning(kind) && a.counts.value(kind) > 0)
                item->setForeground(QColor(0xa6, 0x1b, 0x1b));
            m_areas->setItem(row, i + 1, item);
        }
        auto* package = new QTableWidgetItem(
            a.lastPackage.isValid() ? QLocale().toString(a.lastPackage, QLocale::ShortFormat) : tr("none"));
        if (!a.lastPackageFrom.isEmpty())
            package->setToolTip(a.lastPackageFrom);
        m_areas->setItem(row, kColumnCount - 1, package);
        // A part with no update this week stands out (the dispatch report's zero-update areas).
        if (a.counts.value(Kind::Children) > 0 && a.counts.value(Kind::UpdatedThisWeek) == 0)
            name->setForeground(QColor(0xa6, 0x1b, 0x1b));
    }
}

void DashboardView::showChildren(const DashboardFigures::Figure& figure, const QString& area)
{
    m_status->setText(tr("Finding the children…"));
    m_task->listChildren(figure, area);
}

void DashboardView::onListed(const DashboardFigures::Figure& figure, const QString& area,
                             const QList<Dashboard::Child>& children, const QString& error)
{
    if (!error.isEmpty()) {
        m_status->setText(error);
        return;
    }
    m_status->clear();
    const AreaCatalog& areas = AreaCatalog::instance();
    const QString where = areas.name(area.isEmpty() ? m_stationArea : area);
    auto* dialog =
        new DashboardChildrenDialog(tr("%1 — %2").arg(Dashboard::label(figure), where), children, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DashboardChildrenDialog::openChildRequested, this, &DashboardView::openChildRequested);
    dialog->show();
    emit childrenShown(dialog);
}
