#pragma once

#include <QDialog>

class CaseDatabase;
class QTableWidget;

// The packages imported at this station, newest first (ImportLedger); each report can be reopened.
class ImportHistoryDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ImportHistoryDialog(CaseDatabase& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // Opens the report of a row (not blocking).
    void openReport(int row);

signals:
    void reviewConflictsRequested();

private:
    CaseDatabase& m_db;
    QTableWidget* m_table;
};
