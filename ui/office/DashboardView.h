#pragma once

#include "office/DashboardTask.h"
#include "reports/DashboardFigures.h"

#include <QHash>
#include <QWidget>

class CaseDatabase;
class DashboardCharts;
class DashboardChildrenDialog;
class QAbstractButton;
class QGridLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QTabWidget;
class QTableWidget;

// The office dashboard (View → Dashboard): the figures of an area as tiles, survey progress against the
// deadline, a table of the area's parts one level down, and charts. Every number opens the list of the
// children behind it (DashboardChildrenDialog, whose children open their files through
// openChildRequested); a double-click on a part's name shows that part's dashboard (a city's township, a
// township's village), Up goes back. The figures are counted off the GUI thread (DashboardTask).
class DashboardView final : public QWidget
{
    Q_OBJECT
public:
    explicit DashboardView(CaseDatabase& db, QWidget* parent = nullptr);
    ~DashboardView() override;

    // Shows an area's dashboard (empty: the station's).
    void showArea(const QString& area);
    void refresh();
    QString area() const; // the area shown (12 digits)
    bool isBusy() const { return m_busy; }
    const DashboardFigures& figures() const { return m_figures; }

    // For tests and keyboard users: the tile of a figure ("visits_overdue", "category:left_behind").
    QAbstractButton* tile(const QString& key) const { return m_tileByKey.value(key); }
    QTableWidget* areaTable() const { return m_areas; }
    DashboardCharts* charts() const { return m_charts; }
    // The table's column of a figure (-1 when it has none).
    static int columnOf(DashboardFigures::Kind kind);

signals:
    void openChildRequested(const QString& childId);
    // The figures of the area are shown (or the error, empty when none).
    void updated(const QString& error);
    void childrenShown(DashboardChildrenDialog* dialog);

private:
    void onComputed(const DashboardTask::Computed& result, const QString& error);
    void onListed(const DashboardFigures::Figure& figure, const QString& area,
                  const QList<Dashboard::Child>& children, const QString& error);
    void showChildren(const DashboardFigures::Figure& figure, const QString& area);
    void rebuildTiles();
    void fillTable();
    QAbstractButton* addTile(const DashboardFigures::Figure& figure, int value, const QString& hint = {});
    void setBusy(bool busy);

    CaseDatabase& m_db;
    DashboardTask* m_task;
    QString m_stationArea;
    QString m_area;
    bool m_busy = false;
    DashboardFigures m_figures;
    QLabel* m_title;
    QLabel* m_status;
    QPushButton* m_up;
    QPushButton* m_refresh;
    QTabWidget* m_tabs;
    QWidget* m_tilePanel;
    QGridLayout* m_tileGrid;
    QHash<QString, QAbstractButton*> m_tileByKey;
    QLabel* m_surveyText;
    QProgressBar* m_surveyBar;
    QTableWidget* m_areas;
    DashboardCharts* m_charts;
};
