#pragma once

#include <QDialog>

class CaseDatabase;
class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

// Care agreement coverage (core's AgreementCoverage): signed and valid agreements against the children in
// the left-behind category, per township with its villages, and the list of children without one. A
// double-click on a child asks to open the child's file (openChildRequested).
class AgreementCoverageDialog final : public QDialog
{
    Q_OBJECT
public:
    // For an area (empty: the whole register), as of today.
    AgreementCoverageDialog(CaseDatabase& db, const QString& areaCode = {}, QWidget* parent = nullptr);

    // The overall percentage shown, for tests and the window title.
    double totalPercent() const { return m_percent; }

signals:
    void openChildRequested(const QString& childId);

private:
    void reload();
    void onWithoutActivated(QTreeWidgetItem* item);

    CaseDatabase& m_db;
    QString m_area;
    double m_percent = 0;
    QLabel* m_total;
    QTreeWidget* m_areas;
    QTreeWidget* m_without;
};
