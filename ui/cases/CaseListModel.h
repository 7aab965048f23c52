#pragma once

#include "domain/RiskRules.h"
#include "storage/CaseQuery.h"

#include <QAbstractTableModel>
#include <QHash>

class CaseDatabase;

// The case list: one row per child matching the filter, read from CaseQuery a page of 200 rows at a time as
// the view asks for them (a few pages are kept; never all rows at once). Sorting asks the database.
class CaseListModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        SexColumn,
        BirthDateColumn,
        IdNumberColumn,
        VillageColumn,
        CategoryColumn,
        RiskColumn, // RiskQuery for the pages shown, the reasons as tooltip
        UpdatedColumn,
        ColumnCount
    };
    static constexpr int PageSize = 200;
    static constexpr int IdRole = Qt::UserRole;

    explicit CaseListModel(CaseDatabase& db, QObject* parent = nullptr);

    const CaseQuery::Filter& filter() const { return m_filter; }
    void setFilter(const CaseQuery::Filter& filter);
    // Counts again and forgets the cached pages (after a save or an import).
    void reload();
    QString childId(int row) const;
    int rowOf(const QString& childId) const; // among the cached pages; -1 when not loaded
    // Why the list could not be read (one sentence), empty when it was: an empty list is never an error.
    QString error() const { return m_error; }
    // Sex and ID number are not sortable.
    static bool isSortable(int column);
    // Whether the page holding a row is in memory.
    bool isRowLoaded(int row) const { return m_pages.contains(row / PageSize); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void countChanged(int count);
    // The list could not be read (or can be again: `sentence` empty). Queued: rows are read while painting.
    void errorChanged(const QString& sentence);

private:
    const CaseQuery::Row* row(int r) const;
    // The risk of the child on row r, read for the whole page of that row at once.
    RiskLevel risk(int r) const;
    void setError(const QString& sentence) const;

    CaseDatabase& m_db;
    CaseQuery m_query;
    CaseQuery::Filter m_filter;
    CaseQuery::Sort m_sort = CaseQuery::Sort::Name;
    bool m_descending = false;
    int m_count = 0;
    mutable QHash<int, QList<CaseQuery::Row>> m_pages;
    mutable QList<int> m_recent; // page numbers, most recently loaded last
    mutable QString m_error;
    mutable QHash<QString, RiskLevel> m_risks; // by child id, for the pages read; cleared on reload
};
