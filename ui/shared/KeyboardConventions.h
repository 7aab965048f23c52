#pragma once

#include <QObject>

// What the keyboard does in every window of the application, whatever widget has the focus:
// - Enter (or Return) presses the focused push button, in plain windows as in dialogs;
// - a list or table that receives the focus from the keyboard shows where it is: its first row becomes
//   current (and selected) when none is.
class KeyboardConventions final : public QObject
{
    Q_OBJECT

public:
    // Installs the conventions on the application, once.
    static void install();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
};
