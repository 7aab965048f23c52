#include "Localization.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "office/SpotChecksDialog.h"
#include "storage/CaseRepository.h"
#include "storage/SpotCheckRepository.h"

#include <QApplication>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>

// View → Spot checks at a township: a sample drawn from today's updates, marked verified or a problem
// (refused without a note), counted per village (offscreen; SHOUHU_SCREENSHOTS=DIR saves the window).
class TestSpotCheckViews final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 7, 20), QTime(9, 0))};

private slots:
    void initTestCase() { Localization::install(*qApp); }

    void drawMarkAndCount()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock, TestDatabase::kTownship, QStringLiteral("township"));
        QVERIFY(db);
        int sequence = 30;
        for (const char* name : {"李小红", "王小明", "张佳怡", "赵小二", "陈思远"}) {
            ChildFile f = TestDatabase::leftBehindChild(QString::fromUtf8(name), QDate(2015, 3, 5), sequence,
                                                        m_clock.today());
            f.areaCode = sequence++ % 2 ? TestDatabase::kVillage : TestDatabase::kOtherVillage;
            QVERIFY(CaseRepository(*db).create(f).ok());
        }
        MainWindow window(*db);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QPointer<SpotChecksDialog> dialog = window.showSpotChecks();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->checkCount(), 0);
        auto* size = dialog->findChild<QSpinBox*>(QStringLiteral("sizeSpinBox"));
        QVERIFY(size);
        size->setValue(4);
        dialog->findChild<QPushButton*>(QStringLiteral("drawButton"))->click();
        QCOMPARE(dialog->checkCount(), 4);
        QCOMPARE(SpotCheckRepository(*db).sampleSize(), 4); // remembered

        auto* list = dialog->findChild<QTreeWidget*>(QStringLiteral("checksTreeWidget"));
        QVERIFY(list);
        list->setCurrentItem(list->topLevelItem(0));
        dialog->markSelected(QStringLiteral("verified"));
        list->setCurrentItem(list->topLevelItem(1));
        dialog->markSelected(QStringLiteral("problem"));
        QVERIFY2(dialog->messageText() ==
                     QCoreApplication::translate("SpotCheckRepository",
                                                 "Say what is wrong: the note goes back to "
                                                 "the village with the next package."),
                 qPrintable(dialog->messageText()));
        list->setCurrentItem(list->topLevelItem(1));
        dialog->markSelected(QStringLiteral("problem"), QStringLiteral("监护人电话空号"));
        QVERIFY(dialog->messageText().isEmpty());

        auto* tally = dialog->findChild<QTreeWidget*>(QStringLiteral("tallyTreeWidget"));
        QVERIFY(tally);
        QTreeWidgetItem* total = tally->topLevelItem(tally->topLevelItemCount() - 1);
        QCOMPARE(total->text(1), QStringLiteral("4"));
        QCOMPARE(total->text(2), QStringLiteral("1"));
        QCOMPARE(total->text(3), QStringLiteral("1"));
        QCOMPARE(total->text(4), QStringLiteral("2"));
        Result<QList<SpotCheckTally>> stored =
            SpotCheckRepository(*db).tally(SpotCheckRepository::Period::Day, m_clock.today());
        QVERIFY(stored.ok());
        QCOMPARE(stored->last().problems, 1);
        if (const QString shots = qEnvironmentVariable("SHOUHU_SCREENSHOTS"); !shots.isEmpty())
            dialog->grab().save(shots + QStringLiteral("/spot-checks.png"));

        // Drawing again finds only the one record not drawn yet.
        dialog->findChild<QPushButton*>(QStringLiteral("drawButton"))->click();
        QCOMPARE(dialog->checkCount(), 5);
        dialog->findChild<QPushButton*>(QStringLiteral("drawButton"))->click();
        QVERIFY2(dialog->messageText() ==
                     QCoreApplication::translate("SpotCheckRepository",
                                                 "Every record updated then has been drawn already."),
                 qPrintable(dialog->messageText()));
    }
};

QTEST_MAIN(TestSpotCheckViews)
#include "TestSpotCheckViews.moc"
