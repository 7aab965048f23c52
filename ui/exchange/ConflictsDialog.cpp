#include "ConflictsDialog.h"
#include "Localization.h"
#include "shared/WindowGeometry.h"

#include "domain/Vocabulary.h"
#include "storage/CaseDatabase.h"
#include "storage/EntitySchema.h"
#include "storage/FieldText.h"
#include "storage/FieldValidator.h"
#include "sync/ConflictStore.h"
#include "sync/ConflictSubject.h"
#include "sync/StationName.h"

#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
enum Column
{
    ChildColumn,
    FieldColumn,
    CurrentColumn,
    CurrentByColumn,
    OtherColumn,
    OtherByColumn,
    ColumnCount
};

const FieldSpec* specOf(const QString& entity, const QString& field)
{
    const EntitySchema* schema = EntitySchema::byTable(entity);
    return schema ? schema->field(field) : nullptr;
}

} // namespace

ConflictsDialog::ConflictsDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_table(new QTableWidget(0, ColumnCount))
    , m_newValue(new QComboBox)
    , m_keepCurrent(new QPushButton(tr("Keep current")))
    , m_keepOther(new QPushButton(tr("Keep other")))
    , m_useNew(new QPushButton(tr("Use this value")))
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("conflictsDialog"));
    setWindowTitle(tr("Conflicts"));
    WindowGeometry::fit(this, QSize(980, 520));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("These values were changed at two stations at the same time. The newer change "
                      "is in the record now (current value); the other one was kept here. For each, "
                      "choose which is right, or type the right value: your choice reaches the other "
                      "stations with the next packages."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table->setObjectName(QStringLiteral("conflictsTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Child"), tr("Field"), tr("Current value"), tr("Written by"),
                                        tr("Other value"), tr("Written by")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CurrentColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OtherColumn, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    auto* actions = new QHBoxLayout;
    m_keepCurrent->setObjectName(QStringLiteral("keepCurrentButton"));
    m_keepOther->setObjectName(QStringLiteral("keepOtherButton"));
    actions->addWidget(m_keepCurrent);
    actions->addWidget(m_keepOther);
    actions->addSpacing(24);
    actions->addWidget(new QLabel(tr("Or the right value:")));
    m_newValue->setObjectName(QStringLiteral("newValueComboBox"));
    m_newValue->setMinimumWidth(220);
    actions->addWidget(m_newValue, 1);
    m_useNew->setObjectName(QStringLiteral("useNewValueButton"));
    actions->addWidget(m_useNew);
    layout->addLayout(actions);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_keepCurrent, &QPushButton::clicked, this, [this] { resolveSelected(Choice::Current); });
    connect(m_keepOther, &QPushButton::clicked, this, [this] { resolveSelected(Choice::Other); });
    connect(m_useNew, &QPushButton::clicked, this, [this] { resolveSelected(Choice::NewValue); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsDialog::selectionChanged);
    reload();
}

int ConflictsDialog::openCount() const
{
    return m_table->rowCount();
}

QString ConflictsDialog::message() const
{
    return m_message->text();
}

void ConflictsDialog::reload()
{
    ConflictStore store(m_db);
    const QList<Conflict> conflicts = store.list();
    const std::optional<StationInfo> me = m_db.station();
    const auto writer = [&](const Stamp& stamp) {
        QString who = StationName::of(m_db, stamp.station);
        if (me && stamp.station == me->id)
            who = tr("this station");
        const QDateTime at = QDateTime::fromMSecsSinceEpoch(Stamp::millisOf(stamp.hlc));
        return tr("%1, %2").arg(who, at.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    };

    m_table->clearSelection();
    m_table->setRowCount(int(conflicts.size()));
    for (int row = 0; row < conflicts.size(); ++row) {
        const Conflict& c = conflicts[row];
        const FieldSpec* spec = specOf(c.entity, c.field);
        const ConflictSubject subject = ConflictSubject::of(m_db, c);
        QString who = subject.childName.isEmpty() ? tr("a record without a name") : subject.childName;
        if (!subject.relation.isEmpty())
            who = tr("%1 · %2").arg(who, Vocabulary::label(Vocabulary::Relation, subject.relation));
        else if (c.entity == QLatin1String("household"))
            who = tr("%1 · household").arg(who);
        const QStringList cells{who,
                                spec ? FieldValidator::fieldLabel(*spec) : c.field,
                                FieldText::value(spec, store.currentValue(c)),
                                writer(c.winner),
                                FieldText::value(spec, c.value),
                                writer(c.stamp)};
        for (int col = 0; col < ColumnCount; ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            item->setData(Qt::UserRole, c.id);
            if (col == CurrentByColumn || col == OtherByColumn)
                item->setToolTip((col == CurrentByColumn ? c.winner : c.stamp).station);
            m_table->setItem(row, col, item);
        }
    }
    if (conflicts.isEmpty() && m_message->text().isEmpty())
        m_message->setText(tr("There are no open conflicts."));
    if (m_table->rowCount() > 0)
        m_table->selectRow(0);
    selectionChanged();
}

void ConflictsDialog::selectionChanged()
{
    const int row = m_table->currentRow();
    const bool any = row >= 0 && m_table->item(row, 0) && m_table->item(row, 0)->isSelected();
    m_keepCurrent->setEnabled(any);
    m_keepOther->setEnabled(any);
    m_useNew->setEnabled(any);
    m_newValue->setEnabled(any);
    m_newValue->clear();
    if (!any)
        return;
    const auto c = ConflictStore(m_db).find(m_table->item(row, 0)->data(Qt::UserRole).toString());
    const FieldSpec* spec = c ? specOf(c->entity, c->field) : nullptr;
    // Codes are chosen from their list; anything else is typed (and checked like any other edit).
    if (spec && spec->type == FieldSpec::Type::Code) {
        m_newValue->setEditable(false);
        for (const QString& code : Vocabulary::codes(spec->vocabulary))
            m_newValue->addItem(Vocabulary::label(spec->vocabulary, code), code);
    } else if (spec && spec->type == FieldSpec::Type::Bool) {
        m_newValue->setEditable(false);
        m_newValue->addItem(tr("yes"), 1);
        m_newValue->addItem(tr("no"), 0);
    } else {
        m_newValue->setEditable(true);
        m_newValue->lineEdit()->setPlaceholderText(tr("Type the right value"));
    }
    m_newValue->setCurrentIndex(m_newValue->isEditable() ? -1 : 0);
}

bool ConflictsDialog::resolveSelected(Choice choice)
{
    const int row = m_table->currentRow();
    if (row < 0 || !m_table->item(row, 0))
        return false;
    const QString id = m_table->item(row, 0)->data(Qt::UserRole).toString();
    const QString field = m_table->item(row, FieldColumn)->text();
    QVariant value;
    ConflictStore::Keep keep = ConflictStore::Keep::Mine;
    if (choice == Choice::Other) {
        keep = ConflictStore::Keep::Theirs;
    } else if (choice == Choice::NewValue) {
        keep = ConflictStore::Keep::Value;
        value = m_newValue->isEditable() ? QVariant(m_newValue->currentText().trimmed())
                                         : m_newValue->currentData();
    }
    if (Status s = ConflictStore(m_db).resolve(id, keep, value); !s) {
        m_message->setText(s.error());
        return false;
    }
    QString done = tr("\"%1\" of %2 is decided.").arg(field, m_table->item(row, ChildColumn)->text());
    m_message->setText(done);
    reload();
    if (openCount() == 0)
        m_message->setText(Localization::joinSentences({done, tr("There are no open conflicts left.")}));
    emit resolved();
    return true;
}
