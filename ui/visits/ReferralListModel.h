#pragma once

#include "storage/Referral.h"

#include <QAbstractTableModel>
#include <QDate>

// A list of referrals for a table: child, kind, status, opened, due, what was found, village. Overdue
// referrals are highlighted (red on pink), reports to the police in red.
class ReferralListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ChildColumn,
        KindColumn,
        StatusColumn,
        OpenedColumn,
        DueColumn,
        VillageColumn,
        FoundColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;
    static constexpr int ChildIdRole = Qt::UserRole + 1;
    static constexpr int OverdueRole = Qt::UserRole + 2;

    using QAbstractTableModel::QAbstractTableModel;

    void setReferrals(const QList<Referral>& referrals, QDate today);
    const Referral& referral(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Referral> m_rows;
    QDate m_today;
};
