#include "Localization.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "station/AppLock.h"
#include "station/SettingsDialog.h"
#include "storage/CaseRepository.h"
#include "storage/LockPolicy.h"
#include "storage/StationSettings.h"
#include "sync/StationIdentity.h"

#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>

// File → Settings: the lock's idle time and the local rules, saved together; a change of the rules brings the
// categories up to date (offscreen; SHOUHU_SCREENSHOTS=DIR saves the dialog).
class TestSettingsDialog final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 12, 3), QTime(9, 0))};

    template <typename T>
    static T* field(QWidget* dialog, const char* name)
    {
        auto* w = dialog->findChild<T*>(QString::fromLatin1(name));
        if (!w)
            qWarning() << "no" << name;
        return w;
    }
    static void save(QDialog* dialog)
    {
        auto* buttons = dialog->findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        buttons->button(QDialogButtonBox::Ok)->click();
    }

private slots:
    void initTestCase() { Localization::install(*qApp); }

    void savesTheLockAndTheRules()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        QVERIFY(StationIdentity::create(*db, QStringLiteral("correct horse battery staple"),
                                        KeyStore::Strength::Minimum)
                    .ok());
        QVERIFY(CaseRepository(*db)
                    .create(TestDatabase::leftBehindChild(QStringLiteral("李小红"), QDate(2016, 3, 5), 4,
                                                          m_clock.today()))
                    .ok());
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_VERIFY(CaseRepository(*db).categoriesAreCurrent(m_clock.today()));

        QPointer<SettingsDialog> dialog = window.showSettings();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto* lock = field<QSpinBox>(dialog, "lockMinutes");
        auto* months = field<QSpinBox>(dialog, "monthsAway");
        auto* cross = field<QCheckBox>(dialog, "crossCounty");
        QVERIFY(lock && months && cross);
        QCOMPARE(lock->value(), LockPolicy::DefaultIdleMinutes);
        QCOMPARE(months->value(), 3);
        QVERIFY(cross->isChecked());
        // The spin boxes hold their values inside the ranges core accepts.
        QCOMPARE(lock->maximum(), LockPolicy::MaxIdleMinutes);
        QCOMPARE(months->minimum(), StationSettings::MinMonthsAway);
        if (const QString shots = qEnvironmentVariable("SHOUHU_SCREENSHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/settings.png"));

        lock->setValue(30);
        months->setValue(6);
        cross->setChecked(false);
        save(dialog);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        const StationSettings::Values v = StationSettings::load(*db);
        QCOMPARE(v.lockMinutes, 30);
        QCOMPARE(v.rules.monthsAwayThreshold, 6);
        QVERIFY(!v.rules.requireCrossCounty);
        QVERIFY(window.appLock()->available());
        // The rules changed: the window works the categories out again under the new rules.
        QTRY_VERIFY_WITH_TIMEOUT(CaseRepository(*db).categoriesAreCurrent(m_clock.today()), 20000);
    }

    void neverLockAndNoPassphrase()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QPointer<SettingsDialog> dialog = window.showSettings();
        auto* note = field<QLabel>(dialog, "lockNote");
        QVERIFY(note);
        QVERIFY(note->text().contains(QStringLiteral("no passphrase")));
        auto* lock = field<QSpinBox>(dialog, "lockMinutes");
        lock->setValue(0);
        QCOMPARE(lock->text(), QStringLiteral("never"));
        save(dialog);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(LockPolicy::idleMinutes(*db), 0);
        QVERIFY(!window.appLock()->available());
    }

    // The survey's deadline (the dashboard's days left): none at first, set, then cleared again.
    void surveyDeadline()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QPointer<SettingsDialog> dialog = window.showSettings();
        auto* has = field<QCheckBox>(dialog, "hasSurveyDeadline");
        auto* date = field<QDateEdit>(dialog, "surveyDeadline");
        QVERIFY(has && date);
        QVERIFY(!has->isChecked());
        QVERIFY(!date->isEnabled());
        QCOMPARE(date->minimumDate().year(), StationSettings::MinDeadlineYear);
        QCOMPARE(date->maximumDate().year(), StationSettings::MaxDeadlineYear);
        has->setChecked(true);
        QVERIFY(date->isEnabled());
        date->setDate(QDate(2027, 3, 31));
        save(dialog);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QCOMPARE(StationSettings::surveyDeadline(*db), QDate(2027, 3, 31));

        dialog = window.showSettings();
        has = field<QCheckBox>(dialog, "hasSurveyDeadline");
        QVERIFY(has->isChecked());
        QCOMPARE(field<QDateEdit>(dialog, "surveyDeadline")->date(), QDate(2027, 3, 31));
        has->setChecked(false);
        save(dialog);
        QTRY_VERIFY(!dialog || !dialog->isVisible());
        QVERIFY(!StationSettings::surveyDeadline(*db).isValid());
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "TestSettingsDialog.moc"
