#pragma once

#include <QWidget>

class Banner;
class CaseDatabase;
class CaseListModel;
class QComboBox;
class QLineEdit;
class QTableView;
class QTimer;

// The centre of the main window: the search box (searched as you type, after a short pause), the category
// and status filters, and the case list. Enter or a double click opens a child.
class CaseListPanel final : public QWidget
{
    Q_OBJECT
public:
    explicit CaseListPanel(CaseDatabase& db, QWidget* parent = nullptr);

    CaseListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    QLineEdit* searchBox() const { return m_search; }
    // Shown above the list when the list cannot be read: the sentence, never a silently empty list.
    Banner* errorBanner() const { return m_errorBanner; }
    // Restricts the list to an area (empty: the whole station).
    void setArea(const QString& areaCode);
    QString currentChildId() const;
    // Ctrl+F: the search box, its text selected for typing anew.
    void focusSearch();

signals:
    void openRequested(const QString& childId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyFilter();

    CaseListModel* m_model;
    QLineEdit* m_search;
    QComboBox* m_category;
    QComboBox* m_status;
    QTableView* m_view;
    Banner* m_errorBanner;
    QTimer* m_debounce;
    QString m_area;
    int m_sortColumn = 0;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
};
