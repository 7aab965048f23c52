#include "CaseListModel.h"
#include "CaseListPanel.h"
#include "ChildForm.h"
#include "ChildFormManager.h"
#include "DemoSetup.h"
#include "Localization.h"
#include "MainWindow.h"
#include "StationWizard.h"
#include "SyncController.h"
#include "storage/CaseDatabase.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

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
} // namespace

int main(int argc, char** argv)
{
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

    Result<std::unique_ptr<CaseDatabase>> opened = CaseDatabase::open(parser.value(dbOption));
    if (!opened) {
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Shouhu"), opened.error());
        return 1;
    }
    CaseDatabase& db = *opened.value();
    if (!db.station()) {
        if (parser.isSet(demoOption)) {
            if (Status s = DemoSetup::run(db, 300); !s) {
                QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Shouhu"), s.error());
                return 1;
            }
        } else {
            StationWizard wizard(db);
            if (wizard.exec() != QDialog::Accepted || !db.station())
                return 0;
        }
    }
    MainWindow window(db);
    window.show();
    // Opened from the file manager (Exec=shouhu %f): import the package once the window is on screen.
    if (const QStringList files = parser.positionalArguments(); !files.isEmpty())
        QTimer::singleShot(0, &window, [&window, file = files.first()] { window.sync()->importFile(file); });
    if (parser.isSet(shotOption))
        takeScreenshots(window, parser.value(shotOption));
    return app.exec();
}
