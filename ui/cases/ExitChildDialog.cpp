#include "ExitChildDialog.h"

#include "domain/Vocabulary.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

ExitChildDialog::ExitChildDialog(const QString& childName, QDate today, QWidget* parent)
    : QDialog(parent)
    , m_reason(new QComboBox(this))
    , m_date(new QDateEdit(today, this))
{
    setWindowTitle(tr("Exit child"));
    auto* form = new QFormLayout(this);
    auto* intro = new QLabel(
        tr("%1 leaves the register. The file is kept and can still be read.").arg(childName), this);
    intro->setWordWrap(true);
    form->addRow(intro);
    m_reason->setObjectName(QStringLiteral("reasonComboBox"));
    m_reason->addItem(QString(), QString());
    for (const QString& code : Vocabulary::codes(Vocabulary::ExitReason))
        m_reason->addItem(Vocabulary::label(Vocabulary::ExitReason, code), code);
    form->addRow(tr("Reason"), m_reason);
    m_date->setObjectName(QStringLiteral("exitDateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    form->addRow(tr("Date"), m_date);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("Exit child"));
    ok->setEnabled(false);
    connect(m_reason, &QComboBox::currentIndexChanged, ok,
            [this, ok] { ok->setEnabled(!reason().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    form->addRow(buttons);
}

QString ExitChildDialog::reason() const
{
    return m_reason->currentData().toString();
}

QDate ExitChildDialog::date() const
{
    return m_date->date();
}
