#include "ChildForm.h"
#include "Localization.h"
#include "shared/WindowGeometry.h"

#include "ExitChildDialog.h"
#include "FieldEditor.h"
#include "SiblingUpdate.h"
#include "VerdictPanel.h"
#include "domain/AreaCatalog.h"
#include "domain/IdNumber.h"
#include "domain/Vocabulary.h"
#include "paper/AgreementDialog.h"
#include "paper/PrintController.h"
#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"
#include "storage/FieldValidator.h"
#include "visits/VisitsPanel.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QVBoxLayout>
#include <algorithm>

namespace {
const QString kChild = QStringLiteral("child");
const QString kHousehold = QStringLiteral("household");

const EntitySchema& schemaOf(const QString& record)
{
    if (record == kChild)
        return EntitySchema::child();
    if (record == kHousehold)
        return EntitySchema::household();
    return EntitySchema::person();
}

QStringList words(const char* list)
{
    return QString::fromLatin1(list).split(QLatin1Char(' '));
}

QWidget* scrolled(QWidget* page, int maxWidth = QWIDGETSIZE_MAX)
{
    // The page keeps its natural height (the rest of the tab stays empty) and a readable width.
    page->setMaximumWidth(maxWidth);
    auto* holder = new QWidget;
    auto* layout = new QVBoxLayout(holder);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(page);
    layout->addStretch(1);
    auto* scroll = new QScrollArea;
    scroll->setWidget(holder);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return scroll;
}

QFormLayout* newForm(QWidget* parent)
{
    auto* form = new QFormLayout(parent);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    return form;
}
} // namespace

ChildForm::ChildForm(CaseDatabase& db, QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_db(db)
    , m_repository(db)
    , m_drafts(db)
{
    setObjectName(QStringLiteral("childForm"));
    setAttribute(Qt::WA_DeleteOnClose);
    WindowGeometry::restore(this, QStringLiteral("child"), QSize(1200, 760));

    m_heading = new QLabel(this);
    QFont big = m_heading->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_heading->setFont(big);

    auto* tabs = new QTabWidget;
    tabs->setObjectName(QStringLiteral("sectionsTabWidget"));
    tabs->addTab(scrolled(buildChildTab(), 760), tr("Child"));

    auto* schoolingHealth = new QWidget;
    auto* shLayout = new QVBoxLayout(schoolingHealth);
    auto* schooling = new QGroupBox(tr("Schooling"));
    addFields(newForm(schooling), kChild, words("schooling school_name boarding"));
    auto* health = new QGroupBox(tr("Health"));
    addFields(newForm(health), kChild, words("health disability_type disability_grade illness"));
    shLayout->addWidget(schooling);
    shLayout->addWidget(health);
    shLayout->addStretch();
    tabs->addTab(scrolled(schoolingHealth, 760), tr("Schooling and health"));

    const QStringList parentFields =
        words("name id_number phone status status_since alive capable work_place_code work_place away_since");
    auto* parents = new QWidget;
    auto* pLayout = new QHBoxLayout(parents);
    pLayout->addWidget(personGroup(QStringLiteral("father"), parentFields), 1, Qt::AlignTop);
    pLayout->addWidget(personGroup(QStringLiteral("mother"), parentFields), 1, Qt::AlignTop);
    tabs->addTab(scrolled(parents), tr("Parents"));

    auto* grand = new QWidget;
    auto* gLayout = new QGridLayout(grand);
    const QStringList grandFields = words("name birth_date alive");
    const QStringList grandRelations = words("paternal_grandfather paternal_grandmother maternal_grandfather "
                                             "maternal_grandmother");
    for (int i = 0; i < grandRelations.size(); ++i)
        gLayout->addWidget(personGroup(grandRelations.at(i), grandFields), i / 2, i % 2, Qt::AlignTop);
    gLayout->setRowStretch(2, 1);
    tabs->addTab(scrolled(grand), tr("Grandparents"));

    const QStringList carerFields = words("name phone id_number relation_to_child address capable");
    auto* carers = new QWidget;
    auto* cLayout = new QHBoxLayout(carers);
    cLayout->addWidget(personGroup(QStringLiteral("guardian"), carerFields), 1, Qt::AlignTop);
    cLayout->addWidget(personGroup(QStringLiteral("caregiver"), carerFields), 1, Qt::AlignTop);
    tabs->addTab(scrolled(carers), tr("Guardian and caregiver"));

    auto* household = new QWidget;
    addFields(newForm(household), kHousehold, words("income_sources assistance economic_difficulty address"));
    tabs->addTab(scrolled(household, 760), tr("Household"));

    auto* guardianship = new QWidget;
    auto* guardForm = newForm(guardianship);
    addFields(guardForm, kChild,
              words("guardianship_type guardianship_grade abuse_suspected notes filled_by reviewed_by "
                    "reviewed_on"));
    tabs->addTab(scrolled(guardianship, 760), tr("Guardianship and notes"));
    m_visitsPanel = new VisitsPanel(m_db);
    tabs->addTab(m_visitsPanel, tr("Visits and referrals"));
    // A visit may update the file (schooling, guardianship, ...): show it when nothing is being edited.
    connect(m_visitsPanel, &VisitsPanel::childChanged, this, [this] {
        if (!isDirty() && !m_base.id.isEmpty())
            if (Result<ChildFile> stored = m_repository.load(m_base.id))
                load(stored.value());
    });

    m_verdict = new VerdictPanel;
    auto* splitter = new QSplitter;
    splitter->addWidget(tabs);
    splitter->addWidget(m_verdict);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("background:#fadbd8;color:#78281f;padding:6px;border-radius:3px;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox;
    m_exitButton = buttons->addButton(tr("Exit child…"), QDialogButtonBox::ActionRole);
    m_exitButton->setObjectName(QStringLiteral("exitPushButton"));
    QPushButton* saveButton = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("savePushButton"));
    saveButton->setIcon(style()->standardIcon(QStyle::SP_DialogSaveButton));
    saveButton->setShortcut(QKeySequence::Save);
    QPushButton* closeButton = buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    closeButton->setObjectName(QStringLiteral("closePushButton"));
    connect(saveButton, &QPushButton::clicked, this, &ChildForm::save);
    connect(closeButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_exitButton, &QPushButton::clicked, this, &ChildForm::exitChild);
    QPushButton* agreementButton =
        buttons->addButton(tr("Agreement and printing…"), QDialogButtonBox::ActionRole);
    agreementButton->setObjectName(QStringLiteral("agreementPushButton"));
    connect(agreementButton, &QPushButton::clicked, this, [this] {
        if (m_base.id.isEmpty() || isDirty())
            showError(tr("Save the child's file first: agreements and printouts use the saved file."));
        else
            AgreementDialog(m_db, m_base.id, this).exec();
    });
    // The current agreement straight to its preview: printed or saved in three actions from the file.
    QPushButton* printAgreementButton =
        buttons->addButton(tr("Print agreement…"), QDialogButtonBox::ActionRole);
    printAgreementButton->setObjectName(QStringLiteral("printAgreementPushButton"));
    connect(printAgreementButton, &QPushButton::clicked, this, [this] {
        if (m_base.id.isEmpty() || isDirty())
            showError(tr("Save the child's file first: agreements and printouts use the saved file."));
        else
            PrintController(m_db, this).previewAgreement(m_base.id);
    });

    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    header->addWidget(m_heading, 1);
    m_savedState = new QLabel(this);
    m_savedState->setObjectName(QStringLiteral("savedStateLabel"));
    m_savedState->setStyleSheet(QStringLiteral("color:#555555;"));
    header->addWidget(m_savedState);
    layout->addLayout(header);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    // Esc closes the file (asking about unsaved changes); Ctrl+Shift+N starts a visit to the child.
    auto* escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);
    auto* visit = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), this);
    connect(visit, &QShortcut::activated, this, [this, tabs] {
        if (m_base.id.isEmpty() || isDirty()) {
            showError(tr("Save the child's file first: a visit is recorded about the saved file."));
            return;
        }
        tabs->setCurrentWidget(m_visitsPanel);
        m_visitsPanel->newVisit();
    });

    m_draftTimer.setInterval(3000);
    connect(&m_draftTimer, &QTimer::timeout, this, &ChildForm::saveDraft);
    m_draftTimer.start();
    load(ChildFile());
}

QWidget* ChildForm::buildChildTab()
{
    auto* page = new QWidget;
    auto* form = newForm(page);
    m_village = new QComboBox(page);
    m_village->setObjectName(QStringLiteral("villageComboBox"));
    const AreaCatalog& areas = AreaCatalog::instance();
    const QString stationArea = m_db.station() ? m_db.station()->areaCode : QString();
    const QString stationName = areas.fullName(stationArea);
    for (const QString& code : areas.villagesUnder(stationArea)) {
        QString name = areas.fullName(code);
        if (name.startsWith(stationName + QLatin1Char(' ')))
            name = name.mid(stationName.size() + 1);
        m_village->addItem(name.isEmpty() || name == stationName ? areas.name(code) : name, code);
    }
    connect(m_village, &QComboBox::activated, this, [this] { refresh(); });
    form->addRow(tr("Village"), m_village);
    addFields(form, kChild,
              words("name sex ethnicity birth_date id_number hukou_registered hukou_type hukou_county "
                    "lives_with lives_at "
                    "hukou_address current_address"));
    return page;
}

QWidget* ChildForm::personGroup(const QString& relation, const QStringList& fields)
{
    auto* box = new QGroupBox(Vocabulary::label(Vocabulary::Relation, relation));
    addFields(newForm(box), relation, fields);
    return box;
}

void ChildForm::addFields(QFormLayout* form, const QString& record, const QStringList& fields)
{
    const EntitySchema& schema = schemaOf(record);
    for (const QString& name : fields) {
        const FieldSpec* spec = schema.field(name);
        Q_ASSERT(spec);
        auto* editor = new FieldEditor(*spec, record == kChild ? QString() : record, form->parentWidget());
        m_editors.append({record, editor});
        form->addRow(editor->label(), editor->container());
        connect(editor, &FieldEditor::edited, this, [this, editor] { onEdited(editor); });
    }
}

FieldEditor* ChildForm::editor(const QString& record, const QString& field) const
{
    for (const Bound& b : m_editors) {
        if (b.record == record && b.editor->spec().name == field)
            return b.editor;
    }
    return nullptr;
}

void ChildForm::load(const ChildFile& stored)
{
    m_base = stored;
    m_savedAt = QDateTime();
    m_autoBirth.clear();
    m_autoSex.clear();
    const QDate today = m_db.clock().today();
    for (const Bound& b : m_editors) {
        const QVariantMap values = b.record == kChild       ? m_base.child
                                   : b.record == kHousehold ? m_base.household
                                                            : m_base.persons.value(b.record);
        b.editor->setValue(values.value(b.editor->spec().name));
        b.editor->setNote(QString());
        b.editor->validate(today);
    }
    int village = m_village->findData(m_base.areaCode);
    m_village->setCurrentIndex(village >= 0 ? village : 0);
    m_village->setEnabled(m_base.id.isEmpty() && m_village->count() > 1);
    if (m_draftKey.isEmpty() && !m_base.id.isEmpty())
        m_draftKey = QStringLiteral("child:") + m_base.id;
    m_visitsPanel->setChild(m_base.id);
    m_error->hide();
    refresh();
    m_clean = snapshot();
    m_lastDraft = m_clean;
    refresh();
}

void ChildForm::applyDraft(const ChildFile& draft)
{
    const QDate today = m_db.clock().today();
    for (const Bound& b : m_editors) {
        const QVariantMap values = b.record == kChild       ? draft.child
                                   : b.record == kHousehold ? draft.household
                                                            : draft.persons.value(b.record);
        b.editor->setValue(values.value(b.editor->spec().name));
        b.editor->validate(today);
    }
    if (m_base.id.isEmpty() && m_village->findData(draft.areaCode) >= 0)
        m_village->setCurrentIndex(m_village->findData(draft.areaCode));
    reconcileIdNumber();
    refresh();
}

ChildFile ChildForm::file() const
{
    ChildFile f = m_base;
    if (f.id.isEmpty())
        f.areaCode = m_village->currentData().toString();
    for (const Bound& b : m_editors) {
        QVariantMap& values = b.record == kChild       ? f.child
                              : b.record == kHousehold ? f.household
                                                       : f.persons[b.record];
        values.insert(b.editor->spec().name, b.editor->value());
    }
    for (auto it = f.persons.begin(); it != f.persons.end();) {
        const bool empty =
            std::all_of(it->cbegin(), it->cend(), [](const QVariant& v) { return v.isNull(); });
        if (empty && !m_base.persons.contains(it.key()))
            it = f.persons.erase(it);
        else
            ++it;
    }
    return f;
}

QJsonObject ChildForm::snapshot() const
{
    QJsonObject json = file().toJson();
    json.remove(QStringLiteral("meta"));
    return json;
}

bool ChildForm::isDirty() const
{
    return snapshot() != m_clean;
}

Classification ChildForm::verdict() const
{
    return m_repository.classify(file(), m_db.clock().today());
}

QString ChildForm::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ChildForm::onEdited(FieldEditor* editor)
{
    editor->validate(m_db.clock().today());
    const QString name = editor->spec().name;
    if (name == QLatin1String("birth_date"))
        m_autoBirth.clear();
    if (name == QLatin1String("sex"))
        m_autoSex.clear();
    if (editor == this->editor(kChild, QStringLiteral("id_number")) || name == QLatin1String("birth_date") ||
        name == QLatin1String("sex"))
        reconcileIdNumber();
    m_error->hide();
    refresh();
}

// The ID number implies the birth date and sex: fill them when they are empty (or were filled from an
// earlier number), and say so when they disagree.
void ChildForm::reconcileIdNumber()
{
    FieldEditor* idEditor = editor(kChild, QStringLiteral("id_number"));
    FieldEditor* birthEditor = editor(kChild, QStringLiteral("birth_date"));
    FieldEditor* sexEditor = editor(kChild, QStringLiteral("sex"));
    const QDate today = m_db.clock().today();
    const IdNumber id = IdNumber::parse(idEditor->value().toString(), today);
    if (idEditor->isEmpty() || !id.isValid()) {
        idEditor->setNote(QString());
        return;
    }
    const QString birth = id.birthDate().toString(Qt::ISODate);
    const QString sex = sexCode(id.sex());
    if (birthEditor->isEmpty() || birthEditor->value().toString() == m_autoBirth) {
        birthEditor->setValue(birth);
        birthEditor->validate(today);
        m_autoBirth = birth;
    }
    if (sexEditor->isEmpty() || sexEditor->value().toString() == m_autoSex) {
        sexEditor->setValue(sex);
        sexEditor->validate(today);
        m_autoSex = sex;
    }
    QStringList notes;
    const QDate entered = FieldValidator::parseDate(birthEditor->value().toString());
    if (entered.isValid() && entered != id.birthDate())
        notes << tr("The ID number says the child was born on %1, not %2.")
                     .arg(birth, entered.toString(Qt::ISODate));
    if (!sexEditor->isEmpty() && sexEditor->value().toString() != sex)
        notes << tr("The ID number says the child is %1.")
                     .arg(Vocabulary::label(Vocabulary::Sex, sex).toLower());
    // 一人一档: say at once when the number is already on the register (saving is refused).
    if (const QString taken = m_repository.idNumberTaken(id.normalized(), m_base.id); !taken.isEmpty())
        notes << taken;
    idEditor->setNote(Localization::joinSentences(notes));
}

void ChildForm::refresh()
{
    const QString health = editor(kChild, QStringLiteral("health"))->value().toString();
    for (const char* f : {"disability_type", "disability_grade"})
        editor(kChild, QLatin1String(f))->setEnabled(health == QLatin1String("disabled"));
    editor(kChild, QStringLiteral("illness"))->setEnabled(health == QLatin1String("ill"));

    m_verdict->setVerdict(verdict());
    const QString name = editor(kChild, QStringLiteral("name"))->value().toString();
    m_shownName = name.isEmpty() ? tr("New child") : name;
    QString heading = m_shownName;
    if (m_base.text(QStringLiteral("status")) == QLatin1String("exited"))
        heading +=
            QStringLiteral("  ·  ") +
            tr("exited: %1")
                .arg(Vocabulary::label(Vocabulary::ExitReason, m_base.text(QStringLiteral("exit_reason"))));
    m_heading->setText(heading);
    // The platform adds " — 守护" (the application's display name): the title names the child only.
    setWindowTitle(m_shownName + QStringLiteral("[*]"));
    setWindowModified(isDirty());
    m_savedState->setText(savedState());
    m_exitButton->setEnabled(!m_base.id.isEmpty() &&
                             m_base.text(QStringLiteral("status")) != QLatin1String("exited"));
}

void ChildForm::showError(const QString& sentence)
{
    m_error->setText(sentence);
    m_error->setVisible(!sentence.isEmpty());
}

bool ChildForm::save()
{
    const ChildFile edited = file();
    const ChildFile before = m_base;
    QString id = edited.id;
    if (id.isEmpty()) {
        Result<QString> created = m_repository.create(edited);
        if (!created) {
            showError(created.error());
            return false;
        }
        id = created.value();
    } else if (Result<int> updated = m_repository.update(id, edited); !updated) {
        showError(updated.error());
        return false;
    }
    if (!m_draftKey.isEmpty())
        (void)m_drafts.remove(m_draftKey);
    m_draftKey = QStringLiteral("child:") + id;
    (void)m_drafts.remove(m_draftKey);
    Result<ChildFile> stored = m_repository.load(id);
    if (stored)
        load(stored.value());
    if (stored && !edited.id.isEmpty()) // a shared parent's change, offered to the siblings' files
        SiblingUpdate::offer(this, m_repository, before, stored.value());
    m_savedAt = m_db.clock().now();
    refresh();
    emit saved(id);
    return true;
}

QString ChildForm::savedState() const
{
    if (m_base.id.isEmpty())
        return tr("Not saved yet");
    if (isDirty())
        return tr("Unsaved changes");
    const QString format = QStringLiteral("yyyy-MM-dd HH:mm");
    const QDateTime updated = QDateTime::fromString(
        m_base.meta.value(QStringLiteral("file_updated_at")).toString(), Qt::ISODateWithMs);
    const QString last =
        tr("Last updated %1").arg(updated.isValid() ? updated.toLocalTime().toString(format) : tr("unknown"));
    if (!m_savedAt.isValid())
        return last;
    return Localization::joinSentences(
        {tr("Saved at %1.").arg(m_savedAt.toLocalTime().toString(QStringLiteral("HH:mm"))), last});
}

void ChildForm::discard()
{
    if (!m_draftKey.isEmpty())
        (void)m_drafts.remove(m_draftKey);
    m_clean = snapshot();
    m_lastDraft = m_clean;
    setWindowModified(false);
}

void ChildForm::saveDraft()
{
    if (m_draftKey.isEmpty())
        return;
    const QJsonObject now = snapshot();
    if (now == m_lastDraft)
        return;
    if (now == m_clean) {
        (void)m_drafts.remove(m_draftKey);
    } else {
        const QString name = now.value(QStringLiteral("name")).toString();
        DraftStore::Draft draft{
            m_draftKey, QStringLiteral("child"), m_base.id, name.isEmpty() ? tr("New child") : name, now, {}};
        if (Status s = m_drafts.save(draft); !s)
            return; // tried again on the next tick
    }
    m_lastDraft = now;
}

bool ChildForm::confirmClose()
{
    if (!isDirty())
        return true;
    raise();
    activateWindow();
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"), tr("The file of %1 has changes that are not saved.").arg(m_shownName),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    if (answer == QMessageBox::Discard) {
        discard();
        return true;
    }
    return false;
}

void ChildForm::closeEvent(QCloseEvent* event)
{
    if (confirmClose()) {
        WindowGeometry::remember(this, QStringLiteral("child"));
        event->accept();
    } else {
        event->ignore();
    }
}

void ChildForm::exitChild()
{
    if (isDirty()) {
        showError(tr("Save the changes before the child leaves the register."));
        return;
    }
    ExitChildDialog dialog(m_shownName, m_db.clock().today(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (Status s = m_repository.exitChild(m_base.id, dialog.reason(), dialog.date()); !s) {
        showError(s.error());
        return;
    }
    if (Result<ChildFile> stored = m_repository.load(m_base.id))
        load(stored.value());
    emit saved(m_base.id);
}
