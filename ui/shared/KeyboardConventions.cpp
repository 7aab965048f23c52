#include "KeyboardConventions.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QPushButton>

void KeyboardConventions::install()
{
    if (!qApp || qApp->findChild<KeyboardConventions*>(QString(), Qt::FindDirectChildrenOnly))
        return;
    qApp->installEventFilter(new KeyboardConventions(qApp));
}

bool KeyboardConventions::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        auto* button = qobject_cast<QPushButton*>(watched);
        // A dialog's buttons already do it (autoDefault); a plain window's do not.
        if (button && !button->autoDefault() &&
            (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) &&
            !(key->modifiers() & ~Qt::KeypadModifier) && button->isEnabled() && button->isVisible()) {
            button->click();
            return true;
        }
    } else if (event->type() == QEvent::FocusIn) {
        const auto reason = static_cast<QFocusEvent*>(event)->reason();
        auto* view = qobject_cast<QAbstractItemView*>(watched);
        if (view && view->model() && !view->currentIndex().isValid() && reason != Qt::MouseFocusReason &&
            reason != Qt::PopupFocusReason && view->model()->rowCount(view->rootIndex()) > 0)
            view->setCurrentIndex(view->model()->index(0, 0, view->rootIndex()));
    }
    return false;
}
