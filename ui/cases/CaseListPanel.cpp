#include "CaseListPanel.h"

#include "CaseListModel.h"
#include "domain/AreaCatalog.h"
#include "domain/Classification.h"
#include "domain/Vocabulary.h"
#include "shared/Banner.h"
#include "storage/CaseDatabase.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

CaseListPanel::CaseListPanel(CaseDatabase& db, QWidget* parent)
    : QWidget(parent)
    , m_model(new CaseListModel(db, this))
    , m_search(new QLineEdit(this))
    , m_category(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_errorBanner(new Banner(Banner::Kind::Warning, QString(), this))
    , m_debounce(new QTimer(this))
{
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search by name or ID number"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView), QLineEdit::LeadingPosition);

    m_category->setObjectName(QStringLiteral("categoryComboBox"));
    m_category->addItem(tr("All categories"), QString());
    for (Category c : {Category::LeftBehind, Category::Suspected, Category::NotLeftBehind, Category::OverAge})
        m_category->addItem(categoryLabel(c), categoryCode(c));

    m_status->setObjectName(QStringLiteral("statusComboBox"));
    m_status->addItem(Vocabulary::label(Vocabulary::ChildStatus, QStringLiteral("active")),
                      QStringLiteral("active"));
    m_status->addItem(Vocabulary::label(Vocabulary::ChildStatus, QStringLiteral("exited")),
                      QStringLiteral("exited"));
    m_status->addItem(tr("All"), QString());

    auto* filters = new QHBoxLayout;
    filters->addWidget(m_search, 1);
    filters->addWidget(new QLabel(tr("Category"), this));
    filters->addWidget(m_category);
    filters->addWidget(new QLabel(tr("Status"), this));
    filters->addWidget(m_status);

    m_view->setObjectName(QStringLiteral("caseTableView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Column widths from what the columns hold, so that they fit in Chinese and in English.
    const QFontMetrics fm = m_view->fontMetrics();
    const auto fit = [&fm](const QStringList& samples) {
        int w = 0;
        for (const QString& s : samples)
            w = std::max(w, fm.horizontalAdvance(s));
        return w + 24;
    };
    QStringList categories;
    for (Category c : {Category::LeftBehind, Category::Suspected, Category::NotLeftBehind, Category::OverAge})
        categories << categoryLabel(c);
    const QStringList sexes{Vocabulary::label(Vocabulary::Sex, QStringLiteral("M")),
                            Vocabulary::label(Vocabulary::Sex, QStringLiteral("F"))};
    const int widths[] = {
        fit({QStringLiteral("欧阳明明明")}),
        fit(sexes),
        fit({CaseListModel::tr("%1 (age %2)").arg(QStringLiteral("2015-06-30"), QStringLiteral("10"))}),
        fit({QStringLiteral("11010519491231002X")}),
        fit({QStringLiteral("后街社区居民委员会")}),
        fit(categories),
        fit({RiskLevel::label(RiskLevel::Level::None), RiskLevel::label(RiskLevel::Level::Low),
             RiskLevel::label(RiskLevel::Level::Medium), RiskLevel::label(RiskLevel::Level::High)}),
        fit({QStringLiteral("2026-11-28 23:40")})};
    for (int c = 0; c < CaseListModel::ColumnCount; ++c)
        m_view->setColumnWidth(
            c, std::max(widths[c],
                        fm.horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()) + 28));
    // Who, which category and which risk come first, so that a 1024-pixel screen shows them without
    // scrolling sideways; a village station's list does not repeat its one village on every row.
    QHeaderView* columns = m_view->horizontalHeader();
    columns->moveSection(columns->visualIndex(CaseListModel::CategoryColumn), CaseListModel::IdNumberColumn);
    columns->moveSection(columns->visualIndex(CaseListModel::RiskColumn), CaseListModel::IdNumberColumn + 1);
    if (db.station() && AreaCatalog::instance().villagesUnder(db.station()->areaCode).size() <= 1)
        m_view->hideColumn(CaseListModel::VillageColumn);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(CaseListModel::NameColumn, Qt::AscendingOrder);
    m_view->installEventFilter(this);
    QHeaderView* header = m_view->horizontalHeader();
    // Sex and ID number cannot be sorted: the indicator goes back to the column that is.
    connect(header, &QHeaderView::sortIndicatorChanged, this,
            [this, header](int column, Qt::SortOrder order) {
                if (!CaseListModel::isSortable(column)) {
                    const QSignalBlocker block(header);
                    header->setSortIndicator(m_sortColumn, m_sortOrder);
                    header->viewport()->update();
                    return;
                }
                m_sortColumn = column;
                m_sortOrder = order;
            });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        if (const QString id = index.data(CaseListModel::IdRole).toString(); !id.isEmpty())
            emit openRequested(id);
    });

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_view, 1);
    m_errorBanner->setProperty("role", QStringLiteral("caseListError"));
    m_errorBanner->setText(m_model->error());
    m_errorBanner->setVisible(!m_model->error().isEmpty());
    connect(m_model, &CaseListModel::errorChanged, this, [this](const QString& sentence) {
        m_errorBanner->setText(sentence);
        m_errorBanner->setVisible(!sentence.isEmpty());
    });

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &CaseListPanel::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    // Enter in the search box opens the only match, or the first one.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_debounce->isActive() || m_model->rowCount() == 0)
            applyFilter();
        if (m_model->rowCount() == 0)
            return;
        m_view->setCurrentIndex(m_model->index(0, CaseListModel::NameColumn));
        if (const QString id = currentChildId(); !id.isEmpty())
            emit openRequested(id);
    });
    m_search->installEventFilter(this);
    connect(m_category, &QComboBox::currentIndexChanged, this, &CaseListPanel::applyFilter);
    connect(m_status, &QComboBox::currentIndexChanged, this, &CaseListPanel::applyFilter);
}

void CaseListPanel::setArea(const QString& areaCode)
{
    m_area = areaCode;
    applyFilter();
}

void CaseListPanel::applyFilter()
{
    m_debounce->stop();
    CaseQuery::Filter filter;
    filter.text = m_search->text();
    filter.areaCode = m_area;
    filter.category = m_category->currentData().toString();
    filter.status = m_status->currentData().toString();
    m_model->setFilter(filter);
}

QString CaseListPanel::currentChildId() const
{
    return m_view->currentIndex().data(CaseListModel::IdRole).toString();
}

void CaseListPanel::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

bool CaseListPanel::eventFilter(QObject* watched, QEvent* event)
{
    // Down from the search box goes to the list.
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Down) {
        if (m_debounce->isActive())
            applyFilter();
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->currentIndex().isValid() && m_model->rowCount() > 0)
            m_view->setCurrentIndex(m_model->index(0, CaseListModel::NameColumn));
        return true;
    }
    // Enter opens the child on every platform (QAbstractItemView::activated does not on all of them).
    if (watched == m_view && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent*>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && !currentChildId().isEmpty()) {
            emit openRequested(currentChildId());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}
