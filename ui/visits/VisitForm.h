#pragma once

#include "shared/TabChain.h"
#include "storage/DraftStore.h"
#include "storage/VisitRepository.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class CaseDatabase;
class FieldEditor;
class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class HazardEditor;
class QPushButton;

// One visit to a child, made to be filled in with the keyboard alone in a family's home: Tab moves through
// the fields in reading order, Space ticks a box, the arrow keys choose in a list. A new visit starts from
// the assessment of the last one (VisitRepository::fromLast); while it has unsaved changes it is kept as a
// draft ("visit:<childId>") every few seconds. What saving would trigger (the mandated referrals and why) is
// shown as the user types; saving shows the referrals opened. A saved visit is read-only: "Correct…" opens a
// new form, prefilled, that saves a correction superseding it.
class VisitForm final : public QWidget
{
    Q_OBJECT
public:
    enum class Mode
    {
        New,
        Correction,
        ReadOnly,
    };

    explicit VisitForm(CaseDatabase& db, QWidget* parent = nullptr);

    // A new visit to the child with the defaults of the last visit; false with `error` set when the child
    // cannot be loaded.
    bool startNew(const QString& childId, QString* error = nullptr);
    // A saved visit, read-only.
    bool showSaved(const QString& visitId, QString* error = nullptr);
    // A correction of a saved visit, prefilled with it.
    bool startCorrection(const QString& visitId, QString* error = nullptr);
    // Puts the values of a draft into the form; the form then has unsaved changes.
    void applyDraft(const Visit& draft);

    Mode mode() const { return m_mode; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QString childId() const { return m_childId; }
    QString visitId() const { return m_visitId; }       // the saved visit shown (read-only)
    QString supersedes() const { return m_supersedes; } // the visit a correction replaces
    QString draftKey() const { return QStringLiteral("visit:") + m_childId; }
    // What the form holds, as a visit to save.
    Visit visit() const;
    bool isDirty() const;

    // What saving would do (refreshed shortly after every change) or, once saved, what it did.
    QList<ReferralOutcome> previewReferrals() const { return m_previewReferrals; }
    QString previewText() const;
    QList<ReferralOutcome> savedReferrals() const { return m_saved.referrals; }
    QString errorText() const;
    FieldEditor* editor(const QString& field) const;

    // Saves (or saves the correction); a refusal is shown in the form and everything typed stays.
    bool save();
    void saveDraft();
    void discard();
    bool confirmClose();
    // Recomputes the preview now (the form does it 300 ms after a change).
    void updatePreview();

signals:
    void saved(const QString& childId, const QString& visitId);
    void correctRequested(const QString& visitId);
    void referralRequested(const QString& referralId);

protected:
    void closeEvent(QCloseEvent* event) override;
    // Tab follows the form's reading order (m_tabChain), skipping what is hidden or disabled.
    bool focusNextPrevChild(bool next) override;

private:
    FieldEditor* addField(class QFormLayout* form, const QString& field);
    QGroupBox* group(const QString& title, QFormLayout** form);
    bool loadChild(const QString& childId, QString* error);
    void setValues(const Visit& v);
    void setMode(Mode mode);
    void onEdited();
    void refresh();
    void showError(const QString& sentence);
    void showReferrals(const QString& heading, const QList<ReferralOutcome>& referrals, bool done);
    QJsonObject snapshot() const;

    CaseDatabase& m_db;
    VisitRepository m_visits;
    DraftStore m_drafts;
    Mode m_mode = Mode::New;
    QString m_childId;
    QString m_childName;
    QString m_visitId;
    QString m_supersedes;
    QList<FieldEditor*> m_editors;
    TabChain m_tabChain;
    HazardEditor* m_hazards = nullptr;
    QGroupBox* m_surveyGroup = nullptr;
    QLineEdit* m_reason = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_saveButton = nullptr;
    QPushButton* m_correctButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QList<ReferralOutcome> m_previewReferrals;
    VisitSaved m_saved;
    QJsonObject m_clean;
    QJsonObject m_lastDraft;
    QTimer m_previewTimer;
    QTimer m_draftTimer;
};
