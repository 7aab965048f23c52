#include "SettingsDialog.h"

#include "storage/CaseDatabase.h"
#include "storage/LockPolicy.h"
#include "storage/StationSettings.h"
#include "sync/StationIdentity.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

SettingsDialog::SettingsDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_lockMinutes(new QSpinBox(this))
    , m_lockNote(new QLabel(this))
    , m_monthsAway(new QSpinBox(this))
    , m_crossCounty(new QCheckBox(tr("The work place must lie outside the child's county (跨县域)"), this))
    , m_unsupportedMonths(new QSpinBox(this))
    , m_illChild(new QCheckBox(tr("A seriously ill child counts as a child in difficulty"), this))
    , m_hasDeadline(new QCheckBox(tr("The survey must be finished by:"), this))
    , m_deadline(new QDateEdit(this))
    , m_spotCheckSize(new QSpinBox(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    const StationSettings::Values values = StationSettings::load(db);

    auto* lockBox = new QGroupBox(tr("Lock"), this);
    auto* lockForm = new QFormLayout(lockBox);
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutes"));
    m_lockMinutes->setRange(0, LockPolicy::MaxIdleMinutes);
    m_lockMinutes->setSpecialValueText(tr("never"));
    m_lockMinutes->setSuffix(tr(" min"));
    m_lockMinutes->setValue(values.lockMinutes);
    lockForm->addRow(tr("Lock after this long without use:"), m_lockMinutes);
    m_lockNote->setObjectName(QStringLiteral("lockNote"));
    m_lockNote->setWordWrap(true);
    if (StationIdentity::hasKeys(db)) {
        m_lockNote->setText(tr("When locked, the windows are covered and the station's passphrase opens them "
                               "again; nothing typed is lost."));
    } else {
        m_lockNote->setText(tr("This station has no passphrase yet, so it cannot lock: set one with Sync → "
                               "Change passphrase first."));
    }
    lockForm->addRow(m_lockNote);

    auto* rulesBox = new QGroupBox(tr("Local rules of the survey"), this);
    auto* rulesForm = new QFormLayout(rulesBox);
    m_monthsAway->setObjectName(QStringLiteral("monthsAway"));
    m_monthsAway->setRange(StationSettings::MinMonthsAway, StationSettings::MaxMonthsAway);
    m_monthsAway->setSuffix(tr(" months"));
    m_monthsAway->setValue(values.rules.monthsAwayThreshold);
    rulesForm->addRow(tr("A parent counts as away after (the notice says 3):"), m_monthsAway);
    m_crossCounty->setObjectName(QStringLiteral("crossCounty"));
    m_crossCounty->setChecked(values.rules.requireCrossCounty);
    rulesForm->addRow(m_crossCounty);
    m_unsupportedMonths->setObjectName(QStringLiteral("unsupportedMonths"));
    m_unsupportedMonths->setRange(0, StationSettings::MaxUnsupportedMonths);
    m_unsupportedMonths->setSuffix(tr(" months"));
    m_unsupportedMonths->setValue(values.rules.unsupportedMinMonths);
    rulesForm->addRow(tr("Lost contact, prison or detention count after (62号 says 6):"),
                      m_unsupportedMonths);
    m_illChild->setObjectName(QStringLiteral("illChild"));
    m_illChild->setChecked(values.rules.illChildInDifficulty);
    rulesForm->addRow(m_illChild);
    auto* rulesNote = new QLabel(tr("After a change of these rules every child's category is worked out "
                                    "again."),
                                 this);
    rulesNote->setWordWrap(true);
    rulesForm->addRow(rulesNote);

    m_hasDeadline->setObjectName(QStringLiteral("hasSurveyDeadline"));
    m_hasDeadline->setChecked(values.surveyDeadline.isValid());
    m_deadline->setObjectName(QStringLiteral("surveyDeadline"));
    m_deadline->setCalendarPopup(true);
    m_deadline->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_deadline->setDateRange(QDate(StationSettings::MinDeadlineYear, 1, 1),
                             QDate(StationSettings::MaxDeadlineYear, 12, 31));
    m_deadline->setDate(values.surveyDeadline.isValid() ? values.surveyDeadline
                                                        : QDate(db.clock().today().year(), 12, 31));
    m_deadline->setEnabled(m_hasDeadline->isChecked());
    connect(m_hasDeadline, &QCheckBox::toggled, m_deadline, &QWidget::setEnabled);
    rulesForm->addRow(m_hasDeadline, m_deadline);
    m_spotCheckSize->setObjectName(QStringLiteral("spotCheckSize"));
    m_spotCheckSize->setRange(StationSettings::MinSpotCheckSize, StationSettings::MaxSpotCheckSize);
    m_spotCheckSize->setSuffix(tr(" records"));
    m_spotCheckSize->setValue(values.spotCheckSize);
    rulesForm->addRow(tr("A spot check draws (offices):"), m_spotCheckSize);

    m_error->setObjectName(QStringLiteral("settingsError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a00000"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(lockBox);
    layout->addWidget(rulesBox);
    layout->addWidget(m_error);
    layout->addStretch();
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    StationSettings::Values values = StationSettings::load(m_db);
    const QString before = values.rules.signature();
    values.lockMinutes = m_lockMinutes->value();
    values.rules.monthsAwayThreshold = m_monthsAway->value();
    values.rules.requireCrossCounty = m_crossCounty->isChecked();
    values.rules.unsupportedMinMonths = m_unsupportedMonths->value();
    values.rules.illChildInDifficulty = m_illChild->isChecked();
    values.surveyDeadline = m_hasDeadline->isChecked() ? m_deadline->date() : QDate();
    values.spotCheckSize = m_spotCheckSize->value();
    if (Status s = StationSettings::save(m_db, values); !s) {
        m_error->setText(s.error());
        m_error->show();
        return;
    }
    m_rulesChanged = values.rules.signature() != before;
    QDialog::accept();
}
