#pragma once

#include "sync/StationCard.h"

#include <QDialog>

#include <optional>

class CaseDatabase;
class QLabel;
class QLineEdit;
class QPushButton;

// Enrols another station: the operator chooses its card file (.shid), sees which station it is, and types
// the fingerprint that station's operator reads out on the phone. Only a matching fingerprint enrols it
// (TrustStore::enrol); anything else is refused with its sentence and the dialog stays open.
class EnrolDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit EnrolDialog(CaseDatabase& db, QWidget* parent = nullptr);

    // Reads and shows a card; false (with the sentence shown) when it is not a usable card.
    bool setCardFile(const QString& path);
    QString error() const;
    // The station enrolled by accept().
    QString enrolledStation() const { return m_enrolled; }

    void accept() override;

private:
    void chooseFile();
    void updateButtons();

    CaseDatabase& m_db;
    std::optional<StationCard> m_card;
    QLineEdit* m_path;
    QLabel* m_station;
    QLineEdit* m_fingerprint;
    QLabel* m_error;
    QPushButton* m_enrol;
    QString m_enrolled;
};
