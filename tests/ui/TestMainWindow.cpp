#include "Localization.h"
#include "MainWindow.h"
#include "UiInput.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPanel.h"
#include "cases/ChildForm.h"
#include "cases/ChildFormManager.h"
#include "cases/ExitChildDialog.h"
#include "cases/FieldEditor.h"
#include "cases/VerdictPanel.h"
#include "demo/DemoGenerator.h"
#include "domain/AreaCatalog.h"
#include "domain/IdNumber.h"
#include "reports/Statistics.h"
#include "shared/AreaTreeModel.h"
#include "shared/Banner.h"
#include "station/DemoSetup.h"
#include "station/StationWizard.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseQuery.h"
#include "storage/CaseRepository.h"
#include "storage/DraftStore.h"
#include "storage/StationSetup.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

// The real windows, driven as a child director would: offscreen, with keyboard and mouse events.
class TestMainWindow final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void caseListModelPagesAndSorts();
    void searchEditSaveAndReopen();
    void unsavedWorkIsOfferedBack();
    void inlineValidationOfIdNumber();
    void verdictFollowsFathersStatus();
    void closingAsksAboutUnsavedChanges();
    void overAgeChildrenAreNamed();
    void exitChildAsksReasonAndDate();
    void screenshots();

private:
    QString makeDatabase(int children);
    static std::unique_ptr<CaseDatabase> open(const QString& path);

    QTemporaryDir m_dir;
    int m_databases = 0;
};

using UiInput::choose;
using UiInput::typeText;

namespace {
ChildForm* onlyForm(MainWindow& w)
{
    const QList<ChildForm*> forms = w.forms()->forms();
    return forms.size() == 1 ? forms.first() : nullptr;
}

QString validChildId(const QString& birth, const QString& sequence)
{
    const QString first17 = QStringLiteral("511321") + birth + sequence;
    return first17 + IdNumber::checkCharacter(first17);
}

void clickButton(QWidget* parent, const QString& name)
{
    auto* button = parent->findChild<QPushButton*>(name);
    QVERIFY2(button, qPrintable(name));
    QTest::mouseClick(button, Qt::LeftButton);
}
} // namespace

void TestMainWindow::initTestCase()
{
    qputenv("SHOUHU_KDF", "minimum"); // the wizard makes the station's keys
    QVERIFY(m_dir.isValid());
    QVERIFY2(!DemoSetup::demoVillage().isEmpty(), "the demo village is in the area list");
}

std::unique_ptr<CaseDatabase> TestMainWindow::open(const QString& path)
{
    Result<std::unique_ptr<CaseDatabase>> db = CaseDatabase::open(path);
    if (!db)
        qWarning() << db.error();
    return db ? std::move(db.value()) : nullptr;
}

QString TestMainWindow::makeDatabase(int children)
{
    const QString path = m_dir.filePath(QStringLiteral("register-%1.sqlite").arg(++m_databases));
    auto db = open(path);
    StationInfo station{StationSetup::newStationId(),   QStringLiteral("village"), DemoSetup::demoVillage(),
                        QStringLiteral("Test station"), QStringLiteral("Tester"),  false};
    if (!db || !db->initStation(station))
        return {};
    if (children > 0) {
        DemoGenerator::Options options;
        options.children = children;
        options.seed = 7;
        Result<int> made = DemoGenerator::generate(*db, options);
        if (!made || made.value() != children)
            return {};
    }
    return path;
}

void TestMainWindow::caseListModelPagesAndSorts()
{
    const QString path = makeDatabase(450);
    QVERIFY(!path.isEmpty());
    auto db = open(path);
    CaseListModel model(*db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    CaseQuery::Filter all;
    all.status.clear();
    model.setFilter(all);
    QCOMPARE(model.rowCount(), 450);
    QVERIFY(!model.index(0, CaseListModel::NameColumn).data().toString().isEmpty());
    QVERIFY(!model.index(449, CaseListModel::NameColumn).data().toString().isEmpty());
    QVERIFY(model.isRowLoaded(0));
    QVERIFY(model.isRowLoaded(449));
    QVERIFY(!model.isRowLoaded(250)); // read a page at a time, only the pages asked for

    model.sort(CaseListModel::BirthDateColumn, Qt::DescendingOrder);
    const QString first = model.index(0, CaseListModel::BirthDateColumn).data().toString().left(10);
    const QString last = model.index(449, CaseListModel::BirthDateColumn).data().toString().left(10);
    QVERIFY2(first >= last, qPrintable(first + QStringLiteral(" < ") + last));

    CaseQuery::Filter leftBehind = all;
    leftBehind.category = QStringLiteral("left_behind");
    model.setFilter(leftBehind);
    QVERIFY(model.rowCount() > 0 && model.rowCount() < 450);
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, CaseListModel::CategoryColumn).data().toString(),
                 categoryLabel(Category::LeftBehind));

    AreaTreeModel areas(*db);
    QAbstractItemModelTester areaTester(&areas, QAbstractItemModelTester::FailureReportingMode::QtTest);
    areas.setCounts(Statistics::compute(*db, db->station()->areaCode).value());
    const QModelIndex village = areas.indexOf(DemoSetup::demoVillage());
    QVERIFY(village.isValid());
    QCOMPARE(village.siblingAtColumn(1).data().toInt() + 0 >= 0, true);
    Result<int> active = CaseQuery(*db).count(CaseQuery::Filter{});
    QCOMPARE(village.siblingAtColumn(1).data().toInt(), active.value());
    QCOMPARE(areas.index(0, 1).data().toInt(), active.value()); // the township sums its villages
}

void TestMainWindow::searchEditSaveAndReopen()
{
    const QString path = makeDatabase(150);
    QVERIFY(!path.isEmpty());
    QString name;
    {
        auto db = open(path);
        Result<QList<CaseQuery::Row>> rows = CaseQuery(*db).page(CaseQuery::Filter{}, 0, 150);
        QVERIFY(rows);
        for (const CaseQuery::Row& r : rows.value()) {
            if (r.name.size() == 2)
                name = r.name;
        }
    }
    QVERIFY2(!name.isEmpty(), "the demo data has a two-character name");
    const QString school = QStringLiteral("Hope Primary School");
    QString childId;
    const auto findRow = [&name](CaseListModel* model) {
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->index(r, CaseListModel::NameColumn).data().toString() == name)
                return r;
        }
        return -1;
    };
    {
        auto db = open(path);
        MainWindow w(*db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(!w.isRefreshingCategories());
        CaseListModel* model = w.caseList()->model();
        QVERIFY(model->rowCount() > 100);
        auto* search = w.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        QVERIFY(search);
        typeText(search, name);
        QTRY_COMPARE(model->filter().text, name);
        QVERIFY(model->rowCount() >= 1 && model->rowCount() < 20);
        const int row = findRow(model);
        QVERIFY(row >= 0);

        QTableView* view = w.caseList()->view();
        view->setFocus();
        view->setCurrentIndex(model->index(row, 0));
        QTest::keyClick(view, Qt::Key_Return);
        ChildForm* form = onlyForm(w);
        QVERIFY2(form, qPrintable(w.statusBar()->currentMessage()));
        childId = form->childId();
        QCOMPARE(childId, model->childId(row));
        QCOMPARE(form->editor(QStringLiteral("child"), QStringLiteral("name"))->value().toString(), name);
        QVERIFY(!form->isDirty());

        auto* schoolEdit = form->findChild<QLineEdit*>(QStringLiteral("schoolNameLineEdit"));
        QVERIFY(schoolEdit);
        schoolEdit->clear();
        QTest::keyClicks(schoolEdit, school);
        QVERIFY(form->isDirty());
        clickButton(form, QStringLiteral("savePushButton"));
        QCOMPARE(form->errorText(), QString());
        QVERIFY(!form->isDirty());
        QVERIFY(form->close());
    }
    {
        auto db = open(path);
        QCOMPARE(CaseRepository(*db).load(childId)->text(QStringLiteral("school_name")), school);
        MainWindow w(*db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* search = w.findChild<QLineEdit*>(QStringLiteral("searchLineEdit"));
        typeText(search, name);
        CaseListModel* model = w.caseList()->model();
        QTRY_COMPARE(model->filter().text, name);
        const int row = findRow(model);
        QVERIFY(row >= 0);
        // A double click is a click followed by a double-click event.
        QWidget* viewport = w.caseList()->view()->viewport();
        const QPoint at = w.caseList()->view()->visualRect(model->index(row, 0)).center();
        QTest::mouseClick(viewport, Qt::LeftButton, {}, at);
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, at);
        ChildForm* form = onlyForm(w);
        QVERIFY(form);
        QCOMPARE(form->childId(), childId);
        QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("schoolNameLineEdit"))->text(), school);
    }
}

void TestMainWindow::unsavedWorkIsOfferedBack()
{
    const QString path = makeDatabase(10);
    QVERIFY(!path.isEmpty());
    const QString newName = QStringLiteral("王小草");
    QString existingId;
    {
        auto db = open(path);
        existingId = CaseQuery(*db).page(CaseQuery::Filter{}, 0, 1)->first().id;
        MainWindow w(*db);
        w.show();
        ChildForm* created = w.forms()->create();
        typeText(created->findChild<QLineEdit*>(QStringLiteral("nameLineEdit")), newName);
        QVERIFY(created->isDirty());
        w.openChild(existingId);
        ChildForm* existing = w.forms()->open(existingId);
        auto* school = existing->findChild<QLineEdit*>(QStringLiteral("schoolNameLineEdit"));
        QVERIFY(school);
        school->clear();
        QTest::keyClicks(school, QStringLiteral("Sunrise School"));
        // Saved by the timer (every 3 s) without anyone asking.
        QTRY_COMPARE_WITH_TIMEOUT(DraftStore(*db).all().size(), 2, 8000);
        QVERIFY(DraftStore(*db).find(QStringLiteral("child:") + existingId));
        // The window goes away without saving (a crash or a power cut would do the same).
    }
    auto db = open(path);
    MainWindow w(*db);
    w.show();
    QList<Banner*> offers;
    for (Banner* b : w.banners()) {
        if (b->objectName() == QLatin1String("draftBanner"))
            offers << b;
    }
    QCOMPARE(offers.size(), 2);
    for (Banner* b : offers) {
        QVERIFY(b->text().contains(QStringLiteral("restore it?")));
        QPushButton* restore = nullptr;
        for (auto* button : b->findChildren<QPushButton*>()) {
            if (button->text() == QStringLiteral("Restore"))
                restore = button;
        }
        QVERIFY(restore);
        QTest::mouseClick(restore, Qt::LeftButton);
    }
    QCOMPARE(w.forms()->forms().size(), 2);
    ChildForm* restoredNew = nullptr;
    ChildForm* restoredExisting = nullptr;
    for (ChildForm* f : w.forms()->forms())
        (f->childId().isEmpty() ? restoredNew : restoredExisting) = f;
    QVERIFY(restoredNew && restoredExisting);
    QCOMPARE(restoredNew->editor(QStringLiteral("child"), QStringLiteral("name"))->value().toString(),
             newName);
    QVERIFY(restoredNew->isDirty());
    QCOMPARE(restoredExisting->childId(), existingId);
    QCOMPARE(
        restoredExisting->editor(QStringLiteral("child"), QStringLiteral("school_name"))->value().toString(),
        QStringLiteral("Sunrise School"));
    QVERIFY(restoredExisting->isDirty());

    // Saving removes the draft; the new child is now on the register.
    QVERIFY(restoredNew->save());
    QVERIFY(!restoredNew->childId().isEmpty());
    QCOMPARE(DraftStore(*db).all().size(), 1);
    restoredExisting->discard();
    QVERIFY(DraftStore(*db).all().isEmpty());
    QCOMPARE(CaseRepository(*db).load(restoredNew->childId())->text(QStringLiteral("name")), newName);
}

void TestMainWindow::inlineValidationOfIdNumber()
{
    const QString path = makeDatabase(0);
    auto db = open(path);
    MainWindow w(*db);
    ChildForm* form = w.forms()->create();
    auto* id = form->findChild<QLineEdit*>(QStringLiteral("idNumberLineEdit"));
    auto* message = form->findChild<QLabel*>(QStringLiteral("idNumberMessageLabel"));
    QVERIFY(id && message);
    QVERIFY(message->isHidden());

    const QString good = validChildId(QStringLiteral("20150630"), QStringLiteral("002"));
    QString bad = good;
    bad[17] = bad[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    QTest::keyClicks(id, bad.left(10));
    QVERIFY(!message->isHidden()); // incomplete: told at once
    QTest::keyClicks(id, bad.mid(10));
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().startsWith(QStringLiteral("Citizen ID number:")), qPrintable(message->text()));
    QVERIFY(id->styleSheet().contains(QStringLiteral("border")));

    id->clear();
    QTest::keyClicks(id, good);
    QVERIFY(message->isHidden());
    QVERIFY(id->styleSheet().isEmpty());
    // The number fills the birth date and sex.
    QCOMPARE(form->findChild<QLineEdit*>(QStringLiteral("birthDateLineEdit"))->text(),
             QStringLiteral("2015-06-30"));
    QCOMPARE(form->findChild<QComboBox*>(QStringLiteral("sexComboBox"))->currentData().toString(),
             QStringLiteral("F"));
    // A birth date typed over it that disagrees is flagged on the number.
    auto* birth = form->findChild<QLineEdit*>(QStringLiteral("birthDateLineEdit"));
    birth->clear();
    QTest::keyClicks(birth, QStringLiteral("2015-07-01"));
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().contains(QStringLiteral("2015-06-30")), qPrintable(message->text()));
    // A date that is not a date is refused where it is typed.
    birth->clear();
    QTest::keyClicks(birth, QStringLiteral("2015-02-30"));
    QVERIFY(!form->findChild<QLabel*>(QStringLiteral("birthDateMessageLabel"))->isHidden());

    // Saving a refused file shows the sentence and keeps what was typed.
    typeText(form->findChild<QLineEdit*>(QStringLiteral("nameLineEdit")), QStringLiteral("李明"));
    QVERIFY(!form->save());
    QVERIFY(!form->errorText().isEmpty());
    QCOMPARE(birth->text(), QStringLiteral("2015-02-30"));
    QCOMPARE(id->text(), good);
}

void TestMainWindow::verdictFollowsFathersStatus()
{
    const QString path = makeDatabase(0);
    auto db = open(path);
    MainWindow w(*db);
    ChildForm* form = w.forms()->create();
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("idNumberLineEdit")),
                     validChildId(QStringLiteral("20150630"), QStringLiteral("003")));
    choose(form->findChild<QComboBox*>(QStringLiteral("hukouTypeComboBox")), QStringLiteral("rural"));
    choose(form->findChild<QComboBox*>(QStringLiteral("motherStatusComboBox")),
           QStringLiteral("away_for_work"));
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("motherAwaySinceLineEdit")),
                     QStringLiteral("2020-01-01"));
    auto* workPlace = form->findChild<QLineEdit*>(QStringLiteral("motherWorkPlaceCodeAreaPicker"));
    QVERIFY(workPlace);
    QTest::keyClicks(workPlace, QStringLiteral("440106")); // 广东省 广州市 天河区, another province
    QCOMPARE(form->editor(QStringLiteral("mother"), QStringLiteral("work_place_code"))->value().toString(),
             QStringLiteral("440106"));
    choose(form->findChild<QComboBox*>(QStringLiteral("fatherStatusComboBox")), QStringLiteral("at_home"));
    VerdictPanel* panel = form->verdictPanel();
    QCOMPARE(panel->categoryText(), categoryLabel(Category::NotLeftBehind));

    choose(form->findChild<QComboBox*>(QStringLiteral("fatherStatusComboBox")),
           QStringLiteral("seriously_ill"));
    QCOMPARE(panel->categoryText(), categoryLabel(Category::LeftBehind));
    QVERIFY(!panel->detailsText().isEmpty());

    choose(form->findChild<QComboBox*>(QStringLiteral("fatherStatusComboBox")), QString());
    QCOMPARE(panel->categoryText(), categoryLabel(Category::Suspected));
}

void TestMainWindow::closingAsksAboutUnsavedChanges()
{
    const QString path = makeDatabase(0);
    auto db = open(path);
    MainWindow w(*db);
    w.show();
    QPointer<ChildForm> form = w.forms()->create();
    typeText(form->findChild<QLineEdit*>(QStringLiteral("nameLineEdit")), QStringLiteral("张三"));
    form->saveDraft();
    QCOMPARE(DraftStore(*db).all().size(), 1);
    const auto answerNextQuestion = [](QMessageBox::StandardButton answer) {
        QTimer::singleShot(0, [answer] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            QVERIFY(box);
            QVERIFY(box->text().contains(QStringLiteral("张三")));
            box->button(answer)->click();
        });
    };
    answerNextQuestion(QMessageBox::Cancel);
    QVERIFY(!form->close());
    QVERIFY(form && form->isDirty());
    answerNextQuestion(QMessageBox::Cancel);
    QVERIFY(!w.close()); // the main window asks too, and stays
    answerNextQuestion(QMessageBox::Discard);
    QVERIFY(form->close());
    QTRY_VERIFY(!form);
    QVERIFY(DraftStore(*db).all().isEmpty());
}

void TestMainWindow::overAgeChildrenAreNamed()
{
    const QString path = makeDatabase(0);
    {
        auto db = open(path);
        ChildFile file;
        file.child.insert(QStringLiteral("name"), QStringLiteral("赵大年"));
        file.child.insert(QStringLiteral("birth_date"),
                          QDate::currentDate().addYears(-16).addDays(-1).toString(Qt::ISODate));
        QVERIFY(CaseRepository(*db).create(file));
    }
    auto db = open(path);
    QVERIFY(!CaseRepository(*db).categoriesAreCurrent(db->clock().today()));
    MainWindow w(*db);
    w.show();
    QTRY_VERIFY(w.findChild<Banner*>(QStringLiteral("overAgeBanner")));
    QVERIFY(w.findChild<Banner*>(QStringLiteral("overAgeBanner"))->text().contains(QStringLiteral("赵大年")));
    QVERIFY(CaseRepository(*db).categoriesAreCurrent(db->clock().today()));
    QCOMPARE(w.caseList()->model()->rowCount(), 0); // the active list no longer holds the child
}

void TestMainWindow::exitChildAsksReasonAndDate()
{
    const QString path = makeDatabase(5);
    auto db = open(path);
    MainWindow w(*db);
    w.show();
    const QString id = CaseQuery(*db).page(CaseQuery::Filter{}, 0, 1)->first().id;
    ChildForm* form = w.forms()->open(id);
    QVERIFY(form);
    QTimer::singleShot(0, [] {
        auto* dialog = qobject_cast<ExitChildDialog*>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QVERIFY(!buttons->button(QDialogButtonBox::Ok)->isEnabled()); // a reason is required
        choose(dialog->findChild<QComboBox*>(QStringLiteral("reasonComboBox")), QStringLiteral("moved_away"));
        QVERIFY(buttons->button(QDialogButtonBox::Ok)->isEnabled());
        buttons->button(QDialogButtonBox::Ok)->click();
    });
    clickButton(form, QStringLiteral("exitPushButton"));
    const ChildFile stored = CaseRepository(*db).load(id).value();
    QCOMPARE(stored.text(QStringLiteral("status")), QStringLiteral("exited"));
    QCOMPARE(stored.text(QStringLiteral("exit_reason")), QStringLiteral("moved_away"));
    QCOMPARE(stored.text(QStringLiteral("exit_date")), db->clock().today().toString(Qt::ISODate));
    QVERIFY(!form->findChild<QPushButton*>(QStringLiteral("exitPushButton"))->isEnabled());
    QCOMPARE(w.caseList()->model()->rowCount(), 4); // the list of active children follows
}

// With SHOUHU_SCREENSHOT_DIR set, saves pictures of the main window and of every section of a child's file
// (run with SHOUHU_LANG=zh_CN to see the Chinese interface).
void TestMainWindow::screenshots()
{
    const QString dir = qEnvironmentVariable("SHOUHU_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("SHOUHU_SCREENSHOT_DIR is not set");
    // Pictures in the language the user asks for (SHOUHU_LANG; the tests otherwise run in English).
    Localization::install(*qApp, qEnvironmentVariable("SHOUHU_LANG"));
    const QString path = makeDatabase(300);
    auto db = open(path);
    QVERIFY(db->setSetting(QStringLiteral("demo"), QStringLiteral("1")));
    MainWindow w(*db);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QTRY_VERIFY(!w.isRefreshingCategories());
    QVERIFY(w.grab().save(dir + QStringLiteral("/main.png")));
    ChildForm* form = w.forms()->open(w.caseList()->model()->childId(3));
    QVERIFY(form);
    auto* tabs = form->findChild<QTabWidget*>(QStringLiteral("sectionsTabWidget"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QVERIFY(form->grab().save(dir + QStringLiteral("/form-%1.png").arg(i)));
    }
    auto fresh = open(m_dir.filePath(QStringLiteral("screenshot-wizard.sqlite")));
    StationWizard wizard(*fresh);
    wizard.show();
    typeText(wizard.findChild<QLineEdit*>(QStringLiteral("areaLineEdit")), QStringLiteral("老鸦镇 碾垭"));
    QTRY_VERIFY(!wizard.areaCode().isEmpty());
    QVERIFY(wizard.grab().save(dir + QStringLiteral("/wizard.png")));
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
