#include "AppLock.h"

#include "LockScreen.h"
#include "storage/LockPolicy.h"

#include <QApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>
#include <QWidget>

AppLock::AppLock(CaseDatabase& db, Check check, QObject* parent)
    : QObject(parent)
    , m_db(db)
    , m_check(std::move(check))
{
    m_idle.setSingleShot(true);
    connect(&m_idle, &QTimer::timeout, this, &AppLock::lock);
    qApp->installEventFilter(this);
    reload();
}

AppLock::~AppLock()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

bool AppLock::available() const
{
    return LockPolicy::enabled(m_db);
}

void AppLock::reload()
{
    const int minutes = LockPolicy::idleMinutes(m_db);
    m_idle.stop();
    m_watching = minutes > 0;
    if (m_watching) {
        m_idle.setInterval(std::chrono::minutes(minutes));
        m_idle.start();
    }
}

void AppLock::setIdleInterval(std::chrono::milliseconds interval)
{
    m_watching = true;
    m_idle.setInterval(interval);
    m_idle.start();
}

bool AppLock::isLocked() const
{
    return m_screen != nullptr;
}

LockScreen* AppLock::screen() const
{
    return m_screen;
}

void AppLock::lock()
{
    if (isLocked() || !available())
        return;
    m_idle.stop();
    QWidget* anchor = nullptr;
    for (QWidget* w : QApplication::topLevelWidgets()) {
        if (!w->isVisible() || w->windowType() == Qt::ToolTip || w->windowType() == Qt::Popup)
            continue;
        cover(w);
        if (!anchor && w->objectName() == QLatin1String("mainWindow"))
            anchor = w;
    }
    m_screen = new LockScreen(m_check, LockPolicy::failures(m_db), anchor);
    m_screen->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_screen, &LockScreen::failuresChanged, this,
            [this](int failures) { LockPolicy::setFailures(m_db, failures); });
    connect(m_screen, &LockScreen::unlocked, this, [this] {
        uncover();
        m_screen = nullptr;
        if (m_watching)
            m_idle.start();
        emit unlocked();
    });
    m_screen->open();
    emit locked();
}

void AppLock::cover(QWidget* window)
{
    auto* sheet = new QWidget(window);
    sheet->setObjectName(QStringLiteral("lockCover"));
    sheet->setAutoFillBackground(true);
    auto* layout = new QVBoxLayout(sheet);
    auto* label = new QLabel(tr("Locked"), sheet);
    label->setAlignment(Qt::AlignCenter);
    layout->addWidget(label);
    sheet->setGeometry(window->rect());
    sheet->raise();
    sheet->show();
    m_covers << sheet;
}

void AppLock::uncover()
{
    for (const QPointer<QWidget>& sheet : std::as_const(m_covers)) {
        if (sheet)
            sheet->deleteLater();
    }
    m_covers.clear();
}

bool AppLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_idle.isActive())
            m_idle.start(); // from the beginning again
        break;
    case QEvent::Resize:
        if (isLocked()) {
            for (const QPointer<QWidget>& sheet : std::as_const(m_covers)) {
                if (sheet && sheet->parentWidget() == watched)
                    sheet->setGeometry(sheet->parentWidget()->rect());
            }
        }
        break;
    case QEvent::Show:
        // A window that opens while locked (a message box of a finished import) is covered too.
        if (isLocked() && watched->isWidgetType()) {
            auto* w = static_cast<QWidget*>(watched);
            if (w->isWindow() && w != m_screen && w->windowType() != Qt::ToolTip &&
                w->windowType() != Qt::Popup && !w->findChild<QWidget*>(QStringLiteral("lockCover")))
                cover(w);
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}
