// The words of the Chinese interface: no stored 0/1 or station ids where a person reads, the verdict says
// "suspected", a signed agreement's failed check is no alarm, the file says when it was saved, window
// titles name 守护 once, and a shared parent's change reaches the siblings' files when asked.
#include "AgreementFixtures.h"
#include "Localization.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "cases/CaseListModel.h"
#include "cases/CaseListPanel.h"
#include "cases/ChildForm.h"
#include "cases/ChildFormManager.h"
#include "cases/FieldEditor.h"
#include "cases/VerdictPanel.h"
#include "domain/Classification.h"
#include "exchange/ConflictsDialog.h"
#include "paper/AgreementDialog.h"
#include "storage/CaseRepository.h"
#include "storage/EntitySchema.h"
#include "storage/FieldText.h"
#include "storage/VisitRepository.h"
#include "sync/ConflictStore.h"
#include "visits/VisitForm.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

namespace {
const QRegularExpression kHexId(QStringLiteral("\\b[0-9a-f]{16}\\b"));

// The title as the window manager shows it: Qt adds " — " and the application's display name unless the
// title ends with it already (QPlatformWindow::formatWindowTitle; the offscreen platform does not).
QString shownTitle(const QWidget* w)
{
    QString title = w->windowTitle();
    title.remove(QStringLiteral("[*]"));
    const QString app = QApplication::applicationDisplayName();
    return title.endsWith(app) ? title : title + QStringLiteral(" — ") + app;
}
} // namespace

class TestWords final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(10, 0))};

private slots:
    void initTestCase() { Localization::install(*qApp, QStringLiteral("zh_CN")); }

    void conflictOnABooleanSaysYesOrNo()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        ChildFile f =
            TestDatabase::leftBehindChild(QStringLiteral("王小明"), QDate(2015, 3, 4), 21, m_clock.today());
        f.child.insert(QStringLiteral("abuse_suspected"), 1);
        Result<QString> id = CaseRepository(*db).create(f);
        QVERIFY2(id, qPrintable(id.error()));
        // Another station (not enrolled here) wrote "no" at the same time and lost.
        Conflict c;
        c.area = TestDatabase::kVillage;
        c.entity = QStringLiteral("child");
        c.recordId = id.value();
        c.field = QStringLiteral("abuse_suspected");
        c.value = 0;
        c.stamp = Stamp{Stamp::make(QDateTime(QDate(2026, 11, 27), QTime(9, 0)).toMSecsSinceEpoch(), 0),
                        QStringLiteral("ffffeeeeddddcccc")};
        c.id = ConflictStore::idOf(c.entity, c.recordId, c.field, c.stamp);
        c.detectedAt = QStringLiteral("2026-11-28T10:00:00.000Z");
        QVERIFY(db->begin());
        Result<bool> merged = ConflictStore(*db).merge(c);
        QVERIFY2(merged, qPrintable(merged.error()));
        QVERIFY(db->commit());

        ConflictsDialog dialog(*db);
        QTableWidget* table = dialog.table();
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 1)->text(), QStringLiteral("疑似遭受虐待或遗弃"));
        QCOMPARE(table->item(0, 2)->text(), FieldText::yesNo(true));
        QCOMPARE(table->item(0, 4)->text(), FieldText::yesNo(false));
        for (int col = 0; col < table->columnCount(); ++col) {
            const QString text = table->item(0, col)->text();
            QVERIFY2(!text.contains(kHexId), qPrintable(text));
            QVERIFY2(text != QLatin1String("1") && text != QLatin1String("0"), qPrintable(text));
        }
        QCOMPARE(table->item(0, 5)->toolTip(), QStringLiteral("ffffeeeeddddcccc"));
    }

    void savedVisitNamesTheStation()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        Result<QString> child = CaseRepository(*db).create(
            TestDatabase::leftBehindChild(QStringLiteral("王小明"), QDate(2015, 3, 4), 21, m_clock.today()));
        QVERIFY(child);
        Visit v;
        v.childId = child.value();
        v.values = {{QStringLiteral("kind"), QStringLiteral("monthly")},
                    {QStringLiteral("visit_date"), QStringLiteral("2026-11-27")}};
        Result<VisitSaved> saved = VisitRepository(*db).save(v);
        QVERIFY2(saved, qPrintable(saved.error()));
        VisitForm form(*db);
        QVERIFY(form.showSaved(saved->visitId));
        auto* state = form.findChild<QLabel*>(QStringLiteral("stateLabel"));
        QVERIFY(state);
        QVERIFY2(!state->text().contains(kHexId), qPrintable(state->text()));
        QVERIFY2(state->text().contains(QStringLiteral("Test station")), qPrintable(state->text()));
        QCOMPARE(state->toolTip(), db->station()->id);
    }

    // The file records a suspicion (abuse_suspected): the verdict says "suspected", not that abuse happened.
    void verdictSaysSuspected()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        ChildFile f =
            TestDatabase::leftBehindChild(QStringLiteral("王小明"), QDate(2015, 3, 4), 21, m_clock.today());
        f.child.insert(QStringLiteral("abuse_suspected"), 1);
        CaseRepository cases(*db);
        Result<QString> id = cases.create(f);
        QVERIFY2(id, qPrintable(id.error()));
        const Classification c = cases.classify(cases.load(id.value()).value(), m_clock.today());
        VerdictPanel panel;
        panel.setVerdict(c);
        const QString shown = panel.findChild<QLabel*>(QStringLiteral("detailsLabel"))->text();
        const QString suspicion = QCoreApplication::translate(
            "Classifier", "The file records a suspicion that the child is abused or abandoned.");
        QVERIFY2(shown.contains(suspicion.toHtmlEscaped()), qPrintable(shown));
        QVERIFY(!shown.contains(QStringLiteral("已记录儿童遭受虐待或遗弃")));
    }

    // A signed agreement is in force: the new agreement's unanswered questions are a neutral note, not a red
    // failed check; answering them for a new agreement brings the check back.
    void signedAgreementIsNoAlarm()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        Result<QString> child = CaseRepository(*db).create(AgreementFixtures::childWithGuardian(
            QStringLiteral("王小明"), QDate(2015, 3, 4), 21, m_clock.today()));
        QVERIFY2(child, qPrintable(child.error()));
        Result<QString> agreement = AgreementFixtures::addAgreement(
            *db, child.value(), m_clock.today().addDays(-10), m_clock.today().addYears(1));
        QVERIFY2(agreement, qPrintable(agreement.error()));
        AgreementRepository repo(*db);
        QVERIFY(repo.markPrinted({agreement.value()}));
        const Status signedNow = repo.sign(agreement.value(), m_clock.today(), QStringLiteral("李华"));
        QVERIFY2(signedNow, qPrintable(signedNow.error()));
        QCOMPARE(repo.load(agreement.value())->state(m_clock.today()), CareAgreement::State::Signed);

        AgreementDialog dialog(*db, child.value());
        auto* check = dialog.findChild<QLabel*>(QStringLiteral("checkLabel"));
        QVERIFY(check);
        QVERIFY2(!check->styleSheet().contains(QStringLiteral("#922b21")), qPrintable(check->styleSheet()));
        QCOMPARE(check->text(),
                 QCoreApplication::translate(
                     "AgreementDialog", "The agreement in force is signed on paper. Answer the questions "
                                        "above only to draw up a new agreement; the caregiver check then "
                                        "applies to it."));
        // Starting a new agreement: the check applies to it.
        auto* abuse = dialog.findChild<QComboBox*>(QStringLiteral("caregiver_abuseComboBox"));
        abuse->setCurrentIndex(1); // yes
        QVERIFY(check->styleSheet().contains(QStringLiteral("#922b21")));
    }

    // A parent's new phone is an update of the child's file: the case list's 最后更新 and the file's header
    // follow, the header says it was saved, and window titles name 守护 once.
    void lastUpdatedFollowsASave()
    {
        QTemporaryDir dir;
        FixedClock clock{QDateTime(QDate(2026, 11, 28), QTime(8, 0))};
        auto db = TestDatabase::open(dir, clock);
        QVERIFY(db);
        Result<QString> id = CaseRepository(*db).create(
            TestDatabase::leftBehindChild(QStringLiteral("王小明"), QDate(2015, 3, 4), 21, clock.today()));
        QVERIFY(id);
        QApplication::setApplicationDisplayName(QCoreApplication::translate("main", "Shouhu"));
        MainWindow w(*db);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_VERIFY(!w.isRefreshingCategories());
        QCOMPARE(shownTitle(&w).count(QApplication::applicationDisplayName()), 1);
        CaseListModel* model = w.caseList()->model();
        QCOMPARE(model->rowCount(), 1);
        const auto updatedShown = [model] {
            return model->index(0, CaseListModel::UpdatedColumn).data().toString();
        };
        const QString before = updatedShown();

        w.openChild(id.value());
        QCOMPARE(w.forms()->forms().size(), 1);
        ChildForm* form = w.forms()->forms().first();
        QCOMPARE(shownTitle(form), QStringLiteral("王小明 — ") + QApplication::applicationDisplayName());
        auto* state = form->findChild<QLabel*>(QStringLiteral("savedStateLabel"));
        QVERIFY(state);
        QVERIFY2(state->text().contains(before), qPrintable(state->text()));

        clock.advanceMs(2 * 3600 * 1000);
        form->editor(QStringLiteral("father"), QStringLiteral("phone"))
            ->setValue(QStringLiteral("13800138000"));
        QVERIFY(form->isDirty());
        QVERIFY2(form->save(), qPrintable(form->errorText()));
        const QString after = clock.now().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        QVERIFY(after != before);
        QTRY_COMPARE(updatedShown(), after);
        QVERIFY2(state->text().contains(after), qPrintable(state->text()));
        const QString saved = QCoreApplication::translate("ChildForm", "Saved at %1.")
                                  .arg(clock.now().toLocalTime().toString(QStringLiteral("HH:mm")));
        QVERIFY2(state->text().contains(saved), qPrintable(state->text()));
        form->close();
    }

    // One child's file changes the shared father's phone: one question names the sibling; yes writes it into
    // the sibling's file, no leaves it.
    void siblingsAreOfferedTheParentsChange()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        CaseRepository repo(*db);
        const QString fatherId = TestDatabase::makeId(TestDatabase::kCounty, QDate(1985, 2, 3), 51);
        QStringList ids;
        for (const auto& [name, sequence] :
             {std::pair{QStringLiteral("王小明"), 61}, {QStringLiteral("王小红"), 62}}) {
            ChildFile f = TestDatabase::leftBehindChild(name, QDate(2014, 1, 1).addDays(sequence), sequence,
                                                        m_clock.today());
            f.persons[QStringLiteral("father")].insert(QStringLiteral("id_number"), fatherId);
            Result<QString> id = repo.create(f);
            QVERIFY2(id, qPrintable(id.error()));
            ids << id.value();
        }
        const auto siblingPhone = [&repo, &ids] {
            return repo.load(ids[1])
                ->persons.value(QStringLiteral("father"))
                .value(QStringLiteral("phone"))
                .toString();
        };
        ChildForm form(*db);
        form.load(repo.load(ids[0]).value());
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));

        for (const bool yes : {false, true}) {
            const QString phone = yes ? QStringLiteral("13900002222") : QStringLiteral("13900001111");
            QString asked;
            int questions = 0;
            auto* poll = new QTimer(&form);
            connect(poll, &QTimer::timeout, poll, [&] {
                if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                    asked = box->text();
                    ++questions;
                    box->button(yes ? QMessageBox::Yes : QMessageBox::No)->click();
                }
            });
            poll->start(20);
            FieldEditor* phoneEditor = form.editor(QStringLiteral("father"), QStringLiteral("phone"));
            phoneEditor->setValue(phone);
            phoneEditor->validate(m_clock.today()); // as typing does
            QVERIFY2(form.save(), qPrintable(form.errorText()));
            poll->stop();
            QCOMPARE(questions, 1);
            QVERIFY2(asked.contains(QStringLiteral("王小红")), qPrintable(asked));
            QVERIFY2(asked.contains(phone), qPrintable(asked));
            QCOMPARE(siblingPhone(), yes ? phone : QString());
        }
        // A change of another field asks nothing.
        auto* poll = new QTimer(&form);
        int questions = 0;
        connect(poll, &QTimer::timeout, poll, [&] {
            if (auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget())) {
                ++questions;
                box->close();
            }
        });
        poll->start(20);
        form.editor(QStringLiteral("child"), QStringLiteral("school_name"))
            ->setValue(QStringLiteral("南跃小学"));
        QVERIFY(form.save());
        poll->stop();
        QCOMPARE(questions, 0);
    }
};

QTEST_MAIN(TestWords)
#include "TestWords.moc"
