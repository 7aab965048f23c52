#include "CheckGroupKeys.h"

#include <QCheckBox>
#include <QKeyEvent>

void CheckGroupKeys::attach(const QList<QCheckBox*>& boxes)
{
    if (boxes.size() > 1)
        new CheckGroupKeys(boxes);
}

CheckGroupKeys::CheckGroupKeys(const QList<QCheckBox*>& boxes)
    : QObject(boxes.first())
    , m_boxes(boxes)
{
    for (qsizetype i = 0; i < m_boxes.size(); ++i) {
        m_boxes.at(i)->installEventFilter(this);
        if (i > 0)
            m_boxes.at(i)->setFocusPolicy(Qt::ClickFocus); // reached by the arrows, not by Tab
    }
}

bool CheckGroupKeys::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() != QEvent::KeyPress)
        return false;
    const auto* key = static_cast<QKeyEvent*>(event);
    if (key->modifiers() & ~Qt::KeypadModifier)
        return false;
    int step = 0;
    switch (key->key()) {
    case Qt::Key_Down:
    case Qt::Key_Right:
        step = 1;
        break;
    case Qt::Key_Up:
    case Qt::Key_Left:
        step = -1;
        break;
    default:
        return false;
    }
    const qsizetype at = m_boxes.indexOf(qobject_cast<QCheckBox*>(watched));
    if (at < 0)
        return false;
    for (qsizetype i = at + step; i >= 0 && i < m_boxes.size(); i += step) {
        QCheckBox* box = m_boxes.at(i);
        if (box->isVisible() && box->isEnabled()) {
            box->setFocus(Qt::OtherFocusReason);
            return true;
        }
    }
    return true; // at the end of the group: stay
}
