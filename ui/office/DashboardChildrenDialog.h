#pragma once

#include "reports/Dashboard.h"

#include <QDialog>

class QLabel;
class QTableWidget;

// The children behind one number of the dashboard (core's Dashboard::children: the same definition as the
// number): name, village and reference. A double-click (or Enter) on a child asks to open the child's file
// (openChildRequested).
class DashboardChildrenDialog final : public QDialog
{
    Q_OBJECT
public:
    DashboardChildrenDialog(const QString& title, const QList<Dashboard::Child>& children,
                            QWidget* parent = nullptr);

    int childCount() const;
    QString childIdAt(int row) const;

signals:
    void openChildRequested(const QString& childId);

private:
    QTableWidget* m_table;
};
