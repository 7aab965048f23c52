#include "ReconcileDialog.h"
#include "shared/FileChooser.h"
#include "shared/WindowGeometry.h"

#include "reports/TableExport.h"
#include "roster/RosterMapping.h"
#include "roster/RosterReader.h"
#include "storage/CaseDatabase.h"

#include <QDate>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

ReconcileDialog::ReconcileDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_file(new QLabel)
    , m_summary(new QLabel)
    , m_message(new QLabel)
    , m_table(new QTableWidget(0, 7))
    , m_choose(new QPushButton(tr("Choose the national list…")))
    , m_export(new QPushButton(tr("Export…")))
{
    setObjectName(QStringLiteral("reconcileDialog"));
    setWindowTitle(tr("Reconcile with the national system"));
    WindowGeometry::fit(this, QSize(900, 560));
    auto* layout = new QVBoxLayout(this);
    auto* fileRow = new QHBoxLayout;
    m_file->setObjectName(QStringLiteral("fileLabel"));
    m_file->setWordWrap(true);
    m_file->setText(
        tr("Choose an export of the national system (CSV or XLSX): its children are compared with "
           "this register by ID number."));
    fileRow->addWidget(m_file, 1);
    m_choose->setObjectName(QStringLiteral("chooseButton"));
    fileRow->addWidget(m_choose);
    layout->addLayout(fileRow);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table->setObjectName(QStringLiteral("resultTable"));
    m_table->setHorizontalHeaderLabels({tr("Result"), tr("Row in the list"), tr("ID number"), tr("Name"),
                                        tr("Field"), tr("National list"), tr("Here")});
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setEnabled(false);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &ReconcileDialog::chooseFile);
    connect(m_export, &QPushButton::clicked, this, &ReconcileDialog::chooseExport);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (row >= 0 && row < m_report.items.size() && !m_report.items.at(row).childId.isEmpty())
            emit openChildRequested(m_report.items.at(row).childId);
    });
}

QString ReconcileDialog::message() const
{
    return m_message->text();
}

QString ReconcileDialog::summary() const
{
    return m_summary->text();
}

void ReconcileDialog::chooseFile()
{
    const QString path =
        FileChooser::openFile(this, tr("Choose the national list"), FileChooser::startFolder(),
                              {tr("Lists (*.xlsx *.csv *.txt)"), tr("All files (*)")});
    if (!path.isEmpty())
        openFile(path);
}

bool ReconcileDialog::openFile(const QString& path)
{
    m_message->clear();
    Result<RosterTable> t = RosterReader::read(path);
    if (!t) {
        m_message->setText(t.error());
        return false;
    }
    std::optional<RosterMapping> mapping = RosterMapping::remembered(m_db, t->headers);
    Result<RosterReconciler::Report> r =
        RosterReconciler(m_db).compare(t.value(), mapping ? *mapping : RosterMapping::guess(t->headers));
    if (!r) {
        m_message->setText(r.error());
        return false;
    }
    m_report = r.value();
    m_file->setText(QFileInfo(path).fileName());
    const TableExport::Table table = RosterReconciler::table(m_report);
    m_summary->setText(table.subtitle);
    m_table->setRowCount(0);
    m_table->setRowCount(int(table.rows.size()));
    const QColor shade(0xFF, 0xF4, 0xD6);
    for (int i = 0; i < table.rows.size(); ++i) {
        for (int c = 0; c < m_table->columnCount(); ++c) {
            auto* item = new QTableWidgetItem(table.rows.at(i).value(c).toString());
            if (table.highlightedRows.contains(i))
                item->setBackground(shade);
            m_table->setItem(i, c, item);
        }
    }
    m_export->setEnabled(true);
    return true;
}

void ReconcileDialog::chooseExport()
{
    const QString suggested = FileChooser::startFolder() + QStringLiteral("/全国系统比对-") +
                              QDate::currentDate().toString(Qt::ISODate) + QStringLiteral(".xlsx");
    const QString path =
        FileChooser::saveFile(this, tr("Export the result"), suggested,
                              {tr("Excel workbook (*.xlsx)"), tr("CSV (*.csv)")}, QStringLiteral("xlsx"));
    if (!path.isEmpty())
        exportTo(path);
}

bool ReconcileDialog::exportTo(const QString& path)
{
    const TableExport::Table table = RosterReconciler::table(m_report);
    const Status s = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                         ? TableExport::writeXlsx(table, path)
                         : TableExport::writeCsv(table, path);
    m_message->setText(s ? tr("The result was written to %1.").arg(path) : s.error());
    return s.ok();
}
