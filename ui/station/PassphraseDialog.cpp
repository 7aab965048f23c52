#include "PassphraseDialog.h"

#include "sync/KeyStore.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace {
QLineEdit* passwordEdit(const QString& name)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(name);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMinimumWidth(280);
    return edit;
}
} // namespace

PassphraseDialog::PassphraseDialog(Mode mode, Check check, QWidget* parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_check(std::move(check))
    , m_current(passwordEdit(QStringLiteral("currentPassphraseLineEdit")))
    , m_new(passwordEdit(QStringLiteral("newPassphraseLineEdit")))
    , m_repeat(passwordEdit(QStringLiteral("repeatPassphraseLineEdit")))
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("passphraseDialog"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel;
    intro->setObjectName(QStringLiteral("introLabel"));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    switch (mode) {
    case Mode::Unlock:
        setWindowTitle(tr("Passphrase"));
        intro->setText(tr("Type the passphrase that protects this station's keys. It is needed to sign, "
                          "send and open sync packages."));
        form->addRow(tr("Passphrase"), m_current);
        break;
    case Mode::Create:
        setWindowTitle(tr("Set a passphrase"));
        intro->setText(tr("This station needs its keys to send and receive packages. Choose a passphrase "
                          "of at least %1 characters to protect them, and keep it safe: without it this "
                          "station cannot send or open packages.")
                           .arg(KeyStore::MinimumPassphraseLength));
        form->addRow(tr("New passphrase"), m_new);
        form->addRow(tr("Type it again"), m_repeat);
        break;
    case Mode::Change:
        setWindowTitle(tr("Change the passphrase"));
        intro->setText(tr("Type the current passphrase, then the new one twice (at least %1 characters).")
                           .arg(KeyStore::MinimumPassphraseLength));
        form->addRow(tr("Current passphrase"), m_current);
        form->addRow(tr("New passphrase"), m_new);
        form->addRow(tr("Type it again"), m_repeat);
        break;
    }
    m_current->setVisible(mode != Mode::Create);
    m_new->setVisible(mode != Mode::Unlock);
    m_repeat->setVisible(mode != Mode::Unlock);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c0392b;"));
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &PassphraseDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &PassphraseDialog::reject);
    setMinimumWidth(460);
}

QString PassphraseDialog::error() const
{
    return m_error->text();
}

QString PassphraseDialog::checkNew(const QString& fresh, const QString& repeated)
{
    if (Status s = KeyStore::checkPassphrase(fresh); !s)
        return s.error();
    if (fresh != repeated)
        return tr("The two passphrases are not the same: type them again.");
    return {};
}

void PassphraseDialog::accept()
{
    QString error;
    QLineEdit* retry = m_mode == Mode::Create ? m_new : m_current;
    if (m_mode != Mode::Unlock) {
        error = checkNew(m_new->text(), m_repeat->text());
        if (!error.isEmpty())
            retry = m_new;
    }
    if (error.isEmpty() && m_check) {
        // Deriving the key from the passphrase takes a moment by design.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        error = m_check(m_current->text(), m_new->text());
        QApplication::restoreOverrideCursor();
    }
    if (error.isEmpty()) {
        QDialog::accept();
        return;
    }
    m_error->setText(error);
    retry->selectAll();
    retry->setFocus();
}
