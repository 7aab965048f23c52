#pragma once

#include "storage/DraftStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class Banner;
class CaseDatabase;
class QMenu;
class QWidget;
class ReferralDialog;
class ReferralsView;
class ScheduleView;
class VisitForm;

// The workflow of visits and referrals: opens visit forms (one new visit per child at a time, a saved visit
// read-only, a correction), referral dialogs, the monthly schedule and the list of referrals, and offers
// back the visits left unsaved by an earlier session. MainWindow owns one; the child's file finds it with
// VisitController::of().
class VisitController final : public QObject
{
    Q_OBJECT
public:
    VisitController(CaseDatabase& db, QWidget* window);

    // The controller of the window `widget` belongs to (a new one on that window when there is none).
    static VisitController* of(QWidget* widget, CaseDatabase& db);

    // A new visit to the child (the draft left for it, if any, is put back in); nullptr with `error` set
    // when the child cannot be loaded.
    VisitForm* newVisit(const QString& childId, QString* error = nullptr);
    VisitForm* showVisit(const QString& visitId, QString* error = nullptr);
    VisitForm* correctVisit(const QString& visitId, QString* error = nullptr);
    ReferralDialog* openReferral(const QString& referralId, QString* error = nullptr);
    ScheduleView* scheduleView();
    ReferralsView* referralsView();

    // View → Monthly visits, View → Referrals.
    void addViewActions(QMenu* view);
    // Unsaved visits of an earlier session, not open now.
    QList<DraftStore::Draft> drafts() const;
    // A banner per unsaved visit, offering to restore or discard it.
    QList<Banner*> draftBanners();
    VisitForm* restore(const DraftStore::Draft& draft);
    // Asks each visit form with unsaved changes Save / Discard / Cancel; false when the user cancelled.
    bool closeAll();

signals:
    void openChildRequested(const QString& childId);
    // A visit was saved or a referral changed: lists showing the child refresh.
    void changed(const QString& childId);
    void message(const QString& sentence);

private:
    VisitForm* adopt(VisitForm* form);

    CaseDatabase& m_db;
    QWidget* m_window;
    QHash<QString, QPointer<VisitForm>> m_newForms; // by child id
    QPointer<ScheduleView> m_schedule;
    QPointer<ReferralsView> m_referrals;
};
