#include "ExportDialog.h"

#include "domain/Vocabulary.h"
#include "shared/FileChooser.h"
#include "storage/CaseDatabase.h"
#include "sync/TrustStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

ExportDialog::ExportDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_recipient(new QComboBox)
    , m_full(new QCheckBox(tr("Everything in this station's area, not only what is new for that station")))
    , m_path(new QLineEdit)
    , m_error(new QLabel)
    , m_ok(nullptr)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export a package"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A package carries your changes to one enrolled station, sealed so that only "
                                "that station can open it. Carry the file on a USB stick or send it by a "
                                "messaging app."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_recipient->setObjectName(QStringLiteral("recipientComboBox"));
    form->addRow(tr("For station"), m_recipient);
    m_full->setObjectName(QStringLiteral("fullCheckBox"));
    m_full->setToolTip(tr("For a station that is new or lost its data. Otherwise only what it has not "
                          "confirmed yet is sent."));
    form->addRow(QString(), m_full);
    auto* fileRow = new QHBoxLayout;
    m_path->setObjectName(QStringLiteral("pathLineEdit"));
    fileRow->addWidget(m_path, 1);
    auto* choose = new QPushButton(tr("Choose…"));
    choose->setObjectName(QStringLiteral("chooseFileButton"));
    fileRow->addWidget(choose);
    form->addRow(tr("Save as"), fileRow);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c0392b;"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_ok = buttons->addButton(tr("Export"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("exportButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ExportDialog::reject);
    connect(choose, &QPushButton::clicked, this, &ExportDialog::chooseFile);

    const std::optional<StationInfo> me = m_db.station();
    int above = -1;
    for (const Peer& p : TrustStore(m_db).peers()) {
        if (p.revoked())
            continue;
        m_recipient->addItem(tr("%1 (%2)").arg(p.name, Vocabulary::label(Vocabulary::Role, p.role)), p.id);
        m_recipient->setItemData(m_recipient->count() - 1, p.name, Qt::UserRole + 1);
        if (above < 0 && me && TrustStore::isAbove(*me, p.area))
            above = m_recipient->count() - 1;
    }
    if (m_recipient->count() == 0) {
        m_error->setText(tr("No station is enrolled here yet: enrol the station you send to in Sync → "
                            "Stations first."));
        m_ok->setEnabled(false);
    }
    m_recipient->setCurrentIndex(qMax(above, 0));
    connect(m_recipient, &QComboBox::currentIndexChanged, this, &ExportDialog::recipientChanged);
    recipientChanged();
    setMinimumWidth(620);
}

QString ExportDialog::recipient() const
{
    return m_recipient->currentData().toString();
}

QString ExportDialog::recipientName() const
{
    return m_recipient->currentData(Qt::UserRole + 1).toString();
}

QString ExportDialog::path() const
{
    return QDir::fromNativeSeparators(m_path->text().trimmed());
}

bool ExportDialog::full() const
{
    return m_full->isChecked();
}

void ExportDialog::setRecipient(const QString& stationId)
{
    const int i = m_recipient->findData(stationId);
    if (i >= 0)
        m_recipient->setCurrentIndex(i);
}

void ExportDialog::setPath(const QString& path)
{
    m_path->setText(QDir::toNativeSeparators(path));
}

QString ExportDialog::suggestedFileName(const QString& from, const QString& to, QDate date)
{
    QString name = from + QStringLiteral("-to-") + to + QLatin1Char('-') +
                   date.toString(QStringLiteral("yyyy-MM-dd")) + QStringLiteral(".shpkg");
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|\\s]+"));
    return name.replace(forbidden, QStringLiteral("_"));
}

void ExportDialog::recipientChanged()
{
    if (recipient().isEmpty())
        return;
    if (!m_path->text().isEmpty() && path() != m_suggested)
        return; // the user chose a file: keep it
    const QString from = m_db.station() ? m_db.station()->name : QString();
    const QString dir = FileChooser::startFolder();
    m_suggested = QDir(dir).filePath(suggestedFileName(from, recipientName(), m_db.clock().today()));
    setPath(m_suggested);
}

void ExportDialog::chooseFile()
{
    const QString chosen = FileChooser::saveFile(this, tr("Save the package as"), path(),
                                                 {tr("Shouhu packages (*.shpkg)")}, QStringLiteral("shpkg"));
    if (!chosen.isEmpty())
        setPath(chosen.endsWith(QLatin1String(".shpkg")) ? chosen : chosen + QStringLiteral(".shpkg"));
}

void ExportDialog::accept()
{
    if (recipient().isEmpty())
        return;
    const QFileInfo file(path());
    if (path().isEmpty() || !file.absoluteDir().exists()) {
        m_error->setText(tr("Choose a file in a folder that exists."));
        return;
    }
    QDialog::accept();
}
