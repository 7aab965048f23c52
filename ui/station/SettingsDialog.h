#pragma once

#include <QDialog>

class CaseDatabase;
class QCheckBox;
class QDateEdit;
class QLabel;
class QSpinBox;

// File → Settings: the station's local rules of the classifier and the idle time before the program locks
// (core's StationSettings). OK saves all of them in one go; a value out of range is refused with one sentence
// and nothing is saved. After a change of the rules the window brings the categories up to date.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(CaseDatabase& db, QWidget* parent = nullptr);

    // Whether the last accepted save changed the classifier's rules (the verdicts are then stale).
    bool rulesChanged() const { return m_rulesChanged; }

    void accept() override;

private:
    CaseDatabase& m_db;
    bool m_rulesChanged = false;
    QSpinBox* m_lockMinutes;
    QLabel* m_lockNote;
    QSpinBox* m_monthsAway;
    QCheckBox* m_crossCounty;
    QSpinBox* m_unsupportedMonths;
    QCheckBox* m_illChild;
    QCheckBox* m_hasDeadline;
    QDateEdit* m_deadline;
    QSpinBox* m_spotCheckSize;
    QLabel* m_error;
};
