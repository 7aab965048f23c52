#include "RestoreDialog.h"
#include "shared/WindowGeometry.h"

#include "storage/BackupRestorer.h"
#include "storage/BackupService.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseQuery.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString reasonLabel(const QString& reason)
{
    if (reason == QLatin1String("daily"))
        return RestoreDialog::tr("Daily");
    if (reason == QLatin1String("import"))
        return RestoreDialog::tr("Before an import");
    if (reason == QLatin1String("restore"))
        return RestoreDialog::tr("Before a restore");
    return RestoreDialog::tr("Made by hand");
}

QString when(const QDateTime& utc)
{
    return QLocale().toString(utc.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}
} // namespace

RestoreDialog::RestoreDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, 3))
    , m_restore(new QPushButton(tr("&Restore…")))
    , m_empty(new QLabel)
{
    setObjectName(QStringLiteral("restoreDialog"));
    setWindowTitle(tr("Restore from a backup"));
    WindowGeometry::fit(this, QSize(620, 420));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(
        tr("Backups are made before every import and once a day, in the folder %1. Restoring one replaces "
           "the whole register with the state it holds; the current data are backed up first.")
            .arg(QDir::toNativeSeparators(BackupService::folderOf(m_db.path()))));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("backupsTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Made"), tr("Why"), tr("Size")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    m_empty->setText(tr("There is no backup yet."));
    layout->addWidget(m_empty);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    m_restore->setEnabled(false);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreRow(m_table->currentRow()); });
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row) { restoreRow(row); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            [this] { m_restore->setEnabled(m_table->currentRow() >= 0); });
    m_confirm = [this](const QString& text) {
        QMessageBox box(QMessageBox::Warning, tr("Restore from a backup"), text, QMessageBox::Cancel, this);
        QPushButton* yes = box.addButton(tr("Replace the register"), QMessageBox::DestructiveRole);
        box.setDefaultButton(QMessageBox::Cancel);
        box.exec();
        return box.clickedButton() == yes;
    };
    fill();
}

void RestoreDialog::fill()
{
    const QList<BackupEntry> all = BackupService(m_db).list();
    m_table->setRowCount(int(all.size()));
    for (int row = 0; row < all.size(); ++row) {
        const BackupEntry& e = all[row];
        const QStringList cells{when(e.created), reasonLabel(e.reason),
                                QLocale().formattedDataSize(e.size, 1, QLocale::DataSizeTraditionalFormat)};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setData(Qt::UserRole, e.path);
            item->setToolTip(QDir::toNativeSeparators(e.path));
            m_table->setItem(row, col, item);
        }
    }
    m_empty->setVisible(all.isEmpty());
}

QString RestoreDialog::confirmation(int row) const
{
    if (row < 0 || row >= m_table->rowCount())
        return {};
    CaseQuery::Filter everyone;
    everyone.status.clear();
    const Result<int> now = CaseQuery(m_db).count(everyone);
    const QString made = m_table->item(row, 0)->text();
    return tr("The register will be replaced by the backup made %1: every change made since then is taken "
              "out, and the children's files open now are closed. The current data (%n child(ren)) are first "
              "saved as a new backup, so that this restore can be undone from this list.",
              nullptr, now ? now.value() : 0)
        .arg(made);
}

bool RestoreDialog::restoreRow(int row)
{
    if (row < 0 || row >= m_table->rowCount())
        return false;
    const QString file = m_table->item(row, 0)->data(Qt::UserRole).toString();
    // Refused before anything is asked: not a Shouhu database any more, damaged, newer.
    const Result<BackupRestorer::Contents> contents = BackupRestorer::inspect(file);
    if (!contents) {
        tell(false, contents.error());
        return false;
    }
    if (!m_confirm(confirmation(row)))
        return false;
    if (m_prepare && !m_prepare())
        return false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<BackupRestorer::Outcome> outcome = BackupRestorer::restore(m_db, file, false);
    QApplication::restoreOverrideCursor();
    if (!outcome) {
        tell(false, outcome.error());
        fill();
        return false;
    }
    const QString summary =
        tr("The register was restored from the backup made %1 (%n child(ren)); the data it held before "
           "are kept in a new backup.",
           nullptr, int(outcome->restored.children))
            .arg(m_table->item(row, 0)->text());
    m_lastMessage = summary;
    fill();
    emit restored(summary);
    accept();
    return true;
}

void RestoreDialog::tell(bool ok, const QString& text)
{
    m_lastMessage = text;
    auto* box = new QMessageBox(ok ? QMessageBox::Information : QMessageBox::Warning,
                                tr("Restore from a backup"), text, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("restoreMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}
