#include "ReferralListModel.h"

#include "domain/AreaCatalog.h"
#include "domain/Vocabulary.h"

#include <QBrush>
#include <QColor>
#include <QFont>

void ReferralListModel::setReferrals(const QList<Referral>& referrals, QDate today)
{
    beginResetModel();
    m_rows = referrals;
    m_today = today;
    endResetModel();
}

int ReferralListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReferralListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReferralListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Referral& r = m_rows.at(index.row());
    const bool overdue = r.isOverdue(m_today);
    switch (role) {
    case IdRole:
        return r.id;
    case ChildIdRole:
        return r.childId;
    case OverdueRole:
        return overdue;
    case Qt::BackgroundRole:
        return overdue ? QVariant(QBrush(QColor(0xfa, 0xdb, 0xd8))) : QVariant();
    case Qt::ForegroundRole:
        if (!r.isOpen())
            return QBrush(Qt::gray);
        if (overdue || (index.column() == KindColumn && r.kind() == QLatin1String("police_report")))
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    case Qt::FontRole:
        if (overdue && (index.column() == DueColumn || index.column() == ChildColumn)) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == VillageColumn)
            return AreaCatalog::instance().fullName(r.areaCode);
        if (index.column() == FoundColumn)
            return Vocabulary::labels(Vocabulary::RiskTrigger, r.text(QStringLiteral("triggers")));
        return overdue ? tr("Overdue since %1").arg(r.dueDate().toString(Qt::ISODate)) : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case ChildColumn:
            return r.childName;
        case KindColumn:
            return Vocabulary::label(Vocabulary::ReferralKind, r.kind());
        case StatusColumn:
            return overdue ? tr("%1 · overdue").arg(Vocabulary::label(Vocabulary::ReferralStatus, r.status()))
                           : Vocabulary::label(Vocabulary::ReferralStatus, r.status());
        case OpenedColumn:
            return r.text(QStringLiteral("opened_on"));
        case DueColumn:
            return r.text(QStringLiteral("due_date"));
        case FoundColumn:
            return Vocabulary::labels(Vocabulary::RiskTrigger, r.text(QStringLiteral("triggers")));
        case VillageColumn:
            return AreaCatalog::instance().name(r.areaCode);
        }
        return {};
    default:
        return {};
    }
}

QVariant ReferralListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChildColumn:
        return tr("Child");
    case KindColumn:
        return tr("Referral");
    case StatusColumn:
        return tr("Status");
    case OpenedColumn:
        return tr("Opened");
    case DueColumn:
        return tr("Due");
    case FoundColumn:
        return tr("Found");
    case VillageColumn:
        return tr("Village");
    }
    return {};
}
