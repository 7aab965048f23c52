#pragma once

#include "Result.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class Banner;
class CaseDatabase;
class ClockWatch;
class ConflictsDialog;
class ExportDialog;
class ImportHistoryDialog;
class ImportReport;
class ImportReportDialog;
class QAction;
class QFileDialog;
class QMenu;
class QMenuBar;
class StationsDialog;
class SyncTask;
struct StationKeys;

// The sync workflow of the main window: the Sync menu (stations, export, import, import history,
// conflicts, passphrase), the passphrase and the keys unlocked for the session, exports and imports on a
// worker thread with progress and Cancel, drag and drop of package files, and what to tell the user
// afterwards (a sentence, the import report, a banner for conflicts or a clock that is behind).
class SyncController final : public QObject
{
    Q_OBJECT
public:
    SyncController(CaseDatabase& db, QWidget* window);
    ~SyncController() override;

    // Adds the Sync menu to the menu bar, before `before` (e.g. the Help menu's action) when given.
    QMenu* addMenu(QMenuBar* bar, QAction* before = nullptr);

    // Makes the keys if the station has none, asking for a new passphrase. False if the user cancelled.
    bool ensureKeys(QWidget* parent);
    // The keys, unlocked for the session; asks for the passphrase the first time. Null if cancelled.
    std::shared_ptr<const StationKeys> keys(QWidget* parent);
    // Unlocks the keys with a passphrase (also what the passphrase dialog calls).
    Status unlock(const QString& passphrase);
    bool isUnlocked() const { return m_keys != nullptr; }
    void forgetKeys();

    // The dialogs are opened without blocking and returned (for tests and for raising them again).
    StationsDialog* showStations();
    ExportDialog* exportPackage();
    ConflictsDialog* showConflicts();
    ImportHistoryDialog* showImportHistory();
    ImportReportDialog* reportDialog() const;

    // Writes a package on the worker thread; false when it could not start.
    bool startExport(const QString& recipient, const QString& path, bool full);
    // Imports a package on the worker thread (menu, drag and drop, the command line); false when it could
    // not start.
    bool importFile(const QString& path);
    // Imports several packages in one action on the worker thread (each in its own transaction, one
    // progress and one Cancel for the lot), then shows one report for all of them: refused ones named, the
    // good ones imported. One path is importFile().
    bool importFiles(const QStringList& paths);
    void chooseAndImport();
    // Sync → Import every package in a folder…
    void chooseFolderAndImport();
    // The package files among dropped or chosen paths (a folder: its .shpkg files, by name).
    static QStringList packagesIn(const QStringList& paths);
    // The dialog of Sync → Import package… in `folder` (not shown): names only, nothing in the folder is
    // read.
    QFileDialog* createImportDialog(const QString& folder);
    void changePassphrase();
    // A warning banner when this computer's clock is behind what the station has already seen; when the
    // station's changes carry future times (its computer's date was ahead), a banner whose one button
    // repairs them (repairClock).
    void checkClock();
    // Writes the changes made while the computer's date was wrong again with current times (ClockRepair) and
    // says what was done; false when refused (the sentence is lastMessage()).
    bool repairClock();

    bool isBusy() const;
    // Stops the export or import under way (as its progress dialog's Cancel does).
    void cancel();
    // The last sentence said after an export or import (or why it was refused).
    QString lastMessage() const { return m_lastMessage; }
    static bool isPackageFile(const QString& path);

signals:
    // Records changed (after an import or a resolved conflict): the case list and counts need a reload.
    void dataChanged();
    // A banner for the main window to show.
    void bannerRequested(Banner* banner);
    void exportFinished(bool ok);
    void importFinished(bool ok);
    // The import report's "possible duplicates" button.
    void duplicatesRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void importDone(const QString& path, const Result<ImportReport>& result);
    void tell(bool ok, const QString& title, const QString& text);
    void setBusy(bool busy);

    CaseDatabase& m_db;
    QWidget* m_window;
    SyncTask* m_task;
    ClockWatch* m_clock;
    std::shared_ptr<StationKeys> m_keys;
    QList<QAction*> m_busyActions;
    QString m_lastMessage;
    QPointer<StationsDialog> m_stations;
    QPointer<ConflictsDialog> m_conflicts;
    QPointer<ImportHistoryDialog> m_history;
    QPointer<ImportReportDialog> m_report;
    QPointer<Banner> m_conflictBanner;
};
