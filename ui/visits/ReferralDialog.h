#pragma once

#include "storage/Referral.h"
#include "storage/ReferralRepository.h"

#include <QDialog>

class CaseDatabase;
class FieldEditor;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

// One mandated referral: what opened it and why, its steps, a new step (with the fields the step records:
// when, to whom and by whom a police report was made; the schemes applied for; the dates of a dropout's
// report, notice and return to school), and closing it with its outcome. Refusals are shown as the sentence
// core gives (a police report cannot be closed before the report is recorded).
class ReferralDialog final : public QDialog
{
    Q_OBJECT
public:
    ReferralDialog(CaseDatabase& db, QWidget* parent = nullptr);

    bool load(const QString& referralId, QString* error = nullptr);
    const Referral& referral() const { return m_referral; }
    QString errorText() const;
    FieldEditor* editor(const QString& field) const;

    // What the buttons do.
    bool addStep();
    bool closeReferral();

signals:
    void changed(const QString& childId);

private:
    void showError(const QString& sentence);

    CaseDatabase& m_db;
    ReferralRepository m_repository;
    Referral m_referral;
    QLabel* m_summary;
    QTreeWidget* m_steps;
    QGroupBox* m_stepBox;
    QComboBox* m_action;
    QComboBox* m_status;
    QLineEdit* m_date;
    QLineEdit* m_doneBy;
    QPlainTextEdit* m_note;
    QList<FieldEditor*> m_fields;
    class QFormLayout* m_stepForm;
    QGroupBox* m_closeBox;
    QLineEdit* m_outcome;
    QLabel* m_error;
    QPushButton* m_print;
};
