#pragma once

#include "storage/Activity.h"
#include "storage/Referral.h"
#include "storage/Visit.h"

#include <QAbstractItemModel>
#include <QDate>

// A child's history as a timeline, newest first: visits (a corrected one greyed and struck through, with
// what corrected it), referrals with their steps under them (overdue referrals highlighted), and the group
// activities and talks the child or the child's guardian took part in.
class TimelineModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        DateColumn,
        WhatColumn,
        DetailsColumn,
        ColumnCount
    };
    static constexpr int IdRole = Qt::UserRole;       // visit, referral, step or activity id
    static constexpr int TypeRole = Qt::UserRole + 1; // "visit", "referral", "step", "activity"
    static constexpr int SupersededRole = Qt::UserRole + 2;
    static constexpr int OverdueRole = Qt::UserRole + 3;

    using QAbstractItemModel::QAbstractItemModel;

    void setHistory(const QList<Visit>& visits, const QList<Referral>& referrals,
                    const QList<Activity>& activities, QDate today);

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        QDate date;
        int visit = -1;    // index in m_visits, or
        int referral = -1; // index in m_referrals, or
        int activity = -1; // index in m_activities
    };
    QVariant visitData(const Visit& v, int column, int role) const;
    QVariant referralData(const Referral& r, int column, int role) const;
    QVariant stepData(const ReferralStep& s, int column, int role) const;
    QVariant activityData(const Activity& a, int column, int role) const;

    QList<Visit> m_visits;
    QList<Referral> m_referrals;
    QList<Activity> m_activities;
    QList<Entry> m_entries;
    QDate m_today;
};
