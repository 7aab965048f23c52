#include "MainWindow.h"
#include "shared/WindowGeometry.h"
#include "station/AppLock.h"
#include "station/SettingsDialog.h"

#include "Localization.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPanel.h"
#include "cases/CategoryRefresher.h"
#include "cases/ChildForm.h"
#include "cases/ChildFormManager.h"
#include "cases/DuplicatesDialog.h"
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/Classification.h"
#include "domain/Vocabulary.h"
#include "exchange/SyncController.h"
#include "office/DashboardView.h"
#include "office/ReconcileDialog.h"
#include "office/RosterImportDialog.h"
#include "office/SpotChecksDialog.h"
#include "paper/AgreementCoverageDialog.h"
#include "paper/PrintController.h"
#include "reports/Statistics.h"
#include "shared/AreaTreeModel.h"
#include "shared/Banner.h"
#include "shared/KeyboardConventions.h"
#include "station/DailyBackup.h"
#include "station/RestoreDialog.h"
#include "storage/CaseDatabase.h"
#include "visits/ActivitiesDialog.h"
#include "visits/VisitController.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

bool isDemo(const CaseDatabase& db)
{
    return db.setting(QStringLiteral("demo")) == QLatin1String("1") || (db.station() && db.station()->isDemo);
}
} // namespace

MainWindow::MainWindow(CaseDatabase& db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_cases(new CaseListPanel(db, this))
    , m_areaModel(new AreaTreeModel(db, this))
    , m_areaTree(new QTreeView(this))
    , m_forms(new ChildFormManager(db, this))
    , m_refresher(new CategoryRefresher(this))
    , m_bannerLayout(new QVBoxLayout)
    , m_countsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    KeyboardConventions::install();
    WindowGeometry::restore(this, QStringLiteral("main"), QSize(1200, 760));
    const QString station = db.station() ? db.station()->name : QString();
    // Ends with the application's display name (守护), so the platform does not add it a second time.
    QString title = station;
    if (isDemo(db))
        title += QStringLiteral(" — ") + tr("Demo data (fictitious)");
    setWindowTitle(tr("%1 — Shouhu").arg(title));
    setWindowIcon(style()->standardIcon(QStyle::SP_DirHomeIcon));

    auto* centre = new QWidget(this);
    auto* layout = new QVBoxLayout(centre);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addLayout(m_bannerLayout);
    layout->addWidget(m_cases, 1);
    setCentralWidget(centre);
    if (isDemo(db))
        addBanner(
            new Banner(Banner::Kind::Demo,
                       tr("Demo data: these children are fictitious, made up for practice and training.")));

    m_areaTree->setObjectName(QStringLiteral("areaTreeView"));
    m_areaTree->setModel(m_areaModel);
    m_areaTree->header()->setStretchLastSection(false);
    m_areaTree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_areaTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_areaTree->expandToDepth(
        m_areaModel->rowCount() == 1 && m_areaModel->rowCount(m_areaModel->index(0, 0)) > 30 ? 0 : 1);
    auto* dock = new QDockWidget(tr("Areas"), this);
    dock->setObjectName(QStringLiteral("areaDockWidget"));
    dock->setWidget(m_areaTree);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {260}, Qt::Horizontal);
    connect(m_areaTree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& index) {
                m_cases->setArea(index.siblingAtColumn(0).data(AreaTreeModel::CodeRole).toString());
            });

    connect(m_cases, &CaseListPanel::openRequested, this, &MainWindow::openChild);
    connect(m_cases->model(), &CaseListModel::countChanged, this, &MainWindow::updateCounts);
    connect(m_cases->model(), &CaseListModel::errorChanged, this, &MainWindow::updateCounts);
    connect(m_forms, &ChildFormManager::saved, this, &MainWindow::reload);
    connect(m_refresher, &CategoryRefresher::finished, this, &MainWindow::onCategoriesRefreshed);

    m_sync = new SyncController(db, this);
    connect(m_sync, &SyncController::dataChanged, this, &MainWindow::reload);
    connect(m_sync, &SyncController::bannerRequested, this, &MainWindow::addBanner);
    connect(m_sync, &SyncController::duplicatesRequested, this, &MainWindow::showDuplicates);
    // The lock checks the passphrase by unlocking the station's keys, which stay unlocked for the session
    // (a lock forgets them).
    m_lock = new AppLock(
        db,
        [this](const QString& passphrase) {
            const Status s = m_sync->unlock(passphrase);
            return s ? QString() : s.error();
        },
        this);
    connect(m_lock, &AppLock::locked, m_sync, &SyncController::forgetKeys);
    m_visits = new VisitController(db, this);
    connect(m_visits, &VisitController::openChildRequested, this, &MainWindow::openChild);
    connect(m_visits, &VisitController::changed, this, &MainWindow::reload);
    connect(m_visits, &VisitController::message, this,
            [this](const QString& sentence) { statusBar()->showMessage(sentence, 8000); });
    statusBar()->addPermanentWidget(m_countsLabel);
    buildMenus();
    updateStatistics();
    offerDrafts();
    m_sync->checkClock();
    // Once a day a backup (BackupService), at start when the newest is more than a day old; in a worker.
    m_dailyBackup = new DailyBackup(this);
    connect(m_dailyBackup, &DailyBackup::finished, this, [this](const QString&, const QString& error) {
        if (!error.isEmpty())
            addBanner(new Banner(Banner::Kind::Warning, error));
    });
    m_dailyBackup->start(m_db.path(), m_db.clock());
    // After the window is shown: the register may be big, and the window must appear at once.
    QTimer::singleShot(0, this, &MainWindow::startCategoryRefresh);
}

MainWindow::~MainWindow()
{
    m_refresher->wait();
    m_dailyBackup->wait();
    if (m_busy)
        QApplication::restoreOverrideCursor();
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* newAction = file->addAction(style()->standardIcon(QStyle::SP_FileIcon), tr("&New child"), this,
                                         &MainWindow::newChild);
    newAction->setShortcut(QKeySequence::New);
    QAction* save =
        file->addAction(style()->standardIcon(QStyle::SP_DialogSaveButton), tr("&Save"), this, [this] {
            const int failed = m_forms->saveAll();
            statusBar()->showMessage(
                failed ? tr("%n file(s) could not be saved: see the open forms.", nullptr, failed)
                       : tr("Saved."),
                5000);
        });
    save->setShortcut(QKeySequence::Save);
    file->addSeparator();
    file->addAction(tr("&Print unsigned agreements of a village…"), this,
                    &MainWindow::printUnsignedAgreements);
    file->addSeparator();
    file->addAction(tr("Import a &roster…"), this, &MainWindow::showRosterImport)
        ->setObjectName(QStringLiteral("rosterImportAction"));
    file->addAction(tr("Reconcile with the &national system…"), this, &MainWindow::showReconcile)
        ->setObjectName(QStringLiteral("reconcileAction"));
    file->addSeparator();
    file->addAction(tr("Restore from &backup…"), this, &MainWindow::showRestore)
        ->setObjectName(QStringLiteral("restoreAction"));
    file->addSeparator();
    file->addAction(tr("Se&ttings…"), this, &MainWindow::showSettings)
        ->setObjectName(QStringLiteral("settingsAction"));
    QAction* lockAction = file->addAction(tr("&Lock"), this, [this] {
        if (m_lock->available())
            m_lock->lock();
        else
            statusBar()->showMessage(
                tr("Shouhu can lock only after a passphrase is set for the station (Sync menu)."), 8000);
    });
    lockAction->setObjectName(QStringLiteral("lockAction"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* refresh = view->addAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("&Refresh"), this,
                                       &MainWindow::reload);
    refresh->setShortcut(QKeySequence::Refresh);
    QAction* find = view->addAction(tr("&Find a child"), m_cases, &CaseListPanel::focusSearch);
    find->setShortcut(QKeySequence::Find);
    view->addAction(findChild<QDockWidget*>(QStringLiteral("areaDockWidget"))->toggleViewAction());
    QAction* dashboard = view->addAction(tr("Dash&board"), this, &MainWindow::showDashboard);
    dashboard->setObjectName(QStringLiteral("dashboardAction"));
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    m_visits->addViewActions(view);
    view->addAction(tr("Agreement &coverage"), this, &MainWindow::showAgreementCoverage);
    view->addAction(tr("Possible &duplicates"), this, &MainWindow::showDuplicates);
    view->addAction(tr("Acti&vities and talks"), this, &MainWindow::showActivities);
    // Offices draw and mark them; a village sees the results that came back to it.
    view->addAction(tr("&Spot checks"), this, &MainWindow::showSpotChecks);

    m_sync->addMenu(menuBar());

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Shouhu"), this, &MainWindow::about);

    QToolBar* tools = addToolBar(tr("Main"));
    tools->setObjectName(QStringLiteral("mainToolBar"));
    tools->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tools->setMovable(false);
    tools->addAction(newAction);
    tools->addAction(refresh);
}

QList<Banner*> MainWindow::banners() const
{
    return findChildren<Banner*>();
}

Banner* MainWindow::addBanner(Banner* banner)
{
    m_bannerLayout->addWidget(banner);
    return banner;
}

bool MainWindow::isRefreshingCategories() const
{
    return m_refresher->isRunning();
}

void MainWindow::openChild(const QString& childId)
{
    QString error;
    if (!m_forms->open(childId, &error))
        statusBar()->showMessage(error, 8000);
}

void MainWindow::newChild()
{
    m_forms->create();
}

void MainWindow::startCategoryRefresh()
{
    const QDate today = m_db.clock().today();
    if (CaseRepository(m_db).categoriesAreCurrent(today))
        return;
    statusBar()->showMessage(tr("Bringing the categories up to date for %1…").arg(QLocale().toString(today)));
    QApplication::setOverrideCursor(Qt::BusyCursor);
    m_busy = true;
    m_refresher->start(m_db.path(), m_db.clock(), today);
}

void MainWindow::onCategoriesRefreshed(const QList<CaseRepository::Exited>& exited, const QString& error)
{
    QApplication::restoreOverrideCursor();
    m_busy = false;
    m_refresher->wait();
    statusBar()->clearMessage();
    if (!error.isEmpty()) {
        auto* banner = addBanner(new Banner(
            Banner::Kind::Warning, tr("The categories could not be brought up to date: %1").arg(error)));
        banner->addCloseButton();
        return;
    }
    reload();
    // The rules changed while this refresh ran (Settings): once more under the new ones.
    if (!CaseRepository(m_db).categoriesAreCurrent(m_db.clock().today()))
        QMetaObject::invokeMethod(this, &MainWindow::startCategoryRefresh, Qt::QueuedConnection);
    if (exited.isEmpty())
        return;
    QStringList names;
    for (const CaseRepository::Exited& e : exited)
        names << e.name;
    const int shown = 20;
    QString list = names.mid(0, shown).join(QStringLiteral("、"));
    if (names.size() > shown)
        list += tr(" and %n more", nullptr, int(names.size()) - shown);
    auto* banner = addBanner(
        new Banner(Banner::Kind::Info, tr("%n child(ren) turned 16 and left the register as over-age: %1.",
                                          nullptr, int(exited.size()))
                                           .arg(list)));
    banner->setObjectName(QStringLiteral("overAgeBanner"));
    banner->addCloseButton();
}

void MainWindow::offerDrafts()
{
    for (const DraftStore::Draft& draft : m_forms->drafts()) {
        const QString when = draft.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        auto* banner = addBanner(
            new Banner(Banner::Kind::Warning,
                       tr("You have unsaved work from %1 (%2): restore it?").arg(when, draft.title)));
        banner->setObjectName(QStringLiteral("draftBanner"));
        banner->setProperty("draftKey", draft.key);
        banner->addButton(tr("Restore"), [this, draft] {
            if (!m_forms->restore(draft))
                statusBar()->showMessage(tr("The unsaved work could not be restored."), 8000);
        });
        banner->addButton(tr("Discard"), [this, draft] { m_forms->discard(draft); });
    }
    for (Banner* banner : m_visits->draftBanners())
        addBanner(banner);
}

RestoreDialog* MainWindow::showRestore()
{
    if (m_sync->isBusy()) {
        statusBar()->showMessage(tr("Wait until the export or import under way is finished."), 5000);
        return nullptr;
    }
    auto* dialog = new RestoreDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setPreparation([this] {
        m_dailyBackup->wait();
        return !m_sync->isBusy() && m_forms->closeAll();
    });
    connect(dialog, &RestoreDialog::restored, this, [this](const QString& summary) {
        reload();
        startCategoryRefresh();
        statusBar()->showMessage(summary);
    });
    dialog->open();
    return dialog;
}

void MainWindow::reload()
{
    const QString current = m_cases->currentChildId();
    m_cases->model()->reload();
    updateStatistics();
    if (!current.isEmpty()) {
        // Keep the selection when the child is still on the first pages.
        if (const int row = m_cases->model()->rowOf(current); row >= 0)
            m_cases->view()->selectRow(row);
    }
}

void MainWindow::updateStatistics()
{
    const QString area = m_db.station() ? m_db.station()->areaCode : QString();
    m_statistics.clear();
    const Result<Statistics::Counts> c = Statistics::compute(m_db, area);
    if (c) {
        m_areaModel->setCounts(c.value());
        m_statistics = tr("%1 active: %2 left-behind, %3 suspected")
                           .arg(c->byStatus.value(QStringLiteral("active")))
                           .arg(c->byCategory.value(categoryCode(Category::LeftBehind)))
                           .arg(c->byCategory.value(categoryCode(Category::Suspected)));
        if (m_countsBanner)
            m_countsBanner->deleteLater();
    } else {
        // Counts that cannot be read are not zero: say why.
        if (!m_countsBanner) {
            m_countsBanner = addBanner(new Banner(Banner::Kind::Warning, QString()));
            m_countsBanner->setProperty("role", QStringLiteral("countsError"));
            m_countsBanner->addCloseButton();
        }
        m_countsBanner->setText(
            Localization::joinSentences({tr("The counts by area could not be read."), c.error()}));
    }
    updateCounts();
}

void MainWindow::updateCounts()
{
    QString text = m_cases->model()->error().isEmpty()
                       ? tr("%n child(ren) listed", nullptr, m_cases->model()->rowCount())
                       : tr("The list could not be read.");
    if (!m_statistics.isEmpty())
        text += QStringLiteral("  ·  ") + m_statistics;
    m_countsLabel->setText(text);
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Shouhu"),
        tr("<h3>Shouhu %1</h3><p>The register of rural left-behind children for child directors, "
           "township supervisors and civil-affairs offices: one file per child, kept up to date "
           "offline.</p>")
            .arg(QStringLiteral(SHOUHU_VERSION)));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!m_visits->closeAll() || !m_forms->closeAll()) {
        event->ignore();
        return;
    }
    WindowGeometry::remember(this, QStringLiteral("main"));
    event->accept();
}

void MainWindow::printUnsignedAgreements()
{
    QString village = AreaCode::normalize(
        m_areaTree->currentIndex().siblingAtColumn(0).data(AreaTreeModel::CodeRole).toString());
    if (AreaCode::levelOf(village) != AreaLevel::Village) {
        const auto station = m_db.station();
        const QStringList codes =
            AreaCatalog::instance().villagesUnder(station ? station->areaCode : QString());
        if (codes.isEmpty())
            return;
        village = codes.first();
        if (codes.size() > 1) {
            QStringList names;
            for (const QString& code : codes)
                names << AreaCatalog::instance().name(code) + QStringLiteral("  ") + code;
            bool ok = false;
            const QString picked = QInputDialog::getItem(this, tr("Print unsigned agreements"),
                                                         tr("Village:"), names, 0, false, &ok);
            if (!ok || names.indexOf(picked) < 0)
                return;
            village = codes.at(names.indexOf(picked));
        }
    }
    if (!m_print) {
        m_print = new PrintController(m_db, this);
        connect(m_print, &PrintController::agreementsPrinted, this, &MainWindow::reload);
    }
    m_print->previewUnsignedAgreements(village);
}

void MainWindow::showDuplicates()
{
    auto* dialog = new DuplicatesDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DuplicatesDialog::openChildRequested, this, &MainWindow::openChild);
    connect(dialog, &DuplicatesDialog::dataChanged, this, &MainWindow::reload);
    dialog->show();
}

RosterImportDialog* MainWindow::showRosterImport()
{
    auto* dialog = new RosterImportDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RosterImportDialog::dataChanged, this, &MainWindow::reload);
    dialog->show();
    return dialog;
}

ReconcileDialog* MainWindow::showReconcile()
{
    auto* dialog = new ReconcileDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ReconcileDialog::openChildRequested, this, &MainWindow::openChild);
    dialog->show();
    return dialog;
}

SettingsDialog* MainWindow::showSettings()
{
    auto* dialog = new SettingsDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        m_lock->reload();
        // While a refresh runs, the one under way starts again when it ends (onCategoriesRefreshed).
        if (dialog->rulesChanged() && !m_busy)
            startCategoryRefresh();
    });
    dialog->open();
    return dialog;
}

SpotChecksDialog* MainWindow::showSpotChecks()
{
    auto* dialog = new SpotChecksDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SpotChecksDialog::openChildRequested, this, &MainWindow::openChild);
    dialog->show();
    return dialog;
}

ActivitiesDialog* MainWindow::showActivities()
{
    auto* dialog = new ActivitiesDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

DashboardView* MainWindow::showDashboard()
{
    if (!m_dashboard) {
        m_dashboard = new DashboardView(m_db, this);
        m_dashboard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_dashboard, &DashboardView::openChildRequested, this, &MainWindow::openChild);
    }
    m_dashboard->show();
    m_dashboard->raise();
    m_dashboard->activateWindow();
    return m_dashboard;
}

void MainWindow::showAgreementCoverage()
{
    auto* dialog = new AgreementCoverageDialog(m_db, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &AgreementCoverageDialog::openChildRequested, this, &MainWindow::openChild);
    dialog->show();
}
