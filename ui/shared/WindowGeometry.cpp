#include "WindowGeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

#include <algorithm>

QRect WindowGeometry::available(const QScreen* screen)
{
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    return screen ? screen->availableGeometry() : QRect(0, 0, 1024, 768);
}

QMargins WindowGeometry::frameMargins(const QWidget* window)
{
    const QRect frame = window->frameGeometry();
    const QRect inner = window->geometry();
    if (window->isVisible() && frame != inner)
        return QMargins(inner.left() - frame.left(), inner.top() - frame.top(), frame.right() - inner.right(),
                        frame.bottom() - inner.bottom());
    return QMargins(8, 32, 8, 8); // a title bar and thin borders, as most window managers draw them
}

void WindowGeometry::fit(QWidget* window, QSize preferred)
{
    const QWidget* anchor = window->parentWidget() ? window->parentWidget()->window() : window;
    const QRect room = available(anchor->screen());
    const QMargins margins = frameMargins(window);
    const QSize inner = room.size().shrunkBy(margins);
    const QSize size = preferred.boundedTo(inner).expandedTo(window->minimumSize());
    window->resize(size);
    // The frame's rectangle: centred on the parent window or on the screen, then pulled onto the screen.
    QRect frame(QPoint(0, 0), size.grownBy(margins));
    if (window->isVisible())
        frame.moveTopLeft(window->frameGeometry().topLeft());
    else
        frame.moveCenter(window->parentWidget() ? anchor->frameGeometry().center() : room.center());
    frame.moveLeft(
        std::clamp(frame.left(), room.left(), std::max(room.left(), room.right() - frame.width() + 1)));
    frame.moveTop(
        std::clamp(frame.top(), room.top(), std::max(room.top(), room.bottom() - frame.height() + 1)));
    window->move(frame.topLeft());
}

void WindowGeometry::restore(QWidget* window, const QString& key, QSize preferred)
{
    const QSettings settings;
    const QString prefix = QStringLiteral("windows/") + key + QLatin1Char('/');
    const QSize size = settings.value(prefix + QStringLiteral("size")).toSize();
    const QPoint pos = settings.value(prefix + QStringLiteral("pos")).toPoint();
    if (!size.isValid() || size.isEmpty()) {
        fit(window, preferred);
        return;
    }
    // The screen under the remembered frame's centre (the primary one when that screen is gone).
    const QMargins margins = frameMargins(window);
    QRect frame(pos, size.grownBy(margins));
    const QScreen* screen = QGuiApplication::screenAt(frame.center());
    const QRect room = available(screen);
    const QSize inner = size.boundedTo(room.size().shrunkBy(margins)).expandedTo(window->minimumSize());
    window->resize(inner);
    frame.setSize(inner.grownBy(margins));
    frame.moveLeft(
        std::clamp(frame.left(), room.left(), std::max(room.left(), room.right() - frame.width() + 1)));
    frame.moveTop(
        std::clamp(frame.top(), room.top(), std::max(room.top(), room.bottom() - frame.height() + 1)));
    window->move(frame.topLeft());
    if (settings.value(prefix + QStringLiteral("maximized")).toBool())
        window->setWindowState(window->windowState() | Qt::WindowMaximized);
}

void WindowGeometry::remember(const QWidget* window, const QString& key)
{
    QSettings settings;
    const QString prefix = QStringLiteral("windows/") + key + QLatin1Char('/');
    const bool maximized = window->isMaximized();
    settings.setValue(prefix + QStringLiteral("maximized"), maximized);
    if (maximized)
        return; // the size to go back to is the one from before
    settings.setValue(prefix + QStringLiteral("size"), window->size());
    settings.setValue(prefix + QStringLiteral("pos"), window->frameGeometry().topLeft());
}
