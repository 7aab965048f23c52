#include "EnrolDialog.h"

#include "domain/AreaCatalog.h"
#include "domain/Vocabulary.h"
#include "shared/FileChooser.h"
#include "storage/CaseDatabase.h"
#include "sync/TrustStore.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

EnrolDialog::EnrolDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_path(new QLineEdit)
    , m_station(new QLabel)
    , m_fingerprint(new QLineEdit)
    , m_error(new QLabel)
    , m_enrol(nullptr)
{
    setObjectName(QStringLiteral("enrolDialog"));
    setWindowTitle(tr("Enrol a station"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("1. Choose the card file (.shid) the other station sent you.\n"
                                "2. Call its operator and ask them to read out their fingerprint.\n"
                                "3. Type it below: the station is enrolled only if it matches the card."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    layout->addLayout(form);
    auto* fileRow = new QHBoxLayout;
    m_path->setObjectName(QStringLiteral("cardPathLineEdit"));
    m_path->setReadOnly(true);
    fileRow->addWidget(m_path, 1);
    auto* choose = new QPushButton(tr("Choose…"));
    choose->setObjectName(QStringLiteral("chooseCardButton"));
    fileRow->addWidget(choose);
    form->addRow(tr("Card file"), fileRow);
    m_station->setObjectName(QStringLiteral("cardStationLabel"));
    m_station->setWordWrap(true);
    m_station->setMinimumHeight(m_station->fontMetrics().lineSpacing() * 4 + 4);
    form->addRow(tr("Station"), m_station);
    m_fingerprint->setObjectName(QStringLiteral("fingerprintLineEdit"));
    m_fingerprint->setPlaceholderText(QStringLiteral("XXXX-XXXX-XXXX-XXXX"));
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSize(18);
    m_fingerprint->setFont(big);
    form->addRow(tr("Fingerprint read out"), m_fingerprint);

    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c0392b;"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_enrol = buttons->addButton(tr("Enrol"), QDialogButtonBox::AcceptRole);
    m_enrol->setObjectName(QStringLiteral("enrolButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &EnrolDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &EnrolDialog::reject);
    connect(choose, &QPushButton::clicked, this, &EnrolDialog::chooseFile);
    connect(m_fingerprint, &QLineEdit::textChanged, this, [this] {
        m_error->clear();
        updateButtons();
    });
    setMinimumWidth(560);
    updateButtons();
}

QString EnrolDialog::error() const
{
    return m_error->text();
}

void EnrolDialog::updateButtons()
{
    m_enrol->setEnabled(m_card && !m_fingerprint->text().trimmed().isEmpty());
}

void EnrolDialog::chooseFile()
{
    const QString path =
        FileChooser::openFile(this, tr("Choose the station's card"), FileChooser::startFolder(),
                              {tr("Station cards (*.shid)"), tr("All files (*)")});
    if (!path.isEmpty())
        setCardFile(path);
}

bool EnrolDialog::setCardFile(const QString& path)
{
    m_card.reset();
    m_path->setText(QDir::toNativeSeparators(path));
    m_station->clear();
    m_error->clear();
    QFile f(path);
    Result<StationCard> card =
        f.open(QIODevice::ReadOnly)
            ? StationCard::fromJson(f.read(64 * 1024))
            : Result<StationCard>::failure(
                  tr("The file %1 cannot be read.").arg(QDir::toNativeSeparators(path)));
    if (card) {
        const StationCard& c = card.value();
        QString area = AreaCatalog::instance().fullName(c.area);
        if (area.isEmpty())
            area = c.area;
        m_station->setText(tr("<b>%1</b> (%2)<br>%3<br>Station id: %4")
                               .arg(c.name.toHtmlEscaped(),
                                    Vocabulary::label(Vocabulary::Role, c.role).toHtmlEscaped(),
                                    area.toHtmlEscaped(), c.station));
        // Say at once when this station may not enrol that one, before anyone makes a phone call.
        if (Status may = TrustStore::mayEnrol(*m_db.station(), c.role, c.area); !may)
            m_error->setText(may.error());
        else
            m_card = c;
    } else {
        m_error->setText(card.error());
    }
    updateButtons();
    if (m_card)
        m_fingerprint->setFocus();
    return m_card.has_value();
}

void EnrolDialog::accept()
{
    if (!m_card)
        return;
    Result<Peer> peer = TrustStore(m_db).enrol(*m_card, m_fingerprint->text());
    if (!peer) {
        m_error->setText(peer.error());
        m_fingerprint->selectAll();
        m_fingerprint->setFocus();
        return;
    }
    m_enrolled = peer->id;
    QDialog::accept();
}
