#include "ReferralsView.h"
#include "shared/WindowGeometry.h"

#include "ReferralListModel.h"
#include "domain/Vocabulary.h"
#include "storage/CaseDatabase.h"
#include "storage/ReferralRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

ReferralsView::ReferralsView(CaseDatabase& db, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_db(db)
    , m_model(new ReferralListModel(this))
    , m_scope(new QComboBox(this))
    , m_kind(new QComboBox(this))
    , m_overdue(new QCheckBox(tr("Overdue only"), this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
{
    setObjectName(QStringLiteral("referralsView"));
    setWindowTitle(tr("Referrals"));
    WindowGeometry::fit(this, QSize(1100, 640));
    m_scope->setObjectName(QStringLiteral("scopeComboBox"));
    m_scope->addItem(tr("Open referrals"), true);
    m_scope->addItem(tr("All referrals"), false);
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_kind->addItem(tr("All kinds"), QString());
    for (const QString& k : Vocabulary::codes(Vocabulary::ReferralKind))
        m_kind->addItem(Vocabulary::label(Vocabulary::ReferralKind, k), k);
    m_overdue->setObjectName(QStringLiteral("overdueCheckBox"));
    for (QComboBox* c : {m_scope, m_kind})
        connect(c, &QComboBox::currentIndexChanged, this, &ReferralsView::reload);
    connect(m_overdue, &QCheckBox::toggled, this, &ReferralsView::reload);

    m_view->setObjectName(QStringLiteral("referralsTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->installEventFilter(this);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit referralRequested(index.data(ReferralListModel::IdRole).toString());
    });

    auto* buttons = new QDialogButtonBox;
    QPushButton* openReferral = buttons->addButton(tr("Open referral…"), QDialogButtonBox::ActionRole);
    openReferral->setObjectName(QStringLiteral("openReferralPushButton"));
    QPushButton* openChild = buttons->addButton(tr("Child's file"), QDialogButtonBox::ActionRole);
    openChild->setObjectName(QStringLiteral("openChildPushButton"));
    QPushButton* close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(openReferral, &QPushButton::clicked, this, [this] {
        if (const QString id = currentId(ReferralListModel::IdRole); !id.isEmpty())
            emit referralRequested(id);
    });
    connect(openChild, &QPushButton::clicked, this, [this] {
        if (const QString id = currentId(ReferralListModel::ChildIdRole); !id.isEmpty())
            emit openChildRequested(id);
    });
    connect(close, &QPushButton::clicked, this, &QWidget::close);

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_scope);
    filters->addWidget(m_kind);
    filters->addWidget(m_overdue);
    filters->addStretch(1);
    filters->addWidget(m_count);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    reload();
}

void ReferralsView::setOpenOnly(bool openOnly)
{
    m_scope->setCurrentIndex(openOnly ? 0 : 1);
}

void ReferralsView::setKind(const QString& kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(kind)));
}

void ReferralsView::reload()
{
    ReferralRepository::Filter filter;
    filter.openOnly = m_scope->currentData().toBool();
    filter.overdueOnly = m_overdue->isChecked();
    filter.kind = m_kind->currentData().toString();
    filter.area = m_db.station() ? m_db.station()->areaCode : QString();
    Result<QList<Referral>> list = ReferralRepository(m_db).list(filter);
    const QDate today = m_db.clock().today();
    m_model->setReferrals(list ? list.value() : QList<Referral>(), today);
    if (!list) {
        m_count->setText(list.error());
        return;
    }
    int overdue = 0;
    for (const Referral& r : list.value())
        overdue += r.isOverdue(today) ? 1 : 0;
    m_count->setText(tr("%n referral(s)", nullptr, int(list->size())) +
                     (overdue ? QStringLiteral("  ·  ") + tr("%n overdue", nullptr, overdue) : QString()));
    m_count->setStyleSheet(overdue ? QStringLiteral("color:#c0392b;font-weight:bold") : QString());
    for (int c = 0; c < ReferralListModel::FoundColumn; ++c)
        m_view->resizeColumnToContents(c);
}

QString ReferralsView::currentId(int role) const
{
    return m_view->currentIndex().data(role).toString();
}

bool ReferralsView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_view->currentIndex().isValid()) {
            emit referralRequested(currentId(ReferralListModel::IdRole));
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
