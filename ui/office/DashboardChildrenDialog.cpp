#include "DashboardChildrenDialog.h"
#include "shared/WindowGeometry.h"

#include "domain/AreaCatalog.h"
#include "domain/CaseReference.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

DashboardChildrenDialog::DashboardChildrenDialog(const QString& title,
                                                 const QList<Dashboard::Child>& children, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(int(children.size()), 3, this))
{
    setObjectName(QStringLiteral("dashboardChildrenDialog"));
    setWindowTitle(title);
    auto* heading = new QLabel(tr("%1: %n child(ren)", nullptr, int(children.size())).arg(title), this);
    heading->setObjectName(QStringLiteral("headingLabel"));
    heading->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("childrenTable"));
    m_table->setHorizontalHeaderLabels({tr("Child"), tr("Village"), tr("Reference")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setToolTip(tr("Double-click a child to open the file."));
    const AreaCatalog& areas = AreaCatalog::instance();
    for (int row = 0; row < children.size(); ++row) {
        const Dashboard::Child& c = children.at(row);
        auto* name = new QTableWidgetItem(c.name);
        name->setData(Qt::UserRole, c.id);
        m_table->setItem(row, 0, name);
        m_table->setItem(row, 1, new QTableWidgetItem(areas.name(c.areaCode)));
        m_table->setItem(row, 2, new QTableWidgetItem(CaseReference::of(c.id)));
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    // Activated: a double-click, or Enter on the selected row.
    connect(m_table, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (const QString id = childIdAt(row); !id.isEmpty())
            emit openChildRequested(id);
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    WindowGeometry::fit(this, QSize(560, 480));
}

int DashboardChildrenDialog::childCount() const
{
    return m_table->rowCount();
}

QString DashboardChildrenDialog::childIdAt(int row) const
{
    const QTableWidgetItem* item = m_table->item(row, 0);
    return item ? item->data(Qt::UserRole).toString() : QString();
}
