#include "PassphrasePage.h"

#include "PassphraseDialog.h"
#include "storage/CaseDatabase.h"
#include "sync/KeyStore.h"
#include "sync/StationIdentity.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

PassphrasePage::PassphrasePage(CaseDatabase& db, QWidget* parent)
    : QWizardPage(parent)
    , m_db(db)
    , m_new(new QLineEdit)
    , m_repeat(new QLineEdit)
    , m_error(new QLabel)
{
    setObjectName(QStringLiteral("passphrasePage"));
    setTitle(tr("Passphrase"));
    setSubTitle(tr("Protect this station's keys with a passphrase."));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(tr("This station gets its own keys to sign and open the packages it exchanges "
                                "with other stations. Choose a passphrase of at least %1 characters and keep "
                                "it safe: it is asked for when packages are sent or received.")
                                 .arg(KeyStore::MinimumPassphraseLength));
    intro->setWordWrap(true);
    form->addRow(intro);
    m_new->setObjectName(QStringLiteral("newPassphraseLineEdit"));
    m_new->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Passphrase"), m_new);
    m_repeat->setObjectName(QStringLiteral("repeatPassphraseLineEdit"));
    m_repeat->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Type it again"), m_repeat);
    m_error->setObjectName(QStringLiteral("passphraseErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color:#c0392b;"));
    form->addRow(m_error);
    connect(m_new, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
    connect(m_repeat, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);
}

bool PassphrasePage::isComplete() const
{
    return !m_new->text().isEmpty() && !m_repeat->text().isEmpty();
}

bool PassphrasePage::validatePage()
{
    if (StationIdentity::hasKeys(m_db))
        return true;
    QString error = PassphraseDialog::checkNew(m_new->text(), m_repeat->text());
    if (error.isEmpty()) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        if (Status s = StationIdentity::create(m_db, m_new->text()); !s)
            error = s.error();
        else
            m_made = m_new->text();
        QApplication::restoreOverrideCursor();
    }
    m_error->setText(error);
    if (!error.isEmpty()) {
        m_new->selectAll();
        m_new->setFocus();
    }
    return error.isEmpty();
}
