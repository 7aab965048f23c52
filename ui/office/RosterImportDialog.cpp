#include "RosterImportDialog.h"
#include "shared/FileChooser.h"
#include "shared/WindowGeometry.h"

#include "roster/RosterReader.h"
#include "storage/CaseDatabase.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

RosterImportDialog::RosterImportDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_file(new QLabel)
    , m_summary(new QLabel)
    , m_message(new QLabel)
    , m_mapping(new QTableWidget(0, 3))
    , m_preview(new QTableWidget(0, 5))
    , m_skipBad(new QCheckBox(tr("Skip bad rows")))
    , m_choose(new QPushButton(tr("Choose a file…")))
    , m_openMapping(new QPushButton(tr("Open a mapping…")))
    , m_saveMapping(new QPushButton(tr("Save the mapping…")))
    , m_import(new QPushButton(tr("Import")))
{
    setObjectName(QStringLiteral("rosterImportDialog"));
    setWindowTitle(tr("Import a roster"));
    WindowGeometry::fit(this, QSize(900, 620));
    auto* layout = new QVBoxLayout(this);

    auto* fileRow = new QHBoxLayout;
    m_file->setObjectName(QStringLiteral("fileLabel"));
    m_file->setText(tr("Choose a roster (花名册) or a national-system export: CSV (UTF-8 or GBK) or XLSX."));
    m_file->setWordWrap(true);
    fileRow->addWidget(m_file, 1);
    m_choose->setObjectName(QStringLiteral("chooseButton"));
    fileRow->addWidget(m_choose);
    layout->addLayout(fileRow);

    auto* splitter = new QSplitter(Qt::Horizontal);
    auto* left = new QWidget;
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("Columns of the file and the fields they fill:")));
    m_mapping->setObjectName(QStringLiteral("mappingTable"));
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("Example"), tr("Field")});
    m_mapping->verticalHeader()->hide();
    m_mapping->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_mapping->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    leftLayout->addWidget(m_mapping, 1);
    auto* mappingButtons = new QHBoxLayout;
    m_openMapping->setObjectName(QStringLiteral("openMappingButton"));
    m_saveMapping->setObjectName(QStringLiteral("saveMappingButton"));
    mappingButtons->addWidget(m_openMapping);
    mappingButtons->addWidget(m_saveMapping);
    mappingButtons->addStretch();
    leftLayout->addLayout(mappingButtons);
    splitter->addWidget(left);

    auto* right = new QWidget;
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    rightLayout->addWidget(m_summary);
    m_preview->setObjectName(QStringLiteral("previewTable"));
    m_preview->setHorizontalHeaderLabels(
        {tr("Row"), tr("Result"), tr("Name"), tr("ID number"), tr("Reason or changes")});
    m_preview->verticalHeader()->hide();
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_preview->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_preview->horizontalHeader()->setStretchLastSection(true);
    rightLayout->addWidget(m_preview, 1);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto* bottom = new QHBoxLayout;
    m_skipBad->setObjectName(QStringLiteral("skipBadCheckBox"));
    bottom->addWidget(m_skipBad);
    bottom->addStretch();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_import->setObjectName(QStringLiteral("importButton"));
    buttons->addButton(m_import, QDialogButtonBox::ActionRole);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_choose, &QPushButton::clicked, this, &RosterImportDialog::chooseFile);
    connect(m_openMapping, &QPushButton::clicked, this, &RosterImportDialog::openMapping);
    connect(m_saveMapping, &QPushButton::clicked, this, &RosterImportDialog::saveMapping);
    connect(m_skipBad, &QCheckBox::toggled, this, &RosterImportDialog::updateButtons);
    connect(m_import, &QPushButton::clicked, this, &RosterImportDialog::startImport);
    updateButtons();
}

RosterImportDialog::~RosterImportDialog()
{
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
    }
}

QString RosterImportDialog::message() const
{
    return m_message->text();
}

QString RosterImportDialog::summary() const
{
    return m_summary->text();
}

void RosterImportDialog::chooseFile()
{
    const QString path = FileChooser::openFile(this, tr("Choose a roster"), FileChooser::startFolder(),
                                               {tr("Rosters (*.xlsx *.csv *.txt)"), tr("All files (*)")});
    if (!path.isEmpty())
        openFile(path);
}

bool RosterImportDialog::openFile(const QString& path)
{
    m_message->clear();
    Result<RosterTable> t = RosterReader::read(path);
    if (!t) {
        m_message->setText(t.error());
        return false;
    }
    m_table = t.value();
    m_file->setText(tr("%1: %n row(s) below the header in row %2.", nullptr, int(m_table.rows.size()))
                        .arg(QFileInfo(path).fileName())
                        .arg(m_table.headerRow));
    if (std::optional<RosterMapping> remembered = RosterMapping::remembered(m_db, m_table.headers))
        m_mappingValues = *remembered;
    else
        m_mappingValues = RosterMapping::guess(m_table.headers);
    fillMapping();
    replan();
    return true;
}

void RosterImportDialog::fillMapping()
{
    m_mapping->setRowCount(0);
    m_mapping->setRowCount(int(m_table.headers.size()));
    for (int i = 0; i < m_table.headers.size(); ++i) {
        const QString header = m_table.headers.at(i);
        m_mapping->setItem(i, 0,
                           new QTableWidgetItem(header.isEmpty() ? tr("(column %1)").arg(i + 1) : header));
        m_mapping->setItem(
            i, 1, new QTableWidgetItem(m_table.rows.isEmpty() ? QString() : m_table.rows.first().cell(i)));
        auto* combo = new QComboBox;
        combo->setObjectName(QStringLiteral("fieldCombo%1").arg(i));
        combo->addItem(tr("(not imported)"), QString());
        for (const QString& key : RosterMapping::fieldKeys())
            combo->addItem(RosterMapping::fieldLabel(key), key);
        combo->setCurrentIndex(std::max(0, combo->findData(m_mappingValues.field(header))));
        connect(combo, &QComboBox::activated, this,
                [this, header, combo] { setField(header, combo->currentData().toString()); });
        m_mapping->setCellWidget(i, 2, combo);
    }
}

void RosterImportDialog::setField(const QString& header, const QString& key)
{
    m_mappingValues.set(header, key);
    // A field taken from another column leaves that one unmapped: the combo boxes show it.
    for (int i = 0; i < m_table.headers.size(); ++i) {
        if (auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(i, 2)))
            combo->setCurrentIndex(
                std::max(0, combo->findData(m_mappingValues.field(m_table.headers.at(i)))));
    }
    replan();
}

void RosterImportDialog::replan()
{
    m_planned = false;
    m_preview->setRowCount(0);
    Result<RosterImport::Plan> plan = RosterImport(m_db).plan(m_table, m_mappingValues);
    if (!plan) {
        m_summary->setText(plan.error());
        updateButtons();
        return;
    }
    m_plan = plan.value();
    m_planned = true;
    using A = RosterImport::Action;
    m_preview->setRowCount(int(m_plan.rows.size()));
    const QColor bad(0xFD, 0xE2, 0xE2);
    for (int i = 0; i < m_plan.rows.size(); ++i) {
        const RosterImport::Row& r = m_plan.rows.at(i);
        const QStringList cells{QString::number(r.number), RosterImport::actionLabel(r.action), r.name,
                                r.idNumber, r.action == A::Bad ? r.reason : r.changed.join(tr(", "))};
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells.at(c));
            if (r.action == A::Bad)
                item->setBackground(bad);
            if (c == 4)
                item->setToolTip(cells.at(c));
            m_preview->setItem(i, c, item);
        }
    }
    m_summary->setText(tr("%1 new, %2 to update, %3 unchanged, %4 bad.")
                           .arg(m_plan.count(A::New))
                           .arg(m_plan.count(A::Update))
                           .arg(m_plan.count(A::Unchanged))
                           .arg(m_plan.count(A::Bad)));
    updateButtons();
}

void RosterImportDialog::updateButtons()
{
    const bool busy = m_worker != nullptr;
    const int bad = m_planned ? m_plan.count(RosterImport::Action::Bad) : 0;
    const int writes =
        m_planned ? m_plan.count(RosterImport::Action::New) + m_plan.count(RosterImport::Action::Update) : 0;
    m_import->setEnabled(!busy && m_planned && writes > 0 && (bad == 0 || m_skipBad->isChecked()));
    m_choose->setEnabled(!busy);
    m_openMapping->setEnabled(!busy && !m_table.headers.isEmpty());
    m_saveMapping->setEnabled(!m_table.headers.isEmpty());
    m_mapping->setEnabled(!busy);
    m_skipBad->setEnabled(!busy);
    if (m_planned && bad > 0 && !m_skipBad->isChecked())
        m_import->setToolTip(tr("Correct the bad rows in the file, or tick \"Skip bad rows\"."));
    else
        m_import->setToolTip({});
}

void RosterImportDialog::openMapping()
{
    const QString path = FileChooser::openFile(this, tr("Open a column mapping"), FileChooser::startFolder(),
                                               {tr("Column mappings (*.json)")});
    if (path.isEmpty())
        return;
    Result<RosterMapping> m = RosterMapping::load(path);
    if (!m) {
        m_message->setText(m.error());
        return;
    }
    m_mappingValues = m.value();
    fillMapping();
    replan();
}

void RosterImportDialog::saveMapping()
{
    const QString path =
        FileChooser::saveFile(this, tr("Save the column mapping"),
                              FileChooser::startFolder() + QStringLiteral("/花名册列对应.json"),
                              {tr("Column mappings (*.json)")}, QStringLiteral("json"));
    if (path.isEmpty())
        return;
    const Status s = m_mappingValues.save(path);
    m_message->setText(s ? tr("The mapping was saved to %1.").arg(path) : s.error());
}

void RosterImportDialog::startImport()
{
    if (!m_planned || m_worker)
        return;
    m_message->setText(tr("Importing…"));
    const QString path = m_db.path();
    const Clock* clock = &m_db.clock();
    const RosterImport::Plan plan = m_plan;
    const bool skipBad = m_skipBad->isChecked();
    QPointer<RosterImportDialog> self(this);
    m_worker = QThread::create([self, path, clock, plan, skipBad] {
        RosterImport::Outcome outcome;
        QString error;
        {
            // Connections belong to the thread that opened them: this one is opened and closed here.
            Result<std::unique_ptr<CaseDatabase>> db = CaseDatabase::open(path, *clock);
            if (!db) {
                error = db.error();
            } else {
                Result<RosterImport::Outcome> r = RosterImport(*db.value()).apply(plan, skipBad);
                if (r)
                    outcome = r.value();
                else
                    error = r.error();
            }
        }
        QMetaObject::invokeMethod(
            self.data(),
            [self, outcome, error] {
                if (self)
                    self->onImported(outcome, error);
            },
            Qt::QueuedConnection);
    });
    updateButtons();
    m_worker->start();
}

void RosterImportDialog::onImported(const RosterImport::Outcome& outcome, const QString& error)
{
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    if (!error.isEmpty()) {
        m_message->setText(error);
        updateButtons();
        emit importFinished(false);
        return;
    }
    if (Status s = m_mappingValues.remember(m_db, m_table.headers); !s)
        qWarning("%s", qPrintable(s.error()));
    m_message->setText(tr("Imported: %1 children added, %2 updated, %3 unchanged, %4 bad rows skipped.")
                           .arg(outcome.created)
                           .arg(outcome.updated)
                           .arg(outcome.unchanged)
                           .arg(outcome.skipped));
    emit dataChanged();
    replan();
    emit importFinished(true);
}
