#include "Localization.h"
#include "TestDatabase.h"
#include "TestSupport.h"
#include "office/ReconcileDialog.h"
#include "office/RosterImportDialog.h"
#include "storage/CaseRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTest>

// The roster import dialog as a child director uses it: a file opened, its columns mapped (guessed; one
// changed by hand in its combo box), the preview with a bad row and its reason, Import disabled until "skip
// bad rows" is ticked, the import run in the worker thread; and the reconciliation window with each case and
// its export. SHOUHU_LANG=zh_CN SHOUHU_SHOTS=DIR keeps Chinese pictures.
class TestRosterViews final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(10, 0))};
    QTemporaryDir m_shots;

    void shot(QWidget* w, const QString& name)
    {
        w->grab().save(m_shots.filePath(name + QStringLiteral(".png")));
        if (const QByteArray keep = qgetenv("SHOUHU_SHOTS"); !keep.isEmpty())
            w->grab().save(QString::fromLocal8Bit(keep) + QLatin1Char('/') + name + QStringLiteral(".png"));
    }

    static QString id(QDate birth, int sequence)
    {
        return TestDatabase::makeId(TestDatabase::kCounty, birth, sequence);
    }

    static int children(CaseDatabase& db)
    {
        QSqlQuery q(db.sql());
        q.exec(QStringLiteral("SELECT count(*) FROM child"));
        return q.next() ? q.value(0).toInt() : -1;
    }

private slots:
    void initTestCase() { Localization::install(*qApp, qEnvironmentVariable("SHOUHU_LANG")); }

    void importsARoster()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        QVERIFY(CaseRepository(*db)
                    .create(TestDatabase::leftBehindChild(QStringLiteral("王小明"), QDate(2016, 3, 5), 13,
                                                          m_clock.today()))
                    .ok());
        QFile f(dir.filePath(QStringLiteral("roster.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write((QStringLiteral("南跃村农村留守儿童花名册,,,,\n姓名,身份证号,性别,出生日期,学校\n"
                                "王小明,%1,男,2016-03-05,南跃小学\n陈静,%2,女,2015/3/4,南跃小学\n"
                                "赵六,%3,女,2012-05-05,\n")
                     .arg(id(QDate(2016, 3, 5), 13), id(QDate(2015, 3, 4), 52), id(QDate(2012, 5, 5), 61)))
                    .toUtf8());
        f.close();

        RosterImportDialog dialog(*db);
        dialog.resize(1100, 560);
        dialog.show();
        QVERIFY2(dialog.openFile(f.fileName()), qPrintable(dialog.message()));
        QCOMPARE(dialog.mappingTable()->rowCount(), 5);
        auto* schoolCombo = qobject_cast<QComboBox*>(dialog.mappingTable()->cellWidget(4, 2));
        QVERIFY(schoolCombo);
        QCOMPARE(schoolCombo->currentData().toString(), QStringLiteral("school_name"));
        QCOMPARE(dialog.previewTable()->rowCount(), 3);
        // 赵六's ID number says male.
        QVERIFY(dialog.previewTable()->item(2, 4)->text().contains(QStringLiteral("ID")) ||
                dialog.previewTable()->item(2, 4)->text().contains(QStringLiteral("身份证")));
        QCOMPARE(dialog.previewTable()->item(2, 0)->text(), QStringLiteral("5"));
        QVERIFY(!dialog.importButton()->isEnabled());
        shot(&dialog, QStringLiteral("roster-import-preview"));

        // The ID number column unmapped by hand: the roster cannot be imported, the dialog says why.
        auto* idCombo = qobject_cast<QComboBox*>(dialog.mappingTable()->cellWidget(1, 2));
        QVERIFY(idCombo);
        idCombo->setCurrentIndex(0);
        emit idCombo->activated(0);
        QVERIFY(!dialog.importButton()->isEnabled());
        QCOMPARE(dialog.previewTable()->rowCount(), 0);
        QVERIFY(!dialog.summary().isEmpty());
        dialog.setField(QStringLiteral("身份证号"), QStringLiteral("id_number"));
        QCOMPARE(idCombo->currentData().toString(), QStringLiteral("id_number"));
        QCOMPARE(dialog.previewTable()->rowCount(), 3);

        dialog.skipBadBox()->setChecked(true);
        QVERIFY(dialog.importButton()->isEnabled());
        QSignalSpy finished(&dialog, &RosterImportDialog::importFinished);
        QSignalSpy changed(&dialog, &RosterImportDialog::dataChanged);
        dialog.importButton()->click();
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(changed.count(), 1);
        QVERIFY2(dialog.message().contains(QLatin1Char('1')), qPrintable(dialog.message()));
        QCOMPARE(children(*db), 2);
        // Read again: the new child and the update are now unchanged, the bad row still bad.
        QCOMPARE(dialog.previewTable()->rowCount(), 3);
        QVERIFY(!dialog.importButton()->isEnabled());
        shot(&dialog, QStringLiteral("roster-import-done"));
    }

    void refusesABrokenFile()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QFile f(dir.filePath(QStringLiteral("broken.xlsx")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("PK\x03\x04", 4) + QByteArray(100, 'x'));
        f.close();
        RosterImportDialog dialog(*db);
        QVERIFY(!dialog.openFile(f.fileName()));
        QVERIFY(!dialog.message().isEmpty());
        QVERIFY(!dialog.importButton()->isEnabled());
    }

    void reconciles()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        CaseRepository cases(*db);
        QVERIFY(cases
                    .create(TestDatabase::leftBehindChild(QStringLiteral("王小明"), QDate(2016, 3, 5), 13,
                                                          m_clock.today()))
                    .ok());
        ChildFile c;
        c.areaCode = TestDatabase::kVillage;
        c.child = {{QStringLiteral("name"), QStringLiteral("陈静")},
                   {QStringLiteral("id_number"), id(QDate(2015, 3, 4), 52)}};
        Result<QString> chen = cases.create(c);
        QVERIFY(chen.ok());
        ReconcileDialog dialog(*db);
        dialog.resize(1000, 420);
        dialog.show();
        QVERIFY(!dialog.exportButton()->isEnabled());
        QVERIFY2(dialog.openFile(TestSupport::fixturesDir() + QStringLiteral("/roster/national.csv")),
                 qPrintable(dialog.message()));
        // 王小明 the same; 李娟, 孙丽 and 周平 only in the list; 陈静 only here.
        QCOMPARE(dialog.table()->rowCount(), 5);
        QVERIFY(dialog.exportButton()->isEnabled());
        QSignalSpy open(&dialog, &ReconcileDialog::openChildRequested);
        emit dialog.table()->cellDoubleClicked(4, 0);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), chen.value());
        shot(&dialog, QStringLiteral("reconcile"));
        const QString out = dir.filePath(QStringLiteral("result.xlsx"));
        QVERIFY(dialog.exportTo(out));
        QVERIFY(QFile::exists(out));
    }
};

QTEST_MAIN(TestRosterViews)
#include "TestRosterViews.moc"
