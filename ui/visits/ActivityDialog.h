#pragma once

#include "storage/Activity.h"

#include <QDialog>

class AreaPicker;
class CaseDatabase;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

// The form of a group activity or talk (notice point 5): date, kind, topic, place, organiser, notes, the
// village, and who took part: the village's children on the register, each with two boxes (the child, the
// guardian or caregiver) and the name of who came. Saving goes through ActivityRepository (one
// transaction); a refusal is shown in one sentence above the buttons and the form keeps what was typed.
class ActivityDialog final : public QDialog
{
    Q_OBJECT
public:
    // A new activity (empty id) or the stored one.
    ActivityDialog(CaseDatabase& db, const QString& activityId = {}, QWidget* parent = nullptr);

    // The id once saved.
    QString savedId() const { return m_savedId; }
    // The activity as the form holds it now.
    Activity activity() const;
    // Ticks the boxes of a child (tests, and a caller that opens the form for one child).
    bool setParticipant(const QString& childId, bool child, bool guardian, const QString& guardianName = {});
    QString errorText() const;

signals:
    void saved(const QString& activityId);

private:
    void loadChildren(const QString& village);
    void onVillageChanged(const QString& code);
    void filterChildren(const QString& text);
    // "Taking part: …" under the list, from its ticks.
    void updateCount();
    void save();

    CaseDatabase& m_db;
    QString m_id;
    QString m_savedId;
    QString m_village;
    QList<ActivityParticipant> m_stored; // who took part, as stored (kept when the village's list reloads)
    QDateEdit* m_date;
    QComboBox* m_kind;
    QLineEdit* m_topic;
    QLineEdit* m_place;
    QLineEdit* m_organiser;
    QPlainTextEdit* m_notes;
    AreaPicker* m_villagePicker;
    QLineEdit* m_filter;
    QTreeWidget* m_children;
    QLabel* m_count;
    QLabel* m_error;
};
