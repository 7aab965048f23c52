#include "VisitsPanel.h"

#include "ActivityDialog.h"
#include "VisitController.h"
#include "cases/TimelineModel.h"
#include "domain/Vocabulary.h"
#include "reports/RiskQuery.h"
#include "storage/ActivityRepository.h"
#include "storage/CaseDatabase.h"
#include "storage/ReferralRepository.h"
#include "storage/VisitRepository.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTreeView>
#include <QVBoxLayout>

namespace {
QString riskColour(RiskLevel::Level level)
{
    switch (level) {
    case RiskLevel::Level::High:
        return QStringLiteral("#c0392b");
    case RiskLevel::Level::Medium:
        return QStringLiteral("#d35400");
    case RiskLevel::Level::Low:
        return QStringLiteral("#9a7d0a");
    case RiskLevel::Level::None:
        break;
    }
    return QStringLiteral("#1e8449");
}
} // namespace

VisitsPanel::VisitsPanel(CaseDatabase& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new TimelineModel(this))
    , m_risk(new QLabel(this))
    , m_survey(new QLabel(this))
    , m_message(new QLabel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("visitsPanel"));
    m_risk->setObjectName(QStringLiteral("riskLabel"));
    m_risk->setWordWrap(true);
    m_risk->setTextFormat(Qt::RichText);
    m_survey->setObjectName(QStringLiteral("surveyLabel"));
    m_survey->setWordWrap(true);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color:#c0392b;"));
    m_message->hide();

    m_view->setObjectName(QStringLiteral("timelineTreeView"));
    m_view->setModel(m_model);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setUniformRowHeights(true);
    m_view->header()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    connect(m_view, &QTreeView::doubleClicked, this, &VisitsPanel::openCurrent);

    m_newVisit = new QPushButton(tr("New visit…"), this);
    m_newVisit->setObjectName(QStringLiteral("newVisitPushButton"));
    m_newVisit->setToolTip(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N).toString(QKeySequence::NativeText));
    auto* open = new QPushButton(tr("Open…"), this);
    open->setObjectName(QStringLiteral("openEntryPushButton"));
    m_correct = new QPushButton(tr("Correct visit…"), this);
    m_correct->setObjectName(QStringLiteral("correctVisitPushButton"));
    connect(m_newVisit, &QPushButton::clicked, this, &VisitsPanel::newVisit);
    connect(open, &QPushButton::clicked, this, &VisitsPanel::openCurrent);
    connect(m_correct, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_view->currentIndex();
        QString error;
        if (i.data(TimelineModel::TypeRole).toString() != QLatin1String("visit"))
            report(tr("Select the visit to correct."));
        else if (!controller()->correctVisit(i.data(TimelineModel::IdRole).toString(), &error))
            report(error);
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_newVisit);
    buttons->addWidget(open);
    buttons->addWidget(m_correct);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_risk);
    layout->addWidget(m_survey);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_view, 1);
    setEnabled(false);
}

VisitController* VisitsPanel::controller()
{
    if (!m_controller) {
        m_controller = VisitController::of(this, m_db);
        connect(m_controller, &VisitController::changed, this, [this](const QString& childId) {
            if (childId == m_childId) {
                reload();
                emit childChanged();
            }
        });
    }
    return m_controller;
}

void VisitsPanel::setChild(const QString& childId)
{
    m_childId = childId;
    setEnabled(!childId.isEmpty());
    if (!childId.isEmpty())
        controller();
    reload();
}

void VisitsPanel::report(const QString& sentence)
{
    m_message->setText(sentence);
    m_message->setVisible(!sentence.isEmpty());
}

void VisitsPanel::reload()
{
    report(QString());
    if (m_childId.isEmpty()) {
        m_model->setHistory({}, {}, {}, m_db.clock().today());
        m_risk->setText(tr("Visits and referrals are recorded once the child's file is saved."));
        m_survey->clear();
        return;
    }
    Result<QList<Visit>> visits = VisitRepository(m_db).forChild(m_childId);
    Result<QList<Referral>> referrals = ReferralRepository(m_db).forChild(m_childId);
    Result<QList<Activity>> activities = ActivityRepository(m_db).forChild(m_childId);
    m_model->setHistory(visits ? visits.value() : QList<Visit>(),
                        referrals ? referrals.value() : QList<Referral>(),
                        activities ? activities.value() : QList<Activity>(), m_db.clock().today());
    if (!visits)
        report(visits.error());
    else if (!referrals)
        report(referrals.error());
    else if (!activities)
        report(activities.error());
    m_view->expandAll();
    m_view->resizeColumnToContents(TimelineModel::DateColumn);
    m_view->resizeColumnToContents(TimelineModel::WhatColumn);
    m_view->setColumnWidth(TimelineModel::WhatColumn,
                           std::max(180, m_view->columnWidth(TimelineModel::WhatColumn) + 12));

    if (Result<RiskLevel> risk = RiskQuery(m_db).forChild(m_childId)) {
        QString html = QStringLiteral("<b style='color:%1'>%2</b>")
                           .arg(riskColour(risk->level),
                                tr("Risk: %1").arg(RiskLevel::label(risk->level)).toHtmlEscaped());
        for (const QString& r : risk->reasons)
            html += QStringLiteral("<br>• ") + r.toHtmlEscaped();
        m_risk->setText(html);
    } else {
        m_risk->setText(risk.error().toHtmlEscaped());
    }
    if (Result<SurveyStatus> s = VisitRepository(m_db).surveyStatus(m_childId)) {
        m_survey->setText(s->complete   ? tr("Survey: complete, all six items clear.")
                          : s->surveyed ? tr("Survey: not complete; not yet clear: %1.")
                                              .arg(Vocabulary::labels(Vocabulary::SurveyItem,
                                                                      s->missing.join(QLatin1Char(','))))
                                        : tr("Survey: not surveyed yet."));
    }
}

QString VisitsPanel::riskText() const
{
    QString plain = m_risk->text();
    plain.replace(QStringLiteral("<br>"), QStringLiteral("\n"));
    plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
    return plain;
}

void VisitsPanel::openCurrent()
{
    QModelIndex i = m_view->currentIndex();
    if (!i.isValid())
        return;
    if (i.data(TimelineModel::TypeRole).toString() == QLatin1String("step"))
        i = i.parent();
    const QString id = i.data(TimelineModel::IdRole).toString();
    if (i.data(TimelineModel::TypeRole).toString() == QLatin1String("activity")) {
        // The activity's own form (who took part, the topic), as View → Activities opens it.
        auto* form = new ActivityDialog(m_db, id, this);
        form->setAttribute(Qt::WA_DeleteOnClose);
        connect(form, &ActivityDialog::saved, this, &VisitsPanel::reload);
        form->show();
        return;
    }
    QString error;
    const bool ok = i.data(TimelineModel::TypeRole).toString() == QLatin1String("visit")
                        ? controller()->showVisit(id, &error) != nullptr
                        : controller()->openReferral(id, &error) != nullptr;
    if (!ok)
        report(error);
}

bool VisitsPanel::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            openCurrent();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void VisitsPanel::newVisit()
{
    QString error;
    if (!controller()->newVisit(m_childId, &error))
        report(error);
}
