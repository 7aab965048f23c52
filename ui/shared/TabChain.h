#pragma once

#include <QList>

#include <functional>

class QWidget;

// A form's tab stops in reading order: Tab and Shift+Tab go to the next or previous stop that is visible,
// enabled and takes tab focus (and passes the form's own test), wrapping round, whatever the widgets'
// parents.
class TabChain final
{
public:
    TabChain& operator<<(QWidget* widget);
    TabChain& operator<<(const QList<QWidget*>& widgets);

    // Sets Qt's tab order to the chain's (for focus changes that do not go through moveFocus).
    void applyOrder() const;
    // Moves the focus from `current` to the next (or previous) usable stop. False when `current` is not in
    // the chain (Qt's own order applies) or no other stop is usable.
    bool moveFocus(QWidget* current, bool next, const std::function<bool(QWidget*)>& usable = {}) const;

private:
    QList<QWidget*> m_stops;
};
