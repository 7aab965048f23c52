#pragma once

#include "reports/ScheduleQuery.h"

#include <QAbstractItemModel>

// The month's schedule as a tree: groups (overdue / due / visited, or one per village, or one per visitor)
// with the children under them. Overdue children are highlighted.
class ScheduleModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class Grouping
    {
        State,
        Village,
        Visitor,
    };
    enum Column
    {
        NameColumn,
        StateColumn,
        KindColumn,
        DueColumn,
        LastVisitColumn,
        VisitorColumn,
        VillageColumn,
        ColumnCount
    };
    static constexpr int ChildIdRole = Qt::UserRole;
    static constexpr int StateRole = Qt::UserRole + 1; // "due", "overdue", "visited" for a child's row

    using QAbstractItemModel::QAbstractItemModel;

    void setSchedule(const Schedule& schedule, Grouping grouping);
    const Schedule& schedule() const { return m_schedule; }
    Grouping grouping() const { return m_grouping; }

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Group
    {
        QString title;
        Schedule::Counts counts;
        QList<ScheduleEntry> entries;
    };
    QVariant entryData(const ScheduleEntry& e, int column, int role) const;

    Schedule m_schedule;
    Grouping m_grouping = Grouping::State;
    QList<Group> m_groups;
};
