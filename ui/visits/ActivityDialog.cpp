#include "ActivityDialog.h"
#include "shared/AreaPicker.h"
#include "shared/WindowGeometry.h"

#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/CaseReference.h"
#include "domain/Vocabulary.h"
#include "storage/ActivityRepository.h"
#include "storage/CaseDatabase.h"
#include "storage/CaseQuery.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
enum ColumnIndex
{
    NameColumn,
    ChildColumn,
    GuardianColumn,
    GuardianNameColumn,
    ReferenceColumn
};
// A village has at most a few hundred children on the register; more than this is not one village.
constexpr int MaxChildren = 5000;
} // namespace

ActivityDialog::ActivityDialog(CaseDatabase& db, const QString& activityId, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_id(activityId)
    , m_date(new QDateEdit(this))
    , m_kind(new QComboBox(this))
    , m_topic(new QLineEdit(this))
    , m_place(new QLineEdit(this))
    , m_organiser(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_villagePicker(new AreaPicker(AreaLevel::Village, AreaLevel::Village, this))
    , m_filter(new QLineEdit(this))
    , m_children(new QTreeWidget(this))
    , m_count(new QLabel(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("activityDialog"));
    setWindowTitle(activityId.isEmpty() ? tr("New activity") : tr("Activity"));
    const QDate today = db.clock().today();
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setMaximumDate(today);
    m_date->setDate(today);
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    for (const Vocabulary::Entry& e : Vocabulary::entries(Vocabulary::ActivityKind))
        m_kind->addItem(QCoreApplication::translate("Vocabulary", e.label), QString::fromLatin1(e.code));
    m_topic->setObjectName(QStringLiteral("topicLineEdit"));
    m_topic->setMaxLength(200);
    m_topic->setPlaceholderText(tr("e.g. 安全自护专题宣讲"));
    m_place->setObjectName(QStringLiteral("placeLineEdit"));
    m_place->setMaxLength(200);
    m_organiser->setObjectName(QStringLiteral("organiserLineEdit"));
    m_organiser->setMaxLength(100);
    m_notes->setObjectName(QStringLiteral("notesTextEdit"));
    m_notes->setMaximumHeight(70);
    m_villagePicker->setObjectName(QStringLiteral("villagePicker"));
    m_filter->setObjectName(QStringLiteral("filterLineEdit"));
    m_filter->setPlaceholderText(tr("Find a child by name…"));
    m_filter->setClearButtonEnabled(true);
    m_children->setObjectName(QStringLiteral("childrenTreeWidget"));
    m_children->setRootIsDecorated(false);
    m_children->setHeaderLabels({tr("Child"), tr("Child took part"), tr("Guardian or caregiver took part"),
                                 tr("Who came for the child"), tr("Reference")});
    m_children->header()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    m_children->header()->setStretchLastSection(false);
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_error->setObjectName(QStringLiteral("activityError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a00000"));
    m_error->hide();

    auto* form = new QFormLayout;
    form->addRow(tr("Date:"), m_date);
    form->addRow(tr("Kind:"), m_kind);
    form->addRow(tr("Topic:"), m_topic);
    form->addRow(tr("Place:"), m_place);
    form->addRow(tr("Organised by:"), m_organiser);
    form->addRow(tr("Village:"), m_villagePicker);
    form->addRow(tr("Notes:"), m_notes);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ActivityDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_villagePicker, &AreaPicker::codeChanged, this, &ActivityDialog::onVillageChanged);
    connect(m_filter, &QLineEdit::textChanged, this, &ActivityDialog::filterChildren);
    connect(m_children, &QTreeWidget::itemChanged, this, &ActivityDialog::updateCount);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Who took part (the village's children on the register):"), this));
    layout->addWidget(m_filter);
    layout->addWidget(m_children, 1);
    layout->addWidget(m_count);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    WindowGeometry::fit(this, QSize(760, 720));

    QString village;
    if (const auto station = db.station();
        station && AreaCode::levelOf(station->areaCode) == AreaLevel::Village)
        village = station->areaCode;
    if (!m_id.isEmpty()) {
        Result<Activity> a = ActivityRepository(db).load(m_id);
        if (!a) {
            m_error->setText(a.error());
            m_error->show();
        } else {
            m_date->setDate(a->date);
            m_kind->setCurrentIndex(qMax(0, m_kind->findData(a->kind)));
            m_topic->setText(a->topic);
            m_place->setText(a->place);
            m_organiser->setText(a->organiser);
            m_notes->setPlainText(a->notes);
            m_stored = a->participants;
            village = a->areaCode;
            // An activity stays in its village.
            m_villagePicker->setEnabled(false);
        }
    }
    if (!village.isEmpty()) {
        m_villagePicker->setCode(village);
        onVillageChanged(village);
        if (const auto station = db.station(); station && station->areaCode == village)
            m_villagePicker->setEnabled(false);
    } else {
        m_count->setText(tr("Choose the village first."));
    }
}

void ActivityDialog::onVillageChanged(const QString& code)
{
    const QString village = AreaCode::normalize(code);
    if (village == m_village)
        return;
    m_village = village;
    loadChildren(village);
}

void ActivityDialog::loadChildren(const QString& village)
{
    // Ticks given so far stay for children of the same village.
    QList<ActivityParticipant> keep = m_stored;
    if (m_children->topLevelItemCount() > 0)
        keep = activity().participants;
    const QSignalBlocker block(m_children);
    m_children->clear();
    if (village.isEmpty())
        return;
    CaseQuery::Filter filter;
    filter.areaCode = village;
    filter.status.clear(); // the exited too: a child may have taken part before leaving
    Result<QList<CaseQuery::Row>> rows = CaseQuery(m_db).page(filter, 0, MaxChildren);
    if (!rows) {
        m_error->setText(rows.error());
        m_error->show();
        return;
    }
    for (const CaseQuery::Row& r : rows.value()) {
        auto* item = new QTreeWidgetItem(m_children,
                                         {r.name, QString(), QString(), QString(), CaseReference::of(r.id)});
        item->setData(NameColumn, Qt::UserRole, r.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsEditable);
        item->setCheckState(ChildColumn, Qt::Unchecked);
        item->setCheckState(GuardianColumn, Qt::Unchecked);
        if (r.status != QLatin1String("active"))
            item->setToolTip(NameColumn, tr("No longer on the register."));
    }
    for (const ActivityParticipant& p : std::as_const(keep))
        setParticipant(p.childId, p.child, p.guardian, p.guardianName);
    for (int c = ChildColumn; c <= ReferenceColumn; ++c)
        m_children->resizeColumnToContents(c);
    updateCount();
}

void ActivityDialog::updateCount()
{
    int children = 0, guardians = 0;
    for (int i = 0; i < m_children->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_children->topLevelItem(i);
        children += item->checkState(ChildColumn) == Qt::Checked ? 1 : 0;
        guardians += item->checkState(GuardianColumn) == Qt::Checked ? 1 : 0;
    }
    m_count->setText(
        tr("Taking part: %1 children, %2 guardians or caregivers.").arg(children).arg(guardians));
}

bool ActivityDialog::setParticipant(const QString& childId, bool child, bool guardian,
                                    const QString& guardianName)
{
    for (int i = 0; i < m_children->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_children->topLevelItem(i);
        if (item->data(NameColumn, Qt::UserRole).toString() != childId)
            continue;
        item->setCheckState(ChildColumn, child ? Qt::Checked : Qt::Unchecked);
        item->setCheckState(GuardianColumn, guardian ? Qt::Checked : Qt::Unchecked);
        item->setText(GuardianNameColumn, guardianName);
        return true;
    }
    return false;
}

void ActivityDialog::filterChildren(const QString& text)
{
    const QString t = text.trimmed();
    for (int i = 0; i < m_children->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_children->topLevelItem(i);
        item->setHidden(!t.isEmpty() && !item->text(NameColumn).contains(t, Qt::CaseInsensitive));
    }
}

Activity ActivityDialog::activity() const
{
    Activity a;
    a.id = m_id;
    a.areaCode = m_village;
    a.date = m_date->date();
    a.kind = m_kind->currentData().toString();
    a.topic = m_topic->text();
    a.place = m_place->text();
    a.organiser = m_organiser->text();
    a.notes = m_notes->toPlainText();
    for (int i = 0; i < m_children->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_children->topLevelItem(i);
        ActivityParticipant p;
        p.childId = item->data(NameColumn, Qt::UserRole).toString();
        p.child = item->checkState(ChildColumn) == Qt::Checked;
        p.guardian = item->checkState(GuardianColumn) == Qt::Checked ||
                     !item->text(GuardianNameColumn).trimmed().isEmpty();
        p.guardianName = item->text(GuardianNameColumn).trimmed();
        if (p.tookPart())
            a.participants << p;
    }
    return a;
}

QString ActivityDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void ActivityDialog::save()
{
    Result<QString> id = ActivityRepository(m_db).save(activity());
    if (!id) {
        m_error->setText(id.error());
        m_error->show();
        return;
    }
    m_savedId = id.value();
    emit saved(m_savedId);
    accept();
}
