#include "CaseListModel.h"

#include "domain/AreaCatalog.h"
#include "domain/Classification.h"
#include "domain/Vocabulary.h"
#include "reports/RiskQuery.h"
#include "storage/CaseDatabase.h"

#include <QBrush>
#include <QColor>

namespace {
constexpr int kPagesKept = 12;
}

CaseListModel::CaseListModel(CaseDatabase& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_query(db)
{
    reload();
}

void CaseListModel::setFilter(const CaseQuery::Filter& filter)
{
    m_filter = filter;
    reload();
}

void CaseListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_recent.clear();
    m_risks.clear();
    const Result<int> count = m_query.count(m_filter);
    m_count = count ? count.value() : 0;
    endResetModel();
    setError(count ? QString() : count.error());
    emit countChanged(m_count);
}

const CaseQuery::Row* CaseListModel::row(int r) const
{
    if (r < 0 || r >= m_count)
        return nullptr;
    const int page = r / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        Result<QList<CaseQuery::Row>> rows =
            m_query.page(m_filter, page * PageSize, PageSize, m_sort, m_descending);
        if (!rows) {
            setError(rows.error());
            return nullptr;
        }
        if (m_recent.size() >= kPagesKept)
            m_pages.remove(m_recent.takeFirst());
        m_recent.append(page);
        it = m_pages.insert(page, rows.value());
    }
    const int i = r % PageSize;
    return i < it->size() ? &it->at(i) : nullptr;
}

RiskLevel CaseListModel::risk(int r) const
{
    const CaseQuery::Row* x = row(r);
    if (!x)
        return {};
    if (!m_risks.contains(x->id)) {
        if (m_risks.size() > kPagesKept * PageSize)
            m_risks.clear();
        const QList<CaseQuery::Row>& page = m_pages.value(r / PageSize);
        QStringList ids;
        for (const CaseQuery::Row& p : page)
            ids << p.id;
        Result<QHash<QString, RiskLevel>> risks = RiskQuery(m_db).forChildren(ids);
        if (!risks) {
            setError(risks.error());
            return {};
        }
        for (const QString& id : ids)
            m_risks.insert(id, risks->value(id));
    }
    return m_risks.value(x->id);
}

void CaseListModel::setError(const QString& sentence) const
{
    if (sentence == m_error)
        return;
    m_error = sentence;
    auto* self = const_cast<CaseListModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, sentence] { emit self->errorChanged(sentence); }, Qt::QueuedConnection);
}

QString CaseListModel::childId(int r) const
{
    const CaseQuery::Row* x = row(r);
    return x ? x->id : QString();
}

int CaseListModel::rowOf(const QString& childId) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == childId)
                return it.key() * PageSize + i;
        }
    }
    return -1;
}

int CaseListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int CaseListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CaseListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.model() != this)
        return {};
    const CaseQuery::Row* r = row(index.row());
    if (!r)
        return {};
    if (role == IdRole)
        return r->id;
    const std::optional<Category> category = categoryFromCode(r->category);
    if (role == Qt::ForegroundRole) {
        if (r->status == QLatin1String("exited"))
            return QBrush(Qt::gray);
        if (index.column() == CategoryColumn && category)
            return QBrush(category == Category::NotLeftBehind ? QColor(0x1e, 0x84, 0x49)
                          : category == Category::LeftBehind  ? QColor(0xd3, 0x54, 0x00)
                          : category == Category::Suspected   ? QColor(0x9a, 0x7d, 0x0a)
                                                              : QColor(Qt::gray));
        return {};
    }
    if (role == Qt::ToolTipRole && index.column() == VillageColumn)
        return AreaCatalog::instance().fullName(r->areaCode);
    if (index.column() == RiskColumn && r->status != QLatin1String("exited")) {
        const RiskLevel level = risk(index.row());
        if (role == Qt::ToolTipRole)
            return level.reasons.join(QLatin1Char('\n'));
        if (role == Qt::ForegroundRole)
            return level.level == RiskLevel::Level::High     ? QBrush(QColor(0xc0, 0x39, 0x2b))
                   : level.level == RiskLevel::Level::Medium ? QBrush(QColor(0xd3, 0x54, 0x00))
                   : level.level == RiskLevel::Level::Low    ? QBrush(QColor(0x9a, 0x7d, 0x0a))
                                                             : QBrush(QColor(0x1e, 0x84, 0x49));
        if (role == Qt::DisplayRole)
            return RiskLevel::label(level.level);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return r->name;
    case SexColumn:
        return r->sex.isEmpty() ? QString() : Vocabulary::label(Vocabulary::Sex, r->sex);
    case BirthDateColumn: {
        const QDate birth = QDate::fromString(r->birthDate, Qt::ISODate);
        if (!birth.isValid())
            return r->birthDate;
        const QDate today = m_db.clock().today();
        int age = today.year() - birth.year();
        if (birth.addYears(age) > today)
            --age;
        return tr("%1 (age %2)").arg(r->birthDate, QString::number(age));
    }
    case IdNumberColumn:
        return r->idNumber;
    case VillageColumn:
        return AreaCatalog::instance().name(r->areaCode);
    case CategoryColumn: {
        QString text = category ? categoryLabel(*category) : r->category;
        if (r->status == QLatin1String("exited"))
            text += QStringLiteral(" · ") + Vocabulary::label(Vocabulary::ChildStatus, r->status);
        return text;
    }
    case UpdatedColumn: {
        const QDateTime at = QDateTime::fromString(r->updatedAt, Qt::ISODateWithMs);
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")) : r->updatedAt;
    }
    }
    return {};
}

QVariant CaseListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SexColumn:
        return tr("Sex");
    case BirthDateColumn:
        return tr("Birth date (age)");
    case IdNumberColumn:
        return tr("ID number");
    case VillageColumn:
        return tr("Village");
    case CategoryColumn:
        return tr("Category");
    case RiskColumn:
        return tr("Risk");
    case UpdatedColumn:
        return tr("Last updated");
    }
    return {};
}

bool CaseListModel::isSortable(int column)
{
    return column != SexColumn && column != IdNumberColumn && column != RiskColumn;
}

void CaseListModel::sort(int column, Qt::SortOrder order)
{
    CaseQuery::Sort sort;
    switch (column) {
    case BirthDateColumn:
        sort = CaseQuery::Sort::BirthDate;
        break;
    case VillageColumn:
        sort = CaseQuery::Sort::Village;
        break;
    case CategoryColumn:
        sort = CaseQuery::Sort::Category;
        break;
    case UpdatedColumn:
        sort = CaseQuery::Sort::UpdatedAt;
        break;
    case NameColumn:
        sort = CaseQuery::Sort::Name;
        break;
    default:
        return;
    }
    const bool descending = order == Qt::DescendingOrder;
    if (sort == m_sort && descending == m_descending)
        return;
    beginResetModel();
    m_sort = sort;
    m_descending = descending;
    m_pages.clear();
    m_recent.clear();
    endResetModel();
}
