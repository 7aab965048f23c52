#pragma once

#include "storage/CaseRepository.h"
#include "storage/ChildFile.h"
#include "storage/DraftStore.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

class CaseDatabase;
class FieldEditor;
class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class VerdictPanel;
class VisitsPanel;

// One child's file (一人一档) for reading and editing: every section of the 2016 registration form, checked
// as the user types, with the classifier's verdict always in view. While it has unsaved changes the form is
// kept as a draft every few seconds, so that nothing typed is lost.
class ChildForm final : public QWidget
{
    Q_OBJECT
public:
    explicit ChildForm(CaseDatabase& db, QWidget* parent = nullptr);

    // Shows a file as stored (an empty ChildFile for a new child); the form is then unchanged.
    void load(const ChildFile& stored);
    // Puts the values of a draft into the editors; the form then has unsaved changes.
    void applyDraft(const ChildFile& draft);

    ChildFile file() const;
    QString childId() const { return m_base.id; }
    bool isDirty() const;
    QString draftKey() const { return m_draftKey; }
    void setDraftKey(const QString& key) { m_draftKey = key; }

    // Saves through CaseRepository; a refusal is shown in the form and everything typed stays.
    bool save();
    // Forgets the unsaved changes and their draft.
    void discard();
    // Writes the draft now (the timer does this every 3 seconds while there are unsaved changes).
    void saveDraft();
    // Asks Save / Discard / Cancel when there are unsaved changes; true when the form may close.
    bool confirmClose();

    FieldEditor* editor(const QString& record, const QString& field) const;
    VerdictPanel* verdictPanel() const { return m_verdict; }
    VisitsPanel* visitsPanel() const { return m_visitsPanel; }
    Classification verdict() const;
    QString errorText() const;

signals:
    void saved(const QString& childId);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    struct Bound
    {
        QString record; // "child", "household" or a relation
        FieldEditor* editor;
    };
    void addFields(QFormLayout* form, const QString& record, const QStringList& fields);
    QWidget* personGroup(const QString& relation, const QStringList& fields);
    QWidget* buildChildTab();
    void onEdited(FieldEditor* editor);
    void reconcileIdNumber();
    void refresh();
    void showError(const QString& sentence);
    void exitChild();
    // "Last updated …", "Saved at …" after a save here, or "Unsaved changes": the header's state.
    QString savedState() const;
    QJsonObject snapshot() const;

    CaseDatabase& m_db;
    CaseRepository m_repository;
    DraftStore m_drafts;
    ChildFile m_base;
    QJsonObject m_clean;
    QJsonObject m_lastDraft;
    QString m_draftKey;
    QString m_autoBirth;
    QString m_autoSex;
    QString m_shownName;
    QList<Bound> m_editors;
    QComboBox* m_village = nullptr;
    QLabel* m_heading = nullptr;
    QLabel* m_savedState = nullptr;
    QDateTime m_savedAt; // when this form last saved the file
    QLabel* m_error = nullptr;
    QPushButton* m_exitButton = nullptr;
    VerdictPanel* m_verdict = nullptr;
    VisitsPanel* m_visitsPanel = nullptr;
    QTimer m_draftTimer;
};
