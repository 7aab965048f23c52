#include "ScheduleModel.h"

#include "domain/AreaCatalog.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QMap>

namespace {
QString stateCode(const ScheduleEntry& e)
{
    return ScheduleItem::stateCode(e.state);
}
} // namespace

void ScheduleModel::setSchedule(const Schedule& schedule, Grouping grouping)
{
    beginResetModel();
    m_schedule = schedule;
    m_grouping = grouping;
    m_groups.clear();
    if (grouping == Grouping::State) {
        m_groups.append({tr("Overdue"), {}, schedule.overdue});
        m_groups.append({tr("Due this month"), {}, schedule.due});
        m_groups.append({tr("Visited"), {}, schedule.visited});
    } else {
        QMap<QString, Group> byKey;
        for (const QList<ScheduleEntry>* list : {&schedule.overdue, &schedule.due, &schedule.visited}) {
            for (const ScheduleEntry& e : *list) {
                const QString key = grouping == Grouping::Village ? e.village : e.visitor;
                Group& g = byKey[key];
                if (g.title.isEmpty())
                    g.title = grouping == Grouping::Village
                                  ? AreaCatalog::instance().name(e.village)
                                  : (e.visitor.isEmpty() ? tr("Never visited") : e.visitor);
                g.entries.append(e);
            }
        }
        m_groups = byKey.values();
    }
    for (Group& g : m_groups) {
        for (const ScheduleEntry& e : g.entries) {
            (e.state == ScheduleItem::State::Overdue ? g.counts.overdue
             : e.state == ScheduleItem::State::Due   ? g.counts.due
                                                     : g.counts.visited)++;
        }
    }
    endResetModel();
}

QModelIndex ScheduleModel::index(int row, int column, const QModelIndex& parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_groups.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_groups.size() ||
        row >= m_groups.at(parent.row()).entries.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex ScheduleModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int ScheduleModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_groups.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    return int(m_groups.at(parent.row()).entries.size());
}

int ScheduleModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant ScheduleModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != 0)
        return entryData(m_groups.at(int(index.internalId() - 1)).entries.at(index.row()), index.column(),
                         role);
    const Group& g = m_groups.at(index.row());
    if (role == Qt::FontRole) {
        QFont f;
        f.setBold(true);
        return f;
    }
    if (role == Qt::ForegroundRole && m_grouping == Grouping::State && index.row() == 0 && g.counts.overdue)
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role != Qt::DisplayRole || index.column() != NameColumn)
        return {};
    if (m_grouping == Grouping::State)
        return tr("%1 (%2)").arg(g.title).arg(g.entries.size());
    return tr("%1 — overdue %2, due %3, visited %4")
        .arg(g.title)
        .arg(g.counts.overdue)
        .arg(g.counts.due)
        .arg(g.counts.visited);
}

QVariant ScheduleModel::entryData(const ScheduleEntry& e, int column, int role) const
{
    const bool overdue = e.state == ScheduleItem::State::Overdue;
    switch (role) {
    case ChildIdRole:
        return e.childId;
    case StateRole:
        return stateCode(e);
    case Qt::BackgroundRole:
        return overdue ? QVariant(QBrush(QColor(0xfa, 0xdb, 0xd8))) : QVariant();
    case Qt::ForegroundRole:
        if (overdue)
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return e.state == ScheduleItem::State::Visited ? QVariant(QBrush(QColor(0x1e, 0x84, 0x49)))
                                                       : QVariant();
    case Qt::ToolTipRole:
        return column == VillageColumn ? QVariant(AreaCatalog::instance().fullName(e.village)) : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case NameColumn:
        return e.name;
    case StateColumn:
        return overdue ? tr("Overdue") : e.state == ScheduleItem::State::Due ? tr("Due") : tr("Visited");
    case KindColumn:
        return e.kind == ScheduleItem::Kind::FirstVisit     ? tr("First visit")
               : e.kind == ScheduleItem::Kind::HolidayCheck ? tr("Holiday safety check")
               : e.kind == ScheduleItem::Kind::Survey       ? tr("Survey visit (suspected child)")
                                                            : tr("Monthly visit");
    case DueColumn:
        return e.dueDate.isValid() ? e.dueDate.toString(Qt::ISODate) : QString();
    case LastVisitColumn:
        return e.lastVisit.isValid() ? e.lastVisit.toString(Qt::ISODate) : tr("never");
    case VisitorColumn:
        return e.visitor;
    case VillageColumn:
        return AreaCatalog::instance().name(e.village);
    }
    return {};
}

QVariant ScheduleModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Child");
    case StateColumn:
        return tr("State");
    case KindColumn:
        return tr("Visit");
    case DueColumn:
        return tr("Due by");
    case LastVisitColumn:
        return tr("Last visit");
    case VisitorColumn:
        return tr("Visitor");
    case VillageColumn:
        return tr("Village");
    }
    return {};
}
