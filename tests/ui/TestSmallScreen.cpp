#include "Localization.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPanel.h"
#include "cases/ChildForm.h"
#include "cases/ChildFormManager.h"
#include "cases/DuplicatesDialog.h"
#include "cases/ExitChildDialog.h"
#include "demo/DemoGenerator.h"
#include "exchange/ConflictsDialog.h"
#include "exchange/EnrolDialog.h"
#include "exchange/ExportDialog.h"
#include "exchange/ImportHistoryDialog.h"
#include "exchange/ImportReportDialog.h"
#include "exchange/StationsDialog.h"
#include "exchange/SyncController.h"
#include "paper/AgreementCoverageDialog.h"
#include "paper/AgreementDialog.h"
#include "paper/PrintController.h"
#include "paper/PrintPreviewDialog.h"
#include "shared/WindowGeometry.h"
#include "station/RestoreDialog.h"
#include "station/StationWizard.h"
#include "storage/CaseRepository.h"
#include "storage/ReferralRepository.h"
#include "sync/ImportReport.h"
#include "visits/ReferralDialog.h"
#include "visits/ReferralsView.h"
#include "visits/ScheduleView.h"
#include "visits/VisitForm.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QHeaderView>
#include <QLineEdit>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QSqlQuery>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <functional>

// Every window on the screen of the cheapest laptops, 1024×768, in Chinese (the default) and in English:
// the window with its frame fits the screen, and every button and input outside a scroll area is wholly
// on it (a scroll area's contents may scroll; its window's buttons may not).
// Runs on an offscreen screen of that size (set up in main() below).
class TestSmallScreen final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyWindowFits_data();
    void everyWindowFits();
    void printPreviewFits();
    void rememberedGeometryIsClamped();
    void mainColumnsAreVisible_data();
    void mainColumnsAreVisible();

private:
    // What does not fit, in one line each: empty when everything does.
    static QStringList misfits(QWidget* window);
    void check(QWidget* window, const QString& name);

    QTemporaryDir m_dir;
    FixedClock m_clock{QDateTime(QDate(2024, 5, 20), QTime(9, 0))};
    std::unique_ptr<CaseDatabase> m_db;
    QString m_child;
    QString m_referral;
    QStringList m_misfits;
};

namespace {
bool insideScrollArea(const QWidget* w, const QWidget* window)
{
    for (const QWidget* p = w->parentWidget(); p && p != window; p = p->parentWidget()) {
        if (qobject_cast<const QAbstractScrollArea*>(p) || qobject_cast<const QTabBar*>(p))
            return true;
    }
    return false;
}

QString describe(const QWidget* w)
{
    QString what = w->objectName();
    if (const auto* b = qobject_cast<const QAbstractButton*>(w); b && !b->text().isEmpty())
        what += QStringLiteral(" \"%1\"").arg(b->text());
    return what.isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : what;
}
} // namespace

void TestSmallScreen::initTestCase()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    QCOMPARE(screen->geometry().size(), QSize(1024, 768));
    m_db = TestDatabase::open(m_dir, m_clock);
    QVERIFY(m_db);
    DemoGenerator::Options options;
    options.children = 120;
    QVERIFY(DemoGenerator::generate(*m_db, options).ok());
    QSqlQuery first(m_db->sql());
    QVERIFY(first.exec(QStringLiteral("SELECT c.id FROM child c JOIN referral r ON r.child_id = c.id "
                                      "ORDER BY c.id LIMIT 1")));
    QVERIFY2(first.next(), qPrintable(QStringLiteral("no child with a referral among the demo's")));
    m_child = first.value(0).toString();
    const Result<QList<Referral>> referrals = ReferralRepository(*m_db).list({});
    QVERIFY(referrals.ok());
    QVERIFY(!referrals->isEmpty());
    m_referral = referrals->first().id;
}

QStringList TestSmallScreen::misfits(QWidget* window)
{
    QStringList out;
    const QRect room = WindowGeometry::available(window->screen());
    const QRect frame = window->frameGeometry();
    if (!room.contains(frame))
        out << QStringLiteral("the window with its frame at %1,%2 %3×%4 lies outside the screen's %5×%6")
                   .arg(frame.x())
                   .arg(frame.y())
                   .arg(frame.width())
                   .arg(frame.height())
                   .arg(room.width())
                   .arg(room.height());
    // A scroll area that never scrolls sideways must not cut its contents on the right.
    for (QScrollArea* area : window->findChildren<QScrollArea*>()) {
        if (!area->isVisibleTo(window) || !area->widget() ||
            area->horizontalScrollBarPolicy() != Qt::ScrollBarAlwaysOff)
            continue;
        const int needed = area->widget()->minimumSizeHint().width();
        if (needed > area->viewport()->width())
            out << QStringLiteral("%1 needs %2 pixels across but shows %3 and cannot scroll sideways")
                       .arg(describe(area))
                       .arg(needed)
                       .arg(area->viewport()->width());
    }
    QList<QWidget*> widgets;
    for (QWidget* w : window->findChildren<QWidget*>()) {
        if (qobject_cast<QAbstractButton*>(w) || qobject_cast<QLineEdit*>(w) || qobject_cast<QComboBox*>(w))
            widgets << w;
    }
    for (QWidget* w : widgets) {
        if (!w->isVisibleTo(window) || insideScrollArea(w, window) ||
            qobject_cast<QComboBox*>(w->parentWidget()))
            continue;
        const QRect r(w->mapTo(window, QPoint(0, 0)), w->size());
        bool clipped = !window->rect().contains(r);
        for (QWidget* p = w->parentWidget(); p && p != window && !clipped; p = p->parentWidget())
            clipped = !QRect(p->mapTo(window, QPoint(0, 0)), p->size()).contains(r);
        if (clipped)
            out << QStringLiteral("%1 is cut off (%2,%3 %4×%5 in a %6×%7 window)")
                       .arg(describe(w))
                       .arg(r.x())
                       .arg(r.y())
                       .arg(r.width())
                       .arg(r.height())
                       .arg(window->width())
                       .arg(window->height());
    }
    return out;
}

void TestSmallScreen::check(QWidget* window, const QString& name)
{
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window));
    QCoreApplication::processEvents();
    if (const QByteArray keep = qgetenv("SHOUHU_SHOTS"); !keep.isEmpty())
        window->grab().save(QString::fromLocal8Bit(keep) + QLatin1Char('/') + name + QStringLiteral(".png"));
    const QStringList wrong = misfits(window);
    if (!wrong.isEmpty())
        m_misfits << name + QStringLiteral(": ") + wrong.join(QStringLiteral("; "));
}

void TestSmallScreen::everyWindowFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Chinese") << QStringLiteral("zh_CN");
    QTest::newRow("English") << QStringLiteral("en");
}

void TestSmallScreen::everyWindowFits()
{
    QFETCH(QString, language);
    m_misfits.clear();
    Localization::install(*qApp, language);
    const QString lang = language + QLatin1Char('-');

    {
        MainWindow w(*m_db);
        check(&w, lang + QStringLiteral("main"));
        ChildForm* form = w.forms()->open(m_child);
        QVERIFY(form);
        auto* tabs = form->findChild<QTabWidget*>(QStringLiteral("sectionsTabWidget"));
        QVERIFY(tabs);
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(form, lang + QStringLiteral("child-%1").arg(i));
        }
        SyncController sync(*m_db, &w);
        StationsDialog stations(*m_db, sync, &w);
        check(&stations, lang + QStringLiteral("stations"));
        ExportDialog exportDialog(*m_db, &w);
        check(&exportDialog, lang + QStringLiteral("export"));
    }
    const std::vector<std::pair<QString, std::function<QWidget*()>>> windows{
        {QStringLiteral("visit"),
         [this]() -> QWidget* {
             auto* v = new VisitForm(*m_db);
             v->setAttribute(Qt::WA_DeleteOnClose, false);
             return v->startNew(m_child) ? v : v;
         }},
        {QStringLiteral("agreement"), [this] { return new AgreementDialog(*m_db, m_child); }},
        {QStringLiteral("referral"),
         [this] {
             auto* r = new ReferralDialog(*m_db);
             r->load(m_referral);
             return r;
         }},
        {QStringLiteral("referrals"), [this] { return new ReferralsView(*m_db); }},
        {QStringLiteral("schedule"), [this] { return new ScheduleView(*m_db); }},
        {QStringLiteral("conflicts"), [this] { return new ConflictsDialog(*m_db); }},
        {QStringLiteral("duplicates"), [this] { return new DuplicatesDialog(*m_db); }},
        {QStringLiteral("import-history"), [this] { return new ImportHistoryDialog(*m_db); }},
        {QStringLiteral("import-report"), [] { return new ImportReportDialog(ImportReport{}); }},
        {QStringLiteral("coverage"), [this] { return new AgreementCoverageDialog(*m_db); }},
        {QStringLiteral("enrol"), [this] { return new EnrolDialog(*m_db); }},
        {QStringLiteral("restore"), [this] { return new RestoreDialog(*m_db); }},
        {QStringLiteral("exit-child"),
         [this] { return new ExitChildDialog(QStringLiteral("王小明"), m_clock.today()); }},
    };
    for (const auto& [name, make] : windows) {
        std::unique_ptr<QWidget> w(make());
        check(w.get(), lang + name);
    }
    QTemporaryDir fresh;
    auto empty = CaseDatabase::open(fresh.filePath(QStringLiteral("new.sqlite")), m_clock);
    QVERIFY(empty);
    StationWizard wizard(*empty.value());
    check(&wizard, lang + QStringLiteral("wizard"));
    QVERIFY2(m_misfits.isEmpty(), qPrintable(m_misfits.join(QLatin1Char('\n'))));
}

// A main window remembered at 1600×1000 on a large monitor, far to the right, reopens whole on this
// 1024×768 screen; one remembered on this screen reopens as it was.
void TestSmallScreen::rememberedGeometryIsClamped()
{
    {
        QSettings settings;
        settings.setValue(QStringLiteral("windows/main/size"), QSize(1600, 1000));
        settings.setValue(QStringLiteral("windows/main/pos"), QPoint(1900, 40));
        settings.setValue(QStringLiteral("windows/main/maximized"), false);
    }
    const QRect room = WindowGeometry::available(QGuiApplication::primaryScreen());
    QRect remembered;
    {
        MainWindow w(*m_db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY2(room.contains(w.frameGeometry()), qPrintable(QStringLiteral("%1,%2 %3×%4 is off the screen")
                                                                  .arg(w.frameGeometry().x())
                                                                  .arg(w.frameGeometry().y())
                                                                  .arg(w.frameGeometry().width())
                                                                  .arg(w.frameGeometry().height())));
        w.resize(800, 600);
        w.move(room.topLeft() + QPoint(30, 20));
        QTest::qWait(10);
        remembered = w.geometry();
        QVERIFY(w.close());
    }
    QCOMPARE(QSettings().value(QStringLiteral("windows/main/size")).toSize(), QSize(800, 600));
    MainWindow again(*m_db);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.size(), QSize(800, 600));
    QCOMPARE(again.geometry(), remembered);
}

void TestSmallScreen::printPreviewFits()
{
    MainWindow w(*m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QStringList wrong{QStringLiteral("no print preview opened")};
    QTimer::singleShot(0, this, [&wrong] {
        auto* modal = qobject_cast<QDialog*>(QApplication::activeModalWidget());
        if (qobject_cast<PrintPreviewDialog*>(modal))
            wrong = misfits(modal);
        else if (modal)
            wrong = QStringList{QStringLiteral("a %1 opened instead of the preview")
                                    .arg(QString::fromLatin1(modal->metaObject()->className()))};
        if (modal)
            modal->reject(); // never left waiting
    });
    PrintController printer(*m_db, &w);
    printer.previewChildFile(m_child);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral("; "))));
}

void TestSmallScreen::mainColumnsAreVisible_data()
{
    QTest::addColumn<bool>("township");
    QTest::newRow("village station") << false;
    QTest::newRow("township station") << true;
}

void TestSmallScreen::mainColumnsAreVisible()
{
    // The case list shows who, which category and which risk without scrolling sideways.
    QFETCH(bool, township);
    QTemporaryDir dir;
    std::unique_ptr<CaseDatabase> own;
    if (township) {
        own = TestDatabase::open(dir, m_clock, TestDatabase::kTownship, QStringLiteral("township"));
        QVERIFY(own);
        DemoGenerator::Options options;
        options.children = 30;
        QVERIFY(DemoGenerator::generate(*own, options).ok());
    }
    MainWindow w(township ? *own : *m_db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    auto* view = w.findChild<QTableView*>(QStringLiteral("caseTableView"));
    QVERIFY(view);
    QCOMPARE(view->isColumnHidden(CaseListModel::VillageColumn), !township);
    for (int column : {int(CaseListModel::NameColumn), int(CaseListModel::CategoryColumn),
                       int(CaseListModel::RiskColumn)}) {
        const int right =
            view->horizontalHeader()->sectionViewportPosition(column) + view->columnWidth(column);
        QVERIFY2(right <= view->viewport()->width(), qPrintable(QStringLiteral("column %1 ends at %2 of %3")
                                                                    .arg(column)
                                                                    .arg(right)
                                                                    .arg(view->viewport()->width())));
    }
}

int main(int argc, char** argv)
{
    // A screen of 1024×768 for the offscreen platform, unless the caller chose another platform.
    QTemporaryDir config;
    const QString file = config.filePath(QStringLiteral("screen.json"));
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(R"({"screens":[{"name":"laptop","x":0,"y":0,"width":1024,"height":768,)"
                  R"("logicalDpi":96,"logicalBaseDpi":96,"dpr":1}]})") < 0)
        return 2;
    out.close();
    if (qEnvironmentVariable("QT_QPA_PLATFORM").startsWith(QLatin1String("offscreen")) ||
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", QStringLiteral("offscreen:configfile=%1").arg(file).toLocal8Bit());
    QApplication app(argc, argv);
    TestSmallScreen test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestSmallScreen.moc"
