#include "Localization.h"
#include "MainWindow.h"
#include "cases/ChildForm.h"
#include "cases/ChildFormManager.h"
#include "cases/FieldEditor.h"
#include "cases/VerdictPanel.h"
#include "domain/Classification.h"
#include "domain/IdNumber.h"
#include "shared/AreaPicker.h"
#include "station/DemoSetup.h"
#include "storage/CaseDatabase.h"
#include "storage/StationSetup.h"

#include <QApplication>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

// The pickers of the policy's facts on the child's form, driven as a child director would: a work place in
// Hong Kong, Macao, Taiwan or abroad; a hukou county that is a city without counties (东莞市); a parent at
// home who cannot care.
class TestRulePickers final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    std::unique_ptr<MainWindow> m_window;

    ChildForm* newForm()
    {
        ChildForm* form = m_window->forms()->create();
        form->show();
        return form;
    }

private slots:
    void initTestCase();
    void workPlaceOffersPlacesOutsideTheMainland_data();
    void workPlaceOffersPlacesOutsideTheMainland();
    void hukouCountyOffersCitiesWithoutCounties_data();
    void hukouCountyOffersCitiesWithoutCounties();
    void verdictCountsAbroadAndIncapableParent();
    void screenshotInChinese();
};

namespace {
// Latin characters as key clicks, Chinese characters as the text an input method delivers.
void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

void choose(QComboBox* combo, const QString& code)
{
    QVERIFY(combo);
    const int i = combo->findData(code);
    QVERIFY2(i >= 0, qPrintable(code));
    combo->setCurrentIndex(i);
    emit combo->activated(i);
}
} // namespace

void TestRulePickers::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Result<std::unique_ptr<CaseDatabase>> db = CaseDatabase::open(m_dir.filePath(QStringLiteral("r.sqlite")));
    QVERIFY2(db.ok(), qPrintable(db.error()));
    m_db = std::move(db.value());
    StationInfo station{StationSetup::newStationId(),   QStringLiteral("village"), DemoSetup::demoVillage(),
                        QStringLiteral("Test station"), QStringLiteral("Tester"),  false};
    QVERIFY(m_db->initStation(station));
    m_window = std::make_unique<MainWindow>(*m_db);
}

void TestRulePickers::workPlaceOffersPlacesOutsideTheMainland_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::newRow("Hong Kong by name") << "Hong Kong, China"
                                       << "HK";
    QTest::newRow("Macao by name") << "Macao, China"
                                   << "MO";
    QTest::newRow("Taiwan by code") << "TW"
                                    << "TW";
    QTest::newRow("a country by name") << "Japan"
                                       << "JP";
    QTest::newRow("another country") << "Another country or region"
                                     << "ZZ";
    QTest::newRow("a county still works") << "440106"
                                          << "440106";
    QTest::newRow("东莞 as a work place") << "东莞市"
                                          << "4419";
}

void TestRulePickers::workPlaceOffersPlacesOutsideTheMainland()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    ChildForm* form = newForm();
    auto* picker = form->findChild<AreaPicker*>(QStringLiteral("fatherWorkPlaceCodeAreaPicker"));
    QVERIFY(picker);
    picker->setFocus();
    typeText(picker, typed);
    QCOMPARE(form->editor(QStringLiteral("father"), QStringLiteral("work_place_code"))->value().toString(),
             code);
    form->discard();
    form->close();
}

void TestRulePickers::hukouCountyOffersCitiesWithoutCounties_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("code");
    QTest::newRow("东莞市 by name") << "东莞市"
                                    << "441900";
    QTest::newRow("中山市 by code") << "442000"
                                    << "442000";
    QTest::newRow("嘉峪关市 by 4 digits") << "6202"
                                          << "620200";
    QTest::newRow("a county") << "431126"
                              << "431126";
    QTest::newRow("a city with counties is no county") << "431100"
                                                       << "431100";
}

void TestRulePickers::hukouCountyOffersCitiesWithoutCounties()
{
    QFETCH(QString, typed);
    QFETCH(QString, code);
    ChildForm* form = newForm();
    auto* picker = form->findChild<AreaPicker*>(QStringLiteral("hukouCountyAreaPicker"));
    QVERIFY(picker);
    picker->setFocus();
    typeText(picker, typed);
    FieldEditor* editor = form->editor(QStringLiteral("child"), QStringLiteral("hukou_county"));
    QCOMPARE(editor->value().toString(), code);
    // A city with counties is not offered and is refused with a sentence.
    QCOMPARE(editor->validate(QDate(2026, 11, 28)), code != QLatin1String("431100"));
    form->discard();
    form->close();
}

void TestRulePickers::verdictCountsAbroadAndIncapableParent()
{
    ChildForm* form = newForm();
    choose(form->findChild<QComboBox*>(QStringLiteral("hukouTypeComboBox")), QStringLiteral("rural"));
    const QString first17 = QStringLiteral("51132120150630003");
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("idNumberLineEdit")),
                     first17 + IdNumber::checkCharacter(first17));
    choose(form->findChild<QComboBox*>(QStringLiteral("motherStatusComboBox")),
           QStringLiteral("away_for_work"));
    QTest::keyClicks(form->findChild<QLineEdit*>(QStringLiteral("motherAwaySinceLineEdit")),
                     QStringLiteral("2020-01-01"));
    auto* picker = form->findChild<AreaPicker*>(QStringLiteral("motherWorkPlaceCodeAreaPicker"));
    picker->setFocus();
    typeText(picker, QStringLiteral("Macao, China"));
    choose(form->findChild<QComboBox*>(QStringLiteral("fatherStatusComboBox")), QStringLiteral("at_home"));
    VerdictPanel* panel = form->verdictPanel();
    QCOMPARE(panel->categoryText(), categoryLabel(Category::NotLeftBehind));
    choose(form->findChild<QComboBox*>(QStringLiteral("fatherCapableComboBox")), QStringLiteral("0"));
    QCOMPARE(panel->categoryText(), categoryLabel(Category::LeftBehind));
    QVERIFY2(panel->detailsText().contains(QStringLiteral("not able to give care")),
             qPrintable(panel->detailsText()));
    QVERIFY2(panel->detailsText().contains(QStringLiteral("Macao, China")), qPrintable(panel->detailsText()));
    // 随迁: the child lives with the mother where she works.
    choose(form->findChild<QComboBox*>(QStringLiteral("livesWithComboBox")), QStringLiteral("mother"));
    QCOMPARE(panel->categoryText(), categoryLabel(Category::NotLeftBehind));
    QVERIFY2(panel->detailsText().contains(QStringLiteral("随迁")), qPrintable(panel->detailsText()));
    // The father in prison with a start date: the date field is on the form.
    QVERIFY(form->findChild<QLineEdit*>(QStringLiteral("fatherStatusSinceLineEdit")));
    form->discard();
    form->close();
}

// The parents' tab in Chinese, for a person to look at: SHOUHU_SCREENSHOT_DIR names the folder.
void TestRulePickers::screenshotInChinese()
{
    const QString dir = qEnvironmentVariable("SHOUHU_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("SHOUHU_SCREENSHOT_DIR is not set");
    Localization::install(*qApp, QStringLiteral("zh_CN"));
    MainWindow window(*m_db);
    ChildForm* form = window.forms()->create();
    form->show();
    QVERIFY(QTest::qWaitForWindowExposed(form));
    choose(form->findChild<QComboBox*>(QStringLiteral("motherStatusComboBox")),
           QStringLiteral("away_for_work"));
    auto* picker = form->findChild<AreaPicker*>(QStringLiteral("motherWorkPlaceCodeAreaPicker"));
    picker->setCode(QStringLiteral("HK"));
    choose(form->findChild<QComboBox*>(QStringLiteral("fatherStatusComboBox")), QStringLiteral("at_home"));
    choose(form->findChild<QComboBox*>(QStringLiteral("fatherCapableComboBox")), QStringLiteral("0"));
    auto* tabs = form->findChild<QTabWidget*>(QStringLiteral("sectionsTabWidget"));
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QVERIFY(form->grab().save(dir + QStringLiteral("/rules-form-%1.png").arg(i)));
    }
    form->discard();
    form->close();
}

QTEST_MAIN(TestRulePickers)
#include "TestRulePickers.moc"
