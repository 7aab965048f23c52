#pragma once

#include "storage/DuplicateFinder.h"

#include <QDialog>
#include <QList>

class CaseDatabase;
class QLabel;
class QPushButton;
class QTableWidget;

// 一人一档: the files that may describe one child (DuplicateFinder), with the file to keep named first, and
// the merge (ChildMerger) after a confirmation. Either file can be opened to compare them first.
class DuplicatesDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit DuplicatesDialog(CaseDatabase& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    // Merges the pair in `row` (tests call it without the confirmation). True when merged.
    bool mergeRow(int row);
    QString message() const;

signals:
    void openChildRequested(const QString& childId);
    // A merge changed records: the case list needs a reload.
    void dataChanged();

private:
    void reload();
    void updateButtons();
    void confirmMerge();

    CaseDatabase& m_db;
    QList<DuplicatePair> m_pairs;
    QLabel* m_summary;
    QLabel* m_message;
    QTableWidget* m_table;
    QPushButton* m_openKept;
    QPushButton* m_openOther;
    QPushButton* m_merge;
};
