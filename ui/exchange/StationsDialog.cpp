#include "StationsDialog.h"
#include "shared/WindowGeometry.h"

#include "EnrolDialog.h"
#include "FingerprintCard.h"
#include "SyncController.h"
#include "domain/AreaCatalog.h"
#include "domain/Vocabulary.h"
#include "shared/FileChooser.h"
#include "storage/CaseDatabase.h"
#include "sync/StationIdentity.h"
#include "sync/TrustStore.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString when(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}
} // namespace

StationsDialog::StationsDialog(CaseDatabase& db, SyncController& sync, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_sync(sync)
    , m_card(new FingerprintCard)
    , m_exportCard(new QPushButton(tr("Export my card…")))
    , m_print(new QPushButton(tr("Print fingerprint…")))
    , m_makeKeys(new QPushButton(tr("Make the keys…")))
    , m_table(new QTableWidget(0, 6))
    , m_revoke(new QPushButton(tr("Revoke…")))
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("stationsDialog"));
    setWindowTitle(tr("Stations"));
    WindowGeometry::fit(this, QSize(860, 600));
    auto* layout = new QVBoxLayout(this);

    auto* own = new QGroupBox(tr("This station"));
    auto* ownLayout = new QVBoxLayout(own);
    ownLayout->addWidget(m_card);
    auto* ownButtons = new QHBoxLayout;
    m_exportCard->setObjectName(QStringLiteral("exportCardButton"));
    m_print->setObjectName(QStringLiteral("printFingerprintButton"));
    m_makeKeys->setObjectName(QStringLiteral("makeKeysButton"));
    ownButtons->addWidget(m_makeKeys);
    ownButtons->addWidget(m_exportCard);
    ownButtons->addWidget(m_print);
    ownButtons->addStretch(1);
    ownLayout->addLayout(ownButtons);
    auto* ownHint = new QLabel(tr("To exchange packages, two stations enrol each other: send your card to "
                                  "the other station, then read your fingerprint to its operator on the "
                                  "phone."));
    ownHint->setWordWrap(true);
    ownLayout->addWidget(ownHint);
    layout->addWidget(own);

    auto* enrolled = new QGroupBox(tr("Enrolled stations"));
    auto* enrolledLayout = new QVBoxLayout(enrolled);
    m_table->setObjectName(QStringLiteral("stationsTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Station"), tr("Level"), tr("Area"), tr("Fingerprint"), tr("Enrolled"), tr("Revoked")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    enrolledLayout->addWidget(m_table);
    auto* peerButtons = new QHBoxLayout;
    auto* enrolButton = new QPushButton(tr("Enrol a station…"));
    enrolButton->setObjectName(QStringLiteral("enrolStationButton"));
    m_revoke->setObjectName(QStringLiteral("revokeButton"));
    peerButtons->addWidget(enrolButton);
    peerButtons->addWidget(m_revoke);
    peerButtons->addStretch(1);
    enrolledLayout->addLayout(peerButtons);
    layout->addWidget(enrolled, 1);

    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().lineSpacing() * 2 + 4);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportCard, &QPushButton::clicked, this, &StationsDialog::chooseCardFile);
    connect(m_print, &QPushButton::clicked, m_card, &FingerprintCard::print);
    connect(m_makeKeys, &QPushButton::clicked, this, &StationsDialog::makeKeys);
    connect(enrolButton, &QPushButton::clicked, this, &StationsDialog::enrol);
    connect(m_revoke, &QPushButton::clicked, this, &StationsDialog::revokeSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_table->currentRow();
        m_revoke->setEnabled(row >= 0 && m_table->item(row, 5)->text().isEmpty());
    });
    reload();
}

QString StationsDialog::message() const
{
    return m_message->text();
}

void StationsDialog::reload()
{
    const StationInfo me = m_db.station().value_or(StationInfo{});
    Result<StationCard> card = StationIdentity::publicCard(m_db);
    m_card->setStation(me.name, me.role, me.areaCode, me.id, card ? card->fingerprint() : QString());
    m_makeKeys->setVisible(!card);
    m_exportCard->setEnabled(card.ok());
    m_print->setEnabled(card.ok());

    const QList<Peer> peers = TrustStore(m_db).peers();
    m_table->setRowCount(int(peers.size()));
    for (int row = 0; row < peers.size(); ++row) {
        const Peer& p = peers[row];
        QString area = AreaCatalog::instance().fullName(p.area);
        const QStringList cells{p.name,
                                Vocabulary::label(Vocabulary::Role, p.role),
                                area.isEmpty() ? p.area : area,
                                p.fingerprint,
                                when(p.enrolledAt),
                                p.revoked() ? when(p.revokedAt) : QString()};
        for (int col = 0; col < cells.size(); ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setData(Qt::UserRole, p.id);
            if (col == 0)
                item->setToolTip(tr("Station id: %1").arg(p.id));
            if (p.revoked())
                item->setForeground(Qt::gray);
            m_table->setItem(row, col, item);
        }
    }
    m_revoke->setEnabled(false);
}

void StationsDialog::makeKeys()
{
    if (m_sync.ensureKeys(this))
        m_message->setText(tr("The keys are made. Export your card and send it to the other station."));
    reload();
}

void StationsDialog::chooseCardFile()
{
    const QString name = m_db.station() ? m_db.station()->name : QStringLiteral("station");
    const QString suggested = QDir(FileChooser::startFolder()).filePath(name + QStringLiteral(".shid"));
    const QString path = FileChooser::saveFile(this, tr("Export my card"), suggested,
                                               {tr("Station cards (*.shid)")}, QStringLiteral("shid"));
    if (!path.isEmpty())
        exportCard(path);
}

bool StationsDialog::exportCard(const QString& path)
{
    const std::shared_ptr<const StationKeys> keys = m_sync.keys(this);
    if (!keys)
        return false;
    Result<StationCard> card = StationIdentity::signedCard(m_db, *keys);
    if (!card) {
        m_message->setText(card.error());
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(card->toJson()) < 0 || !f.commit()) {
        m_message->setText(tr("The file %1 cannot be written.").arg(QDir::toNativeSeparators(path)));
        return false;
    }
    m_message->setText(tr("Your card is saved in %1. Send this file to the other station, then call its "
                          "operator and read out your fingerprint: %2.")
                           .arg(QDir::toNativeSeparators(path), card->fingerprint()));
    reload();
    return true;
}

void StationsDialog::enrol()
{
    auto* dialog = new EnrolDialog(m_db, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        reload();
        const auto peer = TrustStore(m_db).find(dialog->enrolledStation());
        if (peer)
            m_message->setText(tr("%1 is enrolled. If it has not enrolled this station yet, send it your "
                                  "card and read it your fingerprint.")
                                   .arg(peer->name));
    });
    dialog->open();
}

void StationsDialog::revokeSelected()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    const QString id = m_table->item(row, 0)->data(Qt::UserRole).toString();
    const QString name = m_table->item(row, 0)->text();
    auto* ask =
        new QMessageBox(QMessageBox::Warning, tr("Revoke %1?").arg(name),
                        tr("Packages from %1 will be refused from now on and nothing more can be sent to "
                           "it. Do this when its laptop was lost or its key is no longer trusted. This "
                           "cannot be undone.")
                            .arg(name),
                        QMessageBox::Cancel, this);
    ask->setObjectName(QStringLiteral("revokeMessageBox"));
    ask->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton* yes = ask->addButton(tr("Revoke"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmRevokeButton"));
    connect(yes, &QPushButton::clicked, this, [this, id, name] {
        if (Status s = TrustStore(m_db).revoke(id); !s)
            m_message->setText(s.error());
        else
            m_message->setText(
                tr("%1 is revoked. The revocation reaches the other stations with your next packages.")
                    .arg(name));
        reload();
    });
    ask->open();
}
