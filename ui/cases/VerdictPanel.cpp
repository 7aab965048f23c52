#include "VerdictPanel.h"

#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QVBoxLayout>

namespace {
QString list(const QStringList& items)
{
    QString html = QStringLiteral("<ul style=\"margin-left:-20px\">");
    for (const QString& item : items)
        html += QStringLiteral("<li>") + item.toHtmlEscaped() + QStringLiteral("</li>");
    return html + QStringLiteral("</ul>");
}

QString heading(const QString& text, const char* colour = "#333333")
{
    return QStringLiteral("<p style=\"margin-top:8px\"><b style=\"color:%1\">").arg(QLatin1String(colour)) +
           text.toHtmlEscaped() + QStringLiteral("</b></p>");
}
} // namespace

VerdictPanel::VerdictPanel(QWidget* parent)
    : QFrame(parent)
    , m_category(new QLabel(this))
    , m_details(new QLabel)
{
    setObjectName(QStringLiteral("verdictPanel"));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    auto* title = new QLabel(tr("Verdict"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    layout->addWidget(title);
    m_category->setObjectName(QStringLiteral("categoryLabel"));
    m_category->setAlignment(Qt::AlignCenter);
    QFont big = m_category->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_category->setFont(big);
    m_category->setMinimumHeight(m_category->fontMetrics().height() * 2);
    layout->addWidget(m_category);
    m_details->setObjectName(QStringLiteral("detailsLabel"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::RichText);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(m_details);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(scroll, 1);
    setMinimumWidth(260);
}

QColor VerdictPanel::colour(Category category)
{
    switch (category) {
    case Category::LeftBehind:
        return QColor(0xd3, 0x54, 0x00);
    case Category::Suspected:
        return QColor(0xb7, 0x95, 0x0b);
    case Category::NotLeftBehind:
        return QColor(0x1e, 0x84, 0x49);
    case Category::OverAge:
        return QColor(0x7f, 0x8c, 0x8d);
    }
    return Qt::gray;
}

void VerdictPanel::setVerdict(const Classification& v)
{
    m_category->setText(categoryLabel(v.category));
    m_category->setStyleSheet(QStringLiteral("background:%1;color:white;border-radius:4px;padding:4px;")
                                  .arg(colour(v.category).name()));
    QString html = list(v.reasons);
    if (!v.missingFacts.isEmpty())
        html += heading(tr("Still to record")) + list(v.missingFacts);
    if (v.factuallyUnsupported)
        html += heading(tr("Factually unsupported child"), "#922b21") + list(v.unsupportedReasons);
    if (!v.unsupportedNotes.isEmpty())
        html += heading(tr("Factually unsupported child: not yet"), "#7d6608") + list(v.unsupportedNotes);
    if (v.inDifficulty)
        html += heading(tr("Child in difficulty"), "#922b21") + list(v.difficultyReasons);
    if (v.orphan)
        html += heading(tr("Orphan: refer for orphan support."), "#922b21");
    if (v.overAgeOn.isValid())
        html += QStringLiteral("<p style=\"color:#555555\">") +
                tr("Over-age on %1.").arg(v.overAgeOn.toString(Qt::ISODate)).toHtmlEscaped() +
                QStringLiteral("</p>");
    m_details->setText(html);
}

QString VerdictPanel::categoryText() const
{
    return m_category->text();
}

QString VerdictPanel::detailsText() const
{
    return m_details->text();
}
