#include "FingerprintCard.h"

#include "Clock.h"
#include "domain/AreaCatalog.h"
#include "domain/Vocabulary.h"

#include <QAbstractTextDocumentLayout>
#include <QDate>
#include <QFontDatabase>
#include <QLabel>
#include <QLocale>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPrintDialog>
#include <QPrinter>
#include <QTextDocument>
#include <QVBoxLayout>

FingerprintCard::FingerprintCard(QWidget* parent)
    : QWidget(parent)
    , m_details(new QLabel(this))
    , m_fingerprintLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("fingerprintCard"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_details->setObjectName(QStringLiteral("stationDetailsLabel"));
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setWordWrap(true);
    layout->addWidget(m_details);
    m_fingerprintLabel->setObjectName(QStringLiteral("fingerprintLabel"));
    m_fingerprintLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fingerprintLabel->setAlignment(Qt::AlignCenter);
    m_fingerprintLabel->setStyleSheet(
        QStringLiteral("background:#fdfefe; border:1px solid #aab7b8; border-radius:4px; padding:10px;"));
    QFont big = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    big.setPointSize(26);
    big.setBold(true);
    big.setLetterSpacing(QFont::AbsoluteSpacing, 2);
    m_fingerprintLabel->setFont(big);
    layout->addWidget(m_fingerprintLabel);
}

void FingerprintCard::setStation(const QString& name, const QString& role, const QString& areaCode,
                                 const QString& stationId, const QString& fingerprint)
{
    m_name = name;
    m_role = Vocabulary::label(Vocabulary::Role, role);
    m_area = AreaCatalog::instance().fullName(areaCode);
    if (m_area.isEmpty())
        m_area = areaCode;
    m_station = stationId;
    m_fingerprint = fingerprint;
    m_details->setText(
        tr("<b>%1</b> (%2)<br>%3<br>Station id: %4")
            .arg(m_name.toHtmlEscaped(), m_role.toHtmlEscaped(), m_area.toHtmlEscaped(), m_station));
    if (fingerprint.isEmpty()) {
        QFont normal = font();
        m_fingerprintLabel->setFont(normal);
        m_fingerprintLabel->setText(tr("This station has no keys yet."));
    } else {
        m_fingerprintLabel->setText(fingerprint);
    }
    m_fingerprintLabel->setToolTip(tr("Read this fingerprint to the other station's operator on the phone."));
}

QString FingerprintCard::pageHtml() const
{
    return tr("<h2>Shouhu station fingerprint</h2>"
              "<p style='font-size:14pt'><b>%1</b> (%2)<br>%3<br>Station id: %4</p>"
              "<p style='font-size:14pt'>Fingerprint:</p>"
              "<p style='font-size:36pt; font-family:monospace'><b>%5</b></p>"
              "<p style='font-size:12pt'>The operator of the other station types this fingerprint when "
              "enrolling this station's card. If what they see differs, the card is not this station's: do "
              "not enrol it.</p>"
              "<p style='font-size:12pt'>Printed on %6.</p>")
        .arg(m_name.toHtmlEscaped(), m_role.toHtmlEscaped(), m_area.toHtmlEscaped(), m_station, m_fingerprint,
             QLocale().toString(Clock::system().today(), QLocale::LongFormat));
}

void FingerprintCard::printTo(QPagedPaintDevice* device) const
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageMargins(QMarginsF(20, 20, 20, 20), QPageLayout::Millimeter);
    QTextDocument doc;
    // Laid out in the device's own resolution, so that point sizes are points on paper.
    doc.documentLayout()->setPaintDevice(device);
    doc.setHtml(pageHtml());
    QPainter painter(device);
    doc.setTextWidth(painter.viewport().width());
    doc.drawContents(&painter);
}

void FingerprintCard::print()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, window());
    dialog.setWindowTitle(tr("Print the fingerprint"));
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer);
}
