#include "Localization.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "exchange/SyncController.h"
#include "shared/Banner.h"
#include "storage/CaseRepository.h"
#include "storage/FieldClocks.h"
#include "storage/RecordWriter.h"
#include "sync/ClockRepair.h"

#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

// The main window of a village whose computer's date was three days ahead while a child was registered,
// opened after the date was corrected: a banner says so, and its one button repairs the clock (offscreen;
// SHOUHU_SCREENSHOTS=DIR saves the window, in the language of SHOUHU_LANG).
class TestClockBanner final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_shots;

    void shot(QWidget* widget, const QString& name)
    {
        if (!m_shots.isEmpty())
            QVERIFY(widget->grab().save(QDir(m_shots).filePath(name + QStringLiteral(".png"))));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Localization::install(*qApp);
        m_shots = qEnvironmentVariable("SHOUHU_SCREENSHOTS");
        if (!m_shots.isEmpty())
            QDir().mkpath(m_shots);
    }

    void bannerAppearsAndItsButtonRepairs()
    {
        const QDateTime real(QDate(2026, 11, 28), QTime(10, 0));
        FixedClock clock(real.addDays(3));
        auto db = TestDatabase::open(m_dir, clock);
        QVERIFY(db);
        const QString child = CaseRepository(*db)
                                  .create(TestDatabase::leftBehindChild(QStringLiteral("李小红"),
                                                                        QDate(2016, 3, 5), 24, real.date()))
                                  .value();
        clock.set(real);

        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        Banner* banner = window.findChild<Banner*>(QStringLiteral("clockRepairBanner"));
        QVERIFY(banner);
        QCOMPARE(banner->text(), ClockRepair::futureWritesSentence());
        // One action, and not the "clock behind" warning.
        QCOMPARE(banner->findChildren<QPushButton*>().size(), 1);
        QVERIFY(!window.findChild<Banner*>(QStringLiteral("clockBanner")));
        QTRY_VERIFY(!window.isRefreshingCategories());
        shot(&window, QStringLiteral("main-clock-repair-banner"));

        QPushButton* repair = banner->findChild<QPushButton*>(QStringLiteral("clockRepairButton"));
        QVERIFY(repair);
        QTest::mouseClick(repair, Qt::LeftButton);
        QTRY_VERIFY(!window.findChild<Banner*>(QStringLiteral("clockRepairBanner")));
        QMessageBox* box = window.findChild<QMessageBox*>(QStringLiteral("syncMessageBox"));
        QVERIFY(box);
        QCOMPARE(box->icon(), QMessageBox::Information);
        shot(box, QStringLiteral("clock-repaired-message"));
        box->close();
        QCOMPARE(ClockRepair::check(*db).state, ClockRepair::State::Fine);
        const Stamp name = FieldClocks::parse(RecordWriter(*db)
                                                  .read(EntitySchema::child(), child)
                                                  ->value(QStringLiteral("clocks"))
                                                  .toString())
                               .stamp(QStringLiteral("name"));
        QVERIFY(Stamp::millisOf(name.hlc) - real.toMSecsSinceEpoch() < 60 * 1000);
        QCOMPARE(
            RecordWriter(*db).read(EntitySchema::child(), child)->value(QStringLiteral("name")).toString(),
            QStringLiteral("李小红"));

        // Opened again: no banner.
        MainWindow again(*db);
        QVERIFY(!again.findChild<Banner*>(QStringLiteral("clockRepairBanner")));
        QVERIFY(!again.findChild<Banner*>(QStringLiteral("clockBanner")));
        QTRY_VERIFY(!again.isRefreshingCategories());
    }
};

QTEST_MAIN(TestClockBanner)
#include "TestClockBanner.moc"
