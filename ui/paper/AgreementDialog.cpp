#include "AgreementDialog.h"
#include "Localization.h"
#include "shared/WindowGeometry.h"
#include "storage/FieldValidator.h"

#include "PrintController.h"
#include "domain/CareAgreement.h"
#include "domain/CaseReference.h"
#include "shared/FileChooser.h"
#include "storage/AgreementRepository.h"
#include "storage/AttachmentStore.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>
#include <iterator>

namespace {
const char* const kQuestions[] = {"caregiver_capable",   "caregiver_abuse",        "caregiver_habits",
                                  "caregiver_neglect",   "caregiver_infringement", "caregiver_abandonment",
                                  "caregiver_unsuitable"};
constexpr int kQuestionCount = int(std::size(kQuestions));
} // namespace

AgreementDialog::AgreementDialog(CaseDatabase& db, const QString& childId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_childId(childId)
    , m_print(new PrintController(db, this))
{
    Result<ChildFile> file = CaseRepository(db).load(childId);
    const QString name = file ? file->text(QStringLiteral("name")) : childId;
    setWindowTitle(tr("Care agreement and printing: %1").arg(name));
    setObjectName(QStringLiteral("agreementDialog"));

    auto* heading =
        new QLabel(QStringLiteral("<b>%1</b>　%2").arg(name.toHtmlEscaped(), CaseReference::of(childId)));
    m_current = new QLabel;
    m_current->setObjectName(QStringLiteral("currentLabel"));
    m_current->setWordWrap(true);

    auto* draft = new QGroupBox(tr("New agreement"));
    auto* form = new QFormLayout(draft);
    const auto line = [this](const char* objectName) {
        auto* e = new QLineEdit(this);
        e->setObjectName(QLatin1String(objectName));
        return e;
    };
    m_caregiverName = line("caregiverNameLineEdit");
    m_caregiverId = line("caregiverIdLineEdit");
    m_caregiverRelation = line("caregiverRelationLineEdit");
    m_caregiverPhone = line("caregiverPhoneLineEdit");
    m_costs = line("costsLineEdit");
    m_caregiverBirth = line("caregiverBirthDateLineEdit");
    m_caregiverBirth->setPlaceholderText(tr("e.g. 1960-05-01, when there is no ID number"));
    m_caregiverDocument = line("caregiverBirthDocumentLineEdit");
    m_caregiverDocument->setPlaceholderText(tr("e.g. household register (户口簿)"));
    m_from = new QDateEdit(db.clock().today(), this);
    m_from->setObjectName(QStringLiteral("fromDateEdit"));
    m_to = new QDateEdit(db.clock().today().addYears(1).addDays(-1), this);
    m_to->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit* d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    form->addRow(tr("Caregiver"), m_caregiverName);
    form->addRow(tr("Caregiver's ID number"), m_caregiverId);
    form->addRow(tr("Relation to the child"), m_caregiverRelation);
    form->addRow(tr("Caregiver's phone"), m_caregiverPhone);
    form->addRow(tr("First day"), m_from);
    form->addRow(tr("Last day"), m_to);
    const char* questions[] = {QT_TR_NOOP("Able to give care"),
                               QT_TR_NOOP("Record of abuse or violence"),
                               QT_TR_NOOP("Drug, alcohol or gambling habits"),
                               QT_TR_NOOP("Long neglect of the duty of care"),
                               QT_TR_NOOP("Sexual assault or other infringement"),
                               QT_TR_NOOP("Abandonment or trafficking"),
                               QT_TR_NOOP("Otherwise unsuitable")};
    form->addRow(tr("Birth date (no ID number)"), m_caregiverBirth);
    form->addRow(tr("Shown by (document)"), m_caregiverDocument);
    for (int i = 0; i < kQuestionCount; ++i) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QLatin1String(kQuestions[i]) + QStringLiteral("ComboBox"));
        combo->addItem(tr("Not answered"), QVariant());
        combo->addItem(tr("Yes"), 1);
        combo->addItem(tr("No"), 0);
        connect(combo, &QComboBox::currentIndexChanged, this, &AgreementDialog::updateCheck);
        m_answers << combo;
        form->addRow(tr(questions[i]), combo);
    }
    form->addRow(tr("Costs of care"), m_costs);
    connect(m_caregiverId, &QLineEdit::textChanged, this, &AgreementDialog::updateCheck);
    connect(m_caregiverBirth, &QLineEdit::textChanged, this, &AgreementDialog::updateCheck);
    connect(m_caregiverDocument, &QLineEdit::textChanged, this, &AgreementDialog::updateCheck);
    m_check = new QLabel;
    m_check->setObjectName(QStringLiteral("checkLabel"));
    m_check->setWordWrap(true);
    form->addRow(m_check);
    auto* drawUpButton = new QPushButton(tr("Draw up agreement"));
    drawUpButton->setObjectName(QStringLiteral("drawUpPushButton"));
    connect(drawUpButton, &QPushButton::clicked, this, &AgreementDialog::drawUp);
    form->addRow(drawUpButton);

    auto* signature = new QGroupBox(tr("Signed paper"));
    auto* signForm = new QFormLayout(signature);
    m_signedOn = new QDateEdit(db.clock().today(), this);
    m_signedOn->setObjectName(QStringLiteral("signedOnDateEdit"));
    m_signedOn->setCalendarPopup(true);
    m_signedOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_witness = line("witnessLineEdit");
    signForm->addRow(tr("Signed on"), m_signedOn);
    signForm->addRow(tr("Village committee witness"), m_witness);
    auto* signRow = new QHBoxLayout;
    m_signButton = new QPushButton(tr("Record signature"));
    m_signButton->setObjectName(QStringLiteral("signPushButton"));
    m_attachButton = new QPushButton(tr("Attach scan or photo…"));
    m_attachButton->setObjectName(QStringLiteral("attachPushButton"));
    signRow->addWidget(m_signButton);
    signRow->addWidget(m_attachButton);
    signForm->addRow(signRow);
    connect(m_signButton, &QPushButton::clicked, this, &AgreementDialog::recordSignature);
    connect(m_attachButton, &QPushButton::clicked, this, &AgreementDialog::attachScan);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("background:#fadbd8;color:#78281f;padding:6px;border-radius:3px;"));
    m_error->hide();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_printButton = buttons->addButton(tr("Print agreement…"), QDialogButtonBox::ActionRole);
    m_printButton->setObjectName(QStringLiteral("printAgreementPushButton"));
    QPushButton* fileButton = buttons->addButton(tr("Print child's file…"), QDialogButtonBox::ActionRole);
    fileButton->setObjectName(QStringLiteral("printFilePushButton"));
    QPushButton* visitButton = buttons->addButton(tr("Print visit form…"), QDialogButtonBox::ActionRole);
    visitButton->setObjectName(QStringLiteral("printVisitFormPushButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_printButton, &QPushButton::clicked, this, [this] { m_print->previewAgreement(m_childId); });
    connect(fileButton, &QPushButton::clicked, this, [this] { m_print->previewChildFile(m_childId); });
    connect(visitButton, &QPushButton::clicked, this, [this] { m_print->previewVisitForm(m_childId); });
    connect(m_print, &PrintController::agreementsPrinted, this, &AgreementDialog::refresh);

    // The new agreement beside the signed paper one, in a scroll area: the buttons stay on a 768-line screen.
    auto* body = new QWidget;
    auto* columns = new QHBoxLayout(body);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->addWidget(draft, 3, Qt::AlignTop);
    columns->addWidget(signature, 2, Qt::AlignTop);
    auto* scroll = new QScrollArea;
    scroll->setObjectName(QStringLiteral("agreementScrollArea"));
    scroll->setWidget(body);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(m_current);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    // Wide enough for the caregiver check's sentences (about 32 Chinese characters a line); a word-wrapped
    // label in a narrower dialog gets clipped.
    setMinimumWidth(fontMetrics().horizontalAdvance(QChar(0x4E2D)) * 36);
    WindowGeometry::fit(this, QSize(fontMetrics().horizontalAdvance(QChar(0x4E2D)) * 64, 720));

    // The proposal from the child's file fills the new agreement's fields.
    Result<CareAgreement> proposal = AgreementRepository(db).propose(childId, {}, {});
    if (proposal) {
        m_caregiverName->setText(proposal->text(QStringLiteral("caregiver_name")));
        m_caregiverId->setText(proposal->text(QStringLiteral("caregiver_id_number")));
        m_caregiverRelation->setText(proposal->text(QStringLiteral("caregiver_relation")));
        m_caregiverPhone->setText(proposal->text(QStringLiteral("caregiver_phone")));
        const QString capable = proposal->text(QStringLiteral("caregiver_capable"));
        m_answers.first()->setCurrentIndex(capable.isEmpty() ? 0 : capable == QLatin1String("1") ? 1 : 2);
    }
    m_proposed = draftAnswers();
    refresh();
    updateCheck();
}

QStringList AgreementDialog::draftAnswers() const
{
    QStringList out{m_caregiverId->text(), m_caregiverBirth->text(), m_caregiverDocument->text()};
    for (const QComboBox* combo : m_answers)
        out << combo->currentData().toString();
    return out;
}

void AgreementDialog::showError(const QString& sentence)
{
    m_error->setText(sentence);
    m_error->setVisible(!sentence.isEmpty());
}

void AgreementDialog::refresh()
{
    AgreementRepository repo(m_db);
    Result<std::optional<CareAgreement>> current = repo.current(m_childId);
    const QDate today = m_db.clock().today();
    m_currentId.clear();
    if (!current || !current->has_value()) {
        m_current->setText(tr("No care agreement yet."));
    } else {
        const CareAgreement& a = **current;
        m_currentId = a.id;
        QString text =
            tr("Current agreement: %1, caregiver %2, %3 to %4.")
                .arg(CareAgreement::stateLabel(a.state(today)), a.text(QStringLiteral("caregiver_name")),
                     a.text(QStringLiteral("term_from")), a.text(QStringLiteral("term_to")));
        if (a.renewalDue(today))
            text = Localization::joinSentences({text, tr("The renewal is due.")});
        Result<ChildFile> file = CaseRepository(m_db).load(m_childId);
        if (file && AgreementRepository::caregiverChanged(a, file.value()))
            text = Localization::joinSentences(
                {text, tr("The child's file names another caregiver: draw up a new agreement.")});
        Result<QList<AttachmentStore::Info>> scans = AttachmentStore(m_db).list(a.id);
        if (scans && !scans->isEmpty())
            text =
                Localization::joinSentences({text, tr("%n scan(s) attached.", nullptr, int(scans->size()))});
        m_current->setText(text);
    }
    const bool exists = !m_currentId.isEmpty();
    m_signed = exists && current->value().state(today) == CareAgreement::State::Signed;
    m_printButton->setEnabled(exists);
    m_attachButton->setEnabled(exists);
    m_signButton->setEnabled(exists && current->value().state(today) == CareAgreement::State::Printed);
    updateCheck();
}

void AgreementDialog::updateCheck()
{
    CaregiverCheck check;
    check.idNumber = m_caregiverId->text();
    check.birthDate = FieldValidator::parseDate(m_caregiverBirth->text());
    check.birthDocument = m_caregiverDocument->text();
    std::optional<bool>* answers[] = {&check.capable,   &check.abuse,        &check.habits,
                                      &check.neglect,   &check.infringement, &check.abandonment,
                                      &check.unsuitable};
    for (int i = 0; i < kQuestionCount; ++i) {
        const QVariant v = m_answers.at(i)->currentData();
        *answers[i] = v.isValid() ? std::optional<bool>(v.toInt() == 1) : std::nullopt;
    }
    const QStringList problems = check.problems(m_db.clock().today());
    if (m_signed && !problems.isEmpty() && draftAnswers() == m_proposed) {
        // The agreement in force is signed on paper, where the questions were answered: the new agreement's
        // unanswered questions are no alarm until someone starts drawing one up.
        m_check->setText(tr("The agreement in force is signed on paper. Answer the questions above only to "
                            "draw up a new agreement; the caregiver check then applies to it."));
        m_check->setStyleSheet(QStringLiteral("color:#555555;"));
        return;
    }
    m_check->setText(
        problems.isEmpty()
            ? tr("The caregiver check passes.")
            : tr("The caregiver check fails: %1").arg(QLatin1Char('\n') + problems.join(QLatin1Char('\n'))));
    m_check->setStyleSheet(problems.isEmpty() ? QStringLiteral("color:#1e8449;")
                                              : QStringLiteral("color:#922b21;"));
}

void AgreementDialog::drawUp()
{
    AgreementRepository repo(m_db);
    Result<CareAgreement> a = repo.propose(m_childId, m_from->date(), m_to->date());
    if (!a) {
        showError(a.error());
        return;
    }
    QVariantMap& f = a->fields;
    f.insert(QStringLiteral("caregiver_name"), m_caregiverName->text());
    f.insert(QStringLiteral("caregiver_id_number"), m_caregiverId->text());
    f.insert(QStringLiteral("caregiver_relation"), m_caregiverRelation->text());
    f.insert(QStringLiteral("caregiver_phone"), m_caregiverPhone->text());
    f.insert(QStringLiteral("costs"), m_costs->text());
    for (int i = 0; i < kQuestionCount; ++i)
        f.insert(QLatin1String(kQuestions[i]), m_answers.at(i)->currentData());
    const QDate birth = FieldValidator::parseDate(m_caregiverBirth->text());
    f.insert(QStringLiteral("caregiver_birth_date"),
             birth.isValid() ? QVariant(birth.toString(Qt::ISODate)) : QVariant());
    f.insert(QStringLiteral("caregiver_birth_document"), m_caregiverDocument->text());
    Result<QString> id = repo.create(a.value());
    showError(id ? QString() : id.error());
    refresh();
}

void AgreementDialog::recordSignature()
{
    Status s = AgreementRepository(m_db).sign(m_currentId, m_signedOn->date(), m_witness->text());
    showError(s ? QString() : s.error());
    refresh();
}

void AgreementDialog::attachScan()
{
    const QString path =
        FileChooser::openFile(this, tr("Attach the signed paper"), FileChooser::startFolder(),
                              {tr("Scans and photos (*.jpg *.jpeg *.png *.pdf)")});
    if (path.isEmpty())
        return;
    Result<CareAgreement> a = AgreementRepository(m_db).load(m_currentId);
    if (!a) {
        showError(a.error());
        return;
    }
    Result<QString> id = AttachmentStore(m_db).add(a->id, a->areaCode, path);
    showError(id ? QString() : id.error());
    refresh();
}
