#include "ImportHistoryDialog.h"
#include "shared/WindowGeometry.h"

#include "ImportReportDialog.h"
#include "storage/CaseDatabase.h"
#include "sync/ImportLedger.h"
#include "sync/StationName.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ImportHistoryDialog::ImportHistoryDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, 6))
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import history"));
    WindowGeometry::fit(this, QSize(760, 460));
    auto* layout = new QVBoxLayout(this);
    m_table->setObjectName(QStringLiteral("importsTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Imported"), tr("From"), tr("Added"), tr("Updated"), tr("Conflicts"), tr("Package")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const QList<ImportReport> reports = ImportLedger(m_db).list();
    m_table->setRowCount(int(reports.size()));
    for (int row = 0; row < reports.size(); ++row) {
        const ImportReport& r = reports[row];
        const auto when = [](const QString& iso) {
            const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
            return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
        };
        // The package as people tell packages apart: when it was made, and the start of its id.
        const QString package = when(r.createdAt) + QStringLiteral("  ") + r.packageId.left(8);
        const QStringList cells{when(r.importedAt),
                                r.senderName.isEmpty() ? StationName::of(m_db, r.sender) : r.senderName,
                                QString::number(r.total.added),
                                QString::number(r.total.updated),
                                QString::number(r.total.conflicts),
                                package};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setData(Qt::UserRole, r.packageId);
            if (col == cells.size() - 1)
                item->setToolTip(r.packageId);
            else if (col == 1)
                item->setToolTip(r.sender);
            m_table->setItem(row, col, item);
        }
    }
    layout->addWidget(m_table, 1);
    if (reports.isEmpty())
        layout->addWidget(new QLabel(tr("No package was imported here yet.")));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* open = buttons->addButton(tr("Open report"), QDialogButtonBox::ActionRole);
    open->setObjectName(QStringLiteral("openReportButton"));
    open->setEnabled(false);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(open, &QPushButton::clicked, this, [this] { openReport(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { openReport(row); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this, open] { open->setEnabled(m_table->currentRow() >= 0); });
}

void ImportHistoryDialog::openReport(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return;
    const auto report = ImportLedger(m_db).find(m_table->item(row, 0)->data(Qt::UserRole).toString());
    if (!report)
        return;
    ImportReport shown = *report;
    shown.alreadyImported = false; // reopened, not imported again
    auto* dialog = new ImportReportDialog(shown, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportReportDialog::reviewConflictsRequested, this,
            &ImportHistoryDialog::reviewConflictsRequested);
    dialog->show();
}
