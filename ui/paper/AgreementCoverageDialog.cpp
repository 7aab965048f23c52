#include "AgreementCoverageDialog.h"
#include "shared/WindowGeometry.h"

#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/CaseReference.h"
#include "domain/Vocabulary.h"
#include "reports/AgreementCoverage.h"
#include "storage/CaseDatabase.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
QStringList lineColumns(const AgreementCoverage::Line& l)
{
    return {l.name.isEmpty() ? l.areaCode : l.name, QString::number(l.leftBehind), QString::number(l.covered),
            QLocale().toString(l.percent(), 'f', 1) + QLatin1Char('%')};
}
} // namespace

AgreementCoverageDialog::AgreementCoverageDialog(CaseDatabase& db, const QString& areaCode, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_area(areaCode)
{
    setWindowTitle(tr("Care agreement coverage"));
    setObjectName(QStringLiteral("agreementCoverageDialog"));
    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("totalLabel"));
    m_total->setWordWrap(true);
    m_areas = new QTreeWidget(this);
    m_areas->setObjectName(QStringLiteral("coverageTreeWidget"));
    m_areas->setHeaderLabels(
        {tr("Township / village"), tr("Left-behind children"), tr("Signed and valid"), tr("Coverage")});
    m_areas->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_areas->header()->setStretchLastSection(false);
    m_without = new QTreeWidget(this);
    m_without->setObjectName(QStringLiteral("withoutTreeWidget"));
    m_without->setRootIsDecorated(false);
    m_without->setHeaderLabels({tr("Child"), tr("Reference"), tr("Village"), tr("Current agreement")});
    m_without->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_without->header()->setStretchLastSection(false);
    m_without->setToolTip(tr("Double-click a child to open the file."));
    connect(m_without, &QTreeWidget::itemActivated, this, &AgreementCoverageDialog::onWithoutActivated);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* refresh = buttons->addButton(tr("Refresh"), QDialogButtonBox::ActionRole);
    connect(refresh, &QPushButton::clicked, this, &AgreementCoverageDialog::reload);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_total);
    layout->addWidget(m_areas, 1);
    layout->addWidget(new QLabel(tr("Children without a valid signed agreement:"), this));
    layout->addWidget(m_without, 1);
    layout->addWidget(buttons);
    WindowGeometry::fit(this, QSize(720, 600));
    reload();
}

void AgreementCoverageDialog::reload()
{
    m_areas->clear();
    m_without->clear();
    Result<AgreementCoverage::Report> r = AgreementCoverage::compute(m_db, m_area, m_db.clock().today());
    if (!r) {
        m_total->setText(r.error());
        return;
    }
    m_percent = r->total.percent();
    m_total->setText(tr("%1 of %2 children in the left-behind category have a signed agreement that is valid "
                        "today (%3%).")
                         .arg(r->total.covered)
                         .arg(r->total.leftBehind)
                         .arg(QLocale().toString(m_percent, 'f', 1)));
    QHash<QString, QTreeWidgetItem*> townships;
    for (const AgreementCoverage::Line& t : r->townships) {
        auto* item = new QTreeWidgetItem(m_areas, lineColumns(t));
        item->setData(0, Qt::UserRole, t.areaCode);
        townships.insert(t.areaCode, item);
    }
    for (const AgreementCoverage::Line& v : r->villages) {
        QTreeWidgetItem* parent = townships.value(AreaCode::parentOf(v.areaCode));
        auto* item = parent ? new QTreeWidgetItem(parent, lineColumns(v))
                            : new QTreeWidgetItem(m_areas, lineColumns(v));
        item->setData(0, Qt::UserRole, v.areaCode);
    }
    m_areas->expandAll();
    for (int c = 1; c < 4; ++c) {
        m_areas->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
        m_areas->headerItem()->setTextAlignment(c, Qt::AlignRight);
    }
    const AreaCatalog& areas = AreaCatalog::instance();
    for (const AgreementCoverage::Uncovered& u : r->without) {
        auto* item = new QTreeWidgetItem(
            m_without,
            {u.name, CaseReference::of(u.childId), areas.name(u.areaCode),
             u.state.isEmpty() ? tr("None") : Vocabulary::label(Vocabulary::AgreementStatus, u.state)});
        item->setData(0, Qt::UserRole, u.childId);
    }
}

void AgreementCoverageDialog::onWithoutActivated(QTreeWidgetItem* item)
{
    if (item)
        emit openChildRequested(item->data(0, Qt::UserRole).toString());
}
