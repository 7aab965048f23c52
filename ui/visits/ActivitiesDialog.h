#pragma once

#include <QDialog>

class CaseDatabase;
class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

// The group activities and talks of the station's area (notice point 5), newest first, with how many
// children and guardians took part and this year's totals; New activity… and a double-click open the form
// (ActivityDialog).
class ActivitiesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ActivitiesDialog(CaseDatabase& db, QWidget* parent = nullptr);

    int rowCount() const;
    QString summaryText() const;

public slots:
    void reload();
    // Opens the form of a new activity (returned, so that tests can fill it).
    class ActivityDialog* newActivity();

signals:
    void dataChanged();

private:
    void open(QTreeWidgetItem* item);

    CaseDatabase& m_db;
    QLabel* m_summary;
    QTreeWidget* m_list;
};
