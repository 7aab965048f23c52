#pragma once

#include <QDialog>

class CaseDatabase;
class FingerprintCard;
class QLabel;
class QPushButton;
class QTableWidget;
class SyncController;

// The stations view: this station's card (fingerprint shown large; export the card file, print the
// fingerprint) and the stations enrolled here (enrol one from its card and fingerprint, revoke one).
class StationsDialog final : public QDialog
{
    Q_OBJECT
public:
    StationsDialog(CaseDatabase& db, SyncController& sync, QWidget* parent = nullptr);

    FingerprintCard* card() const { return m_card; }
    QTableWidget* stationsTable() const { return m_table; }
    // Writes this station's signed card (asks for the passphrase if the keys are locked).
    bool exportCard(const QString& path);
    // Opens the enrolment dialog (not blocking: it is a child of this dialog).
    void enrol();
    // Revokes the selected station after asking.
    void revokeSelected();
    QString message() const;
    void reload();

private:
    void chooseCardFile();
    void makeKeys();

    CaseDatabase& m_db;
    SyncController& m_sync;
    FingerprintCard* m_card;
    QPushButton* m_exportCard;
    QPushButton* m_print;
    QPushButton* m_makeKeys;
    QTableWidget* m_table;
    QPushButton* m_revoke;
    QLabel* m_message;
};
