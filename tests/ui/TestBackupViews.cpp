// Backups in the GUI. File → Restore from backup…: the dialog lists the backups with time and size, asks
// before replacing the register (saying what happens to the current data), restores, and the main window
// shows the restored register. The daily backup is made when the window opens; an import (one package or
// several) is backed up first, and refused in one sentence when the backup cannot be made.
#include "MainWindow.h"
#include "SyncStations.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPanel.h"
#include "demo/DemoGenerator.h"
#include "exchange/SyncController.h"
#include "shared/Banner.h"
#include "station/DemoSetup.h"
#include "station/RestoreDialog.h"
#include "storage/BackupService.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseQuery.h"
#include "storage/StationSetup.h"

#include <QAction>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

namespace {
int countChildren(CaseDatabase& db)
{
    CaseQuery::Filter everyone;
    everyone.status.clear();
    const Result<int> n = CaseQuery(db).count(everyone);
    return n ? n.value() : -1;
}

void addDemo(CaseDatabase& db, int children, quint32 seed)
{
    DemoGenerator::Options o;
    o.children = children;
    o.seed = seed;
    QVERIFY(DemoGenerator::generate(db, o));
}
} // namespace

class TestBackupViews final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<CaseDatabase> makeDatabase(const QString& name, int children)
    {
        auto db = CaseDatabase::open(m_dir.filePath(name));
        if (!db)
            return nullptr;
        StationInfo station{StationSetup::newStationId(), QStringLiteral("village"),
                            DemoSetup::demoVillage(),     QStringLiteral("Test station"),
                            QStringLiteral("Tester"),     false};
        if (!db.value()->initStation(station))
            return nullptr;
        addDemo(*db.value(), children, 3);
        return std::move(db.value());
    }

private slots:
    void listsAsksAndRestores()
    {
        auto db = makeDatabase(QStringLiteral("dialog.sqlite"), 20);
        QVERIFY(db);
        QVERIFY(BackupService(*db).backup(BackupService::Reason::Manual));
        addDemo(*db, 10, 9);
        QCOMPARE(countChildren(*db), 30);

        RestoreDialog dialog(*db);
        QTableWidget* table = dialog.table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->columnCount(), 3);
        QVERIFY(table->item(0, 0)->text().contains(QLatin1Char(':')));    // a time
        QVERIFY(table->item(0, 2)->text().contains(QStringLiteral("B"))); // a size
        QVERIFY(!dialog.restoreButton()->isEnabled());
        table->selectRow(0);
        QVERIFY(dialog.restoreButton()->isEnabled());
        // The confirmation says what happens to the current data.
        const QString question = dialog.confirmation(0);
        QVERIFY2(question.contains(QStringLiteral("30 child")), qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("new backup")), qPrintable(question));
        // Cancelled: nothing changes.
        QString asked;
        dialog.setConfirmation([&asked](const QString& text) {
            asked = text;
            return false;
        });
        QVERIFY(!dialog.restoreRow(0));
        QCOMPARE(asked, question);
        QCOMPARE(countChildren(*db), 30);
        QCOMPARE(BackupService(*db).list().size(), 1);
        // Confirmed: restored, the current data backed up first.
        dialog.setConfirmation([](const QString&) { return true; });
        bool prepared = false;
        dialog.setPreparation([&prepared] { return prepared = true; });
        QString summary;
        connect(&dialog, &RestoreDialog::restored, this, [&summary](const QString& s) { summary = s; });
        dialog.restoreButton()->click();
        QVERIFY(prepared);
        QVERIFY2(!summary.isEmpty(), qPrintable(dialog.lastMessage()));
        QVERIFY(summary.contains(QStringLiteral("20 child")));
        QCOMPARE(countChildren(*db), 20);
        const QList<BackupEntry> backups = BackupService(*db).list();
        QCOMPARE(backups.size(), 2);
        QCOMPARE(backups.first().reason, QStringLiteral("restore"));
        // The connection goes on: a save after the restore works.
        addDemo(*db, 1, 11);
        QCOMPARE(countChildren(*db), 21);
    }

    void mainWindowBacksUpDailyAndRestores()
    {
        auto db = makeDatabase(QStringLiteral("window.sqlite"), 15);
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        // The daily backup, made once the window is up.
        QTRY_COMPARE(BackupService(*db).list().size(), 1);
        QCOMPARE(BackupService(*db).list().first().reason, QStringLiteral("daily"));
        addDemo(*db, 5, 5);
        window.caseList()->model()->reload();
        auto* action = window.findChild<QAction*>(QStringLiteral("restoreAction"));
        QVERIFY(action);
        QVERIFY(action->text().contains(QStringLiteral("backup")));
        RestoreDialog* dialog = window.showRestore();
        QVERIFY(dialog);
        QCOMPARE(dialog->table()->rowCount(), 1);
        dialog->setConfirmation([](const QString&) { return true; });
        QVERIFY2(dialog->restoreRow(0), qPrintable(dialog->lastMessage()));
        QCOMPARE(countChildren(*db), 15);
        // The window shows the restored register.
        QTRY_COMPARE(window.caseList()->model()->rowCount(), 15);
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("restored")));
    }

    void importIsBackedUpFirst()
    {
        FixedClock clock(QDateTime::currentDateTime());
        auto village = SyncStations::make(clock, TestDatabase::kVillage, QStringLiteral("village"),
                                          QStringLiteral("0a0b0c0d0e0f1011"));
        auto township = SyncStations::make(clock, TestDatabase::kTownship, QStringLiteral("township"),
                                           QStringLiteral("1a1b1c1d1e1f2021"));
        QVERIFY(village && township);
        QVERIFY(SyncStations::enrolBoth(*village, *township));
        QStringList packages;
        for (int i = 0; i < 2; ++i) {
            QVERIFY(!SyncStations::addChild(*village->db, QStringLiteral("王小%1").arg(QChar(0x4e00 + i)),
                                            11 + 2 * i, clock.today())
                         .isEmpty());
            packages << village->dir.filePath(QStringLiteral("p%1.shpkg").arg(i));
            QVERIFY(!SyncStations::exportTo(*village, township->id(), packages.last()).isEmpty());
            clock.advanceMs(1000);
        }
        CaseDatabase& db = *township->db;
        // A file where the backup folder would go: neither the daily backup nor the import's can be made.
        const QString folder = BackupService::folderOf(db.path());
        QFile blocker(folder);
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        {
            MainWindow window(db);
            window.show();
            const auto backupWarned = [&window] {
                for (Banner* b : window.banners())
                    if (b->text().startsWith(QStringLiteral("No backup could be made")))
                        return true;
                return false;
            };
            QTRY_VERIFY(backupWarned());
            SyncController* sync = window.sync();
            QVERIFY(sync->unlock(SyncStations::kPass));
            QSignalSpy finished(sync, &SyncController::importFinished);
            QVERIFY(sync->importFile(packages.first()));
            QTRY_COMPARE(finished.count(), 1);
            QCOMPARE(finished.first().first().toBool(), false);
            QVERIFY2(
                sync->lastMessage().startsWith(QStringLiteral("Nothing was imported, because the backup")),
                qPrintable(sync->lastMessage()));
            QCOMPARE(countChildren(db), 0);
            // Several packages at once: refused as one.
            QVERIFY(sync->importFiles(packages));
            QTRY_COMPARE(finished.count(), 2);
            QCOMPARE(finished.last().first().toBool(), false);
            QVERIFY2(
                sync->lastMessage().startsWith(QStringLiteral("Nothing was imported, because the backup")),
                qPrintable(sync->lastMessage()));
            QCOMPARE(countChildren(db), 0);
            // With room for the backup: one backup for the two packages, then both imported.
            QVERIFY(QFile::remove(folder));
            QVERIFY(sync->importFiles(packages));
            QTRY_COMPARE(finished.count(), 3);
            QCOMPARE(finished.last().first().toBool(), true);
            QCOMPARE(countChildren(db), 2);
            const QList<BackupEntry> made = BackupService(db).list();
            QCOMPARE(made.size(), 1);
            QCOMPARE(made.first().reason, QStringLiteral("import"));
        }
    }
};

QTEST_MAIN(TestBackupViews)
#include "TestBackupViews.moc"
