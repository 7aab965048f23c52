#include "AreaTreeModel.h"

#include "domain/AreaCatalog.h"
#include "domain/AreaCode.h"
#include "storage/CaseDatabase.h"

#include <QFont>

AreaTreeModel::AreaTreeModel(const CaseDatabase& db, QObject* parent)
    : QAbstractItemModel(parent)
{
    const QString area = db.station() ? db.station()->areaCode : QString();
    if (AreaCode::levelOf(area) == AreaLevel::Village) {
        add(add(&m_root, AreaCode::parentOf(area)), area);
    } else if (!area.isEmpty()) {
        build(add(&m_root, area));
    }
}

AreaTreeModel::Node* AreaTreeModel::add(Node* parent, const QString& code)
{
    auto node = std::make_unique<Node>();
    node->code = code;
    node->name = AreaCatalog::instance().name(code);
    node->parent = parent;
    node->row = int(parent->children.size());
    parent->children.push_back(std::move(node));
    return parent->children.back().get();
}

void AreaTreeModel::build(Node* node)
{
    if (AreaCode::levelOf(node->code) == AreaLevel::Village)
        return;
    for (const QString& code : AreaCatalog::instance().children(node->code))
        build(add(node, code));
}

int AreaTreeModel::sumCounts(Node* node, const QHash<QString, int>& villages)
{
    if (node->children.empty() && node != &m_root)
        node->count = villages.value(node->code);
    else {
        node->count = 0;
        for (const auto& child : node->children)
            node->count += sumCounts(child.get(), villages);
    }
    return node->count;
}

void AreaTreeModel::setCounts(const Statistics::Counts& counts)
{
    QHash<QString, int> villages;
    for (auto it = counts.byVillage.cbegin(); it != counts.byVillage.cend(); ++it)
        villages.insert(it.key(), it->children);
    sumCounts(&m_root, villages);
    emitChanged(&m_root);
}

void AreaTreeModel::emitChanged(Node* node)
{
    if (node->children.empty())
        return;
    emit dataChanged(createIndex(0, 1, node->children.front().get()),
                     createIndex(int(node->children.size()) - 1, 1, node->children.back().get()),
                     {Qt::DisplayRole});
    for (const auto& child : node->children)
        emitChanged(child.get());
}

AreaTreeModel::Node* AreaTreeModel::nodeOf(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : const_cast<Node*>(&m_root);
}

QModelIndex AreaTreeModel::indexOf(const QString& code) const
{
    std::vector<const Node*> stack{&m_root};
    while (!stack.empty()) {
        const Node* n = stack.back();
        stack.pop_back();
        if (n != &m_root && n->code == code)
            return createIndex(n->row, 0, const_cast<Node*>(n));
        for (const auto& c : n->children)
            stack.push_back(c.get());
    }
    return {};
}

QModelIndex AreaTreeModel::index(int row, int column, const QModelIndex& parent) const
{
    const Node* p = nodeOf(parent);
    if (row < 0 || column < 0 || column >= 2 || row >= int(p->children.size()) ||
        (parent.isValid() && parent.column() != 0))
        return {};
    return createIndex(row, column, p->children[size_t(row)].get());
}

QModelIndex AreaTreeModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    Node* p = nodeOf(child)->parent;
    if (!p || p == &m_root)
        return {};
    return createIndex(p->row, 0, p);
}

int AreaTreeModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeOf(parent)->children.size());
}

int AreaTreeModel::columnCount(const QModelIndex&) const
{
    return 2;
}

QVariant AreaTreeModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    const Node* n = nodeOf(index);
    if (role == CodeRole)
        return n->code;
    if (role == Qt::ToolTipRole)
        return AreaCatalog::instance().fullName(n->code);
    if (role == Qt::TextAlignmentRole && index.column() == 1)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::FontRole && n->parent == &m_root) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role != Qt::DisplayRole)
        return {};
    return index.column() == 0 ? QVariant(n->name) : QVariant(n->count);
}

QVariant AreaTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Area") : tr("Children");
}
