#include "ImportReportDialog.h"
#include "Localization.h"
#include "shared/WindowGeometry.h"

#include "domain/AreaCatalog.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {
QString when(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : iso;
}

QLabel* wrapped(const QString& text, const QString& name)
{
    auto* label = new QLabel(text);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ImportReportDialog::ImportReportDialog(const ImportReport& report, QWidget* parent)
    : QDialog(parent)
    , m_report(report)
    , m_summary(nullptr)
    , m_table(new QTableWidget(0, 5))
{
    setObjectName(QStringLiteral("importReportDialog"));
    setWindowTitle(tr("Import report"));
    WindowGeometry::fit(this, QSize(720, 520));
    auto* layout = new QVBoxLayout(this);

    const QString sender =
        report.senderName.isEmpty() ? tr("A station not enrolled here") : report.senderName;
    if (!report.batch.isEmpty()) {
        // Several packages imported in one action: what became of each, then the counts of all of them.
        layout->addWidget(
            wrapped(tr("<b>%1</b> imported on %2.").arg(sender.toHtmlEscaped(), when(report.importedAt)),
                    QStringLiteral("headerLabel")));
        QStringList lines;
        for (const QString& line : report.batch)
            lines << line.toHtmlEscaped();
        auto* batch = wrapped(lines.join(QStringLiteral("<br>")), QStringLiteral("batchLabel"));
        if (report.refusedPackages > 0)
            batch->setStyleSheet(QStringLiteral("color:#6e2c00;"));
        layout->addWidget(batch);
    } else {
        layout->addWidget(
            wrapped(tr("<b>Package from %1</b>, made on %2, imported on %3.")
                        .arg(sender.toHtmlEscaped(), when(report.createdAt), when(report.importedAt)),
                    QStringLiteral("headerLabel")));
    }
    if (report.alreadyImported && report.batch.isEmpty()) {
        auto* again = wrapped(tr("This package was imported already on %1; nothing was changed. The counts "
                                 "below are those of that import.")
                                  .arg(when(report.importedAt)),
                              QStringLiteral("alreadyImportedLabel"));
        again->setStyleSheet(QStringLiteral("color:#6e2c00; font-weight:bold;"));
        layout->addWidget(again);
    }

    const ImportReport::Counts children = report.perEntity.value(QStringLiteral("child"));
    const ImportReport::Counts& t = report.total;
    QStringList summary;
    if (!report.perEntity.isEmpty())
        summary << tr("Children: %1 new, %2 changed.").arg(children.added).arg(children.updated);
    summary << tr("Records in all: %1 added, %2 updated, %3 unchanged, %4 conflicts.")
                   .arg(t.added)
                   .arg(t.updated)
                   .arg(t.unchanged)
                   .arg(t.conflicts);
    m_summary = wrapped(Localization::joinSentences(summary), QStringLiteral("summaryLabel"));
    QFont bigger = m_summary->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.2);
    m_summary->setFont(bigger);
    layout->addWidget(m_summary);

    m_table->setObjectName(QStringLiteral("villagesTableWidget"));
    m_table->setHorizontalHeaderLabels(
        {tr("Village"), tr("Added"), tr("Updated"), tr("Unchanged"), tr("Conflicts")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->setRowCount(int(report.perVillage.size()));
    int row = 0;
    for (auto it = report.perVillage.cbegin(); it != report.perVillage.cend(); ++it, ++row) {
        QString name = AreaCatalog::instance().name(it.key());
        auto* village = new QTableWidgetItem(name.isEmpty() ? it.key() : name);
        village->setToolTip(AreaCatalog::instance().fullName(it.key()) + QStringLiteral(" (") + it.key() +
                            QLatin1Char(')'));
        village->setData(Qt::UserRole, it.key());
        m_table->setItem(row, 0, village);
        const int counts[] = {it->added, it->updated, it->unchanged, it->conflicts};
        for (int col = 1; col <= 4; ++col) {
            auto* item = new QTableWidgetItem(QString::number(counts[col - 1]));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, col, item);
        }
    }
    layout->addWidget(m_table, 1);

    QStringList extras;
    if (report.auditAdded > 0)
        extras << tr("%n history entry(ies) added.", nullptr, report.auditAdded);
    if (report.revocations > 0)
        extras << tr("%n station revocation(s) received.", nullptr, report.revocations);
    if (report.referralsFolded > 0)
        extras << tr("%n later referral(s) of a kind folded into the earlier open one: a child has one open "
                     "referral of each kind.",
                     nullptr, report.referralsFolded);
    if (report.agreementsReplaced > 0)
        extras << tr("%n care agreement(s) marked replaced: a child has one current agreement.", nullptr,
                     report.agreementsReplaced);
    if (report.agreementsToReview > 0)
        extras << tr("%n care agreement(s) drawn up at another station wait for your review.", nullptr,
                     report.agreementsToReview);
    if (!extras.isEmpty())
        layout->addWidget(wrapped(Localization::joinSentences(extras), QStringLiteral("extrasLabel")));
    if (!report.duplicates.isEmpty()) {
        QStringList names;
        for (const ImportReport::PossibleDuplicate& d : report.duplicates)
            names << d.keepName;
        names.removeDuplicates();
        auto* dups =
            wrapped(tr("%n possible duplicate(s): two files may describe one child (%1). Compare them "
                       "and merge them in the list of possible duplicates.",
                       nullptr, int(report.duplicates.size()))
                        .arg(QLocale().createSeparatedList(names)),
                    QStringLiteral("duplicatesLabel"));
        dups->setStyleSheet(QStringLiteral("color:#6e2c00;"));
        layout->addWidget(dups);
    }
    if (!report.clockWarning.isEmpty()) {
        auto* clock = wrapped(report.clockWarning, QStringLiteral("clockWarningLabel"));
        clock->setStyleSheet(QStringLiteral("color:#6e2c00;"));
        layout->addWidget(clock);
    }

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    if (!report.duplicates.isEmpty() && !report.alreadyImported) {
        QPushButton* review = buttons->addButton(tr("Possible duplicates…"), QDialogButtonBox::ActionRole);
        review->setObjectName(QStringLiteral("reviewDuplicatesButton"));
        connect(review, &QPushButton::clicked, this, [this] {
            emit reviewDuplicatesRequested();
            accept();
        });
    }
    if (t.conflicts > 0 && !report.alreadyImported) {
        layout->addWidget(wrapped(tr("Some values were changed at both stations at the same time. Both are "
                                     "kept: choose which one is right in the conflicts list."),
                                  QStringLiteral("nextStepLabel")));
        QPushButton* review = buttons->addButton(tr("Review conflicts…"), QDialogButtonBox::ActionRole);
        review->setObjectName(QStringLiteral("reviewConflictsButton"));
        connect(review, &QPushButton::clicked, this, [this] {
            emit reviewConflictsRequested();
            accept();
        });
    } else if (!report.alreadyImported && report.duplicates.isEmpty() && report.agreementsToReview == 0) {
        layout->addWidget(wrapped(tr("Nothing more to do: the case list now includes these changes."),
                                  QStringLiteral("nextStepLabel")));
    }
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ImportReportDialog::summary() const
{
    return m_summary->text();
}
