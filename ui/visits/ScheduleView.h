#pragma once

#include <QDate>
#include <QWidget>

class CaseDatabase;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTreeView;
class ScheduleModel;

// View → Monthly visits (一月一访): the month's schedule of the left-behind children, as overdue / due /
// visited lists or grouped per village or per visitor; overdue children highlighted. Enter or a double
// click opens the child's file; "New visit…" starts a visit; "Print worklist…" prints a village's list for
// a day in the field.
class ScheduleView final : public QWidget
{
    Q_OBJECT
public:
    explicit ScheduleView(CaseDatabase& db, QWidget* parent = nullptr);

    ScheduleModel* model() const { return m_model; }
    QTreeView* view() const { return m_view; }
    void setMonth(QDate month);
    QDate month() const;
    void setGrouping(int grouping); // ScheduleModel::Grouping
    void reload();

signals:
    void openChildRequested(const QString& childId);
    void newVisitRequested(const QString& childId);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QString currentChildId() const;
    QString currentVillage() const;
    void printWorklist();

    CaseDatabase& m_db;
    ScheduleModel* m_model;
    QDateEdit* m_month;
    QComboBox* m_grouping;
    QLabel* m_counts;
    QTreeView* m_view;
    QPushButton* m_print;
};
