#pragma once

#include "storage/CaseRepository.h"

#include <QMainWindow>
#include <QPointer>

class AreaTreeModel;
class Banner;
class CaseDatabase;
class CaseListPanel;
class CategoryRefresher;
class ChildFormManager;
class DailyBackup;
class DashboardView;
class PrintController;
class QLabel;
class QTreeView;
class QVBoxLayout;
class ReconcileDialog;
class RestoreDialog;
class RosterImportDialog;
class AppLock;
class ActivitiesDialog;
class SpotChecksDialog;
class SettingsDialog;
class SyncController;
class VisitController;

// The register of one station: the area tree on the left, the case list in the centre, banners on top for
// what needs the user's attention (demo data, drafts to restore, children who left as over-age).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(CaseDatabase& db, QWidget* parent = nullptr);
    ~MainWindow() override;

    CaseListPanel* caseList() const { return m_cases; }
    ChildFormManager* forms() const { return m_forms; }
    AreaTreeModel* areaModel() const { return m_areaModel; }
    SyncController* sync() const { return m_sync; }
    AppLock* appLock() const { return m_lock; }
    VisitController* visits() const { return m_visits; }
    QList<Banner*> banners() const;
    bool isRefreshingCategories() const;

    // Opens a child's file; a child that cannot be loaded is reported in the status bar.
    void openChild(const QString& childId);
    void newChild();
    // File → Restore from backup… (not blocking; null while an import or export runs).
    RestoreDialog* showRestore();
    // File → Settings (window-modal; deletes itself when closed).
    SettingsDialog* showSettings();
    // View → Activities and talks (returned for tests).
    ActivitiesDialog* showActivities();
    // View → Spot checks (returned for tests).
    SpotChecksDialog* showSpotChecks();
    // File → Import a roster… and Reconcile with the national system… (ui/office).
    RosterImportDialog* showRosterImport();
    ReconcileDialog* showReconcile();
    // View → Dashboard: the office dashboard in a window of its own (one; raised when open already). Its
    // children open here.
    DashboardView* showDashboard();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildMenus();
    void startCategoryRefresh();
    void onCategoriesRefreshed(const QList<CaseRepository::Exited>& exited, const QString& error);
    void offerDrafts();
    Banner* addBanner(Banner* banner);
    // Counts by category and village (a scan of the register): at start and after changes, not per search.
    void updateStatistics();
    void updateCounts();
    void reload();
    void about();
    // File → Print unsigned agreements of a village: the village selected in the area tree, else asks.
    void printUnsignedAgreements();
    void showAgreementCoverage();
    void showDuplicates();

    CaseDatabase& m_db;
    CaseListPanel* m_cases;
    AreaTreeModel* m_areaModel;
    QTreeView* m_areaTree;
    ChildFormManager* m_forms;
    CategoryRefresher* m_refresher;
    AppLock* m_lock = nullptr;
    SyncController* m_sync = nullptr;    // the Sync menu, imports, exports, conflicts
    VisitController* m_visits = nullptr; // visits, the schedule, referrals
    PrintController* m_print = nullptr;
    DailyBackup* m_dailyBackup = nullptr;
    QPointer<DashboardView> m_dashboard;
    QVBoxLayout* m_bannerLayout;
    QLabel* m_countsLabel;
    QString m_statistics;
    QPointer<Banner> m_countsBanner; // why the counts by area could not be read
    bool m_busy = false;             // the busy cursor is shown while the categories are refreshed
};
