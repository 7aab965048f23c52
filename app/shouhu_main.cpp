#include "Localization.h"
#include "MainWindow.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPanel.h"
#include "cases/ChildForm.h"
#include "cases/ChildFormManager.h"
#include "exchange/SyncController.h"
#include "station/AppLock.h"
#include "station/DemoSetup.h"
#include "station/LockScreen.h"
#include "station/SingleInstance.h"
#include "station/StationWizard.h"
#include "storage/CaseDatabase.h"
#include "storage/DatabaseEncryption.h"
#include "storage/DatabaseLock.h"
#include "sync/StationIdentity.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QMessageBox>
#include <QSettings>
#include <QTimer>

#include <csignal>
#include <cstdio>

namespace {
// --screenshot FILE: grabs the main window into FILE and the first child's file into FILE-form.png, then
// quits.
void takeScreenshots(MainWindow& window, const QString& file)
{
    QTimer::singleShot(1500, &window, [&window, file] {
        window.grab().save(file);
        const QString id = window.caseList()->model()->childId(0);
        if (ChildForm* form = id.isEmpty() ? window.forms()->create() : window.forms()->open(id)) {
            QTimer::singleShot(500, form, [form, file] {
                QString formFile = file;
                formFile.insert(file.lastIndexOf(QLatin1Char('.')) > 0 ? file.lastIndexOf(QLatin1Char('.'))
                                                                       : file.size(),
                                QStringLiteral("-form"));
                form->grab().save(formFile);
                QCoreApplication::exit(0);
            });
        }
    });
}

// A start-up refusal: the sentence on stderr (for whoever started us from a terminal or a test) and in a box.
int refuse(const QString& sentence)
{
    fprintf(stderr, "%s\n", qPrintable(sentence));
    fflush(stderr);
    QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Shouhu"), sentence);
    return 1;
}

// The passphrase at the start (an encrypted database, or one to encrypt now): the lock screen with a 退出
// button; wrong tries in a row are counted across starts (QSettings: the database cannot hold the count
// before it is open). Empty when the user quit.
QString askPassphrase(const QString& databasePath, const QString& intro, const LockScreen::Check& check)
{
    QSettings settings;
    const QString key =
        QStringLiteral("start/failures/") +
        QString::fromLatin1(QCryptographicHash::hash(QFileInfo(databasePath).absoluteFilePath().toUtf8(),
                                                     QCryptographicHash::Sha256)
                                .toHex()
                                .left(16));
    LockScreen screen(check, settings.value(key, 0).toInt(), nullptr);
    screen.allowQuit(intro);
    QObject::connect(&screen, &LockScreen::failuresChanged, &screen,
                     [&settings, key](int failures) { settings.setValue(key, failures); });
    if (screen.exec() != QDialog::Accepted)
        return {};
    return screen.acceptedPassphrase();
}

void bringUp(QWidget& window)
{
    window.showNormal();
    window.raise();
    window.activateWindow();
}

// SHOUHU_TEST_BROWSE=FOLDER (for tests): opens Sync → Import package… on FOLDER once the window is up, waits
// until the folder is listed, cancels, and says so on stderr ("browsed N entries").
void browseAndCancel(MainWindow& window, const QString& folder)
{
    QTimer::singleShot(0, &window, [&window, folder] {
        QFileDialog* dialog = window.sync()->createImportDialog(folder);
        dialog->selectNameFilter(dialog->nameFilters().constLast()); // all files, the database's too
        auto* model = dialog->findChild<QFileSystemModel*>();
        const auto done = [dialog, model, folder] {
            const int entries = model ? model->rowCount(model->index(folder)) : -1;
            dialog->reject();
            dialog->deleteLater();
            fprintf(stderr, "browsed %d entries\n", entries);
            fflush(stderr);
        };
        if (model)
            QObject::connect(model, &QFileSystemModel::directoryLoaded, dialog,
                             [dialog, done] { QTimer::singleShot(1000, dialog, done); });
        else
            QTimer::singleShot(1000, dialog, done);
        dialog->open();
    });
}
} // namespace

int main(int argc, char** argv)
{
#ifdef SIGXFSZ
    // Past the file size limit a write fails with EFBIG and is reported, instead of the signal killing us.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QApplication app(argc, argv);
    // The same name as shouhu-cli, so that both find the same database (CaseDatabase::defaultPath()).
    QCoreApplication::setApplicationName(QStringLiteral("shouhu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SHOUHU_VERSION));
    Localization::install(app);
    QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Shouhu"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "The register of rural left-behind children."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
        QStringLiteral("db"), QCoreApplication::translate("main", "The database file to open."),
        QCoreApplication::translate("main", "file"), CaseDatabase::defaultPath());
    const QCommandLineOption demoOption(
        QStringLiteral("demo"),
        QCoreApplication::translate("main",
                                    "On a new database, set up a demo village with fictitious children."));
    const QCommandLineOption shotOption(
        QStringLiteral("screenshot"),
        QCoreApplication::translate("main",
                                    "Save pictures of the main window and a child's file, then quit."),
        QCoreApplication::translate("main", "file"));
    parser.addOptions({dbOption, demoOption, shotOption});
    parser.addPositionalArgument(
        QStringLiteral("package"),
        QCoreApplication::translate("main", "A sync package (.shpkg) to import once the window is open."),
        QStringLiteral("[FILE.shpkg]"));
    parser.process(app);

    const QString databasePath = parser.value(dbOption);
    const QStringList files = parser.positionalArguments();
    // An encrypted database opens only with the station's passphrase (asked once: it unlocks the keys too).
    QString passphrase;
    if (DatabaseEncryption::needsPassphrase(databasePath) && !DatabaseLock::isHeldElsewhere(databasePath)) {
        passphrase =
            askPassphrase(databasePath,
                          QCoreApplication::translate(
                              "main", "The children's records on this laptop are encrypted. Type this "
                                      "station's passphrase to open them."),
                          [&databasePath](const QString& typed) {
                              const Status s = DatabaseEncryption::unlock(databasePath, typed);
                              return s ? QString() : s.error();
                          });
        if (passphrase.isEmpty())
            return 0;
    }
    Result<std::unique_ptr<CaseDatabase>> opened = CaseDatabase::open(databasePath);
    if (!opened) {
        // Another Shouhu window has the database: give it the package (opened from the file manager), or at
        // least bring it to the front, and leave the database alone.
        if (DatabaseLock::isHeldElsewhere(databasePath)) {
            const QString package = files.isEmpty() ? QString() : QFileInfo(files.first()).absoluteFilePath();
            if (SingleInstance::handOver(databasePath, package) && !package.isEmpty())
                return 0;
        }
        return refuse(opened.error());
    }
    if (!opened.value()->station()) {
        if (parser.isSet(demoOption)) {
            if (Status s = DemoSetup::run(*opened.value(), 300); !s)
                return refuse(s.error());
        } else {
            StationWizard wizard(*opened.value());
            if (wizard.exec() != QDialog::Accepted || !opened.value()->station())
                return 0;
            passphrase = wizard.passphrase();
        }
    }
    // A station with a passphrase keeps its records encrypted: a database still in plain text (just set up,
    // or made by an earlier version) is encrypted now, before anything else opens it.
    if (StationIdentity::hasKeys(*opened.value()) && !opened.value()->key()) {
        if (passphrase.isEmpty()) {
            CaseDatabase& plain = *opened.value();
            passphrase =
                askPassphrase(databasePath,
                              QCoreApplication::translate(
                                  "main", "Shouhu now keeps the children's records on this laptop "
                                          "encrypted. Type this station's passphrase to encrypt them."),
                              [&plain](const QString& typed) {
                                  const Result<StationKeys> keys = StationIdentity::unlock(plain, typed);
                                  return keys ? QString() : keys.error();
                              });
            if (passphrase.isEmpty())
                return 0;
        }
        opened.value().reset();
        if (Status s = DatabaseEncryption::encrypt(databasePath, passphrase); !s)
            return refuse(s.error());
        opened = CaseDatabase::open(databasePath);
        if (!opened)
            return refuse(opened.error());
    }
    CaseDatabase& db = *opened.value();
    MainWindow window(db);
    window.show();
    // A station with a passphrase starts locked: restarting the program does not get past the lock. When
    // the passphrase was just typed (to open or encrypt the database), it unlocks the keys instead.
    if (!passphrase.isEmpty()) {
        if (Status s = window.sync()->unlock(passphrase); !s) // it opened the database: the same keys
            window.appLock()->lock();
    } else if (!parser.isSet(shotOption))
        window.appLock()->lock();
    // A second `shouhu` on this database hands its package over (or asks to see the window).
    SingleInstance instance(db.path());
    QObject::connect(&instance, &SingleInstance::raiseRequested, &window, [&window] { bringUp(window); });
    QObject::connect(&instance, &SingleInstance::packageReceived, &window, [&window](const QString& file) {
        qInfo().noquote() << "Package handed over by another Shouhu:" << file;
        bringUp(window);
        // After the answer went out: the import may ask for the passphrase (a modal dialog).
        QTimer::singleShot(0, &window, [&window, file] { window.sync()->importFile(file); });
    });
    instance.listen();
    // Opened from the file manager (Exec=shouhu %f): import the package once the window is on screen.
    if (!files.isEmpty())
        QTimer::singleShot(0, &window, [&window, file = files.first()] { window.sync()->importFile(file); });
    if (const QString folder = qEnvironmentVariable("SHOUHU_TEST_BROWSE"); !folder.isEmpty())
        browseAndCancel(window, folder);
    if (parser.isSet(shotOption))
        takeScreenshots(window, parser.value(shotOption));
    return app.exec();
}
