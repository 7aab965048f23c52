#include "Localization.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "cases/ChildForm.h"
#include "cases/ChildFormManager.h"
#include "exchange/SyncController.h"
#include "station/AppLock.h"
#include "station/LockScreen.h"
#include "storage/CaseRepository.h"
#include "storage/LockPolicy.h"
#include "sync/StationIdentity.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The program locks (after its idle time, or with File → Lock): every window is covered, nothing typed is
// lost, the station's passphrase unlocks it, wrong ones make the next try wait (offscreen;
// SHOUHU_SCREENSHOTS=DIR saves the locked window and the lock screen).
class TestAppLock final : public QObject
{
    Q_OBJECT

    const QString m_passphrase = QStringLiteral("correct horse battery staple");
    FixedClock m_clock{QDateTime(QDate(2026, 12, 3), QTime(9, 0))};

    static QList<QWidget*> covers()
    {
        QList<QWidget*> found;
        for (QWidget* w : QApplication::topLevelWidgets()) {
            for (QWidget* c : w->findChildren<QWidget*>(QStringLiteral("lockCover"))) {
                if (c->isVisible())
                    found << c;
            }
        }
        return found;
    }
    static void type(LockScreen* screen, const QString& text)
    {
        auto* edit = screen->findChild<QLineEdit*>(QStringLiteral("lockPassphraseLineEdit"));
        QVERIFY(edit);
        edit->setText(text);
        screen->tryUnlock();
    }

private slots:
    void initTestCase() { Localization::install(*qApp); }

    void locksCoversAndUnlocksWithoutLosingWork()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        QVERIFY(StationIdentity::create(*db, m_passphrase, KeyStore::Strength::Minimum).ok());
        const QString child = CaseRepository(*db)
                                  .create(TestDatabase::leftBehindChild(
                                      QStringLiteral("李小红"), QDate(2016, 3, 5), 24, m_clock.today()))
                                  .value();
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.sync()->unlock(m_passphrase).ok());
        window.openChild(child);
        QCOMPARE(window.forms()->forms().size(), 1);
        ChildForm* form = window.forms()->forms().first();
        auto* school = form->findChild<QLineEdit*>(QStringLiteral("schoolNameLineEdit"));
        QVERIFY(school);
        school->setText(QStringLiteral("水唇镇中心小学（未保存）"));

        AppLock* lock = window.appLock();
        QVERIFY(lock->available());
        lock->lock();
        QVERIFY(lock->isLocked());
        QVERIFY(!window.sync()->isUnlocked()); // the keys are forgotten while locked
        LockScreen* screen = lock->screen();
        QVERIFY(screen);
        QTRY_VERIFY(screen->isVisible());
        // Every open window is covered whole (the main window and the child's file among them); none is
        // closed.
        QTRY_VERIFY(covers().size() >= 2);
        QList<QWidget*> covered;
        for (QWidget* c : covers()) {
            QCOMPARE(c->geometry(), c->parentWidget()->rect());
            covered << c->parentWidget();
        }
        QVERIFY(covered.contains(&window));
        QVERIFY(covered.contains(form));
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && w != screen && w->windowType() != Qt::ToolTip &&
                w->windowType() != Qt::Popup)
                QVERIFY2(covered.contains(w), qPrintable(w->objectName() + QLatin1Char(' ') +
                                                         QString::fromLatin1(w->metaObject()->className())));
        }
        QVERIFY(form->isVisible());
        if (const QString shots = qEnvironmentVariable("SHOUHU_SCREENSHOTS"); !shots.isEmpty()) {
            QVERIFY(window.grab().save(shots + QStringLiteral("/locked-window.png")));
            QVERIFY(screen->grab().save(shots + QStringLiteral("/lock-screen.png")));
        }
        // Escape does not unlock.
        QTest::keyClick(screen, Qt::Key_Escape);
        QVERIFY(lock->isLocked());

        // Two typos cost nothing; the third makes the next try wait, and the count survives a restart.
        type(screen, QStringLiteral("wrong one"));
        type(screen, QStringLiteral("wrong two"));
        auto* unlock = screen->findChild<QPushButton*>(QStringLiteral("unlockButton"));
        QVERIFY(unlock->isEnabled());
        type(screen, QStringLiteral("wrong three"));
        QCOMPARE(screen->failures(), 3);
        QCOMPARE(LockPolicy::failures(*db), 3);
        QVERIFY(!unlock->isEnabled());
        QCOMPARE(screen->secondsToWait(), LockPolicy::delaySeconds(3));
        const QString waiting = screen->findChild<QLabel*>(QStringLiteral("lockMessageLabel"))->text();
        QVERIFY2(waiting.contains(QString::number(LockPolicy::delaySeconds(3))), qPrintable(waiting));
        // While it waits, even the right passphrase is not tried.
        type(screen, m_passphrase);
        QVERIFY(lock->isLocked());
        QTRY_VERIFY_WITH_TIMEOUT(unlock->isEnabled(), 10000);

        QSignalSpy unlocked(lock, &AppLock::unlocked);
        type(screen, m_passphrase);
        QCOMPARE(unlocked.size(), 1);
        QVERIFY(!lock->isLocked());
        QTRY_COMPARE(covers().size(), 0);
        QCOMPARE(LockPolicy::failures(*db), 0);
        QVERIFY(window.sync()->isUnlocked());
        QCOMPARE(school->text(), QStringLiteral("水唇镇中心小学（未保存）"));
        QVERIFY(form->isDirty());
        form->discard();
    }

    void locksWhenIdle()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        QVERIFY(StationIdentity::create(*db, m_passphrase, KeyStore::Strength::Minimum).ok());
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AppLock* lock = window.appLock();
        QVERIFY(!lock->isLocked());
        lock->setIdleInterval(std::chrono::milliseconds(50));
        QTRY_VERIFY(lock->isLocked());
        type(lock->screen(), m_passphrase);
        QVERIFY(!lock->isLocked());
    }

    void noPassphraseNoLock()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(!window.appLock()->available());
        window.appLock()->lock();
        QVERIFY(!window.appLock()->isLocked());
        QCOMPARE(covers().size(), 0);
    }

    // At the start (an encrypted database): the same screen with 退出; Escape and 退出 end it as rejected,
    // a wrong passphrase says so, the right one is handed back to open the database and the keys.
    void startScreenCanQuit()
    {
        const QString right = QStringLiteral("the station passphrase");
        const auto check = [&right](const QString& typed) {
            return typed == right ? QString()
                                  : QStringLiteral("The passphrase does not open the database x.");
        };
        {
            LockScreen screen(check, 0, nullptr);
            screen.allowQuit(QStringLiteral("The records are encrypted."));
            screen.show();
            QVERIFY(QTest::qWaitForWindowExposed(&screen));
            auto* quit = screen.findChild<QPushButton*>(QStringLiteral("lockQuitButton"));
            QVERIFY(quit && quit->isVisible());
            QCOMPARE(screen.findChild<QLabel*>(QStringLiteral("lockIntroLabel"))->text(),
                     QStringLiteral("The records are encrypted."));
            if (const QString shots = qEnvironmentVariable("SHOUHU_SCREENSHOTS"); !shots.isEmpty())
                QVERIFY(screen.grab().save(shots + QStringLiteral("/start-screen.png")));
            quit->click();
            QCOMPARE(screen.result(), int(QDialog::Rejected));
            QVERIFY(screen.acceptedPassphrase().isEmpty());
        }
        {
            LockScreen screen(check, 0, nullptr);
            screen.allowQuit(QStringLiteral("The records are encrypted."));
            screen.show();
            QTest::keyClick(&screen, Qt::Key_Escape);
            QVERIFY(!screen.isVisible());
        }
        LockScreen screen(check, 0, nullptr);
        screen.allowQuit(QStringLiteral("The records are encrypted."));
        screen.show();
        type(&screen, QStringLiteral("wrong one"));
        QVERIFY(screen.isVisible());
        QCOMPARE(screen.failures(), 1);
        type(&screen, right);
        QCOMPARE(screen.result(), int(QDialog::Accepted));
        QCOMPARE(screen.acceptedPassphrase(), right);
    }
};

QTEST_MAIN(TestAppLock)
#include "TestAppLock.moc"
