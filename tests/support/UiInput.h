#pragma once

#include <QComboBox>
#include <QString>
#include <QTest>
#include <QWidget>

// Input as a user gives it, for the GUI tests.
namespace UiInput {

// Types text as a user would: Latin characters as key clicks, Chinese characters as the text an input method
// delivers with a key event (QTest::keyClicks only handles Latin-1).
inline void typeText(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80)
            QTest::keyClick(widget, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

// Picks an entry of a combo box as a user would (activated is only emitted for user choices).
inline void choose(QComboBox* combo, const QString& code)
{
    const int i = combo->findData(code);
    QVERIFY2(i >= 0, qPrintable(code));
    combo->setCurrentIndex(i);
    emit combo->activated(i);
}

} // namespace UiInput
