#pragma once

#include <QDialog>
#include <QStringList>

class CaseDatabase;
class PrintController;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

// A child's care agreement and printing: the current agreement's state, drawing up a new one (caregiver,
// term, the Art. 22 questions, with the caregiver check shown as it is answered), printing it, recording the
// signature and the parents' written notice, attaching a scan of the signed paper, and printing the child's
// file or a visit form. Everything goes through core (AgreementRepository, DocumentService).
class AgreementDialog final : public QDialog
{
    Q_OBJECT
public:
    AgreementDialog(CaseDatabase& db, const QString& childId, QWidget* parent = nullptr);

private:
    void refresh();
    void updateCheck();
    // The new agreement's caregiver ID, birth date, document and answers as they stand.
    QStringList draftAnswers() const;
    void drawUp();
    void recordSignature();
    void attachScan();
    void showError(const QString& sentence);

    CaseDatabase& m_db;
    QString m_childId;
    QString m_currentId;
    bool m_signed = false;  // the current agreement is signed
    QStringList m_proposed; // draftAnswers() as proposed from the child's file
    PrintController* m_print;
    QLabel* m_current;
    QLabel* m_check;
    QLabel* m_error;
    QLineEdit* m_caregiverName;
    QLineEdit* m_caregiverId;
    QLineEdit* m_caregiverRelation;
    QLineEdit* m_caregiverPhone;
    QLineEdit* m_costs;
    QLineEdit* m_caregiverBirth;
    QLineEdit* m_caregiverDocument;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QList<QComboBox*> m_answers; // capable, abuse, habits, neglect
    QDateEdit* m_signedOn;
    QLineEdit* m_witness;
    QPushButton* m_signButton;
    QPushButton* m_printButton;
    QPushButton* m_attachButton;
};
