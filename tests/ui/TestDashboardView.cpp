#include "AgreementFixtures.h"
#include "Localization.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "cases/ChildForm.h"
#include "cases/ChildFormManager.h"
#include "demo/DemoGenerator.h"
#include "office/DashboardCharts.h"
#include "office/DashboardChildrenDialog.h"
#include "office/DashboardView.h"
#include "storage/CaseRepository.h"
#include "storage/StationSettings.h"
#include "storage/VisitRepository.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QChartView>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

// The dashboard window driven as a township clerk would, offscreen: View → Dashboard, a number clicked down
// to the children behind it and a child's file opened from there; a village's row double-clicked down to the
// village's dashboard, Up back to the township; a number of the table clicked to its children.
// 水唇镇 on 2026-12-10: 南跃村 (…201) has three left-behind children, one of them surveyed; 南进村 (…202)
// one.
class TestDashboardView final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void fromANumberToTheChildrenAndAFile();
    void drillDownToAVillageAndBack();
    void aNumberOfTheTable();
    void charts();
    void screenshots();

private:
    static int number(const QAbstractButton* tile)
    {
        return tile ? tile->text().section(u'\n', 0, 0).toInt() : -1;
    }
    int rowOf(const DashboardView& view, const QString& code) const;
    void waitFor(DashboardView& view) const;
    DashboardChildrenDialog* click(DashboardView& view, const std::function<void()>& action) const;

    const QString m_a = QStringLiteral("441523101201");
    const QString m_b = QStringLiteral("441523101202");
    FixedClock m_clock{QDateTime(QDate(2026, 12, 10), QTime(10, 0))};
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QStringList m_ids;
};

void TestDashboardView::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_db = TestDatabase::open(m_dir, m_clock, QStringLiteral("441523101000"), QStringLiteral("township"));
    QVERIFY(m_db);
    const QList<std::pair<QString, QString>> children = {{m_a, QStringLiteral("王小明")},
                                                         {m_a, QStringLiteral("王小红")},
                                                         {m_a, QStringLiteral("李小刚")},
                                                         {m_b, QStringLiteral("张伟")}};
    int sequence = 11;
    for (const auto& [village, name] : children) {
        ChildFile f =
            AgreementFixtures::childWithGuardian(name, QDate(2016, 3, 1), sequence, m_clock.today());
        sequence += 2;
        f.areaCode = village;
        Result<QString> id = CaseRepository(*m_db).create(f);
        QVERIFY2(id.ok(), qPrintable(id.error()));
        m_ids << id.value();
    }
    Visit v;
    v.childId = m_ids.at(0);
    v.values = {{QStringLiteral("kind"), QStringLiteral("survey")},
                {QStringLiteral("visit_date"), QStringLiteral("2026-12-09")},
                {QStringLiteral("visitor"), QStringLiteral("陈丽")},
                {QStringLiteral("safety"), QStringLiteral("good")}};
    Result<VisitSaved> saved = VisitRepository(*m_db).save(v);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    QVERIFY(StationSettings::setSurveyDeadline(*m_db, QDate(2026, 12, 31)).ok());
}

void TestDashboardView::waitFor(DashboardView& view) const
{
    QTRY_VERIFY_WITH_TIMEOUT(!view.isBusy(), 20000);
}

int TestDashboardView::rowOf(const DashboardView& view, const QString& code) const
{
    const QTableWidget* table = view.areaTable();
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, 0)->data(Qt::UserRole).toString() == code)
            return row;
    }
    return -1;
}

// Does `action` and returns the list of children it opened.
DashboardChildrenDialog* TestDashboardView::click(DashboardView& view,
                                                  const std::function<void()>& action) const
{
    QSignalSpy shown(&view, &DashboardView::childrenShown);
    action();
    if (!shown.wait(20000) && shown.isEmpty())
        return nullptr;
    return shown.first().first().value<DashboardChildrenDialog*>();
}

void TestDashboardView::fromANumberToTheChildrenAndAFile()
{
    MainWindow w(*m_db);
    w.show();
    QAction* open = w.findChild<QAction*>(QStringLiteral("dashboardAction"));
    QVERIFY(open);
    open->trigger();
    auto* view = w.findChild<DashboardView*>();
    QVERIFY(view);
    QVERIFY(QTest::qWaitForWindowExposed(view));
    waitFor(*view);
    QCOMPARE(view->area(), QStringLiteral("441523101000"));

    // 3 of 4 to survey, 21 days before the deadline.
    QAbstractButton* toSurvey = view->tile(QStringLiteral("to_survey"));
    QVERIFY(toSurvey);
    QCOMPARE(number(toSurvey), 3);
    QVERIFY2(toSurvey->text().contains(QStringLiteral("21")), qPrintable(toSurvey->text()));
    QCOMPARE(number(view->tile(QStringLiteral("children"))), 4);
    QCOMPARE(number(view->tile(QStringLiteral("surveyed"))), 1);

    DashboardChildrenDialog* dialog = click(*view, [&] { QTest::mouseClick(toSurvey, Qt::LeftButton); });
    QVERIFY(dialog);
    QCOMPARE(dialog->childCount(), 3);
    QStringList ids;
    for (int row = 0; row < dialog->childCount(); ++row)
        ids << dialog->childIdAt(row);
    QVERIFY(!ids.contains(m_ids.at(0))); // the one surveyed
    for (int i = 1; i < m_ids.size(); ++i)
        QVERIFY(ids.contains(m_ids.at(i)));

    // A double-click on a child opens the file in the main window.
    auto* table = dialog->findChild<QTableWidget*>(QStringLiteral("childrenTable"));
    QVERIFY(table);
    const QRect cell = table->visualItemRect(table->item(0, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(w.forms()->forms().size(), 1);
    QCOMPARE(w.forms()->forms().first()->childId(), dialog->childIdAt(0));
    // The menu brings the same window back.
    QCOMPARE(w.showDashboard(), view);
    w.forms()->closeAll();
}

void TestDashboardView::drillDownToAVillageAndBack()
{
    DashboardView view(*m_db);
    view.show();
    waitFor(view);
    QCOMPARE(view.areaTable()->rowCount(), 16);
    const int row = rowOf(view, m_a);
    QVERIFY(row >= 0);
    QCOMPARE(view.areaTable()->item(row, DashboardView::columnOf(DashboardFigures::Kind::Children))->text(),
             QStringLiteral("3"));
    QVERIFY(!view.findChild<QAbstractButton*>(QStringLiteral("upButton"))->isEnabled());

    QTableWidget* table = view.areaTable();
    table->scrollToItem(table->item(row, 0));
    const QRect cell = table->visualItemRect(table->item(row, 0));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    QTRY_COMPARE(view.area(), m_a);
    waitFor(view);
    QCOMPARE(number(view.tile(QStringLiteral("children"))), 3);
    QCOMPARE(number(view.tile(QStringLiteral("to_survey"))), 2);
    QCOMPARE(view.figures().areaCode, m_a);
    QVERIFY(view.figures().areas.isEmpty()); // a village has no parts

    // The village's number opens the village's children only.
    DashboardChildrenDialog* dialog =
        click(view, [&] { QTest::mouseClick(view.tile(QStringLiteral("children")), Qt::LeftButton); });
    QVERIFY(dialog);
    QCOMPARE(dialog->childCount(), 3);
    QVERIFY(!QStringList({dialog->childIdAt(0), dialog->childIdAt(1), dialog->childIdAt(2)})
                 .contains(m_ids.at(3)));

    auto* up = view.findChild<QAbstractButton*>(QStringLiteral("upButton"));
    QVERIFY(up->isEnabled());
    QTest::mouseClick(up, Qt::LeftButton);
    waitFor(view);
    QCOMPARE(view.area(), QStringLiteral("441523101000"));
    QCOMPARE(number(view.tile(QStringLiteral("children"))), 4);
}

void TestDashboardView::aNumberOfTheTable()
{
    DashboardView view(*m_db);
    view.show();
    waitFor(view);
    QTableWidget* table = view.areaTable();
    const int row = rowOf(view, m_b);
    const int column = DashboardView::columnOf(DashboardFigures::Kind::ToSurvey);
    QCOMPARE(table->item(row, column)->text(), QStringLiteral("1"));
    table->scrollToItem(table->item(row, column));
    const QRect cell = table->visualItemRect(table->item(row, column));
    DashboardChildrenDialog* dialog =
        click(view, [&] { QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center()); });
    QVERIFY(dialog);
    QCOMPARE(dialog->childCount(), 1);
    QCOMPARE(dialog->childIdAt(0), m_ids.at(3));
}

void TestDashboardView::charts()
{
    DashboardView view(*m_db);
    view.show();
    waitFor(view);
    DashboardCharts* charts = view.charts();
    // Coverage: the two villages with left-behind children; visits: January to December; 12 weeks.
    const auto points = [](QChartView* v) {
        return v->chart() && !v->chart()->series().isEmpty() ? v->chart()->series().first() : nullptr;
    };
    QVERIFY(points(charts->coverageView()));
    QVERIFY(points(charts->visitsView()));
    QVERIFY(points(charts->updatesView()));
    QCOMPARE(charts->coverageView()->chart()->axes(Qt::Horizontal).size(), 1);
    QVERIFY(!charts->visitsView()->chart()->title().isEmpty());
}

void TestDashboardView::screenshots()
{
    const QString dir = qEnvironmentVariable("SHOUHU_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("SHOUHU_SCREENSHOT_DIR is not set");
    Localization::install(*qApp, qEnvironmentVariable("SHOUHU_LANG"));
    QTemporaryDir scratch;
    FixedClock clock{QDateTime(QDate(2026, 12, 10), QTime(10, 0))};
    auto db = TestDatabase::open(scratch, clock, QStringLiteral("441523101000"), QStringLiteral("township"));
    QVERIFY(db);
    QVERIFY(DemoGenerator::generate(*db, {600, 7}).ok());
    QVERIFY(StationSettings::setSurveyDeadline(*db, QDate(2026, 12, 31)).ok());
    DashboardView view(*db);
    view.resize(1200, 820);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    waitFor(view);
    QVERIFY(view.grab().save(dir + QStringLiteral("/dashboard.png")));
    view.findChild<QTabWidget*>(QStringLiteral("dashboardTabs"))->setCurrentIndex(1);
    QTest::qWait(200);
    QVERIFY(view.grab().save(dir + QStringLiteral("/dashboard-charts.png")));
    DashboardChildrenDialog* dialog =
        click(view, [&] { QTest::mouseClick(view.tile(QStringLiteral("visits_overdue")), Qt::LeftButton); });
    QVERIFY(dialog);
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/dashboard-children.png")));
}

QTEST_MAIN(TestDashboardView)
#include "TestDashboardView.moc"
