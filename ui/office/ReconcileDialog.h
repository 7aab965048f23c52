#pragma once

#include "roster/RosterReconciler.h"

#include <QDialog>

class CaseDatabase;
class QLabel;
class QPushButton;
class QTableWidget;

// 与全国系统比对: a national-system export compared with the register (RosterReconciler): in both, only in
// the national list, only here, and the fields that differ; the result exported as XLSX or CSV. A child of
// the register opens with a double click.
class ReconcileDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ReconcileDialog(CaseDatabase& db, QWidget* parent = nullptr);

    // Reads and compares; false (with the sentence in message()) when refused.
    bool openFile(const QString& path);
    // Writes the result (format by the suffix: .xlsx, else CSV).
    bool exportTo(const QString& path);
    QString message() const;
    QString summary() const;
    QTableWidget* table() const { return m_table; }
    QPushButton* exportButton() const { return m_export; }

signals:
    void openChildRequested(const QString& childId);

private:
    void chooseFile();
    void chooseExport();

    CaseDatabase& m_db;
    RosterReconciler::Report m_report;
    QLabel* m_file;
    QLabel* m_summary;
    QLabel* m_message;
    QTableWidget* m_table;
    QPushButton* m_choose;
    QPushButton* m_export;
};
