#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class CaseDatabase;
class LockScreen;
class QWidget;

// Locks the program after the station's idle time (LockPolicy) or on demand: every open window is covered
// (its contents hidden, nothing closed, so nothing typed is lost) and the lock screen asks for the station's
// passphrase. Any key press, click or wheel turn in the program restarts the idle time.
class AppLock final : public QObject
{
    Q_OBJECT
public:
    // Checks a passphrase: an empty string when it is right, else the sentence to show.
    using Check = std::function<QString(const QString& passphrase)>;

    AppLock(CaseDatabase& db, Check check, QObject* parent);
    ~AppLock() override;

    // Whether locking is possible (an idle time is set and the station has a passphrase).
    bool available() const;
    // Reads the idle time from the station's settings again (after it was changed).
    void reload();
    // The idle time, overriding the setting (tests).
    void setIdleInterval(std::chrono::milliseconds interval);

    // Locks now; does nothing when locking is not available or the program is locked already.
    void lock();
    bool isLocked() const;
    LockScreen* screen() const;

signals:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void cover(QWidget* window);
    void uncover();

    CaseDatabase& m_db;
    Check m_check;
    QTimer m_idle;
    bool m_watching = false; // an idle time is set
    QPointer<LockScreen> m_screen;
    QList<QPointer<QWidget>> m_covers;
};
