#pragma once

#include <QDialog>
#include <QTimer>

#include <functional>

class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;

// The dialog in front of a locked program: one passphrase field and 解锁. It cannot be closed or escaped; a
// wrong passphrase says so, and after a few the field waits a while (LockPolicy::delaySeconds) before the
// next try, counting the seconds down.
class LockScreen final : public QDialog
{
    Q_OBJECT
public:
    // Returns an empty string when the passphrase is right, else the sentence to show.
    using Check = std::function<QString(const QString& passphrase)>;

    LockScreen(Check check, int failures, QWidget* parent);

    int failures() const { return m_failures; }
    // Seconds left before the next try may be made (0 when it may be made now).
    int secondsToWait() const { return m_wait; }

    // Tries the passphrase typed (what 解锁 and Enter do).
    void tryUnlock();
    // For the start of the program (an encrypted database, or one about to be encrypted): `intro` replaces
    // the lock's text, and a 退出 button ends the dialog as rejected (nothing is open yet to lose).
    void allowQuit(const QString& intro);
    // The passphrase that was accepted (empty before).
    const QString& acceptedPassphrase() const { return m_accepted; }

signals:
    // The count of wrong passphrases in a row changed (to be kept across restarts).
    void failuresChanged(int failures);
    void unlocked();

protected:
    void reject() override;
    void closeEvent(QCloseEvent* event) override;

private:
    void startWait(int seconds);
    void showWait();
    void tick();

    Check m_check;
    int m_failures;
    QString m_accepted;
    bool m_canQuit = false;
    QLabel* m_intro = nullptr;
    QHBoxLayout* m_row = nullptr;
    int m_wait = 0;
    QLineEdit* m_passphrase;
    QPushButton* m_unlock;
    QLabel* m_message;
    QTimer m_timer;
};
