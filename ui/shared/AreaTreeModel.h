#pragma once

#include "reports/Statistics.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>
#include <vector>

class CaseDatabase;

// The station's area as a tree (county → townships → villages), from the official list, with the number of
// active children in each area. A village station sees its township with its own village.
class AreaTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    static constexpr int CodeRole = Qt::UserRole;

    // The tree of the station's area; the counts are zero until setCounts.
    explicit AreaTreeModel(const CaseDatabase& db, QObject* parent = nullptr);
    // Shows the numbers of children (Statistics of the station's area).
    void setCounts(const Statistics::Counts& counts);
    QModelIndex indexOf(const QString& code) const;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Node
    {
        QString code;
        QString name;
        int count = 0;
        int row = 0;
        Node* parent = nullptr;
        std::vector<std::unique_ptr<Node>> children;
    };
    Node* add(Node* parent, const QString& code);
    void build(Node* node);
    int sumCounts(Node* node, const QHash<QString, int>& villages);
    Node* nodeOf(const QModelIndex& index) const;
    void emitChanged(Node* node);

    Node m_root;
};
