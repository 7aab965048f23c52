#pragma once

#include "storage/StationInfo.h"

#include <QWizard>

class CaseDatabase;
class PassphrasePage;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

// The first run: which station this installation is (role and area from the official list), its name and
// the operator's name. Finishing creates the station in the database.
class StationWizard final : public QWizard
{
    Q_OBJECT
public:
    explicit StationWizard(CaseDatabase& db, QWidget* parent = nullptr);

    QString role() const;
    QString areaCode() const { return m_areaCode; }
    StationInfo station() const;
    QString error() const;

    // A new random station id: 16 hex characters.

    bool validateCurrentPage() override;
    void initializePage(int id) override;

    // The passphrase chosen on the last page (empty when the wizard was not finished): the program encrypts
    // the database with it right away.
    QString passphrase() const;

private:
    void search();
    void choose();

    CaseDatabase& m_db;
    PassphrasePage* m_passphrasePage = nullptr;
    QComboBox* m_role;
    QLineEdit* m_areaSearch;
    QListWidget* m_areas;
    QLabel* m_chosen;
    QLineEdit* m_stationName;
    QLineEdit* m_operatorName;
    QLabel* m_error;
    QTimer* m_searchTimer;
    QString m_areaCode;
    QString m_nameFilledFrom;
};
