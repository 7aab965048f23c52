#include "DemoSetup.h"

#include "storage/StationSetup.h"

#include "StationWizard.h"
#include "demo/DemoGenerator.h"
#include "domain/AreaCatalog.h"
#include "storage/CaseDatabase.h"

#include <QApplication>
#include <QCoreApplication>
#include <QProgressDialog>

QString DemoSetup::demoVillage()
{
    // 四川省 南充市 南部县, a county with many families working away: its first rural village (a 村民委员会
    // of a town or township, not a street office's urban community).
    const AreaCatalog& areas = AreaCatalog::instance();
    for (const QString& code : areas.villagesUnder(QStringLiteral("511321"))) {
        if (code.mid(6, 3).toInt() >= 100 && areas.name(code).endsWith(QStringLiteral("村民委员会")))
            return code;
    }
    return {};
}

Status DemoSetup::run(CaseDatabase& db, int children, QWidget* parent)
{
    const QString village = demoVillage();
    if (village.isEmpty())
        return Status::failure(
            QCoreApplication::translate("DemoSetup", "The demo village is missing from the area list."));
    if (!db.station()) {
        StationInfo info;
        info.id = StationSetup::newStationId();
        info.role = QStringLiteral("village");
        info.areaCode = village;
        info.name = AreaCatalog::instance().name(village);
        info.operatorName = QCoreApplication::translate("DemoSetup", "Demo operator");
        info.isDemo = true;
        if (Status s = db.initStation(info); !s)
            return s;
    }
    if (Status s = db.setSetting(QStringLiteral("demo"), QStringLiteral("1")); !s)
        return s;
    QProgressDialog progress(QCoreApplication::translate("DemoSetup", "Creating demo children…"),
                             QCoreApplication::translate("DemoSetup", "Stop"), 0, children, parent);
    progress.setWindowTitle(QCoreApplication::translate("DemoSetup", "Demo data"));
    progress.setMinimumDuration(300);
    DemoGenerator::Options options;
    options.children = children;
    Result<int> made = DemoGenerator::generate(db, options, [&progress](int done, int total) {
        progress.setMaximum(total);
        progress.setValue(done);
        QCoreApplication::processEvents();
        return !progress.wasCanceled();
    });
    if (!made)
        return Status::failure(made.error());
    return {};
}
