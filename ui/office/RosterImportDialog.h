#pragma once

#include "roster/RosterImport.h"
#include "roster/RosterMapping.h"
#include "roster/RosterTable.h"

#include <QDialog>

class CaseDatabase;
class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QThread;

// 导入花名册: a roster file chosen, its columns mapped to the fields of a child's file (guessed, or the
// mapping remembered for these headers, or one opened from a file), every row checked in a preview with its
// reason, then the import in one transaction in a worker thread with its own connection (the window stays
// responsive on a big roster). Import is disabled while rows are bad unless "skip bad rows" is ticked.
class RosterImportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RosterImportDialog(CaseDatabase& db, QWidget* parent = nullptr);
    ~RosterImportDialog() override;

    // Reads the file and shows its mapping and preview; false (with the sentence in message()) when refused.
    bool openFile(const QString& path);
    // Maps a column (an empty key: not imported) and checks every row again.
    void setField(const QString& header, const QString& key);
    bool isImporting() const { return m_worker != nullptr; }
    QString message() const;
    QString summary() const;

    QTableWidget* mappingTable() const { return m_mapping; }
    QTableWidget* previewTable() const { return m_preview; }
    QPushButton* importButton() const { return m_import; }
    QCheckBox* skipBadBox() const { return m_skipBad; }

signals:
    // The import was written: the case list needs a reload.
    void dataChanged();
    void importFinished(bool ok);

private:
    void chooseFile();
    void openMapping();
    void saveMapping();
    void fillMapping();
    void replan();
    void updateButtons();
    void startImport();
    void onImported(const RosterImport::Outcome& outcome, const QString& error);

    CaseDatabase& m_db;
    RosterTable m_table;
    RosterMapping m_mappingValues;
    RosterImport::Plan m_plan;
    bool m_planned = false;
    QLabel* m_file;
    QLabel* m_summary;
    QLabel* m_message;
    QTableWidget* m_mapping;
    QTableWidget* m_preview;
    QCheckBox* m_skipBad;
    QPushButton* m_choose;
    QPushButton* m_openMapping;
    QPushButton* m_saveMapping;
    QPushButton* m_import;
    QThread* m_worker = nullptr;
};
