// A query that fails reaches the user as a sentence, never as an empty list or zero counts (issue 11: the
// list showed "0 children listed" beside "680 on the register" while every query failed).
#include "MainWindow.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPanel.h"
#include "demo/DemoGenerator.h"
#include "shared/Banner.h"
#include "station/DemoSetup.h"
#include "storage/CaseDatabase.h"
#include "storage/StationSetup.h"
#include "visits/ReferralsView.h"
#include "visits/ScheduleView.h"

#include <QAction>
#include <QLabel>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

namespace {
bool anyLabelSays(const QWidget& widget, const QString& text)
{
    for (const QLabel* label : widget.findChildren<QLabel*>()) {
        if (label->text().contains(text))
            return true;
    }
    return false;
}
} // namespace

class TestQueryErrors final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        auto db = CaseDatabase::open(m_dir->filePath(QStringLiteral("t.sqlite")));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db = std::move(db.value());
        QVERIFY(m_db->initStation({StationSetup::newStationId(), QStringLiteral("village"),
                                   DemoSetup::demoVillage(), QStringLiteral("Test station"),
                                   QStringLiteral("Tester"), false}));
        DemoGenerator::Options options;
        options.children = 30;
        options.seed = 7;
        QVERIFY(DemoGenerator::generate(*m_db, options));
    }
    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
    }

    void caseListAndCountsSayWhy()
    {
        MainWindow w(*m_db);
        w.resize(1024, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(!w.isRefreshingCategories());
        QCOMPARE(w.caseList()->model()->rowCount(), 30);
        QVERIFY(w.caseList()->errorBanner()->isHidden());

        breakTheRegister();
        QAction* refresh = nullptr;
        for (QAction* a : w.findChildren<QAction*>()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Refresh))
                refresh = a;
        }
        QVERIFY(refresh);
        refresh->trigger();

        CaseListModel* model = w.caseList()->model();
        QVERIFY(!model->error().isEmpty());
        QTRY_VERIFY(w.caseList()->errorBanner()->isVisible());
        const QString said = w.caseList()->errorBanner()->text();
        QCOMPARE(said, model->error());
        QVERIFY2(said.contains(QStringLiteral("could not carry out")), qPrintable(said));
        QVERIFY2(!said.contains(QStringLiteral("no such table")), qPrintable(said)); // SQLite's text: the log
        // The status bar does not claim an empty register.
        QVERIFY(anyLabelSays(*w.statusBar(), QStringLiteral("The list could not be read.")));
        QVERIFY(!anyLabelSays(*w.statusBar(), QStringLiteral("0 children listed")));
        // The counts by area say why too.
        bool countsBanner = false;
        for (Banner* b : w.banners())
            countsBanner |= b->property("role").toString() == QLatin1String("countsError") && b->isVisible();
        QVERIFY(countsBanner);
        w.grab().save(m_dir->filePath(QStringLiteral("query-error.png")));
        if (const QByteArray keep = qgetenv("SHOUHU_SCREENSHOT_DIR"); !keep.isEmpty())
            w.grab().save(QString::fromLocal8Bit(keep) + QStringLiteral("/query-error.png"));

        // Mended: the banner goes away.
        mendTheRegister();
        refresh->trigger();
        QTRY_VERIFY(w.caseList()->errorBanner()->isHidden());
        QCOMPARE(model->rowCount(), 30);
    }

    void scheduleAndReferralsSayWhy()
    {
        breakTheRegister();
        ScheduleView schedule(*m_db);
        schedule.reload();
        QVERIFY(anyLabelSays(schedule, QStringLiteral("could not carry out")));
        ReferralsView referrals(*m_db);
        referrals.reload();
        QVERIFY(anyLabelSays(referrals, QStringLiteral("could not carry out")));
        QVERIFY(!anyLabelSays(referrals, QStringLiteral("no such table")));
    }

private:
    // What a damaged register does to every query of the list, without depending on where damage lands.
    void breakTheRegister()
    {
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("PRAGMA legacy_alter_table = ON")));
        QVERIFY2(q.exec(QStringLiteral("ALTER TABLE child RENAME TO child_gone")),
                 qPrintable(q.lastError().text()));
    }
    void mendTheRegister()
    {
        QSqlQuery q(m_db->sql());
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE child_gone RENAME TO child")));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<CaseDatabase> m_db;
};

QTEST_MAIN(TestQueryErrors)
#include "TestQueryErrors.moc"
