#include "UiInput.h"
#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "station/DemoSetup.h"
#include "station/StationWizard.h"
#include "storage/CaseDatabase.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using UiInput::choose;
using UiInput::typeText;

// The set-up wizard of a new station, driven as a child director would (offscreen).
class TestStationWizard final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qputenv("SHOUHU_KDF", "minimum"); // the wizard makes the station's keys
        QVERIFY(m_dir.isValid());
    }
    void wizardAreaSearchNarrowsByWords();
    void wizardCreatesStation();

private:
    static std::unique_ptr<CaseDatabase> open(const QString& path)
    {
        Result<std::unique_ptr<CaseDatabase>> db = CaseDatabase::open(path);
        if (!db)
            qWarning() << db.error();
        return db ? std::move(db.value()) : nullptr;
    }

    QTemporaryDir m_dir;
};

void TestStationWizard::wizardAreaSearchNarrowsByWords()
{
    auto db = open(m_dir.filePath(QStringLiteral("wizard-words.sqlite")));
    QVERIFY(db && !db->station());
    StationWizard wizard(*db);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto* area = wizard.findChild<QLineEdit*>(QStringLiteral("areaLineEdit"));
    auto* list = wizard.findChild<QListWidget*>(QStringLiteral("areaListWidget"));
    QVERIFY(area && list);
    // A township's name lists its villages: 丰山镇 is in Fujian and in Hubei, so nothing is chosen for the
    // user and the next step waits.
    typeText(area, QStringLiteral("丰山镇"));
    QTRY_VERIFY(list->count() > 1 && list->item(0)->data(Qt::UserRole).isValid());
    QSet<QString> provinces;
    for (int i = 0; i < list->count(); ++i) {
        const QString code = list->item(i)->data(Qt::UserRole).toString();
        QCOMPARE(AreaCode::levelOf(code), AreaLevel::Village);
        QVERIFY2(list->item(i)->text().contains(QStringLiteral("丰山镇")), qPrintable(list->item(i)->text()));
        provinces.insert(code.left(2));
    }
    QVERIFY(provinces.size() > 1);
    QCOMPARE(wizard.areaCode(), QString());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    // A second word narrows it to one village, which is then chosen.
    typeText(area, QStringLiteral(" 丰四"));
    QTRY_COMPARE(list->count(), 1);
    QTRY_COMPARE(wizard.areaCode(), QStringLiteral("420921101201"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
}

void TestStationWizard::wizardCreatesStation()
{
    const QString path = m_dir.filePath(QStringLiteral("new-station.sqlite"));
    auto db = open(path);
    QVERIFY(db && !db->station());
    const QString village = DemoSetup::demoVillage();
    const QString villageName = AreaCatalog::instance().name(village);

    StationWizard wizard(*db);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    auto* role = wizard.findChild<QComboBox*>(QStringLiteral("roleComboBox"));
    QCOMPARE(role->currentData().toString(), QStringLiteral("village"));
    auto* area = wizard.findChild<QLineEdit*>(QStringLiteral("areaLineEdit"));
    auto* list = wizard.findChild<QListWidget*>(QStringLiteral("areaListWidget"));
    typeText(area, villageName);
    QTRY_VERIFY(list->count() > 0 && list->item(0)->data(Qt::UserRole).isValid());
    for (int i = 0; i < list->count(); ++i) {
        QCOMPARE(AreaCode::levelOf(list->item(i)->data(Qt::UserRole).toString()), AreaLevel::Village);
        if (list->item(i)->data(Qt::UserRole).toString() == village)
            list->setCurrentRow(i);
    }
    QCOMPARE(wizard.areaCode(), village);
    wizard.next();
    QCOMPARE(wizard.currentId(), 1);
    auto* stationName = wizard.findChild<QLineEdit*>(QStringLiteral("stationNameLineEdit"));
    QCOMPARE(stationName->text(), villageName);
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled()); // no operator yet
    QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("operatorNameLineEdit")),
                     QStringLiteral("Li Hua"));
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    QTest::mouseClick(wizard.button(QWizard::CommitButton), Qt::LeftButton);
    // The last page sets the passphrase that protects the station's keys (TestSyncViews tests its rules).
    QCOMPARE(wizard.currentId(), 2);
    QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("newPassphraseLineEdit")),
                     QStringLiteral("correct horse battery"));
    QTest::keyClicks(wizard.findChild<QLineEdit*>(QStringLiteral("repeatPassphraseLineEdit")),
                     QStringLiteral("correct horse battery"));
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    QVERIFY(db->station());
    QCOMPARE(db->station()->areaCode, village);
    QCOMPARE(db->station()->role, QStringLiteral("village"));
    QCOMPARE(db->station()->name, villageName);
    QCOMPARE(db->station()->operatorName, QStringLiteral("Li Hua"));
    QCOMPARE(db->station()->id.size(), 16);
    QVERIFY(QRegularExpression(QStringLiteral("^[0-9a-f]{16}$")).match(db->station()->id).hasMatch());

    // A township station finds townships only.
    auto other = open(m_dir.filePath(QStringLiteral("township.sqlite")));
    StationWizard township(*other);
    choose(township.findChild<QComboBox*>(QStringLiteral("roleComboBox")), QStringLiteral("township"));
    typeText(township.findChild<QLineEdit*>(QStringLiteral("areaLineEdit")), QStringLiteral("511321"));
    auto* found = township.findChild<QListWidget*>(QStringLiteral("areaListWidget"));
    QTRY_VERIFY(found->count() > 5);
    for (int i = 0; i < found->count(); ++i)
        QCOMPARE(AreaCode::levelOf(found->item(i)->data(Qt::UserRole).toString()), AreaLevel::Township);
}

QTEST_MAIN(TestStationWizard)
#include "TestStationWizard.moc"
