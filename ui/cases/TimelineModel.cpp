#include "TimelineModel.h"

#include "domain/Vocabulary.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <algorithm>

void TimelineModel::setHistory(const QList<Visit>& visits, const QList<Referral>& referrals,
                               const QList<Activity>& activities, QDate today)
{
    beginResetModel();
    m_visits = visits;
    m_referrals = referrals;
    m_activities = activities;
    m_today = today;
    m_entries.clear();
    for (int i = 0; i < m_visits.size(); ++i)
        m_entries.append({m_visits.at(i).date(), i, -1, -1});
    for (int i = 0; i < m_referrals.size(); ++i)
        m_entries.append({m_referrals.at(i).openedOn(), -1, i, -1});
    for (int i = 0; i < m_activities.size(); ++i)
        m_entries.append({m_activities.at(i).date, -1, -1, i});
    // Newest first; on the same day a referral comes after (under) the visit that opened it, an activity
    // last.
    std::stable_sort(m_entries.begin(), m_entries.end(), [](const Entry& a, const Entry& b) {
        if (a.date != b.date)
            return a.date > b.date;
        if (a.activity != b.activity)
            return a.activity < b.activity;
        return a.referral > b.referral;
    });
    endResetModel();
}

QModelIndex TimelineModel::index(int row, int column, const QModelIndex& parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    if (!parent.isValid())
        return row < m_entries.size() ? createIndex(row, column, quintptr(0)) : QModelIndex();
    if (parent.internalId() != 0 || parent.row() >= m_entries.size())
        return {};
    const Entry& e = m_entries.at(parent.row());
    if (e.referral < 0 || row >= m_referrals.at(e.referral).steps.size())
        return {};
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex TimelineModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_entries.size());
    if (parent.internalId() != 0 || parent.column() != 0)
        return 0;
    const Entry& e = m_entries.at(parent.row());
    return e.referral < 0 ? 0 : int(m_referrals.at(e.referral).steps.size());
}

int TimelineModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (index.internalId() != 0) {
        const Referral& r = m_referrals.at(m_entries.at(int(index.internalId() - 1)).referral);
        // Newest step first, like the rest of the timeline.
        return stepData(r.steps.at(r.steps.size() - 1 - index.row()), index.column(), role);
    }
    const Entry& e = m_entries.at(index.row());
    if (e.activity >= 0)
        return activityData(m_activities.at(e.activity), index.column(), role);
    return e.visit >= 0 ? visitData(m_visits.at(e.visit), index.column(), role)
                        : referralData(m_referrals.at(e.referral), index.column(), role);
}

QVariant TimelineModel::activityData(const Activity& a, int column, int role) const
{
    switch (role) {
    case IdRole:
        return a.id;
    case TypeRole:
        return QStringLiteral("activity");
    case SupersededRole:
    case OverdueRole:
        return false;
    case Qt::ForegroundRole:
        return QBrush(QColor(0x1f, 0x5f, 0x8b));
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case DateColumn:
        return a.date.toString(Qt::ISODate);
    case WhatColumn:
        return tr("Activity: %1").arg(Vocabulary::label(Vocabulary::ActivityKind, a.kind));
    case DetailsColumn: {
        QStringList parts{a.topic};
        if (!a.place.isEmpty())
            parts << a.place;
        if (!a.organiser.isEmpty())
            parts << a.organiser;
        return parts.join(QStringLiteral(" · "));
    }
    }
    return {};
}

QVariant TimelineModel::visitData(const Visit& v, int column, int role) const
{
    switch (role) {
    case IdRole:
        return v.id;
    case TypeRole:
        return QStringLiteral("visit");
    case SupersededRole:
        return v.isSuperseded();
    case OverdueRole:
        return false;
    case Qt::ForegroundRole:
        return v.isSuperseded() ? QVariant(QBrush(Qt::gray)) : QVariant();
    case Qt::FontRole:
        if (v.isSuperseded()) {
            QFont f;
            f.setStrikeOut(column != DetailsColumn);
            return f;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case DateColumn:
        return v.text(QStringLiteral("visit_date"));
    case WhatColumn:
        return Vocabulary::label(Vocabulary::VisitKind, v.kind());
    case DetailsColumn: {
        QStringList parts;
        if (v.isSuperseded())
            parts << tr("Corrected: replaced by a later correction");
        if (!v.text(QStringLiteral("supersedes")).isEmpty())
            parts << tr("Correction of an earlier visit") +
                         (v.text(QStringLiteral("correction_reason")).isEmpty()
                              ? QString()
                              : QStringLiteral(" (%1)").arg(v.text(QStringLiteral("correction_reason"))));
        parts << v.text(QStringLiteral("visitor"));
        if (!v.text(QStringLiteral("safety_concerns")).isEmpty())
            parts << Vocabulary::labels(Vocabulary::SafetyConcern, v.text(QStringLiteral("safety_concerns")));
        if (!v.text(QStringLiteral("needs")).isEmpty())
            parts << v.text(QStringLiteral("needs")).left(60);
        return parts.join(QStringLiteral(" · "));
    }
    }
    return {};
}

QVariant TimelineModel::referralData(const Referral& r, int column, int role) const
{
    const bool overdue = r.isOverdue(m_today);
    switch (role) {
    case IdRole:
        return r.id;
    case TypeRole:
        return QStringLiteral("referral");
    case SupersededRole:
        return false;
    case OverdueRole:
        return overdue;
    case Qt::BackgroundRole:
        return overdue ? QVariant(QBrush(QColor(0xfa, 0xdb, 0xd8))) : QVariant();
    case Qt::ForegroundRole:
        if (!r.isOpen())
            return QBrush(Qt::gray);
        return overdue || r.kind() == QLatin1String("police_report")
                   ? QVariant(QBrush(QColor(0xc0, 0x39, 0x2b)))
                   : QVariant(QBrush(QColor(0xb9, 0x77, 0x0e)));
    case Qt::FontRole: {
        QFont f;
        f.setBold(r.isOpen());
        return f;
    }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case DateColumn:
        return r.text(QStringLiteral("opened_on"));
    case WhatColumn:
        return Vocabulary::label(Vocabulary::ReferralKind, r.kind());
    case DetailsColumn: {
        QString status = Vocabulary::label(Vocabulary::ReferralStatus, r.status());
        if (r.isOpen())
            status += QStringLiteral(" · ") + tr("due %1").arg(r.text(QStringLiteral("due_date")));
        else if (!r.text(QStringLiteral("outcome")).isEmpty())
            status += QStringLiteral(" · ") + r.text(QStringLiteral("outcome"));
        if (overdue)
            status += QStringLiteral(" · ") + tr("OVERDUE");
        return QString(status + QStringLiteral(" · ") +
                       Vocabulary::labels(Vocabulary::RiskTrigger, r.text(QStringLiteral("triggers"))));
    }
    }
    return {};
}

QVariant TimelineModel::stepData(const ReferralStep& s, int column, int role) const
{
    switch (role) {
    case IdRole:
        return s.id;
    case TypeRole:
        return QStringLiteral("step");
    case SupersededRole:
    case OverdueRole:
        return false;
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (column) {
    case DateColumn:
        return s.date.toString(Qt::ISODate);
    case WhatColumn:
        return Vocabulary::label(Vocabulary::ReferralAction, s.action);
    case DetailsColumn: {
        QStringList parts{Vocabulary::label(Vocabulary::ReferralStatus, s.status), s.doneBy};
        if (!s.note.isEmpty())
            parts << s.note;
        parts.removeAll(QString());
        return parts.join(QStringLiteral(" · "));
    }
    }
    return {};
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case WhatColumn:
        return tr("Visit, referral or activity");
    case DetailsColumn:
        return tr("Details");
    }
    return {};
}
