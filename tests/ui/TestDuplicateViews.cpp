// 一人一档 in the GUI: the child's form says at once that a typed ID number is already on the register, the
// import report names possible duplicates with a button to the list, and the Possible duplicates window
// merges a pair.
#include "Localization.h"
#include "TestDatabase.h"
#include "cases/ChildForm.h"
#include "cases/DuplicatesDialog.h"
#include "exchange/ImportReportDialog.h"
#include "storage/CaseRepository.h"
#include "storage/EntitySchema.h"
#include "storage/RecordWriter.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

class TestDuplicateViews final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2024, 6, 3), QTime(9, 0))};
    QTemporaryDir m_shots;

    void shot(QWidget* w, const QString& name)
    {
        w->grab().save(m_shots.filePath(name + QStringLiteral(".png")));
        if (const QByteArray keep = qgetenv("SHOUHU_SHOTS"); !keep.isEmpty())
            w->grab().save(QString::fromLocal8Bit(keep) + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    // A township database holding two files of one child (as a sync leaves them), and a third child.
    std::unique_ptr<CaseDatabase> twoFiles(QTemporaryDir& dir, QString* kept, QString* other)
    {
        auto db = TestDatabase::open(dir, m_clock, TestDatabase::kTownship, QStringLiteral("township"));
        CaseRepository cases(*db);
        *kept = cases
                    .create(TestDatabase::leftBehindChild(QStringLiteral("张佳怡"), QDate(2015, 3, 4), 137,
                                                          m_clock.today()))
                    .value();
        m_clock.advanceMs(1000);
        ChildFile second =
            TestDatabase::leftBehindChild(QStringLiteral("张佳怡"), QDate(2015, 3, 4), 137, m_clock.today());
        second.child.remove(QStringLiteral("id_number"));
        second.child.insert(QStringLiteral("school_name"), QStringLiteral("南跃小学"));
        *other = cases.create(second).value();
        // The number arrives by sync: written as a merge would, past the registering check.
        const bool written =
            RecordWriter(*db)
                .update(EntitySchema::child(), *other,
                        {{QStringLiteral("id_number"),
                          TestDatabase::makeId(TestDatabase::kCounty, QDate(2015, 3, 4), 137)}})
                .ok();
        const bool third = cases
                               .create(TestDatabase::leftBehindChild(QStringLiteral("李明"),
                                                                     QDate(2014, 1, 2), 21, m_clock.today()))
                               .ok();
        return written && third ? std::move(db) : nullptr;
    }

private slots:
    // In the language of SHOUHU_LANG (ctest: English; SHOUHU_LANG=zh_CN SHOUHU_SHOTS=DIR for Chinese
    // pictures).
    void initTestCase() { Localization::install(*qApp, qEnvironmentVariable("SHOUHU_LANG")); }

    void idNumberOnTheRegisterIsSaidAsTyped()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(CaseRepository(*db)
                    .create(TestDatabase::leftBehindChild(QStringLiteral("张佳怡"), QDate(2015, 3, 4), 137,
                                                          m_clock.today()))
                    .ok());
        ChildForm form(*db);
        form.load(ChildFile{});
        form.resize(1000, 700);
        form.show();
        auto* id = form.findChild<QLineEdit*>(QStringLiteral("idNumberLineEdit"));
        auto* message = form.findChild<QLabel*>(QStringLiteral("idNumberMessageLabel"));
        QVERIFY(id && message);
        QTest::keyClicks(id, TestDatabase::makeId(TestDatabase::kCounty, QDate(2015, 3, 4), 137));
        QVERIFY(!message->isHidden());
        QVERIFY2(message->text().contains(QStringLiteral("张佳怡")), qPrintable(message->text()));
        shot(&form, QStringLiteral("child-form-id-taken"));
        id->clear();
        QTest::keyClicks(id, TestDatabase::makeId(TestDatabase::kCounty, QDate(2015, 3, 4), 139));
        QVERIFY(!message->text().contains(QStringLiteral("张佳怡")));
    }

    void importReportNamesDuplicates()
    {
        ImportReport r;
        r.senderName = QStringLiteral("南跃村");
        r.duplicates.append({QStringLiteral("a"), QStringLiteral("张佳怡"), QStringLiteral("b"),
                             QStringLiteral("张佳怡"), TestDatabase::kVillage, QStringLiteral("id_number")});
        r.referralsFolded = 1;
        ImportReportDialog dialog(r);
        dialog.show();
        shot(&dialog, QStringLiteral("import-report-duplicates"));
        auto* label = dialog.findChild<QLabel*>(QStringLiteral("duplicatesLabel"));
        QVERIFY(label);
        QVERIFY(label->text().contains(QStringLiteral("张佳怡")));
        QVERIFY(!dialog.findChild<QLabel*>(QStringLiteral("nextStepLabel"))); // not "nothing more to do"
        auto* button = dialog.findChild<QPushButton*>(QStringLiteral("reviewDuplicatesButton"));
        QVERIFY(button);
        QSignalSpy asked(&dialog, &ImportReportDialog::reviewDuplicatesRequested);
        button->click();
        QCOMPARE(asked.count(), 1);
        // No duplicates: no label, no button.
        ImportReportDialog plain(ImportReport{});
        QVERIFY(!plain.findChild<QLabel*>(QStringLiteral("duplicatesLabel")));
        QVERIFY(!plain.findChild<QPushButton*>(QStringLiteral("reviewDuplicatesButton")));
    }

    void duplicatesWindowMerges()
    {
        QTemporaryDir dir;
        QString kept, other;
        auto db = twoFiles(dir, &kept, &other);
        QVERIFY(db);
        DuplicatesDialog dialog(*db);
        dialog.resize(1000, 500);
        dialog.show();
        QCOMPARE(dialog.table()->rowCount(), 1);
        QVERIFY(dialog.table()->item(0, 1)->text().contains(QStringLiteral("张佳怡")));
        QSignalSpy opened(&dialog, &DuplicatesDialog::openChildRequested);
        dialog.findChild<QPushButton*>(QStringLiteral("openOtherButton"))->click();
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.first().first().toString(), other);
        shot(&dialog, QStringLiteral("duplicates-window"));
        QSignalSpy changed(&dialog, &DuplicatesDialog::dataChanged);
        QVERIFY(dialog.mergeRow(0));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(dialog.table()->rowCount(), 0);
        QVERIFY(!dialog.findChild<QPushButton*>(QStringLiteral("mergeButton"))->isEnabled());
        QVERIFY(!dialog.message().isEmpty());
        QSqlQuery q(db->sql());
        q.exec(QStringLiteral("SELECT merged_into, school_name FROM child WHERE id = '%1'").arg(other));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), kept);
        q.exec(QStringLiteral("SELECT school_name FROM child WHERE id = '%1'").arg(kept));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("南跃小学")); // filled from the other file
    }
};

QTEST_MAIN(TestDuplicateViews)
#include "TestDuplicateViews.moc"
