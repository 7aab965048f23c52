#pragma once

#include <QMargins>
#include <QRect>
#include <QSize>
#include <QString>

class QScreen;
class QWidget;

// Sizes windows for the screens child directors have: cheap laptops at 1366×768 or 1024×768, with a
// taskbar. A window asks for the size it would like; it gets at most what its screen can show, frame
// included, and it stays on that screen.
class WindowGeometry
{
public:
    // The part of `screen` windows may cover, frames included: its available geometry (without the
    // taskbar).
    static QRect available(const QScreen* screen);

    // The room the window manager's title bar and borders take around the window's contents: what the
    // window's frame says once shown, a generous guess before.
    static QMargins frameMargins(const QWidget* window);

    // Resizes the window to `preferred`, smaller where its screen is smaller, and moves it (frame
    // included) back onto the screen when part of it lies outside.
    static void fit(QWidget* window, QSize preferred);

    // Gives the window the size and place it had when remember() was last called with `key` (QSettings
    // "windows/<key>/..."), clamped to the screen it would be on now: a window remembered on a large monitor
    // reopens whole on a small laptop screen. Without a remembered geometry, fit(window, preferred).
    static void restore(QWidget* window, const QString& key, QSize preferred);
    // Remembers the window's size, place and maximized state under `key`.
    static void remember(const QWidget* window, const QString& key);
};
