#include "LockScreen.h"

#include "storage/LockPolicy.h"

#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

LockScreen::LockScreen(Check check, int failures, QWidget* parent)
    : QDialog(parent)
    , m_check(std::move(check))
    , m_failures(failures)
    , m_passphrase(new QLineEdit(this))
    , m_unlock(new QPushButton(tr("&Unlock"), this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("lockScreen"));
    setWindowTitle(tr("Shouhu is locked"));
    setWindowModality(Qt::ApplicationModal);
    setWindowFlag(Qt::WindowCloseButtonHint, false);
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(tr("Shouhu was locked to protect the children's records. Type this station's "
                            "passphrase to go on: nothing you typed before is lost."),
                         this);
    m_intro->setObjectName(QStringLiteral("lockIntroLabel"));
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_passphrase->setObjectName(QStringLiteral("lockPassphraseLineEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphrase->setMinimumWidth(300);
    auto* row = new QHBoxLayout;
    m_row = row;
    row->addWidget(m_passphrase, 1);
    m_unlock->setObjectName(QStringLiteral("unlockButton"));
    m_unlock->setDefault(true);
    row->addWidget(m_unlock);
    layout->addLayout(row);
    m_message->setObjectName(QStringLiteral("lockMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b03a2e;"));
    layout->addWidget(m_message);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::tryUnlock);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &LockScreen::tryUnlock);
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &LockScreen::tick);
    if (const int wait = LockPolicy::delaySeconds(m_failures); wait > 0)
        startWait(wait);
}

void LockScreen::tryUnlock()
{
    if (m_wait > 0 || m_passphrase->text().isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const QString typed = m_passphrase->text();
    const QString refusal = m_check(typed);
    QApplication::restoreOverrideCursor();
    m_passphrase->clear();
    if (refusal.isEmpty()) {
        m_accepted = typed;
        m_failures = 0;
        emit failuresChanged(0);
        m_timer.stop();
        m_message->clear();
        emit unlocked();
        accept();
        return;
    }
    ++m_failures;
    emit failuresChanged(m_failures);
    m_message->setText(refusal);
    if (const int wait = LockPolicy::delaySeconds(m_failures); wait > 0)
        startWait(wait);
}

void LockScreen::startWait(int seconds)
{
    m_wait = seconds;
    m_passphrase->setEnabled(false);
    m_unlock->setEnabled(false);
    showWait();
    m_timer.start();
}

void LockScreen::showWait()
{
    m_message->setText(tr("Too many wrong passphrases: try again in %n second(s).", nullptr, m_wait));
}

void LockScreen::tick()
{
    if (--m_wait > 0) {
        showWait();
        return;
    }
    m_wait = 0;
    m_timer.stop();
    m_passphrase->setEnabled(true);
    m_unlock->setEnabled(true);
    m_passphrase->setFocus();
    m_message->setText(tr("You may try again now."));
}

void LockScreen::allowQuit(const QString& intro)
{
    m_canQuit = true;
    m_intro->setText(intro);
    setWindowTitle(tr("Open Shouhu"));
    setWindowFlag(Qt::WindowCloseButtonHint, true);
    auto* quit = new QPushButton(tr("&Quit"), this);
    quit->setObjectName(QStringLiteral("lockQuitButton"));
    quit->setAutoDefault(false);
    connect(quit, &QPushButton::clicked, this, [this] { QDialog::reject(); });
    m_row->addWidget(quit);
}

void LockScreen::reject()
{
    // Escape does not unlock (at the start it quits).
    if (m_canQuit)
        QDialog::reject();
}

void LockScreen::closeEvent(QCloseEvent* event)
{
    if (m_canQuit) {
        QDialog::closeEvent(event);
        return;
    }
    event->ignore();
}
