#pragma once

#include <QDate>
#include <QDialog>

class CaseDatabase;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// Choosing what to export: the enrolled station the package is for (the station above by default), all
// or only what is new for it, and the file (suggested: "<this station>-to-<recipient>-<date>.shpkg" in
// Documents).
class ExportDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit ExportDialog(CaseDatabase& db, QWidget* parent = nullptr);

    QString recipient() const;
    QString recipientName() const;
    QString path() const;
    bool full() const;
    void setRecipient(const QString& stationId);
    void setPath(const QString& path);

    // "<this station>-to-<recipient>-<yyyy-MM-dd>.shpkg", without characters file systems refuse.
    static QString suggestedFileName(const QString& from, const QString& to, QDate date);

    void accept() override;

private:
    void recipientChanged();
    void chooseFile();

    CaseDatabase& m_db;
    QComboBox* m_recipient;
    QCheckBox* m_full;
    QLineEdit* m_path;
    QLabel* m_error;
    QPushButton* m_ok;
    QString m_suggested; // the path last suggested: replaced when the recipient changes, unless edited
};
