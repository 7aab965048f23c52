#include "ReferralDialog.h"
#include "shared/WindowGeometry.h"

#include "cases/FieldEditor.h"
#include "domain/AreaCatalog.h"
#include "domain/Vocabulary.h"
#include "paper/PrintController.h"
#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"
#include "storage/FieldValidator.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
// The fields a step of each kind of referral records.
QStringList fieldsOf(const QString& kind)
{
    if (kind == QLatin1String("police_report"))
        return {QStringLiteral("reported_at"), QStringLiteral("reported_to"), QStringLiteral("reported_by")};
    if (kind == QLatin1String("safety_net"))
        return {QStringLiteral("schemes")};
    if (kind == QLatin1String("dropout"))
        return {QStringLiteral("education_reported_on"), QStringLiteral("guardian_notified_on"),
                QStringLiteral("returned_on")};
    return {};
}
} // namespace

ReferralDialog::ReferralDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_repository(db)
{
    setObjectName(QStringLiteral("referralDialog"));
    setAttribute(Qt::WA_DeleteOnClose);
    WindowGeometry::fit(this, QSize(760, 720));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);

    m_steps = new QTreeWidget(this);
    m_steps->setObjectName(QStringLiteral("stepsTreeWidget"));
    m_steps->setRootIsDecorated(false);
    m_steps->setHeaderLabels({tr("Date"), tr("Step"), tr("Status"), tr("By"), tr("Note")});
    m_steps->header()->setStretchLastSection(true);

    m_stepBox = new QGroupBox(tr("Record a step"), this);
    m_stepForm = new QFormLayout(m_stepBox);
    m_stepForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_action = new QComboBox(m_stepBox);
    m_action->setObjectName(QStringLiteral("actionComboBox"));
    m_action->addItem(tr("(from what is filled in)"), QString());
    for (const char* a : {"note", "police_reported", "guardian_notified", "education_reported",
                          "assistance_applied", "returned_to_school", "status_changed"})
        m_action->addItem(Vocabulary::label(Vocabulary::ReferralAction, QString::fromLatin1(a)),
                          QLatin1String(a));
    m_date = new QLineEdit(m_stepBox);
    m_date->setObjectName(QStringLiteral("stepDateLineEdit"));
    m_date->setPlaceholderText(tr("today"));
    m_doneBy = new QLineEdit(m_stepBox);
    m_doneBy->setObjectName(QStringLiteral("doneByLineEdit"));
    m_doneBy->setPlaceholderText(db.station() ? db.station()->operatorName : QString());
    m_status = new QComboBox(m_stepBox);
    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_status->addItem(tr("(unchanged)"), QString());
    for (const char* s : {"open", "in_progress"})
        m_status->addItem(Vocabulary::label(Vocabulary::ReferralStatus, QString::fromLatin1(s)),
                          QLatin1String(s));
    m_note = new QPlainTextEdit(m_stepBox);
    m_note->setObjectName(QStringLiteral("notePlainTextEdit"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 12);
    m_stepForm->addRow(tr("Step"), m_action);
    m_stepForm->addRow(tr("Date"), m_date);
    m_stepForm->addRow(tr("Done by"), m_doneBy);
    m_stepForm->addRow(tr("Status afterwards"), m_status);
    m_stepForm->addRow(tr("Note"), m_note);
    auto* addButton = new QPushButton(tr("Add step"), m_stepBox);
    addButton->setObjectName(QStringLiteral("addStepPushButton"));
    addButton->setAutoDefault(false);
    connect(addButton, &QPushButton::clicked, this, &ReferralDialog::addStep);

    m_closeBox = new QGroupBox(tr("Close with the outcome"), this);
    auto* closeLayout = new QHBoxLayout(m_closeBox);
    m_outcome = new QLineEdit(m_closeBox);
    m_outcome->setObjectName(QStringLiteral("outcomeLineEdit"));
    m_outcome->setPlaceholderText(tr("What came of it"));
    auto* closeReferralButton = new QPushButton(tr("Close referral"), m_closeBox);
    closeReferralButton->setObjectName(QStringLiteral("closeReferralPushButton"));
    closeReferralButton->setAutoDefault(false);
    connect(closeReferralButton, &QPushButton::clicked, this, &ReferralDialog::closeReferral);
    closeLayout->addWidget(m_outcome, 1);
    closeLayout->addWidget(closeReferralButton);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("background:#fadbd8;color:#78281f;padding:6px;border-radius:3px;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print =
        buttons->addButton(tr("Print report to the education department…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printReportPushButton"));
    m_print->setAutoDefault(false);
    m_print->hide();
    connect(m_print, &QPushButton::clicked, this,
            [this] { PrintController(m_db, this).previewDropoutReport(m_referral.id); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_steps, 1);
    layout->addWidget(m_stepBox);
    m_stepForm->addRow(QString(), addButton);
    layout->addWidget(m_closeBox);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

FieldEditor* ReferralDialog::editor(const QString& field) const
{
    for (FieldEditor* e : m_fields) {
        if (e->spec().name == field)
            return e;
    }
    return nullptr;
}

bool ReferralDialog::load(const QString& referralId, QString* error)
{
    Result<Referral> r = m_repository.load(referralId);
    if (!r) {
        if (error)
            *error = r.error();
        return false;
    }
    const bool first = m_referral.id.isEmpty();
    m_referral = r.value();
    const Referral& x = m_referral;
    const QDate today = m_db.clock().today();
    const QString kind = Vocabulary::label(Vocabulary::ReferralKind, x.kind());
    setWindowTitle(tr("%1 — %2").arg(kind, x.childName));
    const bool police = x.kind() == QLatin1String("police_report");
    QString html = QStringLiteral("<h3 style='color:%1'>%2 — %3</h3>")
                       .arg(police ? QStringLiteral("#c0392b") : QStringLiteral("#2c3e50"),
                            kind.toHtmlEscaped(), x.childName.toHtmlEscaped());
    QStringList lines;
    lines << tr("Status: %1").arg(Vocabulary::label(Vocabulary::ReferralStatus, x.status()));
    lines << tr("Opened on %1, due %2")
                 .arg(x.openedOn().toString(Qt::ISODate), x.dueDate().toString(Qt::ISODate));
    if (x.isOverdue(today))
        lines << QStringLiteral("<span style='color:#c0392b;font-weight:bold'>%1</span>")
                     .arg(tr("Overdue since %1.").arg(x.dueDate().toString(Qt::ISODate)).toHtmlEscaped());
    lines << tr("Found: %1")
                 .arg(Vocabulary::labels(Vocabulary::RiskTrigger, x.text(QStringLiteral("triggers"))));
    if (!x.isOpen())
        lines << tr("Closed on %1 by %2: %3")
                     .arg(x.text(QStringLiteral("closed_on")), x.text(QStringLiteral("closed_by")),
                          x.text(QStringLiteral("outcome")));
    for (QString& l : lines)
        if (!l.startsWith(QLatin1Char('<')))
            l = l.toHtmlEscaped();
    m_summary->setText(html + lines.join(QStringLiteral("<br>")));

    m_steps->clear();
    for (const ReferralStep& s : x.steps) {
        auto* item = new QTreeWidgetItem(
            m_steps, {s.date.toString(Qt::ISODate), Vocabulary::label(Vocabulary::ReferralAction, s.action),
                      Vocabulary::label(Vocabulary::ReferralStatus, s.status), s.doneBy, s.note});
        item->setToolTip(4, s.note);
    }
    for (int c = 0; c < 4; ++c)
        m_steps->resizeColumnToContents(c);

    if (first) {
        const EntitySchema& schema = EntitySchema::referral();
        for (const QString& f : fieldsOf(x.kind())) {
            auto* e = new FieldEditor(*schema.field(f), QString(), m_stepBox);
            m_fields << e;
            m_stepForm->insertRow(m_stepForm->rowCount() - 1, e->label(), e->container());
            connect(e, &FieldEditor::edited, this, [this, e] { e->validate(m_db.clock().today()); });
        }
        if (police)
            editor(QStringLiteral("reported_at"))
                ->widget()
                ->setProperty("placeholderText", tr("e.g. 2024-05-10 15:20"));
    }
    for (FieldEditor* e : m_fields) {
        e->setValue(x.values.value(e->spec().name));
        e->validate(today);
    }
    m_print->setVisible(x.kind() == QLatin1String("dropout"));
    m_stepBox->setVisible(x.isOpen());
    m_closeBox->setVisible(x.isOpen());
    return true;
}

bool ReferralDialog::addStep()
{
    ReferralUpdate u;
    u.action = m_action->currentData().toString();
    u.note = m_note->toPlainText().trimmed();
    u.doneBy = m_doneBy->text().trimmed();
    u.status = m_status->currentData().toString();
    if (!m_date->text().trimmed().isEmpty()) {
        u.date = FieldValidator::parseDate(m_date->text().trimmed());
        if (!u.date.isValid()) {
            showError(tr("The step's date is not a date: write it as 2024-05-10."));
            return false;
        }
    }
    for (FieldEditor* e : m_fields) {
        const QVariant v = e->value();
        if (v.toString() != m_referral.text(e->spec().name) && !v.isNull())
            u.changes.insert(e->spec().name, v);
    }
    if (u.action.isEmpty() && u.note.isEmpty() && u.status.isEmpty() && u.changes.isEmpty()) {
        showError(tr("Fill in what was done before adding a step."));
        return false;
    }
    Result<ReferralStep> step = m_repository.update(m_referral.id, u);
    if (!step) {
        showError(step.error());
        return false;
    }
    showError(QString());
    m_note->clear();
    m_action->setCurrentIndex(0);
    m_status->setCurrentIndex(0);
    load(m_referral.id);
    emit changed(m_referral.childId);
    return true;
}

bool ReferralDialog::closeReferral()
{
    const QString outcome = m_outcome->text().trimmed();
    if (outcome.isEmpty()) {
        showError(tr("Write the outcome before closing the referral."));
        return false;
    }
    if (Status s = m_repository.close(m_referral.id, outcome); !s) {
        showError(s.error());
        return false;
    }
    showError(QString());
    load(m_referral.id);
    emit changed(m_referral.childId);
    return true;
}

QString ReferralDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ReferralDialog::showError(const QString& sentence)
{
    m_error->setText(sentence);
    m_error->setVisible(!sentence.isEmpty());
}
