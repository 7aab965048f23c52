#include "SpotChecksDialog.h"
#include "shared/WindowGeometry.h"

#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "domain/CaseReference.h"
#include "domain/Vocabulary.h"
#include "storage/CaseDatabase.h"
#include "storage/SpotCheckRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace {
SpotCheckRepository::Period periodOf(const QComboBox* box)
{
    return box->currentIndex() == 1 ? SpotCheckRepository::Period::Week : SpotCheckRepository::Period::Day;
}
} // namespace

SpotChecksDialog::SpotChecksDialog(CaseDatabase& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_period(new QComboBox(this))
    , m_day(new QDateEdit(this))
    , m_size(new QSpinBox(this))
    , m_draw(new QPushButton(tr("&Draw a sample"), this))
    , m_checks(new QTreeWidget(this))
    , m_tally(new QTreeWidget(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("spotChecksDialog"));
    setWindowTitle(tr("Spot checks"));
    m_period->setObjectName(QStringLiteral("periodComboBox"));
    m_period->addItems({tr("Records updated on the day"), tr("Records updated in the week")});
    m_day->setObjectName(QStringLiteral("dayEdit"));
    m_day->setCalendarPopup(true);
    m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_day->setMaximumDate(db.clock().today());
    m_day->setDate(db.clock().today());
    m_size->setObjectName(QStringLiteral("sizeSpinBox"));
    m_size->setRange(1, SpotCheckRepository::MaxSampleSize);
    m_size->setValue(SpotCheckRepository(db).sampleSize());
    m_size->setSuffix(tr(" records"));
    m_draw->setObjectName(QStringLiteral("drawButton"));

    m_checks->setObjectName(QStringLiteral("checksTreeWidget"));
    m_checks->setRootIsDecorated(false);
    m_checks->setHeaderLabels({tr("Village"), tr("Child"), tr("Reference"), tr("Result"), tr("Note")});
    m_checks->header()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_checks->header()->setStretchLastSection(false);
    m_checks->setToolTip(tr("Double-click a child to open the file and check it."));
    m_tally->setObjectName(QStringLiteral("tallyTreeWidget"));
    m_tally->setRootIsDecorated(false);
    m_tally->setHeaderLabels(
        {tr("Village"), tr("Drawn"), tr("Verified"), tr("Problems"), tr("Not checked yet")});
    m_tally->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tally->header()->setStretchLastSection(false);
    m_tally->setMaximumHeight(160);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);

    auto* verified = new QPushButton(tr("&Verified"), this);
    verified->setObjectName(QStringLiteral("verifiedButton"));
    auto* problem = new QPushButton(tr("&Problem…"), this);
    problem->setObjectName(QStringLiteral("problemButton"));
    connect(m_draw, &QPushButton::clicked, this, &SpotChecksDialog::drawSample);
    connect(verified, &QPushButton::clicked, this, [this] { markSelected(QStringLiteral("verified")); });
    connect(problem, &QPushButton::clicked, this, &SpotChecksDialog::askProblem);
    connect(m_period, &QComboBox::currentIndexChanged, this, &SpotChecksDialog::reload);
    connect(m_day, &QDateEdit::dateChanged, this, &SpotChecksDialog::reload);
    connect(m_checks, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) {
        if (item)
            emit openChildRequested(item->data(1, Qt::UserRole).toString());
    });

    auto* top = new QHBoxLayout;
    top->addWidget(m_period);
    top->addWidget(m_day);
    top->addWidget(new QLabel(tr("Sample:"), this));
    top->addWidget(m_size);
    top->addWidget(m_draw);
    top->addStretch(1);
    auto* marks = new QHBoxLayout;
    marks->addWidget(new QLabel(tr("Selected record:"), this));
    marks->addWidget(verified);
    marks->addWidget(problem);
    marks->addStretch(1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_checks, 1);
    layout->addLayout(marks);
    layout->addWidget(m_message);
    layout->addWidget(new QLabel(tr("Results per village:"), this));
    layout->addWidget(m_tally);
    layout->addWidget(buttons);
    WindowGeometry::fit(this, QSize(780, 620));
    reload();
    // A village station sees the checks of its records that came back from the office; it draws none.
    if (const auto station = db.station();
        station && AreaCode::levelOf(station->areaCode) == AreaLevel::Village) {
        for (QWidget* w : std::initializer_list<QWidget*>{m_size, m_draw, verified, problem})
            w->setEnabled(false);
        showMessage(
            tr("The township office draws and marks the spot checks; here you see what it found in this "
               "village's records."),
            false);
    }
}

int SpotChecksDialog::checkCount() const
{
    return m_checks->topLevelItemCount();
}

QString SpotChecksDialog::messageText() const
{
    return m_message->text();
}

void SpotChecksDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #a00000") : QString());
}

void SpotChecksDialog::reload()
{
    const QString selected = selectedId();
    m_checks->clear();
    m_tally->clear();
    SpotCheckRepository repo(m_db);
    const SpotCheckRepository::Period period = periodOf(m_period);
    Result<QList<SpotCheck>> checks = repo.list(period, m_day->date());
    Result<QList<SpotCheckTally>> tally = repo.tally(period, m_day->date());
    if (!checks || !tally) {
        showMessage(checks ? tally.error() : checks.error(), true);
        return;
    }
    const AreaCatalog& areas = AreaCatalog::instance();
    for (const SpotCheck& c : checks.value()) {
        auto* item =
            new QTreeWidgetItem(m_checks, {areas.name(c.areaCode), c.childName, CaseReference::of(c.childId),
                                           Vocabulary::label(Vocabulary::SpotCheckResult, c.result), c.note});
        item->setData(0, Qt::UserRole, c.id);
        item->setData(1, Qt::UserRole, c.childId);
        if (c.result == QLatin1String("problem"))
            item->setForeground(3, QColor(0xa0, 0, 0));
        if (c.id == selected)
            m_checks->setCurrentItem(item);
    }
    for (qsizetype i = 0; i < tally->size(); ++i) {
        const SpotCheckTally& t = tally->at(i);
        const bool total = i + 1 == tally->size();
        auto* item =
            new QTreeWidgetItem(m_tally, {total ? tr("Total") : areas.name(t.areaCode),
                                          QString::number(t.drawn), QString::number(t.verified),
                                          QString::number(t.problems), QString::number(t.pending())});
        for (int c = 1; c < 5; ++c)
            item->setTextAlignment(c, Qt::AlignRight);
        if (total) {
            QFont bold = item->font(0);
            bold.setBold(true);
            for (int c = 0; c < 5; ++c)
                item->setFont(c, bold);
        }
    }
    for (int c : {0, 1, 2, 3})
        m_checks->resizeColumnToContents(c);
}

void SpotChecksDialog::drawSample()
{
    SpotCheckRepository repo(m_db);
    if (m_size->value() != repo.sampleSize()) {
        if (Status s = repo.setSampleSize(m_size->value()); !s) {
            showMessage(s.error(), true);
            return;
        }
    }
    Result<QList<SpotCheck>> drawn = repo.draw(periodOf(m_period), m_day->date(), m_size->value());
    if (!drawn) {
        showMessage(drawn.error(), true);
        return;
    }
    showMessage(tr("%1 records were drawn for checking.").arg(drawn->size()), false);
    reload();
}

QString SpotChecksDialog::selectedId() const
{
    const QTreeWidgetItem* item = m_checks->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void SpotChecksDialog::askProblem()
{
    if (selectedId().isEmpty()) {
        showMessage(tr("Select a record in the list first."), true);
        return;
    }
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(
        this, tr("Problem found"), tr("What is wrong (the note goes back to the village):"), {}, &ok);
    if (ok)
        markSelected(QStringLiteral("problem"), note);
}

void SpotChecksDialog::markSelected(const QString& result, const QString& note)
{
    const QString id = selectedId();
    if (id.isEmpty()) {
        showMessage(tr("Select a record in the list first."), true);
        return;
    }
    if (Status s = SpotCheckRepository(m_db).mark(id, result, note); !s) {
        showMessage(s.error(), true);
        return;
    }
    showMessage({}, false);
    reload();
}
