#include "VisitController.h"

#include "ReferralDialog.h"
#include "ReferralsView.h"
#include "ScheduleView.h"
#include "VisitForm.h"
#include "shared/Banner.h"
#include "storage/CaseDatabase.h"

#include <QAction>
#include <QLocale>
#include <QMenu>
#include <QWidget>

VisitController::VisitController(CaseDatabase& db, QWidget* window)
    : QObject(window)
    , m_db(db)
    , m_window(window)
{
    setObjectName(QStringLiteral("visitController"));
}

VisitController* VisitController::of(QWidget* widget, CaseDatabase& db)
{
    for (QWidget* w = widget; w; w = w->parentWidget()) {
        if (auto* c = w->findChild<VisitController*>(QString(), Qt::FindDirectChildrenOnly))
            return c;
    }
    return new VisitController(db, widget->window());
}

VisitForm* VisitController::adopt(VisitForm* form)
{
    connect(form, &VisitForm::saved, this, [this](const QString& childId) { emit changed(childId); });
    connect(form, &VisitForm::correctRequested, this, [this](const QString& visitId) {
        QString error;
        if (!correctVisit(visitId, &error))
            emit message(error);
    });
    connect(form, &VisitForm::referralRequested, this, [this](const QString& id) { openReferral(id); });
    form->show();
    form->raise();
    form->activateWindow();
    return form;
}

VisitForm* VisitController::newVisit(const QString& childId, QString* error)
{
    if (VisitForm* open = m_newForms.value(childId); open && !open->isReadOnly()) {
        open->show();
        open->raise();
        open->activateWindow();
        return open;
    }
    auto* form = new VisitForm(m_db, m_window);
    if (!form->startNew(childId, error)) {
        delete form;
        return nullptr;
    }
    if (const auto draft = DraftStore(m_db).find(form->draftKey())) {
        if (Result<Visit> v = Visit::fromJson(draft->payload))
            form->applyDraft(v.value());
    }
    m_newForms.insert(childId, form);
    return adopt(form);
}

VisitForm* VisitController::showVisit(const QString& visitId, QString* error)
{
    auto* form = new VisitForm(m_db, m_window);
    if (!form->showSaved(visitId, error)) {
        delete form;
        return nullptr;
    }
    return adopt(form);
}

VisitForm* VisitController::correctVisit(const QString& visitId, QString* error)
{
    auto* form = new VisitForm(m_db, m_window);
    if (!form->startCorrection(visitId, error)) {
        delete form;
        return nullptr;
    }
    m_newForms.insert(form->childId(), form);
    return adopt(form);
}

ReferralDialog* VisitController::openReferral(const QString& referralId, QString* error)
{
    auto* dialog = new ReferralDialog(m_db, m_window);
    if (!dialog->load(referralId, error)) {
        delete dialog;
        return nullptr;
    }
    connect(dialog, &ReferralDialog::changed, this, &VisitController::changed);
    dialog->show();
    return dialog;
}

ScheduleView* VisitController::scheduleView()
{
    if (!m_schedule) {
        m_schedule = new ScheduleView(m_db, m_window);
        connect(m_schedule, &ScheduleView::openChildRequested, this, &VisitController::openChildRequested);
        connect(m_schedule, &ScheduleView::newVisitRequested, this, [this](const QString& childId) {
            QString error;
            if (!newVisit(childId, &error))
                emit message(error);
        });
        connect(this, &VisitController::changed, m_schedule, &ScheduleView::reload);
    }
    m_schedule->show();
    m_schedule->raise();
    m_schedule->activateWindow();
    return m_schedule;
}

ReferralsView* VisitController::referralsView()
{
    if (!m_referrals) {
        m_referrals = new ReferralsView(m_db, m_window);
        connect(m_referrals, &ReferralsView::openChildRequested, this, &VisitController::openChildRequested);
        connect(m_referrals, &ReferralsView::referralRequested, this,
                [this](const QString& id) { openReferral(id); });
        connect(this, &VisitController::changed, m_referrals, &ReferralsView::reload);
    }
    m_referrals->show();
    m_referrals->raise();
    m_referrals->activateWindow();
    return m_referrals;
}

void VisitController::addViewActions(QMenu* view)
{
    view->addSeparator();
    QAction* schedule = view->addAction(tr("&Monthly visits"), this, [this] { scheduleView(); });
    schedule->setObjectName(QStringLiteral("monthlyVisitsAction"));
    schedule->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    QAction* referrals = view->addAction(tr("Re&ferrals"), this, [this] { referralsView(); });
    referrals->setObjectName(QStringLiteral("referralsAction"));
    referrals->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
}

QList<DraftStore::Draft> VisitController::drafts() const
{
    QList<DraftStore::Draft> out;
    for (const DraftStore::Draft& d : DraftStore(m_db).all()) {
        if (d.kind == QLatin1String("visit") && !m_newForms.value(d.recordId))
            out << d;
    }
    return out;
}

VisitForm* VisitController::restore(const DraftStore::Draft& draft)
{
    return newVisit(draft.recordId); // newVisit puts the draft back in
}

QList<Banner*> VisitController::draftBanners()
{
    QList<Banner*> out;
    for (const DraftStore::Draft& draft : drafts()) {
        const QString when = draft.savedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
        auto* banner =
            new Banner(Banner::Kind::Warning,
                       tr("You have an unsaved visit from %1 (%2): restore it?").arg(when, draft.title));
        banner->setObjectName(QStringLiteral("visitDraftBanner"));
        banner->setProperty("draftKey", draft.key);
        banner->addButton(tr("Restore"), [this, draft] {
            if (!restore(draft))
                emit message(tr("The unsaved visit could not be restored."));
        });
        banner->addButton(tr("Discard"), [this, draft] { (void)DraftStore(m_db).remove(draft.key); });
        out << banner;
    }
    return out;
}

bool VisitController::closeAll()
{
    for (const auto& form : std::as_const(m_newForms)) {
        if (form && !form->confirmClose())
            return false;
    }
    for (const auto& form : std::as_const(m_newForms)) {
        if (form)
            form->close();
    }
    return true;
}
