#pragma once

#include <QList>
#include <QObject>

class QCheckBox;

// A group of check boxes is one stop for Tab, as a group of radio buttons is: Tab reaches its first box,
// the arrow keys move between the boxes, Space ticks, and the next Tab leaves the group. A form of sixty
// boxes becomes one of twenty stops, so that a routine visit is typed in a few keys.
class CheckGroupKeys final : public QObject
{
    Q_OBJECT

public:
    // Makes `boxes` (in reading order) one group; the object lives as long as the first box.
    static void attach(const QList<QCheckBox*>& boxes);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    explicit CheckGroupKeys(const QList<QCheckBox*>& boxes);

    QList<QCheckBox*> m_boxes;
};
