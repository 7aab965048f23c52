#pragma once

#include "sync/ImportReport.h"

#include <QDialog>

class QLabel;
class QTableWidget;

// What an import did, in words and per village (added, updated, unchanged, conflicts), and what to do next.
// Shown after every import and reopened from the import history.
class ImportReportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportReportDialog(const ImportReport& report, QWidget* parent = nullptr);

    const ImportReport& report() const { return m_report; }
    QString summary() const;
    QTableWidget* villagesTable() const { return m_table; }

signals:
    void reviewConflictsRequested();
    void reviewDuplicatesRequested();

private:
    ImportReport m_report;
    QLabel* m_summary;
    QTableWidget* m_table;
};
