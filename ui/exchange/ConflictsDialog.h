#pragma once

#include <QDialog>

class CaseDatabase;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

// The open conflicts: values that lost to a concurrent change at another station. For each, the child and
// field, the current value and the other one with who wrote each and when; a person keeps the current
// value, the other one, or types a new one (ConflictStore::resolve: a new write that wins everywhere after
// the next exchange).
class ConflictsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictsDialog(CaseDatabase& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    int openCount() const;
    QString message() const;
    void reload();

    enum class Choice
    {
        Current,
        Other,
        NewValue
    };
    // Resolves the selected conflict; false (with the sentence shown) when refused.
    bool resolveSelected(Choice choice);

signals:
    void resolved();

private:
    void selectionChanged();

    CaseDatabase& m_db;
    QTableWidget* m_table;
    QComboBox* m_newValue;
    QPushButton* m_keepCurrent;
    QPushButton* m_keepOther;
    QPushButton* m_useNew;
    QLabel* m_message;
};
