#include "TestDatabase.h"
#include "cases/CaseListModel.h"
#include "cases/ChildForm.h"
#include "cases/FieldEditor.h"
#include "cases/TimelineModel.h"
#include "demo/DemoGenerator.h"
#include "domain/RiskRules.h"
#include "domain/Vocabulary.h"
#include "storage/CaseRepository.h"
#include "storage/DraftStore.h"
#include "storage/ReferralRepository.h"
#include "storage/VisitRepository.h"
#include "visits/ReferralDialog.h"
#include "visits/ReferralListModel.h"
#include "visits/ReferralsView.h"
#include "visits/ScheduleModel.h"
#include "visits/ScheduleView.h"
#include "visits/VisitController.h"
#include "visits/VisitForm.h"
#include "visits/VisitsPanel.h"

#include "Localization.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTreeView>

// The visit form, the child's timeline, the schedule and the referrals, driven as a child director would:
// offscreen, the visit filled in with the keyboard alone.
class TestVisitViews final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void monthlyVisitByKeyboardAlone();
    void livingAloneShowsPoliceReportBeforeSaving();
    void savedVisitIsReadOnlyAndCorrectionKeepsBoth();
    void unsavedVisitIsKeptAsDraft();
    void scheduleListsDueChild();
    void referralsViewHighlightsOverdue();
    void policeReportCannotCloseUnrecorded();
    void caseListShowsRiskWithReason();
    void screenshots();

private:
    // A saved survey visit that finds the child living alone, `daysAgo` before today.
    QString saveLivingAlone(int daysAgo);
    ChildForm* openChild(const QString& childId = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<CaseDatabase> m_db;
    std::unique_ptr<ChildForm> m_form;
    QString m_child;
};

namespace {
// Presses Tab on the focused widget until the widget named `name` has the focus; inside a group of check
// boxes (one Tab stop), Down moves to the box.
bool tabTo(QWidget* window, const QString& name)
{
    const auto* target = window->findChild<QWidget*>(name);
    for (int i = 0; i < 200; ++i) {
        QWidget* focus = window->focusWidget();
        if (!focus)
            return false;
        if (focus->objectName() == name)
            return true;
        const bool inGroup = target && qobject_cast<QCheckBox*>(focus) &&
                             qobject_cast<const QCheckBox*>(target) &&
                             focus->parentWidget() == target->parentWidget();
        QTest::keyClick(focus, inGroup ? Qt::Key_Down : Qt::Key_Tab);
    }
    return false;
}

void key(QWidget* window, Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(window->focusWidget(), k, modifiers);
}

void type(QWidget* window, const QString& text)
{
    QTest::keyClicks(window->focusWidget(), text);
}

VisitForm* onlyVisitForm(QWidget* parent, VisitForm::Mode mode)
{
    VisitForm* found = nullptr;
    for (VisitForm* f : parent->findChildren<VisitForm*>()) {
        if (f->mode() == mode && f->isVisible())
            found = f;
    }
    return found;
}

int rowOfType(QAbstractItemModel* model, const QString& type, int from = 0)
{
    for (int r = from; r < model->rowCount(); ++r) {
        if (model->index(r, 0).data(TimelineModel::TypeRole).toString() == type)
            return r;
    }
    return -1;
}
} // namespace

void TestVisitViews::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2024, 5, 20), QTime(9, 0)));
    m_db = TestDatabase::open(*m_dir, *m_clock);
    QVERIFY(m_db);
    Result<QString> id = CaseRepository(*m_db).create(
        TestDatabase::leftBehindChild(QStringLiteral("王小明"), QDate(2014, 6, 30), 123, m_clock->today()));
    QVERIFY2(id.ok(), qPrintable(id.error()));
    m_child = id.value();
}

void TestVisitViews::cleanup()
{
    m_form.reset();
    m_db.reset();
    m_dir.reset();
}

ChildForm* TestVisitViews::openChild(const QString& childId)
{
    m_form = std::make_unique<ChildForm>(*m_db);
    m_form->setAttribute(Qt::WA_DeleteOnClose, false);
    Result<ChildFile> file = CaseRepository(*m_db).load(childId.isEmpty() ? m_child : childId);
    if (!file)
        return nullptr;
    m_form->load(file.value());
    m_form->show();
    return m_form.get();
}

QString TestVisitViews::saveLivingAlone(int daysAgo)
{
    Visit v;
    v.childId = m_child;
    v.values = {{QStringLiteral("kind"), QStringLiteral("survey")},
                {QStringLiteral("visit_date"), m_clock->today().addDays(-daysAgo).toString(Qt::ISODate)},
                {QStringLiteral("visitor"), QStringLiteral("陈丽")},
                {QStringLiteral("safety_concerns"), QStringLiteral("living_alone")}};
    Result<VisitSaved> saved = VisitRepository(*m_db).save(v);
    if (!saved || saved->referrals.size() != 1)
        return {};
    return saved->referrals.first().referralId;
}

void TestVisitViews::monthlyVisitByKeyboardAlone()
{
    ChildForm* form = openChild();
    QVERIFY(form);
    VisitsPanel* panel = form->visitsPanel();
    QVERIFY(panel);
    QAbstractItemModelTester timelineTester(panel->model(),
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(panel->model()->rowCount(), 0);
    QTest::mouseClick(panel->findChild<QPushButton*>(QStringLiteral("newVisitPushButton")), Qt::LeftButton);
    VisitForm* visit = onlyVisitForm(form, VisitForm::Mode::New);
    QVERIFY(visit);
    QVERIFY(QTest::qWaitForWindowExposed(visit));
    visit->activateWindow();

    // The form opens on the kind of visit, a monthly visit today by the station's operator.
    QVERIFY(visit->focusWidget());
    QCOMPARE(visit->focusWidget()->objectName(), QStringLiteral("kindComboBox"));
    QCOMPARE(visit->visit().kind(), QStringLiteral("monthly"));
    QCOMPARE(visit->visit().text(QStringLiteral("visit_date")), QStringLiteral("2024-05-20"));
    QCOMPARE(visit->visit().text(QStringLiteral("visitor")), QStringLiteral("Tester"));
    // Tab goes through the fields in reading order.
    const QStringList order{QStringLiteral("visitDateLineEdit"), QStringLiteral("visitorLineEdit"),
                            QStringLiteral("visitorRoleComboBox"), QStringLiteral("metChildCheckBox")};
    for (const QString& next : order) {
        key(visit, Qt::Key_Tab);
        QCOMPARE(visit->focusWidget()->objectName(), next);
    }

    key(visit, Qt::Key_Space); // met: the child
    QVERIFY(tabTo(visit, QStringLiteral("metGrandparentCheckBox")));
    key(visit, Qt::Key_Space);
    QVERIFY(tabTo(visit, QStringLiteral("safetyComboBox")));
    key(visit, Qt::Key_Down); // good
    QVERIFY(tabTo(visit, QStringLiteral("guardianshipGradeComboBox")));
    key(visit, Qt::Key_Down);
    key(visit, Qt::Key_Down); // fair
    QVERIFY(tabTo(visit, QStringLiteral("hazardWaterCheckBox")));
    key(visit, Qt::Key_Space);
    key(visit, Qt::Key_Tab); // the action about it is next, now that the hazard is ticked
    QCOMPARE(visit->focusWidget()->objectName(), QStringLiteral("hazardWaterActionLineEdit"));
    type(visit, QStringLiteral("Warned about the pond"));
    QVERIFY(tabTo(visit, QStringLiteral("contactMeansVideoCheckBox")));
    key(visit, Qt::Key_Space);
    QVERIFY(tabTo(visit, QStringLiteral("needsPlainTextEdit")));
    type(visit, QStringLiteral("A school bag"));
    QVERIFY(visit->isDirty());
    visit->updatePreview();
    QVERIFY(visit->previewReferrals().isEmpty());
    QVERIFY2(visit->previewText().contains(QStringLiteral("Open no referral")),
             qPrintable(visit->previewText()));

    QVERIFY(tabTo(visit, QStringLiteral("savePushButton")));
    key(visit, Qt::Key_Space);
    QCOMPARE(visit->errorText(), QString());
    QVERIFY(visit->isReadOnly());

    Result<QList<Visit>> visits = VisitRepository(*m_db).forChild(m_child);
    QVERIFY(visits);
    QCOMPARE(visits->size(), 1);
    const Visit& saved = visits->first();
    QCOMPARE(saved.kind(), QStringLiteral("monthly"));
    QCOMPARE(saved.codes(QStringLiteral("met")),
             (QStringList{QStringLiteral("child"), QStringLiteral("grandparent")}));
    QCOMPARE(saved.text(QStringLiteral("safety")), QStringLiteral("good"));
    QCOMPARE(saved.text(QStringLiteral("guardianship_grade")), QStringLiteral("fair"));
    QCOMPARE(saved.hazardActions().value(QStringLiteral("water")), QStringLiteral("Warned about the pond"));
    QCOMPARE(saved.codes(QStringLiteral("contact_means")), QStringList{QStringLiteral("video")});
    QCOMPARE(saved.text(QStringLiteral("needs")), QStringLiteral("A school bag"));
    QVERIFY(!DraftStore(*m_db).find(QStringLiteral("visit:") + m_child));

    // The visit appears in the child's timeline.
    QCOMPARE(panel->model()->rowCount(), 1);
    const QModelIndex row = panel->model()->index(0, TimelineModel::WhatColumn);
    QCOMPARE(row.data(TimelineModel::IdRole).toString(), saved.id);
    QCOMPARE(row.data().toString(), Vocabulary::label(Vocabulary::VisitKind, QStringLiteral("monthly")));
    QVERIFY(panel->riskText().contains(RiskLevel::label(RiskLevel::Level::Low))); // guardianship fair
}

void TestVisitViews::livingAloneShowsPoliceReportBeforeSaving()
{
    QWidget host;
    VisitController controller(*m_db, &host);
    VisitForm* visit = controller.newVisit(m_child);
    QVERIFY(visit);
    QVERIFY(QTest::qWaitForWindowExposed(visit));
    QVERIFY(!visit->findChild<QWidget*>(QStringLiteral("surveyGroupBox"))->isVisible());
    key(visit, Qt::Key_Up); // monthly -> survey
    QCOMPARE(visit->visit().kind(), QStringLiteral("survey"));
    QVERIFY(visit->findChild<QWidget*>(QStringLiteral("surveyGroupBox"))->isVisible());
    QVERIFY(tabTo(visit, QStringLiteral("safetyConcernsLivingAloneCheckBox")));
    key(visit, Qt::Key_Space);
    QVERIFY(tabTo(visit, QStringLiteral("surveyClearDataCheckBox")));
    key(visit, Qt::Key_Space);

    // Before saving: the mandatory report to the police, with its reason, in red.
    QTRY_COMPARE(visit->previewReferrals().size(), 1);
    const ReferralOutcome police = visit->previewReferrals().first();
    QCOMPARE(police.kind, QStringLiteral("police_report"));
    QVERIFY(police.opened);
    QVERIFY(!police.reasons.isEmpty());
    QVERIFY2(visit->previewText().contains(QStringLiteral("police")), qPrintable(visit->previewText()));
    QVERIFY(visit->previewText().contains(police.reasons.first()));
    QVERIFY(visit->findChild<QLabel*>(QStringLiteral("previewLabel"))
                ->text()
                .contains(QStringLiteral("#c0392b")));
    Result<QList<Referral>> none = ReferralRepository(*m_db).forChild(m_child);
    QVERIFY(none && none->isEmpty()); // the preview wrote nothing

    QVERIFY(tabTo(visit, QStringLiteral("savePushButton")));
    key(visit, Qt::Key_Space);
    QCOMPARE(visit->errorText(), QString());
    QCOMPARE(visit->savedReferrals().size(), 1);
    const ReferralOutcome opened = visit->savedReferrals().first();
    QVERIFY(opened.opened);
    Result<Referral> referral = ReferralRepository(*m_db).load(opened.referralId);
    QVERIFY(referral);
    QCOMPARE(referral->kind(), QStringLiteral("police_report"));
    QVERIFY(referral->isOpen());
    QVERIFY(visit->previewText().contains(QStringLiteral("Opened")));
    QVERIFY(VisitRepository(*m_db).surveyStatus(m_child)->surveyed);

    // The link to the referral opens it.
    emit visit->findChild<QLabel*>(QStringLiteral("previewLabel"))
        ->linkActivated(QStringLiteral("referral:") + opened.referralId);
    auto* dialog = host.findChild<ReferralDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->referral().id, opened.referralId);
}

void TestVisitViews::savedVisitIsReadOnlyAndCorrectionKeepsBoth()
{
    ChildForm* form = openChild();
    QVERIFY(form);
    VisitController* controller = VisitController::of(form, *m_db);
    Visit v;
    v.childId = m_child;
    v.values = {{QStringLiteral("kind"), QStringLiteral("monthly")},
                {QStringLiteral("visit_date"), QStringLiteral("2024-05-18")},
                {QStringLiteral("needs"), QStringLiteral("Shoes")}};
    Result<VisitSaved> saved = VisitRepository(*m_db).save(v);
    QVERIFY(saved);
    VisitForm* shown = controller->showVisit(saved->visitId);
    QVERIFY(shown);
    QVERIFY(shown->isReadOnly());
    auto* needs = shown->findChild<QPlainTextEdit*>(QStringLiteral("needsPlainTextEdit"));
    QVERIFY(needs->isReadOnly());
    QTest::keyClicks(needs, QStringLiteral("more"));
    QCOMPARE(needs->toPlainText(), QStringLiteral("Shoes"));
    QVERIFY(!shown->findChild<QWidget*>(QStringLiteral("kindComboBox"))->isEnabled());
    QVERIFY(!shown->findChild<QPushButton*>(QStringLiteral("savePushButton"))->isVisible());
    QVERIFY(!shown->save());
    QVERIFY(!VisitRepository(*m_db).update(saved->visitId, {}));

    QTest::mouseClick(shown->findChild<QPushButton*>(QStringLiteral("correctPushButton")), Qt::LeftButton);
    VisitForm* correction = onlyVisitForm(form, VisitForm::Mode::Correction);
    QVERIFY(correction);
    QCOMPARE(correction->supersedes(), saved->visitId);
    QCOMPARE(correction->visit().text(QStringLiteral("needs")), QStringLiteral("Shoes"));
    QCOMPARE(correction->focusWidget()->objectName(), QStringLiteral("correctionReasonLineEdit"));
    type(correction, QStringLiteral("Wrong needs"));
    QVERIFY(tabTo(correction, QStringLiteral("needsPlainTextEdit")));
    key(correction, Qt::Key_End);
    type(correction, QStringLiteral(" and a coat"));
    QVERIFY(tabTo(correction, QStringLiteral("savePushButton")));
    key(correction, Qt::Key_Space);
    QCOMPARE(correction->errorText(), QString());
    QVERIFY(correction->isReadOnly());

    Result<QList<Visit>> visits = VisitRepository(*m_db).forChild(m_child);
    QCOMPARE(visits->size(), 2);
    TimelineModel* timeline = form->visitsPanel()->model();
    QCOMPARE(timeline->rowCount(), 2);
    int superseded = 0;
    for (int r = 0; r < 2; ++r) {
        const QModelIndex i = timeline->index(r, TimelineModel::DetailsColumn);
        if (i.data(TimelineModel::SupersededRole).toBool()) {
            ++superseded;
            QCOMPARE(i.data(TimelineModel::IdRole).toString(), saved->visitId);
            QVERIFY(i.data(Qt::DisplayRole).toString().contains(QStringLiteral("Corrected")));
            QVERIFY(timeline->index(r, 0).data(Qt::FontRole).value<QFont>().strikeOut());
        } else {
            QVERIFY(i.data(Qt::DisplayRole).toString().contains(QStringLiteral("and a coat")));
            QVERIFY(i.data(Qt::DisplayRole).toString().contains(QStringLiteral("Wrong needs")));
        }
    }
    QCOMPARE(superseded, 1);
    // The corrected visit cannot be corrected a second time.
    QString error;
    QVERIFY(!controller->correctVisit(saved->visitId, &error));
    QVERIFY(!error.isEmpty());
}

void TestVisitViews::unsavedVisitIsKeptAsDraft()
{
    {
        QWidget host;
        VisitController controller(*m_db, &host);
        VisitForm* visit = controller.newVisit(m_child);
        QVERIFY(visit);
        QVERIFY(tabTo(visit, QStringLiteral("needsPlainTextEdit")));
        type(visit, QStringLiteral("New glasses"));
        visit->saveDraft(); // what the 3-second timer does
        QVERIFY(DraftStore(*m_db).find(QStringLiteral("visit:") + m_child));
        visit->hide();
        visit->deleteLater(); // the program stops without saving
        QTest::qWait(0);
    }
    QWidget host;
    VisitController controller(*m_db, &host);
    const QList<DraftStore::Draft> drafts = controller.drafts();
    QCOMPARE(drafts.size(), 1);
    QCOMPARE(controller.draftBanners().size(), 1);
    VisitForm* restored = controller.restore(drafts.first());
    QVERIFY(restored);
    QCOMPARE(restored->visit().text(QStringLiteral("needs")), QStringLiteral("New glasses"));
    QVERIFY(restored->isDirty());
}

void TestVisitViews::scheduleListsDueChild()
{
    ScheduleView view(*m_db);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    ScheduleModel* model = view.model();
    // Registered today: the first visit is due within 5 working days.
    QCOMPARE(model->rowCount(), 3);
    const QModelIndex due = model->index(1, 0);
    QCOMPARE(model->rowCount(due), 1);
    const QModelIndex entry = model->index(0, ScheduleModel::NameColumn, due);
    QCOMPARE(entry.data().toString(), QStringLiteral("王小明"));
    QCOMPARE(entry.data(ScheduleModel::ChildIdRole).toString(), m_child);
    QCOMPARE(entry.data(ScheduleModel::StateRole).toString(), QStringLiteral("due"));
    QCOMPARE(model->index(0, ScheduleModel::DueColumn, due).data().toString(), QStringLiteral("2024-05-27"));

    view.setGrouping(int(ScheduleModel::Grouping::Village));
    QCOMPARE(model->rowCount(), 1);
    QVERIFY(model->index(0, 0).data().toString().contains(QStringLiteral("due 1")));
    view.setGrouping(int(ScheduleModel::Grouping::Visitor));
    QCOMPARE(model->rowCount(), 1);

    // A month later without a visit: overdue, and highlighted.
    m_clock->set(QDateTime(QDate(2024, 6, 3), QTime(9, 0)));
    view.setGrouping(int(ScheduleModel::Grouping::State));
    view.setMonth(QDate(2024, 5, 1));
    view.reload();
    const QModelIndex overdue = model->index(0, 0);
    QCOMPARE(model->rowCount(overdue), 1);
    QVERIFY(model->index(0, 0, overdue).data(Qt::BackgroundRole).isValid());

    // Double click opens the child.
    QSignalSpy opened(&view, &ScheduleView::openChildRequested);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const QModelIndex child = model->index(0, 0, overdue);
    view.view()->setCurrentIndex(child);
    QTest::keyClick(view.view(), Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), m_child);
}

void TestVisitViews::referralsViewHighlightsOverdue()
{
    const QString id = saveLivingAlone(1); // due yesterday, not reported yet
    QVERIFY(!id.isEmpty());
    ReferralsView view(*m_db);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(view.model()->rowCount(), 1);
    const QModelIndex row = view.model()->index(0, ReferralListModel::DueColumn);
    QCOMPARE(row.data(ReferralListModel::IdRole).toString(), id);
    QVERIFY(row.data(ReferralListModel::OverdueRole).toBool());
    QVERIFY(row.data(Qt::BackgroundRole).isValid());
    view.setKind(QStringLiteral("dropout"));
    QCOMPARE(view.model()->rowCount(), 0);
    view.setKind(QStringLiteral("police_report"));
    QCOMPARE(view.model()->rowCount(), 1);

    // The child's timeline shows the referral, overdue, with its steps.
    ChildForm* form = openChild();
    TimelineModel* timeline = form->visitsPanel()->model();
    QAbstractItemModelTester timelineTester(timeline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int r = rowOfType(timeline, QStringLiteral("referral"));
    QVERIFY(r >= 0);
    QVERIFY(timeline->index(r, 0).data(TimelineModel::OverdueRole).toBool());
    QVERIFY(timeline->rowCount(timeline->index(r, 0)) >= 1); // "opened"
    QVERIFY(form->visitsPanel()->riskText().contains(RiskLevel::label(RiskLevel::Level::High)));
}

void TestVisitViews::policeReportCannotCloseUnrecorded()
{
    const QString id = saveLivingAlone(0);
    QVERIFY(!id.isEmpty());
    ReferralDialog dialog(*m_db);
    dialog.setAttribute(Qt::WA_DeleteOnClose, false);
    QVERIFY(dialog.load(id));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* outcome = dialog.findChild<QLineEdit*>(QStringLiteral("outcomeLineEdit"));
    QTest::keyClicks(outcome, QStringLiteral("Police came"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("closeReferralPushButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.errorText(),
             QStringLiteral("A report to the police cannot be closed before it records when, "
                            "to whom and by whom it was reported."));
    QVERIFY(ReferralRepository(*m_db).load(id)->isOpen());

    // Record the report as a step, then close.
    QTest::keyClicks(dialog.editor(QStringLiteral("reported_at"))->widget(),
                     QStringLiteral("2024-05-20 10:30"));
    QTest::keyClicks(dialog.editor(QStringLiteral("reported_to"))->widget(),
                     QStringLiteral("Shuichun police"));
    QTest::keyClicks(dialog.editor(QStringLiteral("reported_by"))->widget(), QStringLiteral("Chen Li"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("addStepPushButton")), Qt::LeftButton);
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(dialog.referral().status(), QStringLiteral("in_progress"));
    QCOMPARE(dialog.referral().steps.last().action, QStringLiteral("police_reported"));
    QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("closeReferralPushButton")),
                      Qt::LeftButton);
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(ReferralRepository(*m_db).load(id)->status(), QStringLiteral("closed"));
}

void TestVisitViews::caseListShowsRiskWithReason()
{
    QVERIFY(!saveLivingAlone(0).isEmpty());
    CaseListModel model(*m_db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex risk = model.index(0, CaseListModel::RiskColumn);
    QCOMPARE(risk.data().toString(), RiskLevel::label(RiskLevel::Level::High));
    QVERIFY(!risk.data(Qt::ToolTipRole).toString().isEmpty());
    QCOMPARE(model.headerData(CaseListModel::RiskColumn, Qt::Horizontal).toString(), QStringLiteral("Risk"));
}

void TestVisitViews::screenshots()
{
    const QString dir = qEnvironmentVariable("SHOUHU_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("SHOUHU_SCREENSHOT_DIR is not set");
    Localization::install(*qApp, qEnvironmentVariable("SHOUHU_LANG"));
    DemoGenerator::Options options;
    options.children = 40;
    options.seed = 3;
    QVERIFY(DemoGenerator::generate(*m_db, options));
    QWidget host;
    VisitController controller(*m_db, &host);
    VisitForm* visit = controller.newVisit(m_child);
    QVERIFY(visit);
    key(visit, Qt::Key_Up);
    QVERIFY(tabTo(visit, QStringLiteral("safetyConcernsLivingAloneCheckBox")));
    key(visit, Qt::Key_Space);
    QVERIFY(tabTo(visit, QStringLiteral("hazardWaterCheckBox")));
    key(visit, Qt::Key_Space);
    visit->updatePreview();
    QTest::qWait(50);
    QVERIFY(visit->grab().save(dir + QStringLiteral("/visit-form.png")));
    ScheduleView* schedule = controller.scheduleView();
    QTest::qWait(50);
    QVERIFY(schedule->grab().save(dir + QStringLiteral("/schedule.png")));
    schedule->setGrouping(int(ScheduleModel::Grouping::Village));
    QVERIFY(schedule->grab().save(dir + QStringLiteral("/schedule-village.png")));
    ReferralsView* referrals = controller.referralsView();
    referrals->setOpenOnly(false);
    QVERIFY(referrals->grab().save(dir + QStringLiteral("/referrals.png")));
    const QString referralId = referrals->model()->index(0, 0).data(ReferralListModel::IdRole).toString();
    ReferralDialog* dialog = controller.openReferral(referralId);
    QVERIFY(dialog);
    QVERIFY(dialog->grab().save(dir + QStringLiteral("/referral.png")));
    ChildForm* form =
        openChild(referrals->model()->index(0, 0).data(ReferralListModel::ChildIdRole).toString());
    auto* tabs = form->findChild<QTabWidget*>(QStringLiteral("sectionsTabWidget"));
    tabs->setCurrentIndex(tabs->count() - 1);
    QVERIFY(form->grab().save(dir + QStringLiteral("/child-visits.png")));
}

QTEST_MAIN(TestVisitViews)
#include "TestVisitViews.moc"
