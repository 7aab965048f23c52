#include "SyncController.h"
#include "Localization.h"
#include "station/ClockWatch.h"

#include "ConflictsDialog.h"
#include "ExportDialog.h"
#include "ImportHistoryDialog.h"
#include "ImportReportDialog.h"
#include "StationsDialog.h"
#include "SyncTask.h"
#include "shared/Banner.h"
#include "shared/FileChooser.h"
#include "station/PassphraseDialog.h"
#include "storage/BackupService.h"
#include "storage/CaseDatabase.h"
#include "sync/ImportReport.h"
#include "sync/PackageReader.h"
#include "sync/PackageWriter.h"
#include "sync/StationIdentity.h"
#include "sync/TrustStore.h"

#include <QAction>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QWidget>

namespace {
// Clocks that lag less than this are ordinary drift (the same margin as the import's warning).

QStringList packagesDropped(const QMimeData* mime)
{
    if (!mime || !mime->hasUrls())
        return {};
    QStringList paths;
    for (const QUrl& url : mime->urls()) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return SyncController::packagesIn(paths);
}

const char* const kLastFolderKey = "sync/lastImportFolder";

QString lastImportFolder()
{
    return FileChooser::startFolder(QSettings().value(QLatin1String(kLastFolderKey)).toString());
}

void rememberImportFolder(const QString& path)
{
    const QFileInfo info(path);
    QSettings().setValue(QLatin1String(kLastFolderKey),
                         info.isDir() ? info.absoluteFilePath() : info.absolutePath());
}
} // namespace

SyncController::SyncController(CaseDatabase& db, QWidget* window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
    , m_task(new SyncTask(window))
    , m_clock(new ClockWatch(db, this))
{
    connect(m_clock, &ClockWatch::bannerRequested, this, &SyncController::bannerRequested);
    connect(m_clock, &ClockWatch::dataChanged, this, &SyncController::dataChanged);
    connect(m_clock, &ClockWatch::told, this,
            [this](bool ok, const QString& text) { tell(ok, tr("Repair the clock"), text); });
    m_task->setParent(this); // stopped and waited for before the window's other children go
    window->setAcceptDrops(true);
    window->installEventFilter(this);
}

SyncController::~SyncController()
{
    m_task->cancel();
    m_task->wait();
}

QMenu* SyncController::addMenu(QMenuBar* bar, QAction* before)
{
    auto* menu = new QMenu(tr("S&ync"), bar);
    menu->setObjectName(QStringLiteral("syncMenu"));
    menu->addAction(tr("&Stations…"), this, &SyncController::showStations)
        ->setObjectName(QStringLiteral("stationsAction"));
    menu->addSeparator();
    QAction* exportAction = menu->addAction(tr("&Export package…"), this, &SyncController::exportPackage);
    exportAction->setObjectName(QStringLiteral("exportAction"));
    QAction* importAction = menu->addAction(tr("&Import package…"), this, &SyncController::chooseAndImport);
    menu->addAction(tr("Import every package in a &folder…"), this, &SyncController::chooseFolderAndImport)
        ->setObjectName(QStringLiteral("importFolderAction"));
    importAction->setObjectName(QStringLiteral("importAction"));
    menu->addAction(tr("Import &history…"), this, &SyncController::showImportHistory)
        ->setObjectName(QStringLiteral("importHistoryAction"));
    menu->addAction(tr("&Conflicts…"), this, &SyncController::showConflicts)
        ->setObjectName(QStringLiteral("conflictsAction"));
    menu->addSeparator();
    menu->addAction(tr("Change &passphrase…"), this, &SyncController::changePassphrase)
        ->setObjectName(QStringLiteral("passphraseAction"));
    m_busyActions = {exportAction, importAction};
    bar->insertMenu(before, menu);
    return menu;
}

ImportReportDialog* SyncController::reportDialog() const
{
    return m_report;
}

bool SyncController::isBusy() const
{
    return m_task->isRunning();
}

void SyncController::cancel()
{
    m_task->cancel();
}

void SyncController::setBusy(bool busy)
{
    for (QAction* action : std::as_const(m_busyActions))
        action->setEnabled(!busy);
}

bool SyncController::isPackageFile(const QString& path)
{
    return path.endsWith(QLatin1String(".shpkg"), Qt::CaseInsensitive);
}

void SyncController::forgetKeys()
{
    m_keys.reset();
}

Status SyncController::unlock(const QString& passphrase)
{
    Result<StationKeys> keys = StationIdentity::unlock(m_db, passphrase);
    if (!keys)
        return Status::failure(keys.error());
    m_keys = std::make_shared<StationKeys>(std::move(keys.value()));
    return {};
}

bool SyncController::ensureKeys(QWidget* parent)
{
    if (StationIdentity::hasKeys(m_db))
        return true;
    PassphraseDialog dialog(
        PassphraseDialog::Mode::Create,
        [this](const QString&, const QString& fresh) {
            if (Status s = StationIdentity::create(m_db, fresh); !s)
                return s.error();
            Status s = unlock(fresh);
            return s ? QString() : s.error();
        },
        parent ? parent : m_window);
    return dialog.exec() == QDialog::Accepted;
}

std::shared_ptr<const StationKeys> SyncController::keys(QWidget* parent)
{
    if (!ensureKeys(parent))
        return nullptr;
    if (m_keys)
        return m_keys;
    PassphraseDialog dialog(
        PassphraseDialog::Mode::Unlock,
        [this](const QString& passphrase, const QString&) {
            Status s = unlock(passphrase);
            return s ? QString() : s.error();
        },
        parent ? parent : m_window);
    if (dialog.exec() != QDialog::Accepted)
        return nullptr;
    return m_keys;
}

void SyncController::changePassphrase()
{
    if (!StationIdentity::hasKeys(m_db)) {
        ensureKeys(m_window);
        return;
    }
    PassphraseDialog dialog(
        PassphraseDialog::Mode::Change,
        [this](const QString& current, const QString& fresh) {
            Status s = StationIdentity::changePassphrase(m_db, current, fresh);
            return s ? QString() : s.error();
        },
        m_window);
    if (dialog.exec() == QDialog::Accepted)
        tell(true, tr("Passphrase"), tr("The passphrase is changed. Use the new one from now on."));
}

StationsDialog* SyncController::showStations()
{
    if (!m_stations) {
        m_stations = new StationsDialog(m_db, *this, m_window);
        m_stations->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_stations->show();
    m_stations->raise();
    return m_stations;
}

ConflictsDialog* SyncController::showConflicts()
{
    if (!m_conflicts) {
        m_conflicts = new ConflictsDialog(m_db, m_window);
        m_conflicts->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conflicts, &ConflictsDialog::resolved, this, [this] {
            if (m_conflictBanner && m_conflicts && m_conflicts->openCount() == 0)
                m_conflictBanner->deleteLater();
            emit dataChanged();
        });
    } else {
        m_conflicts->reload();
    }
    m_conflicts->show();
    m_conflicts->raise();
    return m_conflicts;
}

ImportHistoryDialog* SyncController::showImportHistory()
{
    if (m_history)
        m_history->close();
    m_history = new ImportHistoryDialog(m_db, m_window);
    m_history->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_history, &ImportHistoryDialog::reviewConflictsRequested, this, &SyncController::showConflicts);
    m_history->show();
    return m_history;
}

ExportDialog* SyncController::exportPackage()
{
    auto* dialog = new ExportDialog(m_db, m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { startExport(dialog->recipient(), dialog->path(), dialog->full()); });
    dialog->open();
    return dialog;
}

bool SyncController::startExport(const QString& recipient, const QString& path, bool full)
{
    if (isBusy()) {
        tell(false, tr("Export"), tr("Wait until the export or import under way is finished."));
        return false;
    }
    const std::shared_ptr<const StationKeys> keys = this->keys(m_window);
    if (!keys)
        return false;
    const auto peer = TrustStore(m_db).find(recipient);
    const QString name = peer ? peer->name : recipient;
    auto result = std::make_shared<std::optional<Result<PackageHeader>>>();
    connect(
        m_task, &SyncTask::finished, this,
        [this, result, path, name](const QString& error) {
            setBusy(false);
            const Result<PackageHeader> r =
                error.isEmpty() && result->has_value() ? **result : Result<PackageHeader>::failure(error);
            if (!r) {
                tell(false, tr("The package was not written"), r.error());
                emit exportFinished(false);
                return;
            }
            tell(true, tr("Package written"),
                 tr("The package is saved as %1 (%n record(s)). Carry this file to %2 and import it there.",
                    nullptr, int(r->counts.value(QStringLiteral("records"))))
                     .arg(QDir::toNativeSeparators(path), name));
            emit exportFinished(true);
        },
        Qt::SingleShotConnection);
    setBusy(true);
    m_task->start(tr("Writing the package for %1…").arg(name), m_db.path(), m_db.clock(),
                  [keys, result, recipient, path, full](CaseDatabase& db, const SyncProgress& progress) {
                      PackageWriter::Options o;
                      o.recipient = recipient;
                      o.path = path;
                      o.full = full;
                      o.progress = progress;
                      *result = PackageWriter::write(db, *keys, o);
                  });
    return true;
}

void SyncController::chooseAndImport()
{
    QPointer<QFileDialog> dialog = createImportDialog(lastImportFolder());
    dialog->setFileMode(QFileDialog::ExistingFiles); // several packages at once
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (!dialog)
        return;
    const QStringList paths = accepted ? dialog->selectedFiles() : QStringList();
    delete dialog.data();
    if (!paths.isEmpty()) {
        rememberImportFolder(paths.first());
        importFiles(paths);
    }
}

void SyncController::chooseFolderAndImport()
{
    QPointer<QFileDialog> dialog = createImportDialog(lastImportFolder());
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly, true);
    dialog->setWindowTitle(tr("Import every package in a folder"));
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (!dialog)
        return;
    const QString folder = accepted ? dialog->selectedFiles().value(0) : QString();
    delete dialog.data();
    if (folder.isEmpty())
        return;
    rememberImportFolder(folder);
    const QStringList paths = packagesIn({folder});
    if (paths.isEmpty()) {
        tell(false, tr("No package"),
             tr("The folder %1 holds no package (.shpkg).").arg(QDir::toNativeSeparators(folder)));
        return;
    }
    importFiles(paths);
}

QStringList SyncController::packagesIn(const QStringList& paths)
{
    QStringList out;
    for (const QString& p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            for (const QString& f :
                 QDir(p).entryList({QStringLiteral("*.shpkg")}, QDir::Files | QDir::Readable, QDir::Name))
                out << QDir(p).filePath(f);
        } else if (isPackageFile(p)) {
            out << p;
        }
    }
    out.removeDuplicates();
    return out;
}

bool SyncController::importFiles(const QStringList& paths)
{
    if (paths.size() == 1)
        return importFile(paths.first());
    if (paths.isEmpty())
        return false;
    if (isBusy()) {
        tell(false, tr("Import"), tr("Wait until the export or import under way is finished."));
        return false;
    }
    const std::shared_ptr<const StationKeys> keys = this->keys(m_window);
    if (!keys)
        return false;
    struct Outcome
    {
        QString path;
        std::optional<Result<ImportReport>> result; // empty: not reached (cancelled before it)
    };
    auto outcomes = std::make_shared<QList<Outcome>>();
    for (const QString& p : paths)
        outcomes->append({p, std::nullopt});
    auto refused = std::make_shared<QString>(); // the backup before the import failed: nothing imported
    connect(
        m_task, &SyncTask::finished, this,
        [this, outcomes, refused](const QString& error) {
            setBusy(false);
            if (!refused->isEmpty()) {
                importDone(QString(), Result<ImportReport>::failure(*refused));
                return;
            }
            ImportReport sum;
            int imported = 0;
            for (const Outcome& o : std::as_const(*outcomes)) {
                const QString name = QFileInfo(o.path).fileName();
                if (!o.result) {
                    sum.batch << tr("%1: not imported (cancelled).").arg(name);
                    ++sum.refusedPackages;
                    continue;
                }
                if (!*o.result) {
                    sum.batch << tr("%1: refused, nothing changed. %2").arg(name, o.result->error());
                    ++sum.refusedPackages;
                    continue;
                }
                const ImportReport& r = o.result->value();
                if (r.alreadyImported) {
                    sum.batch << tr("%1 (from %2): imported already.").arg(name, r.senderName);
                    continue;
                }
                ++imported;
                sum.batch << tr("%1 (from %2): %3 added, %4 updated, %5 conflicts.")
                                 .arg(name, r.senderName)
                                 .arg(r.total.added)
                                 .arg(r.total.updated)
                                 .arg(r.total.conflicts);
                sum.add(r);
            }
            if (!error.isEmpty())
                sum.batch << error;
            sum.senderName = tr("%n package(s)", nullptr, int(outcomes->size()));
            sum.importedAt = m_db.clock().now().toString(Qt::ISODateWithMs);
            sum.alreadyImported = imported == 0 && sum.refusedPackages == 0;
            importDone(QString(), sum);
        },
        Qt::SingleShotConnection);
    setBusy(true);
    m_task->start(tr("Importing %n package(s)…", nullptr, int(paths.size())), m_db.path(), m_db.clock(),
                  [keys, outcomes, refused](CaseDatabase& db, const SyncProgress& progress) {
                      bool backedUp = false;
                      for (Outcome& o : *outcomes) {
                          Result<std::optional<ImportReport>> before =
                              PackageReader::previousImport(db, o.path);
                          if (!before) {
                              o.result = Result<ImportReport>::failure(before.error());
                          } else if (before.value()) {
                              o.result = *before.value();
                          } else {
                              // One backup for the lot, before the first package imported.
                              if (!backedUp) {
                                  if (Status s = BackupService(db).beforeImport(); !s) {
                                      *refused = s.error();
                                      break;
                                  }
                                  backedUp = true;
                              }
                              bool cancelled = false;
                              const SyncProgress step = [&](qint64 done, qint64 total) {
                                  cancelled = !progress(done, total);
                                  return !cancelled;
                              };
                              o.result = PackageReader::import(db, *keys, o.path, step);
                              if (cancelled) {
                                  o.result.reset(); // the one under way was rolled back; the rest not reached
                                  break;
                              }
                          }
                      }
                  });
    return true;
}

QFileDialog* SyncController::createImportDialog(const QString& folder)
{
    return FileChooser::create(m_window, FileChooser::Mode::Open, tr("Import a package"), folder,
                               {tr("Shouhu packages (*.shpkg)"), tr("All files (*)")});
}

bool SyncController::importFile(const QString& path)
{
    if (isBusy()) {
        tell(false, tr("Import"), tr("Wait until the export or import under way is finished."));
        return false;
    }
    if (!QFileInfo(path).isFile()) {
        tell(false, tr("The package was not imported"),
             tr("The file %1 does not exist.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    // A package imported before changes nothing: show its report without asking for the passphrase.
    // The signature is checked first: a changed copy of an imported package is refused here.
    Result<std::optional<ImportReport>> before = PackageReader::previousImport(m_db, path);
    if (!before) {
        importDone(path, Result<ImportReport>::failure(before.error()));
        return true; // answered: the refusal is shown like any other import's
    }
    if (before.value()) {
        importDone(path, *before.value());
        return true;
    }
    const std::shared_ptr<const StationKeys> keys = this->keys(m_window);
    if (!keys)
        return false;
    auto result = std::make_shared<std::optional<Result<ImportReport>>>();
    connect(
        m_task, &SyncTask::finished, this,
        [this, result, path](const QString& error) {
            setBusy(false);
            importDone(path, error.isEmpty() && result->has_value() ? **result
                                                                    : Result<ImportReport>::failure(error));
        },
        Qt::SingleShotConnection);
    setBusy(true);
    m_task->start(tr("Importing %1…").arg(QFileInfo(path).fileName()), m_db.path(), m_db.clock(),
                  [keys, result, path](CaseDatabase& db, const SyncProgress& progress) {
                      if (Status s = BackupService(db).beforeImport(); !s) {
                          *result = Result<ImportReport>::failure(s.error());
                          return;
                      }
                      *result = PackageReader::import(db, *keys, path, progress);
                  });
    return true;
}

void SyncController::importDone(const QString& path, const Result<ImportReport>& result)
{
    if (!result) {
        tell(false, tr("The package was not imported"),
             Localization::joinSentences(
                 {result.error(), tr("Nothing was changed in this station's register.")}));
        emit importFinished(false);
        return;
    }
    const ImportReport& report = result.value();
    if (m_report)
        m_report->close();
    m_report = new ImportReportDialog(report, m_window);
    m_report->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_report, &ImportReportDialog::reviewConflictsRequested, this, &SyncController::showConflicts);
    connect(m_report, &ImportReportDialog::reviewDuplicatesRequested, this,
            &SyncController::duplicatesRequested);
    m_report->show();
    m_lastMessage =
        report.alreadyImported && report.batch.isEmpty()
            ? tr("The package %1 was imported already; nothing was changed.").arg(QFileInfo(path).fileName())
            : m_report->summary();
    if (!report.alreadyImported) {
        emit dataChanged();
        if (report.total.conflicts > 0) {
            if (m_conflictBanner)
                m_conflictBanner->deleteLater();
            m_conflictBanner = new Banner(
                Banner::Kind::Warning,
                tr("The package from %1 brought %n conflict(s): values changed at both stations. Choose "
                   "which values are right.",
                   nullptr, report.total.conflicts)
                    .arg(report.senderName));
            m_conflictBanner->setObjectName(QStringLiteral("conflictsBanner"));
            m_conflictBanner->addButton(
                tr("Review conflicts…"), [this] { showConflicts(); }, false);
            m_conflictBanner->addCloseButton();
            emit bannerRequested(m_conflictBanner);
        }
    }
    emit importFinished(true);
}

void SyncController::checkClock()
{
    m_clock->check();
}

bool SyncController::repairClock()
{
    if (isBusy()) {
        tell(false, tr("Repair the clock"), tr("Wait until the export or import under way has finished."));
        return false;
    }
    return m_clock->repair();
}

void SyncController::tell(bool ok, const QString& title, const QString& text)
{
    m_lastMessage = text;
    auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning, title, text,
                                QMessageBox::Ok, m_window);
    box->setObjectName(QStringLiteral("syncMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

bool SyncController::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_window) {
        if (event->type() == QEvent::DragEnter || event->type() == QEvent::DragMove) {
            auto* drag = static_cast<QDragMoveEvent*>(event);
            if (!packagesDropped(drag->mimeData()).isEmpty()) {
                drag->acceptProposedAction();
                return true;
            }
        } else if (event->type() == QEvent::Drop) {
            auto* drop = static_cast<QDropEvent*>(event);
            const QStringList paths = packagesDropped(drop->mimeData());
            if (!paths.isEmpty()) {
                drop->acceptProposedAction();
                importFiles(paths);
                return true;
            }
        }
    }
    return QObject::eventFilter(watched, event);
}
