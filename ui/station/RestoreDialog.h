#pragma once

#include <QDialog>

#include <functional>

class CaseDatabase;
class QLabel;
class QPushButton;
class QTableWidget;

// File → Restore from backup…: the backups of the open database (BackupService: time, reason, size), newest
// first. Restoring one asks for confirmation, saying what happens to the current data (they are backed up
// first, so the restore can itself be undone), then replaces the register through BackupRestorer and says
// what was done; the main window reloads everything (restored()).
class RestoreDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit RestoreDialog(CaseDatabase& db, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }
    QPushButton* restoreButton() const { return m_restore; }
    // What the confirmation says before the backup of `row` replaces the current data.
    QString confirmation(int row) const;
    // Restores the backup of `row` after the confirmation (and the preparation); true when restored. The
    // refusal or failure is shown (and kept in lastMessage()).
    bool restoreRow(int row);
    QString lastMessage() const { return m_lastMessage; }

    // Run before the restore, after the confirmation: e.g. close the open forms (false: do not restore).
    void setPreparation(std::function<bool()> prepare) { m_prepare = std::move(prepare); }
    // The question asked (default: a message box); for tests.
    void setConfirmation(std::function<bool(const QString& text)> confirm) { m_confirm = std::move(confirm); }

signals:
    // The register was replaced: `summary` says from which backup, and where the previous data went.
    void restored(const QString& summary);

private:
    void fill();
    void tell(bool ok, const QString& text);

    CaseDatabase& m_db;
    QTableWidget* m_table;
    QPushButton* m_restore;
    QLabel* m_empty;
    QString m_lastMessage;
    std::function<bool()> m_prepare;
    std::function<bool(const QString&)> m_confirm;
};
