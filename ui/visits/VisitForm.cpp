#include "VisitForm.h"
#include "Localization.h"
#include "shared/WindowGeometry.h"

#include "HazardEditor.h"
#include "ReferralOutcomeText.h"
#include "cases/FieldEditor.h"
#include "domain/Vocabulary.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseRepository.h"
#include "storage/EntitySchema.h"
#include "storage/FieldText.h"
#include "sync/StationName.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QStyle>
#include <QVBoxLayout>

namespace {
const QString kSurvey = QStringLiteral("survey");

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}
} // namespace

VisitForm::VisitForm(CaseDatabase& db, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_db(db)
    , m_visits(db)
    , m_drafts(db)
{
    setObjectName(QStringLiteral("visitForm"));
    setAttribute(Qt::WA_DeleteOnClose);
    WindowGeometry::restore(this, QStringLiteral("visit"), QSize(1280, 860));

    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_heading->setFont(big);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("stateLabel"));
    m_state->setWordWrap(true);

    QFormLayout* form = nullptr;
    QGroupBox* visitBox = group(tr("The &visit"), &form);
    for (const char* f : {"kind", "visit_date", "visitor", "visitor_role", "met"})
        addField(form, QLatin1String(f));
    QGroupBox* assessBox = group(tr("&Assessment"), &form);
    for (const char* f : {"safety", "safety_concerns", "guardianship_grade", "guardianship_type",
                          "physical_health", "mental_health", "schooling", "living_environment"})
        addField(form, QLatin1String(f));
    QGroupBox* hazardBox = group(tr("&Hazards in the living environment and what was done"), &form);
    m_hazards = new HazardEditor;
    connect(m_hazards, &HazardEditor::edited, this, &VisitForm::onEdited);
    m_tabChain << m_hazards->tabStops();
    form->addRow(m_hazards);
    QGroupBox* contactBox = group(tr("&Contact with the parents"), &form);
    for (const char* f : {"contact_frequency", "contact_means"})
        addField(form, QLatin1String(f));
    QGroupBox* helpBox = group(tr("Needs and h&elp"), &form);
    for (const char* f : {"needs", "services", "economic_difficulty", "assistance_eligible"})
        addField(form, QLatin1String(f));
    m_surveyGroup = group(tr("Survey: the six items (六清) found clear"), &form);
    m_surveyGroup->setObjectName(QStringLiteral("surveyGroupBox"));
    addField(form, QStringLiteral("survey_clear"));
    QGroupBox* notesBox = group(tr("&Notes"), &form);
    addField(form, QStringLiteral("notes"));
    m_reason = new QLineEdit(notesBox);
    m_reason->setObjectName(QStringLiteral("correctionReasonLineEdit"));
    m_reason->setMaxLength(500);
    m_reasonLabel = new QLabel(tr("Reason for the correction"), notesBox);
    form->addRow(m_reasonLabel, m_reason);
    connect(m_reason, &QLineEdit::textEdited, this, &VisitForm::onEdited);
    m_tabChain << m_reason;

    auto* page = new QWidget;
    auto* grid = new QGridLayout(page);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    // Two columns on a wide screen; one on a laptop's 1366 or 1024 pixels, where two would be cut off.
    const bool narrow = WindowGeometry::available(screen()).width() < 1440;
    for (QGroupBox* box : {visitBox, assessBox})
        left->addWidget(box);
    for (QGroupBox* box : {hazardBox, contactBox, helpBox, m_surveyGroup, notesBox})
        (narrow ? left : right)->addWidget(box);
    left->addStretch(1);
    right->addStretch(1);
    grid->addLayout(left, 0, 0);
    grid->setColumnStretch(0, 1);
    if (narrow) {
        delete right;
    } else {
        grid->addLayout(right, 0, 1);
        grid->setColumnStretch(1, 1);
    }
    auto* scroll = new QScrollArea;
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* previewBox = new QGroupBox(tr("What saving will do"));
    previewBox->setObjectName(QStringLiteral("previewGroupBox"));
    auto* previewLayout = new QVBoxLayout(previewBox);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("previewLabel"));
    m_preview->setWordWrap(true);
    m_preview->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_preview->setTextFormat(Qt::RichText);
    m_preview->setTextInteractionFlags(Qt::LinksAccessibleByKeyboard | Qt::LinksAccessibleByMouse);
    connect(m_preview, &QLabel::linkActivated, this, [this](const QString& link) {
        if (link.startsWith(QLatin1String("referral:")))
            emit referralRequested(link.mid(9));
    });
    previewLayout->addWidget(m_preview);
    previewLayout->addStretch(1);
    previewBox->setMinimumWidth(300);
    previewBox->setMaximumWidth(360);

    auto* body = new QHBoxLayout;
    body->addWidget(scroll, 1);
    body->addWidget(previewBox);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("background:#fadbd8;color:#78281f;padding:6px;border-radius:3px;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox;
    m_correctButton = buttons->addButton(tr("Correct…"), QDialogButtonBox::ActionRole);
    m_correctButton->setObjectName(QStringLiteral("correctPushButton"));
    m_saveButton = buttons->addButton(tr("Save visit"), QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("savePushButton"));
    m_saveButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    m_saveButton->setShortcut(QKeySequence::Save);
    m_closeButton = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("closePushButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &VisitForm::save);
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_correctButton, &QPushButton::clicked, this, [this] { emit correctRequested(m_visitId); });
    m_tabChain << m_preview << m_saveButton << m_correctButton << m_closeButton;

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_state);
    layout->addLayout(body, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    m_tabChain.applyOrder();

    // Esc closes the visit (asking what to do with what was typed).
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(300);
    connect(&m_previewTimer, &QTimer::timeout, this, &VisitForm::updatePreview);
    m_draftTimer.setInterval(3000);
    connect(&m_draftTimer, &QTimer::timeout, this, &VisitForm::saveDraft);
}

QGroupBox* VisitForm::group(const QString& title, QFormLayout** form)
{
    // The title's mnemonic (Alt+letter) jumps to the group's first field.
    auto* box = new QGroupBox(title);
    *form = new QFormLayout(box);
    (*form)->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    (*form)->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    return box;
}

FieldEditor* VisitForm::addField(QFormLayout* form, const QString& field)
{
    const FieldSpec* spec = EntitySchema::visit().field(field);
    Q_ASSERT(spec);
    auto* editor = new FieldEditor(*spec, QString(), form->parentWidget());
    m_editors << editor;
    form->addRow(editor->label(), editor->container());
    connect(editor, &FieldEditor::edited, this, [this, editor] {
        editor->validate(m_db.clock().today());
        onEdited();
    });
    if (spec->type == FieldSpec::Type::CodeSet) {
        for (QCheckBox* check : editor->widget()->findChildren<QCheckBox*>())
            m_tabChain << check;
    } else {
        m_tabChain << editor->widget();
    }
    return editor;
}

FieldEditor* VisitForm::editor(const QString& field) const
{
    for (FieldEditor* e : m_editors) {
        if (e->spec().name == field)
            return e;
    }
    return nullptr;
}

bool VisitForm::loadChild(const QString& childId, QString* error)
{
    Result<ChildFile> file = CaseRepository(m_db).load(childId);
    if (!file) {
        if (error)
            *error = file.error();
        return false;
    }
    m_childId = childId;
    m_childName = file->text(QStringLiteral("name"));
    return true;
}

bool VisitForm::startNew(const QString& childId, QString* error)
{
    if (!loadChild(childId, error))
        return false;
    Result<Visit> last = m_visits.fromLast(childId);
    if (!last) {
        if (error)
            *error = last.error();
        return false;
    }
    Visit v = last.value();
    if (v.values.isEmpty()) { // a first visit: start from what the child's file says
        if (Result<ChildFile> file = CaseRepository(m_db).load(childId)) {
            for (const char* f : {"schooling", "guardianship_grade", "guardianship_type"})
                v.values.insert(QLatin1String(f), file->child.value(QLatin1String(f)));
        }
    }
    v.values.insert(QStringLiteral("kind"), QStringLiteral("monthly"));
    v.values.insert(QStringLiteral("visit_date"), m_db.clock().today().toString(Qt::ISODate));
    if (v.text(QStringLiteral("visitor")).isEmpty() && m_db.station())
        v.values.insert(QStringLiteral("visitor"), m_db.station()->operatorName);
    if (v.text(QStringLiteral("visitor_role")).isEmpty())
        v.values.insert(QStringLiteral("visitor_role"), QStringLiteral("child_director"));
    m_visitId.clear();
    m_supersedes.clear();
    setValues(v);
    m_reason->clear();
    setMode(Mode::New);
    m_clean = snapshot();
    m_lastDraft = m_clean;
    m_draftTimer.start();
    refresh();
    editor(QStringLiteral("kind"))->widget()->setFocus();
    return true;
}

bool VisitForm::showSaved(const QString& visitId, QString* error)
{
    Result<Visit> v = m_visits.load(visitId);
    if (!v || !loadChild(v->childId, error)) {
        if (!v && error)
            *error = v.error();
        return false;
    }
    m_visitId = visitId;
    m_supersedes.clear();
    setValues(v.value());
    m_reason->setText(v->text(QStringLiteral("correction_reason")));
    setMode(Mode::ReadOnly);
    m_clean = snapshot();
    m_draftTimer.stop();
    QStringList state;
    const QString when =
        QDateTime::fromString(v->meta.value(QStringLiteral("created_at")).toString(), Qt::ISODateWithMs)
            .toLocalTime()
            .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    const QString station = v->meta.value(QStringLiteral("created_by")).toString();
    state << tr("Saved %1 by %2: a saved visit is never changed; use Correct… to record a correction.")
                 .arg(when, StationName::of(m_db, station));
    m_state->setToolTip(station);
    if (!v->text(QStringLiteral("supersedes")).isEmpty())
        state << tr("This visit corrects an earlier one.");
    if (v->isSuperseded())
        state << tr("This visit was corrected later; the correction is the one that counts.");
    m_state->setText(Localization::joinSentences(state));
    m_preview->setText(tr("Saved visits open their referrals when they are saved; see the child's "
                          "\"Visits and referrals\" tab."));
    m_correctButton->setEnabled(!v->isSuperseded());
    refresh();
    m_closeButton->setFocus();
    return true;
}

bool VisitForm::startCorrection(const QString& visitId, QString* error)
{
    Result<Visit> v = m_visits.load(visitId);
    if (!v || !loadChild(v->childId, error)) {
        if (!v && error)
            *error = v.error();
        return false;
    }
    if (v->isSuperseded()) {
        if (error)
            *error = tr("This visit was already corrected; correct the latest version instead.");
        return false;
    }
    Visit copy = v.value();
    copy.values.remove(QStringLiteral("supersedes"));
    copy.values.remove(QStringLiteral("correction_reason"));
    m_visitId.clear();
    m_supersedes = visitId;
    setValues(copy);
    m_reason->clear();
    setMode(Mode::Correction);
    m_clean = snapshot();
    m_lastDraft = m_clean;
    m_draftTimer.start();
    refresh();
    m_reason->setFocus();
    return true;
}

void VisitForm::applyDraft(const Visit& draft)
{
    Visit v = draft;
    const QString supersedes = v.text(QStringLiteral("supersedes"));
    if (!supersedes.isEmpty() && m_mode == Mode::New)
        (void)startCorrection(supersedes);
    m_reason->setText(v.text(QStringLiteral("correction_reason")));
    v.values.remove(QStringLiteral("supersedes"));
    v.values.remove(QStringLiteral("correction_reason"));
    setValues(v);
    m_state->setText(tr("Unsaved work restored."));
    refresh();
}

void VisitForm::setValues(const Visit& v)
{
    const QDate today = m_db.clock().today();
    for (FieldEditor* e : m_editors) {
        e->setValue(v.values.value(e->spec().name));
        e->validate(today);
    }
    m_hazards->setActions(v.hazardActions());
}

void VisitForm::setMode(Mode mode)
{
    m_mode = mode;
    const bool ro = mode == Mode::ReadOnly;
    for (FieldEditor* e : m_editors) {
        if (auto* line = qobject_cast<QLineEdit*>(e->widget()))
            line->setReadOnly(ro);
        else if (auto* plain = qobject_cast<QPlainTextEdit*>(e->widget()))
            plain->setReadOnly(ro);
        else
            e->setEnabled(!ro);
    }
    m_hazards->setReadOnly(ro);
    m_reason->setReadOnly(ro);
    m_saveButton->setVisible(!ro);
    m_correctButton->setVisible(ro);
    m_saveButton->setText(mode == Mode::Correction ? tr("Save correction") : tr("Save visit"));
    m_state->setText(mode == Mode::Correction
                         ? tr("A correction is saved as a new visit; the visit it corrects stays in the "
                              "history, marked as corrected.")
                         : QString());
    m_state->setToolTip({});
    m_error->hide();
}

Visit VisitForm::visit() const
{
    Visit v;
    v.childId = m_childId;
    for (FieldEditor* e : m_editors) {
        const QVariant value = e->value();
        if (!value.isNull())
            v.values.insert(e->spec().name, value);
    }
    if (v.kind() != kSurvey)
        v.values.remove(QStringLiteral("survey_clear"));
    v.setHazards(m_hazards->actions());
    if (v.text(QStringLiteral("hazards")).isEmpty())
        v.values.remove(QStringLiteral("hazards"));
    if (v.values.value(QStringLiteral("hazard_actions")).isNull())
        v.values.remove(QStringLiteral("hazard_actions"));
    if (m_mode == Mode::Correction) {
        v.values.insert(QStringLiteral("supersedes"), m_supersedes);
        if (!m_reason->text().trimmed().isEmpty())
            v.values.insert(QStringLiteral("correction_reason"), m_reason->text().trimmed());
    }
    return v;
}

QJsonObject VisitForm::snapshot() const
{
    return visit().toJson();
}

bool VisitForm::isDirty() const
{
    return m_mode != Mode::ReadOnly && snapshot() != m_clean;
}

void VisitForm::onEdited()
{
    m_error->hide();
    refresh();
    m_previewTimer.start();
}

void VisitForm::refresh()
{
    const bool survey = editor(QStringLiteral("kind"))->value().toString() == kSurvey;
    m_surveyGroup->setVisible(survey);
    const bool correction =
        m_mode == Mode::Correction || (m_mode == Mode::ReadOnly && !m_reason->text().isEmpty());
    m_reason->setVisible(correction);
    m_reasonLabel->setVisible(correction);
    const QString title =
        m_mode == Mode::Correction ? tr("Correction of a visit to %1").arg(m_childName)
        : m_mode == Mode::ReadOnly
            ? tr("Visit to %1 on %2")
                  .arg(m_childName, editor(QStringLiteral("visit_date"))->value().toString())
            : tr("New visit to %1").arg(m_childName);
    m_heading->setText(title);
    m_state->setVisible(!m_state->text().isEmpty());
    setWindowTitle(title + QStringLiteral("[*]"));
    setWindowModified(isDirty());
    if (m_mode != Mode::ReadOnly && !m_previewTimer.isActive() && m_saved.visitId.isEmpty())
        m_previewTimer.start();
}

void VisitForm::updatePreview()
{
    m_previewTimer.stop();
    if (m_mode == Mode::ReadOnly)
        return;
    Result<VisitPreview> p = m_visits.preview(visit());
    if (!p) {
        m_previewReferrals.clear();
        m_preview->setText(QStringLiteral("<p style='color:#7f8c8d'>%1</p>")
                               .arg(escaped(tr("Not ready to save yet: %1").arg(p.error()))));
        return;
    }
    m_previewReferrals = p->referrals;
    QStringList changes;
    for (auto it = p->fileChanges.cbegin(); it != p->fileChanges.cend(); ++it) {
        const FieldSpec* spec = EntitySchema::child().field(it.key());
        if (!spec)
            continue;
        changes << FieldText::labelled(*spec, it.value());
    }
    showReferrals({}, p->referrals, false); // the group box's title already says what this is
    if (!changes.isEmpty())
        m_preview->setText(m_preview->text() + QStringLiteral("<p><b>%1</b><br>%2</p>")
                                                   .arg(escaped(tr("Update the child's file:")),
                                                        escaped(changes.join(QStringLiteral("; ")))));
}

void VisitForm::showReferrals(const QString& heading, const QList<ReferralOutcome>& referrals, bool done)
{
    m_preview->setText(ReferralOutcomeText::html(heading, referrals, done));
}

QString VisitForm::previewText() const
{
    QString plain = m_preview->text();
    plain.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    return plain.simplified();
}

QString VisitForm::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void VisitForm::showError(const QString& sentence)
{
    m_error->setText(sentence);
    m_error->setVisible(!sentence.isEmpty());
}

bool VisitForm::save()
{
    if (m_mode == Mode::ReadOnly)
        return false;
    const Visit v = visit();
    Result<VisitSaved> result =
        m_mode == Mode::Correction ? m_visits.correct(m_supersedes, v, m_reason->text()) : m_visits.save(v);
    if (!result) {
        showError(result.error());
        return false;
    }
    m_saved = result.value();
    (void)m_drafts.remove(draftKey());
    m_draftTimer.stop();
    m_previewTimer.stop();
    showSaved(m_saved.visitId);
    QString heading = tr("The visit was saved.");
    if (m_saved.fileFieldsChanged > 0)
        heading = Localization::joinSentences(
            {heading, tr("%n field(s) of the child's file were updated from the visit.", nullptr,
                         m_saved.fileFieldsChanged)});
    showReferrals(heading, m_saved.referrals, true);
    emit saved(m_childId, m_saved.visitId);
    return true;
}

void VisitForm::saveDraft()
{
    if (m_mode == Mode::ReadOnly || m_childId.isEmpty())
        return;
    const QJsonObject now = snapshot();
    if (now == m_lastDraft)
        return;
    if (now == m_clean) {
        (void)m_drafts.remove(draftKey());
    } else {
        DraftStore::Draft draft{
            draftKey(), QStringLiteral("visit"), m_childId, tr("Visit to %1").arg(m_childName), now, {}};
        if (Status s = m_drafts.save(draft); !s)
            return; // tried again on the next tick
    }
    m_lastDraft = now;
}

void VisitForm::discard()
{
    (void)m_drafts.remove(draftKey());
    m_clean = snapshot();
    m_lastDraft = m_clean;
    setWindowModified(false);
}

bool VisitForm::confirmClose()
{
    if (!isDirty())
        return true;
    raise();
    activateWindow();
    const auto answer = QMessageBox::question(
        this, tr("Unsaved visit"), tr("The visit to %1 is not saved.").arg(m_childName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        discard();
        return true;
    }
    return false;
}

bool VisitForm::focusNextPrevChild(bool next)
{
    QWidget* current = focusWidget();
    if (m_tabChain.moveFocus(current, next, [this](QWidget* w) {
            return w != m_preview || m_preview->text().contains(QLatin1String("<a "));
        }))
        return true;
    return QWidget::focusNextPrevChild(next);
}

void VisitForm::closeEvent(QCloseEvent* event)
{
    if (confirmClose()) {
        WindowGeometry::remember(this, QStringLiteral("visit"));
        event->accept();
    } else {
        event->ignore();
    }
}
