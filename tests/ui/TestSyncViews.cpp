#include "Localization.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPanel.h"
#include "domain/AreaCatalog.h"
#include "exchange/ConflictsDialog.h"
#include "exchange/EnrolDialog.h"
#include "exchange/ExportDialog.h"
#include "exchange/FingerprintCard.h"
#include "exchange/ImportHistoryDialog.h"
#include "exchange/ImportReportDialog.h"
#include "exchange/StationsDialog.h"
#include "exchange/SyncController.h"
#include "shared/Banner.h"
#include "station/PassphraseDialog.h"
#include "station/StationWizard.h"
#include "storage/CaseQuery.h"
#include "storage/CaseRepository.h"
#include "sync/StationIdentity.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPdfWriter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrl>
#include <QWizard>

// The sync views driven as two operators would: a village set up with the wizard (passphrase page), its
// township; both enrol each other through the stations view (typing the fingerprint read out on the
// phone); the village exports through the export dialog; the township imports by drag and drop, sees the
// report, imports again, and resolves a conflict. Offscreen; SHOUHU_SCREENSHOTS=DIR saves the dialogs.
class TestSyncViews final : public QObject
{
    Q_OBJECT

    static inline const QString kPass = QStringLiteral("correct horse battery");

private slots:
    void initTestCase();
    void wizardSetsThePassphrase();
    void wrongPassphraseIsAskedAgain();
    void stationsEnrolEachOther();
    void exportThenImportByDragAndDrop();
    void concurrentEditBecomesAConflict();
    void refusalIsOneSentence();
    void cancelStopsTheExport();
    void clockBehindIsWarned();
    void fingerprintPrints();
    void severalPackagesAtOnce();
    void cleanupTestCase();

private:
    void shot(QWidget* widget, const QString& name);
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    bool m_english = true;
    QString m_shots;
    std::unique_ptr<CaseDatabase> m_village;
    std::unique_ptr<CaseDatabase> m_township;
    std::unique_ptr<QWidget> m_villageWindow;
    SyncController* m_villageSync = nullptr;
    std::unique_ptr<MainWindow> m_townshipWindow;
    QString m_villageFingerprint;
    QString m_townshipFingerprint;
    QString m_childId;
};

// Sentences are checked in English only; everything else is checked in every language.
#define VERIFY_SAYS(text, words)                                                                             \
    do {                                                                                                     \
        const QString said_ = (text);                                                                        \
        QVERIFY2(!said_.isEmpty(), "nothing was said");                                                      \
        if (m_english)                                                                                       \
            QVERIFY2(said_.contains(QStringLiteral(words)), qPrintable(said_));                              \
    } while (false)

namespace {
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void retype(QLineEdit* edit, const QString& text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    typeText(edit, text);
}

template <typename T>
T* find(QWidget* parent, const QString& name)
{
    auto* w = parent->findChild<T*>(name);
    if (!w)
        qWarning() << "missing" << name;
    return w;
}

QMessageBox* messageBox(QWidget* window)
{
    const QList<QMessageBox*> boxes = window->findChildren<QMessageBox*>(QStringLiteral("syncMessageBox"));
    for (QMessageBox* box : boxes) {
        if (box->isVisible())
            return box;
    }
    return nullptr;
}

void closeMessageBoxes(QWidget* window)
{
    for (QMessageBox* box : window->findChildren<QMessageBox*>())
        box->close();
}
} // namespace

void TestSyncViews::initTestCase()
{
    qputenv("SHOUHU_KDF", "minimum");
    QVERIFY(m_dir.isValid());
    m_english = Localization::install(*qApp) == QLatin1String("en");
    m_shots = qEnvironmentVariable("SHOUHU_SCREENSHOTS");
    if (!m_shots.isEmpty())
        QDir().mkpath(m_shots);

    auto township = CaseDatabase::open(path(QStringLiteral("township.sqlite")));
    QVERIFY2(township, qPrintable(township.error()));
    m_township = std::move(township.value());
    QVERIFY(m_township->initStation(
        {QStringLiteral("2222222222222222"), QStringLiteral("township"), TestDatabase::kTownship,
         AreaCatalog::instance().name(TestDatabase::kTownship), QStringLiteral("张督导")}));
    QVERIFY(StationIdentity::create(*m_township, kPass));
    m_townshipWindow = std::make_unique<MainWindow>(*m_township);
    m_townshipWindow->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_townshipWindow.get()));
    QVERIFY(m_townshipWindow->menuBar()->findChild<QMenu*>(QStringLiteral("syncMenu")));
}

void TestSyncViews::cleanupTestCase()
{
    m_townshipWindow.reset();
    m_villageWindow.reset();
}

void TestSyncViews::shot(QWidget* widget, const QString& name)
{
    if (m_shots.isEmpty() || !widget)
        return;
    QVERIFY(widget->grab().save(QDir(m_shots).filePath(name + QStringLiteral(".png"))));
}

void TestSyncViews::wizardSetsThePassphrase()
{
    auto village = CaseDatabase::open(path(QStringLiteral("village.sqlite")));
    QVERIFY2(village, qPrintable(village.error()));
    m_village = std::move(village.value());

    StationWizard wizard(*m_village);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    typeText(find<QLineEdit>(&wizard, QStringLiteral("areaLineEdit")), TestDatabase::kVillage);
    QTRY_COMPARE(wizard.areaCode(), TestDatabase::kVillage);
    wizard.next();
    typeText(find<QLineEdit>(&wizard, QStringLiteral("operatorNameLineEdit")), QStringLiteral("Li Hua"));
    wizard.next(); // creates the station
    QCOMPARE(wizard.currentId(), 2);
    QVERIFY(m_village->station());
    QVERIFY(!StationIdentity::hasKeys(*m_village));

    auto* fresh = find<QLineEdit>(&wizard, QStringLiteral("newPassphraseLineEdit"));
    auto* repeat = find<QLineEdit>(&wizard, QStringLiteral("repeatPassphraseLineEdit"));
    auto* error = find<QLabel>(&wizard, QStringLiteral("passphraseErrorLabel"));
    QAbstractButton* finish = wizard.button(QWizard::FinishButton);
    QVERIFY(!finish->isEnabled());
    typeText(fresh, QStringLiteral("short"));
    typeText(repeat, QStringLiteral("short"));
    QTest::mouseClick(finish, Qt::LeftButton);
    QVERIFY(wizard.isVisible());
    VERIFY_SAYS(error->text(), "8");
    retype(fresh, kPass);
    retype(repeat, kPass + QLatin1Char('!'));
    QTest::mouseClick(finish, Qt::LeftButton);
    QVERIFY(wizard.isVisible());
    VERIFY_SAYS(error->text(), "not the same");
    QVERIFY(!StationIdentity::hasKeys(*m_village));
    shot(&wizard, QStringLiteral("wizard-passphrase"));
    retype(repeat, kPass);
    QTest::mouseClick(finish, Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
    QVERIFY(StationIdentity::hasKeys(*m_village));
    QVERIFY(StationIdentity::unlock(*m_village, kPass).ok());

    m_villageWindow = std::make_unique<QWidget>();
    m_villageWindow->resize(900, 600);
    m_villageSync = new SyncController(*m_village, m_villageWindow.get());
    m_villageWindow->show();
}

void TestSyncViews::wrongPassphraseIsAskedAgain()
{
    QVERIFY(!m_villageSync->isUnlocked());
    QString failure;
    QString firstError;
    QTimer::singleShot(0, this, [&] {
        auto* dialog = qobject_cast<PassphraseDialog*>(QApplication::activeModalWidget());
        if (!dialog) {
            failure = QStringLiteral("no passphrase dialog");
            return;
        }
        auto* edit = dialog->findChild<QLineEdit*>(QStringLiteral("currentPassphraseLineEdit"));
        typeText(edit, QStringLiteral("wrong passphrase"));
        QTest::keyClick(edit, Qt::Key_Return);
        firstError = dialog->error();
        if (!dialog->isVisible())
            failure = QStringLiteral("the dialog closed on a wrong passphrase");
        shot(dialog, QStringLiteral("passphrase-wrong"));
        retype(edit, kPass);
        QTest::keyClick(edit, Qt::Key_Return);
    });
    const std::shared_ptr<const StationKeys> keys = m_villageSync->keys(m_villageWindow.get());
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QVERIFY(keys);
    QVERIFY(m_villageSync->isUnlocked());
    VERIFY_SAYS(firstError, "passphrase");
    // Kept for the session: no second question.
    QCOMPARE(m_villageSync->keys(m_villageWindow.get()), keys);
}

void TestSyncViews::stationsEnrolEachOther()
{
    // The township's keys are unlocked for the session (the dialog is tested above).
    SyncController* townshipSync = m_townshipWindow->sync();
    QVERIFY(townshipSync->unlock(kPass));

    StationsDialog* village = m_villageSync->showStations();
    QVERIFY(QTest::qWaitForWindowExposed(village));
    m_villageFingerprint = village->card()->fingerprint();
    QCOMPARE(m_villageFingerprint, StationIdentity::publicCard(*m_village)->fingerprint());
    QCOMPARE(find<QLabel>(village, QStringLiteral("fingerprintLabel"))->text(), m_villageFingerprint);
    const QString villageCard = path(QStringLiteral("village.shid"));
    QVERIFY(village->exportCard(villageCard));
    QVERIFY(QFile::exists(villageCard));
    VERIFY_SAYS(village->message(), "read out your fingerprint");
    QVERIFY(village->message().contains(m_villageFingerprint));

    StationsDialog* township = townshipSync->showStations();
    QVERIFY(QTest::qWaitForWindowExposed(township));
    m_townshipFingerprint = township->card()->fingerprint();
    const QString townshipCard = path(QStringLiteral("township.shid"));
    QVERIFY(township->exportCard(townshipCard));

    // The township enrols the village: a wrong fingerprint is refused, the right one enrols.
    QTest::mouseClick(find<QPushButton>(township, QStringLiteral("enrolStationButton")), Qt::LeftButton);
    auto* enrol = township->findChild<EnrolDialog*>();
    QVERIFY(enrol);
    QVERIFY(enrol->setCardFile(villageCard));
    QVERIFY(find<QLabel>(enrol, QStringLiteral("cardStationLabel"))
                ->text()
                .contains(AreaCatalog::instance().name(TestDatabase::kVillage)));
    auto* typed = find<QLineEdit>(enrol, QStringLiteral("fingerprintLineEdit"));
    auto* enrolButton = find<QPushButton>(enrol, QStringLiteral("enrolButton"));
    QString wrong = m_villageFingerprint;
    wrong[0] = wrong[0] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
    typeText(typed, wrong);
    QTest::mouseClick(enrolButton, Qt::LeftButton);
    QVERIFY(enrol->isVisible());
    VERIFY_SAYS(enrol->error(), "does not match");
    QCOMPARE(township->stationsTable()->rowCount(), 0);
    shot(enrol, QStringLiteral("enrol-refused"));
    // Read out on the phone: lower case, spaces instead of dashes.
    retype(typed, m_villageFingerprint.toLower().replace(QLatin1Char('-'), QLatin1Char(' ')));
    QTest::mouseClick(enrolButton, Qt::LeftButton);
    QTRY_VERIFY(!township->findChild<EnrolDialog*>() || !enrol->isVisible());
    QCOMPARE(township->stationsTable()->rowCount(), 1);
    QCOMPARE(township->stationsTable()->item(0, 0)->text(), m_village->station()->name);
    QCOMPARE(township->stationsTable()->item(0, 3)->text(), m_villageFingerprint);
    shot(township, QStringLiteral("stations-township"));

    // A card that this station may not enrol is refused before anyone types (a township card at the
    // township itself is its own card).
    QTest::mouseClick(find<QPushButton>(township, QStringLiteral("enrolStationButton")), Qt::LeftButton);
    QTRY_VERIFY(township->findChild<EnrolDialog*>());
    auto* own = township->findChild<EnrolDialog*>();
    QVERIFY(!own->setCardFile(townshipCard) ||
            !own->findChild<QPushButton*>(QStringLiteral("enrolButton"))->isEnabled());
    own->reject();

    // The village enrols the township.
    QTest::mouseClick(find<QPushButton>(village, QStringLiteral("enrolStationButton")), Qt::LeftButton);
    enrol = village->findChild<EnrolDialog*>();
    QVERIFY(enrol);
    QVERIFY(enrol->setCardFile(townshipCard));
    typeText(find<QLineEdit>(enrol, QStringLiteral("fingerprintLineEdit")), m_townshipFingerprint);
    QTest::mouseClick(find<QPushButton>(enrol, QStringLiteral("enrolButton")), Qt::LeftButton);
    QTRY_COMPARE(village->stationsTable()->rowCount(), 1);
    shot(village, QStringLiteral("stations-village"));
    village->close();
    township->close();
}

void TestSyncViews::exportThenImportByDragAndDrop()
{
    const QDate today = m_village->clock().today();
    ChildFile child = TestDatabase::leftBehindChild(QStringLiteral("王小明"), QDate(2016, 3, 5), 13, today);
    Result<QString> id = CaseRepository(*m_village).create(child);
    QVERIFY2(id, qPrintable(id.error()));
    m_childId = id.value();

    ExportDialog* dialog = m_villageSync->exportPackage();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QCOMPARE(dialog->recipient(), m_township->station()->id); // the station above by default
    QVERIFY(dialog->path().endsWith(
        ExportDialog::suggestedFileName(m_village->station()->name, m_township->station()->name, today)));
    QVERIFY(dialog->path().contains(QStringLiteral("-to-")));
    shot(dialog, QStringLiteral("export"));
    const QString package = path(QStringLiteral("village-to-township.shpkg"));
    dialog->setPath(package);
    QSignalSpy exported(m_villageSync, &SyncController::exportFinished);
    QTest::mouseClick(find<QPushButton>(dialog, QStringLiteral("exportButton")), Qt::LeftButton);
    QTRY_COMPARE(exported.count(), 1);
    QCOMPARE(exported.first().first().toBool(), true);
    QVERIFY(!m_villageSync->isBusy());
    QVERIFY(QFile::exists(package));
    VERIFY_SAYS(m_villageSync->lastMessage(), "Carry this file to");
    QVERIFY(m_villageSync->lastMessage().contains(m_township->station()->name));
    QMessageBox* told = messageBox(m_villageWindow.get());
    QVERIFY(told);
    shot(told, QStringLiteral("export-done"));
    closeMessageBoxes(m_villageWindow.get());

    // The township drops the file on its main window.
    MainWindow* window = m_townshipWindow.get();
    SyncController* sync = window->sync();
    QTRY_VERIFY(!window->isRefreshingCategories());
    QCOMPARE(window->caseList()->model()->rowCount(), 0);
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(package)});
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy imported(sync, &SyncController::importFinished);
    QDropEvent drop(QPointF(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &drop);
    QTRY_COMPARE(imported.count(), 1);
    QCOMPARE(imported.first().first().toBool(), true);
    ImportReportDialog* report = sync->reportDialog();
    QVERIFY(report && report->isVisible());
    QCOMPARE(report->report().perEntity.value(QStringLiteral("child")).added, 1);
    VERIFY_SAYS(report->summary(), "Children: 1 new");
    QTableWidget* villages = report->villagesTable();
    QCOMPARE(villages->rowCount(), 1);
    QCOMPARE(villages->item(0, 0)->text(), AreaCatalog::instance().name(TestDatabase::kVillage));
    QCOMPARE(villages->item(0, 1)->text(), QString::number(report->report().total.added));
    QVERIFY(!report->findChild<QLabel*>(QStringLiteral("alreadyImportedLabel")));
    shot(report, QStringLiteral("import-report"));
    // The case list was refreshed.
    QTRY_COMPARE(window->caseList()->model()->rowCount(), 1);

    // Again: already imported, nothing changed.
    QVERIFY(sync->importFile(package));
    QTRY_COMPARE(imported.count(), 2);
    report = sync->reportDialog();
    QVERIFY(report && report->findChild<QLabel*>(QStringLiteral("alreadyImportedLabel")));
    VERIFY_SAYS(sync->lastMessage(), "imported already");
    shot(report, QStringLiteral("import-again"));
    report->close();

    // The history keeps the report.
    ImportHistoryDialog* history = sync->showImportHistory();
    QCOMPARE(history->table()->rowCount(), 1);
    history->openReport(0);
    auto* reopened = history->findChild<ImportReportDialog*>();
    QVERIFY(reopened);
    QCOMPARE(reopened->report().packageId, report->report().packageId);
    shot(history, QStringLiteral("import-history"));
    history->close();
}

void TestSyncViews::concurrentEditBecomesAConflict()
{
    // The township corrects the name while the village changes it too; neither has seen the other.
    CaseRepository township(*m_township);
    Result<ChildFile> atTownship = township.load(m_childId);
    QVERIFY(atTownship);
    ChildFile edited = atTownship.value();
    edited.child.insert(QStringLiteral("name"), QStringLiteral("王小名"));
    QVERIFY(township.update(m_childId, edited));
    QTest::qWait(5);
    CaseRepository village(*m_village);
    ChildFile mine = village.load(m_childId).value();
    mine.child.insert(QStringLiteral("name"), QStringLiteral("王晓明"));
    QVERIFY(village.update(m_childId, mine));

    const QString package = path(QStringLiteral("village-to-township-2.shpkg"));
    QVERIFY(m_villageSync->startExport(m_township->station()->id, package, false));
    QTRY_VERIFY(!m_villageSync->isBusy());
    QVERIFY(QFile::exists(package));
    closeMessageBoxes(m_villageWindow.get());

    SyncController* sync = m_townshipWindow->sync();
    QVERIFY(sync->importFile(package));
    QTRY_VERIFY(!sync->isBusy());
    ImportReportDialog* report = sync->reportDialog();
    QVERIFY(report);
    QCOMPARE(report->report().total.conflicts, 1);
    QVERIFY(report->findChild<QPushButton*>(QStringLiteral("reviewConflictsButton")));
    shot(report, QStringLiteral("import-conflicts"));
    Banner* banner = m_townshipWindow->findChild<Banner*>(QStringLiteral("conflictsBanner"));
    QVERIFY(banner);
    shot(m_townshipWindow.get(), QStringLiteral("main-conflict-banner"));

    ConflictsDialog* conflicts = sync->showConflicts();
    QVERIFY(QTest::qWaitForWindowExposed(conflicts));
    QCOMPARE(conflicts->openCount(), 1);
    QTableWidget* table = conflicts->table();
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("王晓明")); // the child, by its current name
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("王晓明")); // current value: the later write
    QCOMPARE(table->item(0, 4)->text(), QStringLiteral("王小名")); // the other value, kept
    QVERIFY(table->item(0, 3)->text().contains(m_village->station()->name));
    shot(conflicts, QStringLiteral("conflicts"));

    // A value that breaks the field's rules is refused in a sentence and nothing changes.
    auto* value = find<QComboBox>(conflicts, QStringLiteral("newValueComboBox"));
    QVERIFY(value->isEditable());
    value->setEditText(QString());
    QTest::mouseClick(find<QPushButton>(conflicts, QStringLiteral("useNewValueButton")), Qt::LeftButton);
    QCOMPARE(conflicts->openCount(), 1);
    QVERIFY(!conflicts->message().isEmpty());
    // Keep the township's correction.
    QTest::mouseClick(find<QPushButton>(conflicts, QStringLiteral("keepOtherButton")), Qt::LeftButton);
    QCOMPARE(conflicts->openCount(), 0);
    VERIFY_SAYS(conflicts->message(), "no open conflicts left");
    QCOMPARE(CaseRepository(*m_township).load(m_childId)->text(QStringLiteral("name")),
             QStringLiteral("王小名"));
    QTRY_VERIFY(!m_townshipWindow->findChild<Banner*>(QStringLiteral("conflictsBanner")));
    shot(conflicts, QStringLiteral("conflicts-resolved"));
    conflicts->close();
}

void TestSyncViews::refusalIsOneSentence()
{
    const QString junk = path(QStringLiteral("junk.shpkg"));
    QFile f(junk);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("this is not a package at all, just some bytes of text");
    f.close();
    SyncController* sync = m_townshipWindow->sync();
    QSignalSpy imported(sync, &SyncController::importFinished);
    QVERIFY(sync->importFile(junk));
    QTRY_COMPARE(imported.count(), 1);
    QCOMPARE(imported.first().first().toBool(), false);
    VERIFY_SAYS(sync->lastMessage(), "not a Shouhu package");
    QMessageBox* box = messageBox(m_townshipWindow.get());
    QVERIFY(box);
    QCOMPARE(box->text(), sync->lastMessage());
    shot(box, QStringLiteral("import-refused"));
    closeMessageBoxes(m_townshipWindow.get());
}

void TestSyncViews::cancelStopsTheExport()
{
    // Enough records for the writer to ask the progress callback (every 1000 items) whether to go on.
    CaseRepository repo(*m_village);
    const QDate today = m_village->clock().today();
    QVERIFY(m_village->begin());
    for (int i = 0; i < 300; ++i) {
        Result<QString> id = repo.create(TestDatabase::leftBehindChild(
            QStringLiteral("测试%1").arg(i), QDate(2015, 1, 1).addDays(i), 101 + 2 * (i % 400), today));
        QVERIFY2(id, qPrintable(id.error()));
    }
    QVERIFY(m_village->commit());

    const QString package = path(QStringLiteral("cancelled.shpkg"));
    QSignalSpy exported(m_villageSync, &SyncController::exportFinished);
    QVERIFY(m_villageSync->startExport(m_township->station()->id, package, true));
    QVERIFY(m_villageSync->isBusy());
    QVERIFY(m_villageWindow->findChild<QProgressDialog*>(QStringLiteral("syncProgressDialog")));
    m_villageSync->cancel();
    QTRY_COMPARE(exported.count(), 1);
    QCOMPARE(exported.first().first().toBool(), false);
    VERIFY_SAYS(m_villageSync->lastMessage(), "cancelled");
    QVERIFY(!QFile::exists(package));
    QTRY_VERIFY(!m_villageWindow->findChild<QProgressDialog*>(QStringLiteral("syncProgressDialog")));
    closeMessageBoxes(m_villageWindow.get());
}

void TestSyncViews::clockBehindIsWarned()
{
    // The same village file, on a computer whose clock is a day behind what the station has written.
    const FixedClock behind(QDateTime::currentDateTime().addDays(-1));
    auto db = CaseDatabase::open(m_village->path(), behind);
    QVERIFY2(db, qPrintable(db.error()));
    MainWindow window(*db.value());
    Banner* banner = window.findChild<Banner*>(QStringLiteral("clockBanner"));
    QVERIFY(banner);
    VERIFY_SAYS(banner->text(), "behind");
    shot(&window, QStringLiteral("main-clock-banner"));
    QTRY_VERIFY(!window.isRefreshingCategories());
    // A township whose clock is right is not warned.
    QVERIFY(!m_townshipWindow->findChild<Banner*>(QStringLiteral("clockBanner")));
}

void TestSyncViews::fingerprintPrints()
{
    FingerprintCard card;
    const StationInfo st = *m_village->station();
    card.setStation(st.name, st.role, st.areaCode, st.id, m_villageFingerprint);
    QVERIFY(card.pageHtml().contains(m_villageFingerprint));
    const QString pdf = path(QStringLiteral("fingerprint.pdf"));
    {
        QPdfWriter writer(pdf);
        card.printTo(&writer);
    }
    QFile out(pdf);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY(out.size() > 1000);
    QVERIFY(out.read(5) == "%PDF-");
    if (!m_shots.isEmpty())
        QFile::copy(pdf, QDir(m_shots).filePath(QStringLiteral("fingerprint.pdf")));
}

QTEST_MAIN(TestSyncViews)
#include "TestSyncViews.moc"

// A township clerk drops a folder from the USB stick holding two villages' packages and a damaged file: one
// action imports the good ones (each in its own transaction), names the damaged one, and shows one report.
void TestSyncViews::severalPackagesAtOnce()
{
    const QDate today = m_village->clock().today();
    const QString usb = path(QStringLiteral("usb"));
    QVERIFY(QDir().mkpath(usb));
    for (int i = 0; i < 2; ++i) {
        ChildFile child = TestDatabase::leftBehindChild(
            QStringLiteral("孙%1").arg(QStringLiteral("一二").at(i)), QDate(2016, 3, 5), 41 + 2 * i, today);
        QVERIFY(CaseRepository(*m_village).create(child).ok());
        QSignalSpy exported(m_villageSync, &SyncController::exportFinished);
        QVERIFY(m_villageSync->startExport(m_township->station()->id,
                                           QDir(usb).filePath(QStringLiteral("v-%1.shpkg").arg(i)), false));
        QTRY_COMPARE(exported.count(), 1);
        QVERIFY(exported.first().first().toBool());
        closeMessageBoxes(m_villageWindow.get());
    }
    QFile damaged(QDir(usb).filePath(QStringLiteral("zz-damaged.shpkg")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("SHPKG\x02 truncated");
    damaged.close();
    QCOMPARE(SyncController::packagesIn({usb}).size(), 3);

    MainWindow* window = m_townshipWindow.get();
    SyncController* sync = window->sync();
    closeMessageBoxes(window); // (a modal box left by an earlier case would swallow the drop)
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w->isModal() && w->isVisible())
            w->close();
    }
    QMimeData mime;
    mime.setUrls({QUrl::fromLocalFile(usb)});
    QDragEnterEvent enter(QPoint(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    QVERIFY(enter.isAccepted());
    QSignalSpy imported(sync, &SyncController::importFinished);
    QDropEvent drop(QPointF(300, 300), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &drop);
    QVERIFY2(drop.isAccepted(), qPrintable(sync->lastMessage()));
    QTRY_COMPARE(imported.count(), 1);
    ImportReportDialog* report = sync->reportDialog();
    QVERIFY(report && report->isVisible());
    auto* batch = report->findChild<QLabel*>(QStringLiteral("batchLabel"));
    QVERIFY(batch);
    QCOMPARE(batch->text().count(QStringLiteral("<br>")), 2); // three packages, three lines
    QCOMPARE(report->report().refusedPackages, 1);
    QVERIFY(batch->text().contains(QStringLiteral("zz-damaged.shpkg")));
    QVERIFY(report->report().perEntity.value(QStringLiteral("child")).added >=
            2); // and what was not sent before
    CaseQuery::Filter f;
    f.text = QStringLiteral("孙");
    QCOMPARE(CaseQuery(*m_township).count(f).value(), 2);
    shot(report, QStringLiteral("import-several"));
    report->close();
    QTRY_VERIFY(window->caseList()->model()->rowCount() >= 3);
}
