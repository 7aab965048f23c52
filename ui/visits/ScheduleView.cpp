#include "ScheduleView.h"
#include "shared/WindowGeometry.h"

#include "ScheduleModel.h"
#include "domain/AreaCatalog.h"
#include "paper/PrintController.h"
#include "reports/ScheduleQuery.h"
#include "storage/CaseDatabase.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>

ScheduleView::ScheduleView(CaseDatabase& db, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_db(db)
    , m_model(new ScheduleModel(this))
    , m_month(new QDateEdit(this))
    , m_grouping(new QComboBox(this))
    , m_counts(new QLabel(this))
    , m_view(new QTreeView(this))
{
    setObjectName(QStringLiteral("scheduleView"));
    setWindowTitle(tr("Monthly visits"));
    WindowGeometry::fit(this, QSize(1100, 700));
    m_month->setObjectName(QStringLiteral("monthDateEdit"));
    m_month->setDisplayFormat(QStringLiteral("yyyy-MM"));
    m_month->setCurrentSection(QDateTimeEdit::MonthSection);
    const QDate today = db.clock().today();
    m_month->setDate(QDate(today.year(), today.month(), 1));
    connect(m_month, &QDateEdit::dateChanged, this, &ScheduleView::reload);
    m_grouping->setObjectName(QStringLiteral("groupingComboBox"));
    m_grouping->addItem(tr("Overdue, due and visited"), int(ScheduleModel::Grouping::State));
    m_grouping->addItem(tr("Per village"), int(ScheduleModel::Grouping::Village));
    m_grouping->addItem(tr("Per visitor"), int(ScheduleModel::Grouping::Visitor));
    connect(m_grouping, &QComboBox::currentIndexChanged, this, &ScheduleView::reload);

    m_view->setObjectName(QStringLiteral("scheduleTreeView"));
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(false);
    m_view->header()->setStretchLastSection(true);
    m_view->installEventFilter(this);
    connect(m_view, &QTreeView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const QString id = index.data(ScheduleModel::ChildIdRole).toString(); !id.isEmpty())
            emit openChildRequested(id);
    });

    auto* buttons = new QDialogButtonBox;
    QPushButton* newVisit = buttons->addButton(tr("New visit…"), QDialogButtonBox::ActionRole);
    newVisit->setObjectName(QStringLiteral("newVisitPushButton"));
    connect(newVisit, &QPushButton::clicked, this, [this] {
        if (const QString id = currentChildId(); !id.isEmpty())
            emit newVisitRequested(id);
    });
    QPushButton* openChild = buttons->addButton(tr("Child's file"), QDialogButtonBox::ActionRole);
    connect(openChild, &QPushButton::clicked, this, [this] {
        if (const QString id = currentChildId(); !id.isEmpty())
            emit openChildRequested(id);
    });
    m_print = buttons->addButton(tr("Print worklist…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printWorklistPushButton"));
    m_print->setToolTip(tr("The due and overdue children of the selected village, with addresses and "
                           "contacts, for a day in the field."));
    connect(m_print, &QPushButton::clicked, this, &ScheduleView::printWorklist);
    QPushButton* close = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    connect(close, &QPushButton::clicked, this, &QWidget::close);

    auto* top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Month"), this));
    top->addWidget(m_month);
    top->addWidget(m_grouping);
    top->addStretch(1);
    top->addWidget(m_counts);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    reload();
}

void ScheduleView::setMonth(QDate month)
{
    m_month->setDate(QDate(month.year(), month.month(), 1));
}

QDate ScheduleView::month() const
{
    return m_month->date();
}

void ScheduleView::setGrouping(int grouping)
{
    m_grouping->setCurrentIndex(std::max(0, m_grouping->findData(grouping)));
}

void ScheduleView::reload()
{
    ScheduleQuery::Filter filter;
    filter.month = m_month->date();
    filter.area = m_db.station() ? m_db.station()->areaCode : QString();
    Result<Schedule> schedule = ScheduleQuery(m_db).month(filter);
    if (!schedule) {
        m_model->setSchedule(Schedule{}, ScheduleModel::Grouping::State);
        m_counts->setText(schedule.error());
        return;
    }
    m_model->setSchedule(schedule.value(), ScheduleModel::Grouping(m_grouping->currentData().toInt()));
    m_counts->setText(tr("Overdue %1 · due %2 · visited %3")
                          .arg(schedule->overdue.size())
                          .arg(schedule->due.size())
                          .arg(schedule->visited.size()));
    m_counts->setStyleSheet(schedule->overdue.isEmpty() ? QString()
                                                        : QStringLiteral("color:#c0392b;font-weight:bold"));
    m_view->expandAll();
    for (int c = 0; c < ScheduleModel::VillageColumn; ++c)
        m_view->resizeColumnToContents(c);
    m_view->setColumnWidth(ScheduleModel::NameColumn,
                           std::max(m_view->columnWidth(ScheduleModel::NameColumn), 200));
}

QString ScheduleView::currentChildId() const
{
    return m_view->currentIndex().data(ScheduleModel::ChildIdRole).toString();
}

QString ScheduleView::currentVillage() const
{
    const QString station = m_db.station() ? m_db.station()->areaCode : QString();
    const QStringList villages = AreaCatalog::instance().villagesUnder(station);
    if (villages.size() == 1)
        return villages.first();
    // The village of the selected child, or of the first child of the selected group.
    QModelIndex index = m_view->currentIndex().siblingAtColumn(0);
    if (index.isValid() && !index.parent().isValid())
        index = m_model->index(0, 0, index);
    if (!index.isValid())
        return {};
    const Schedule& s = m_model->schedule();
    const QString id = index.data(ScheduleModel::ChildIdRole).toString();
    for (const QList<ScheduleEntry>* list : {&s.overdue, &s.due, &s.visited}) {
        for (const ScheduleEntry& e : *list) {
            if (e.childId == id)
                return e.village;
        }
    }
    return {};
}

void ScheduleView::printWorklist()
{
    const QString village = currentVillage();
    if (village.isEmpty()) {
        m_counts->setText(tr("Select a child of the village whose worklist you want to print."));
        return;
    }
    PrintController(m_db, this).previewWorklist(village, m_month->date());
}

bool ScheduleView::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !currentChildId().isEmpty()) {
            emit openChildRequested(currentChildId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
