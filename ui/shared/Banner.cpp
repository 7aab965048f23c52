#include "Banner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

Banner::Banner(Kind kind, const QString& text, QWidget* parent)
    : QFrame(parent)
    , m_label(new QLabel(text, this))
    , m_layout(new QHBoxLayout(this))
{
    setObjectName(QStringLiteral("bannerFrame"));
    const char* colours = kind == Kind::Demo      ? "background:#8e44ad;color:white;"
                          : kind == Kind::Warning ? "background:#fdebd0;color:#6e2c00;"
                                                  : "background:#d6eaf8;color:#154360;";
    setStyleSheet(QStringLiteral("#bannerFrame{%1 border-radius:3px;} #bannerFrame QLabel{%1}")
                      .arg(QLatin1String(colours)));
    m_label->setWordWrap(true);
    m_label->setObjectName(QStringLiteral("bannerLabel"));
    if (kind == Kind::Demo) {
        QFont f = m_label->font();
        f.setBold(true);
        m_label->setFont(f);
        m_label->setAlignment(Qt::AlignCenter);
    }
    m_layout->setContentsMargins(10, 6, 6, 6);
    m_layout->addWidget(m_label, 1);
}

QString Banner::text() const
{
    return m_label->text();
}

void Banner::setText(const QString& text)
{
    m_label->setText(text);
}

QPushButton* Banner::addButton(const QString& label, const std::function<void()>& action, bool closes)
{
    auto* button = new QPushButton(label, this);
    m_layout->addWidget(button);
    connect(button, &QPushButton::clicked, this, [this, action, closes] {
        if (action)
            action();
        if (closes)
            deleteLater();
    });
    return button;
}

void Banner::addCloseButton()
{
    addButton(tr("Close"), {});
}
