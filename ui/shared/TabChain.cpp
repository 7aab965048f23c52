#include "TabChain.h"

#include <QWidget>

TabChain& TabChain::operator<<(QWidget* widget)
{
    m_stops << widget;
    return *this;
}

TabChain& TabChain::operator<<(const QList<QWidget*>& widgets)
{
    m_stops << widgets;
    return *this;
}

void TabChain::applyOrder() const
{
    for (qsizetype i = 1; i < m_stops.size(); ++i)
        QWidget::setTabOrder(m_stops.at(i - 1), m_stops.at(i));
}

bool TabChain::moveFocus(QWidget* current, bool next, const std::function<bool(QWidget*)>& usable) const
{
    const qsizetype at = m_stops.indexOf(current);
    if (at < 0)
        return false;
    const qsizetype n = m_stops.size();
    for (qsizetype step = 1; step < n; ++step) {
        QWidget* w = m_stops.at(((at + (next ? step : -step)) % n + n) % n);
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && (!usable || usable(w))) {
            w->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return false;
}
