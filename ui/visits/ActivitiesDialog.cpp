#include "ActivitiesDialog.h"
#include "ActivityDialog.h"
#include "shared/WindowGeometry.h"

#include "domain/AreaCatalog.h"
#include "domain/Vocabulary.h"
#include "storage/ActivityRepository.h"
#include "storage/CaseDatabase.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

ActivitiesDialog::ActivitiesDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_summary(new QLabel(this))
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("activitiesDialog"));
    setWindowTitle(tr("Activities and talks"));
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("activitiesTreeWidget"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Topic"), tr("Village"), tr("Children"), tr("Guardians")});
    m_list->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    m_list->setToolTip(tr("Double-click an activity to open it."));
    connect(m_list, &QTreeWidget::itemActivated, this, &ActivitiesDialog::open);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* add = buttons->addButton(tr("&New activity…"), QDialogButtonBox::ActionRole);
    add->setObjectName(QStringLiteral("newActivityButton"));
    connect(add, &QPushButton::clicked, this, &ActivitiesDialog::newActivity);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    WindowGeometry::fit(this, QSize(760, 520));
    reload();
}

int ActivitiesDialog::rowCount() const
{
    return m_list->topLevelItemCount();
}

QString ActivitiesDialog::summaryText() const
{
    return m_summary->text();
}

void ActivitiesDialog::reload()
{
    m_list->clear();
    const auto station = m_db.station();
    const QString area = station ? station->areaCode : QString();
    ActivityRepository repo(m_db);
    Result<QList<Activity>> list = repo.list(area, {}, {});
    const QDate today = m_db.clock().today();
    Result<ActivityCounts> year = repo.counts(area, QDate(today.year(), 1, 1), today);
    if (!list || !year) {
        m_summary->setText(list ? year.error() : list.error());
        return;
    }
    m_summary->setText(tr("This year: %1 activities; %2 children and %3 guardians or caregivers took part.")
                           .arg(year->activities)
                           .arg(year->children)
                           .arg(year->guardians));
    const AreaCatalog& areas = AreaCatalog::instance();
    for (const Activity& a : list.value()) {
        auto* item = new QTreeWidgetItem(
            m_list,
            {a.date.toString(Qt::ISODate), Vocabulary::label(Vocabulary::ActivityKind, a.kind), a.topic,
             areas.name(a.areaCode), QString::number(a.childCount), QString::number(a.guardianCount)});
        item->setData(0, Qt::UserRole, a.id);
        item->setTextAlignment(4, Qt::AlignRight);
        item->setTextAlignment(5, Qt::AlignRight);
    }
    for (int c : {0, 1, 3, 4, 5})
        m_list->resizeColumnToContents(c);
}

ActivityDialog* ActivitiesDialog::newActivity()
{
    auto* form = new ActivityDialog(m_db, {}, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &ActivityDialog::saved, this, [this] {
        reload();
        emit dataChanged();
    });
    form->show();
    return form;
}

void ActivitiesDialog::open(QTreeWidgetItem* item)
{
    if (!item)
        return;
    auto* form = new ActivityDialog(m_db, item->data(0, Qt::UserRole).toString(), this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &ActivityDialog::saved, this, [this] {
        reload();
        emit dataChanged();
    });
    form->show();
}
