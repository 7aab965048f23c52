#include "Localization.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPanel.h"
#include "cases/ChildForm.h"
#include "shared/KeyboardConventions.h"
#include "storage/CaseRepository.h"
#include "storage/VisitRepository.h"
#include "visits/VisitForm.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTimer>

// The keyboard alone, as a child director types at a family's table: Ctrl+F, Enter on a search, Esc,
// Enter on a button, Alt+letter to a part of the visit form, the arrows inside a group of boxes. Every
// key pressed is counted; what is typed (names, notes) is not.
class TestKeyboard final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void routineMonthlyVisitInTwentyKeys();
    void searchEnterOpensTheFirstMatch();
    void escapeAsksAboutUnsavedChanges();
    void enterPressesTheFocusedButton();
    void tableShowsWhereTheFocusIs();
    void checkBoxGroupIsOneTabStop();

private:
    // Presses a key in the window that has the focus, counting it.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    void type(const QString& text);
    // The top-level window of `T` shown last, activated as a window manager would.
    template <typename T>
    T* shown();
    static bool activate(QWidget* window);

    std::unique_ptr<QTemporaryDir> m_dir;
    FixedClock m_clock{QDateTime(QDate(2024, 5, 20), QTime(9, 0))};
    std::unique_ptr<CaseDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;
    QString m_child;
    int m_keys = 0;
};

void TestKeyboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = TestDatabase::open(*m_dir, m_clock);
    QVERIFY(m_db);
    CaseRepository cases(*m_db);
    Result<QString> id = cases.create(
        TestDatabase::leftBehindChild(QStringLiteral("王小明"), QDate(2014, 6, 30), 123, m_clock.today()));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_child = id.value();
    QVERIFY(cases
                .create(TestDatabase::leftBehindChild(QStringLiteral("王小红"), QDate(2015, 2, 3), 124,
                                                      m_clock.today()))
                .ok());
    // Last month's visit: what a routine visit starts from.
    Visit last;
    last.childId = m_child;
    last.values = {{QStringLiteral("kind"), QStringLiteral("monthly")},
                   {QStringLiteral("visit_date"), m_clock.today().addMonths(-1).toString(Qt::ISODate)},
                   {QStringLiteral("visitor"), QStringLiteral("陈丽")},
                   {QStringLiteral("met"), QStringLiteral("grandparent")},
                   {QStringLiteral("safety"), QStringLiteral("good")},
                   {QStringLiteral("guardianship_grade"), QStringLiteral("good")}};
    Result<VisitSaved> saved = VisitRepository(*m_db).save(last);
    QVERIFY2(saved.ok(), qPrintable(saved.error()));
    m_window = std::make_unique<MainWindow>(*m_db);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_keys = 0;
}

void TestKeyboard::cleanup()
{
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (w != m_window.get() && (qobject_cast<ChildForm*>(w) || qobject_cast<VisitForm*>(w))) {
            w->setAttribute(Qt::WA_DeleteOnClose, false);
            w->hide();
            delete w;
        }
    }
    m_window.reset();
    m_db.reset();
    m_dir.reset();
}

void TestKeyboard::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    ++m_keys;
    QWidget* target = QApplication::focusWidget();
    if (!target)
        target = QApplication::activeWindow();
    QVERIFY2(target, "nothing has the keyboard focus");
    QTest::keyClick(target, key, modifiers);
}

void TestKeyboard::type(const QString& text)
{
    QWidget* target = QApplication::focusWidget();
    QVERIFY(target);
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(target, char(c.unicode()));
        else // what an input method commits
            QTest::sendKeyEvent(QTest::Click, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

bool TestKeyboard::activate(QWidget* window)
{
    window->activateWindow();
    QApplication::setActiveWindow(window);
    return QTest::qWaitFor([window] { return QApplication::activeWindow() == window; });
}

template <typename T>
T* TestKeyboard::shown()
{
    T* found = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (auto* t = qobject_cast<T*>(w); t && t->isVisible())
            found = t;
    }
    return found && activate(found) ? found : nullptr;
}

void TestKeyboard::routineMonthlyVisitInTwentyKeys()
{
    press(Qt::Key_F, Qt::ControlModifier); // find
    QCOMPARE(QApplication::focusWidget(), m_window->caseList()->searchBox());
    type(QStringLiteral("王小明"));
    press(Qt::Key_Return); // the only match opens
    ChildForm* file = shown<ChildForm>();
    QVERIFY(file);
    press(Qt::Key_N, Qt::ControlModifier | Qt::ShiftModifier); // a new visit
    VisitForm* visit = shown<VisitForm>();
    QVERIFY(visit);
    QCOMPARE(visit->mode(), VisitForm::Mode::New);
    // Kind, date, visitor and what was found last time are filled in; the director met the child.
    QCOMPARE(visit->visit().text(QStringLiteral("visit_date")), QStringLiteral("2024-05-20"));
    for (int i = 0; i < 4; ++i)
        press(Qt::Key_Tab); // date, visitor, role, the people met
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("metChildCheckBox"));
    press(Qt::Key_Space);
    press(Qt::Key_N, Qt::AltModifier); // to the notes
    QVERIFY(qobject_cast<QPlainTextEdit*>(QApplication::focusWidget()));
    type(QStringLiteral("孩子状态良好，爷爷身体健康。"));
    press(Qt::Key_S, Qt::ControlModifier); // save (a button's shortcut clicks it visibly: a moment later)
    QTRY_VERIFY2(visit->isReadOnly(), qPrintable(visit->errorText()));
    press(Qt::Key_Escape); // close the visit
    QTRY_VERIFY(!visit->isVisible());
    QVERIFY(shown<ChildForm>() == file);
    press(Qt::Key_Escape); // close the file
    QTRY_VERIFY(!file->isVisible());
    QVERIFY2(m_keys <= 20, qPrintable(QStringLiteral("%1 keys").arg(m_keys)));

    Result<QList<Visit>> visits = VisitRepository(*m_db).forChild(m_child);
    QVERIFY(visits);
    QCOMPARE(visits->size(), 2);
    const Visit& today = visits->first().text(QStringLiteral("visit_date")) == QLatin1String("2024-05-20")
                             ? visits->first()
                             : visits->last();
    QCOMPARE(today.kind(), QStringLiteral("monthly"));
    QCOMPARE(today.codes(QStringLiteral("met")),
             (QStringList{QStringLiteral("child"), QStringLiteral("grandparent")}));
    QCOMPARE(today.text(QStringLiteral("safety")), QStringLiteral("good"));
    QCOMPARE(today.text(QStringLiteral("notes")), QStringLiteral("孩子状态良好，爷爷身体健康。"));
}

void TestKeyboard::searchEnterOpensTheFirstMatch()
{
    CaseListPanel* list = m_window->caseList();
    press(Qt::Key_F, Qt::ControlModifier);
    type(QStringLiteral("王小"));
    press(Qt::Key_Return); // two match: the first in the list's order opens
    ChildForm* file = shown<ChildForm>();
    QVERIFY(file);
    QCOMPARE(file->childId(), list->model()->childId(0));
    file->close();
    QTRY_VERIFY(!file->isVisible());
    QVERIFY(activate(m_window.get()));
    // A search with no match opens nothing and stays in the box.
    press(Qt::Key_F, Qt::ControlModifier);
    QVERIFY(list->searchBox()->hasSelectedText()); // typing replaces the last search
    type(QStringLiteral("没有这个人"));
    press(Qt::Key_Return);
    QCOMPARE(list->model()->rowCount(), 0);
    QVERIFY(!shown<ChildForm>());
    QCOMPARE(QApplication::focusWidget(), list->searchBox());
}

void TestKeyboard::escapeAsksAboutUnsavedChanges()
{
    press(Qt::Key_F, Qt::ControlModifier);
    type(QStringLiteral("王小红"));
    press(Qt::Key_Return);
    ChildForm* file = shown<ChildForm>();
    QVERIFY(file);
    auto* name = file->findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
    QVERIFY(name);
    name->setFocus();
    name->end(false);
    type(QStringLiteral("丽"));
    QVERIFY(file->isDirty());
    // Esc asks; Cancel keeps the file open with what was typed.
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
            asked = true;
            box->button(QMessageBox::Cancel)->click();
        }
    });
    press(Qt::Key_Escape);
    QVERIFY(asked);
    QVERIFY(file->isVisible());
    QCOMPARE(name->text(), QStringLiteral("王小红丽"));
}

void TestKeyboard::enterPressesTheFocusedButton()
{
    press(Qt::Key_F, Qt::ControlModifier);
    type(QStringLiteral("王小明"));
    press(Qt::Key_Return);
    ChildForm* file = shown<ChildForm>();
    QVERIFY(file);
    auto* close = file->findChild<QPushButton*>(QStringLiteral("closePushButton"));
    QVERIFY(close);
    close->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Return);
    QTRY_VERIFY(!file->isVisible());
}

void TestKeyboard::tableShowsWhereTheFocusIs()
{
    QTableView* table = m_window->caseList()->view();
    table->setCurrentIndex({});
    press(Qt::Key_F, Qt::ControlModifier);
    press(Qt::Key_Down); // from the search box to the list
    QCOMPARE(QApplication::focusWidget(), table);
    QCOMPARE(table->currentIndex().row(), 0);
    QVERIFY(table->selectionModel()->isRowSelected(0, {}));
    // Reached by Tab, too.
    table->setCurrentIndex({});
    table->clearFocus();
    m_window->caseList()->searchBox()->setFocus(Qt::TabFocusReason);
    QVERIFY(QTest::qWaitFor([table] { return !table->hasFocus(); }));
    table->setFocus(Qt::TabFocusReason);
    QVERIFY(table->currentIndex().isValid());
}

void TestKeyboard::checkBoxGroupIsOneTabStop()
{
    VisitForm visit(*m_db);
    visit.setAttribute(Qt::WA_DeleteOnClose, false);
    QVERIFY(visit.startNew(m_child));
    visit.show();
    visit.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&visit));
    auto* child = visit.findChild<QCheckBox*>(QStringLiteral("metChildCheckBox"));
    auto* father = visit.findChild<QCheckBox*>(QStringLiteral("metFatherCheckBox"));
    QVERIFY(child && father);
    child->setFocus(Qt::TabFocusReason);
    press(Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), father);
    press(Qt::Key_Space);
    QVERIFY(father->isChecked());
    press(Qt::Key_Up);
    QCOMPARE(QApplication::focusWidget(), child);
    press(Qt::Key_Tab); // leaves the group
    QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("safetyComboBox"));
    press(Qt::Key_Backtab); // back to the group's first box
    QCOMPARE(QApplication::focusWidget(), child);
}

QTEST_MAIN(TestKeyboard)
#include "TestKeyboard.moc"
