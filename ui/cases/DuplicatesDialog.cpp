#include "DuplicatesDialog.h"
#include "shared/WindowGeometry.h"

#include "domain/AreaCatalog.h"
#include "storage/ChildMerger.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString fileText(const ChildSummary& s)
{
    QString text = s.name;
    if (!s.idNumber.isEmpty())
        text += QStringLiteral("  ") + s.idNumber;
    else if (!s.birthDate.isEmpty())
        text += QStringLiteral("  ") + s.birthDate;
    return text;
}
} // namespace

DuplicatesDialog::DuplicatesDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_summary(new QLabel)
    , m_message(new QLabel)
    , m_table(new QTableWidget(0, 4))
    , m_openKept(new QPushButton(tr("Open the file to keep")))
    , m_openOther(new QPushButton(tr("Open the other file")))
    , m_merge(new QPushButton(tr("Merge…")))
{
    setObjectName(QStringLiteral("duplicatesDialog"));
    setWindowTitle(tr("Possible duplicates"));
    WindowGeometry::fit(this, QSize(760, 460));
    auto* layout = new QVBoxLayout(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_table->setObjectName(QStringLiteral("duplicatesTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Village"), tr("File to keep (older)"), tr("Other file"), tr("Why")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_openKept->setObjectName(QStringLiteral("openKeptButton"));
    m_openOther->setObjectName(QStringLiteral("openOtherButton"));
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    buttons->addButton(m_openKept, QDialogButtonBox::ActionRole);
    buttons->addButton(m_openOther, QDialogButtonBox::ActionRole);
    buttons->addButton(m_merge, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &DuplicatesDialog::updateButtons);
    connect(m_openKept, &QPushButton::clicked, this, [this] {
        if (const int row = m_table->currentRow(); row >= 0 && row < m_pairs.size())
            emit openChildRequested(m_pairs.at(row).keep.id);
    });
    connect(m_openOther, &QPushButton::clicked, this, [this] {
        if (const int row = m_table->currentRow(); row >= 0 && row < m_pairs.size())
            emit openChildRequested(m_pairs.at(row).other.id);
    });
    connect(m_merge, &QPushButton::clicked, this, &DuplicatesDialog::confirmMerge);
    reload();
}

QString DuplicatesDialog::message() const
{
    return m_message->text();
}

void DuplicatesDialog::reload()
{
    Result<QList<DuplicatePair>> pairs = DuplicateFinder(m_db).all();
    if (!pairs) {
        m_pairs.clear();
        m_message->setText(pairs.error());
    } else {
        m_pairs = pairs.value();
    }
    m_table->setRowCount(int(m_pairs.size()));
    for (int row = 0; row < m_pairs.size(); ++row) {
        const DuplicatePair& p = m_pairs.at(row);
        auto* village = new QTableWidgetItem(AreaCatalog::instance().name(p.keep.areaCode));
        village->setToolTip(AreaCatalog::instance().fullName(p.keep.areaCode));
        m_table->setItem(row, 0, village);
        m_table->setItem(row, 1, new QTableWidgetItem(fileText(p.keep)));
        m_table->setItem(row, 2, new QTableWidgetItem(fileText(p.other)));
        m_table->setItem(
            row, 3,
            new QTableWidgetItem(p.reason == DuplicatePair::Reason::SameIdNumber
                                     ? tr("Same ID number")
                                     : tr("Same name and birth date, one without an ID number")));
    }
    m_summary->setText(
        m_pairs.isEmpty() ? tr("No possible duplicates: every child has one file.")
                          : tr("%n pair(s) of files may describe one child. Open both files to compare them; "
                               "a merge keeps the older file, moves everything recorded about the child into "
                               "it and puts differing values on the conflicts list.",
                               nullptr, int(m_pairs.size())));
    if (!m_pairs.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void DuplicatesDialog::updateButtons()
{
    const bool any = m_table->currentRow() >= 0 && m_table->currentRow() < m_pairs.size();
    m_openKept->setEnabled(any);
    m_openOther->setEnabled(any);
    m_merge->setEnabled(any);
}

void DuplicatesDialog::confirmMerge()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_pairs.size())
        return;
    const DuplicatePair& p = m_pairs.at(row);
    QMessageBox ask(
        QMessageBox::Question, tr("Merge two files"),
        tr("Merge the file of %1 made on %2 into the older file of %3 made on %4? Its visits, "
           "referrals, agreements and attachments move to the kept file, and it leaves the register "
           "as entered in error. A merge cannot be undone.")
            .arg(p.other.name, p.other.createdAt.left(10), p.keep.name, p.keep.createdAt.left(10)),
        QMessageBox::Cancel, this);
    QPushButton* merge = ask.addButton(tr("Merge"), QMessageBox::AcceptRole);
    ask.setDefaultButton(QMessageBox::Cancel);
    ask.exec();
    if (ask.clickedButton() == merge)
        mergeRow(row);
}

bool DuplicatesDialog::mergeRow(int row)
{
    if (row < 0 || row >= m_pairs.size())
        return false;
    const DuplicatePair p = m_pairs.at(row);
    Result<ChildMergeOutcome> r = ChildMerger(m_db).merge(p.keep.id, p.other.id);
    if (!r) {
        m_message->setText(r.error());
        return false;
    }
    QString text = tr("The file of %1 was merged: %n record(s) moved.", nullptr, r->moved).arg(p.keep.name);
    if (r->conflicts > 0)
        text +=
            QLatin1Char(' ') + tr("%n differing value(s) wait on the conflicts list.", nullptr, r->conflicts);
    reload();
    m_message->setText(text);
    emit dataChanged();
    return true;
}
