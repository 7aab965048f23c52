#pragma once

#include "storage/DraftStore.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class CaseDatabase;
class ChildForm;
class QWidget;

// The workflow of children's files: opens each child at most once, starts new ones, offers drafts left by
// an earlier session, and asks about unsaved changes when the program closes.
class ChildFormManager final : public QObject
{
    Q_OBJECT
public:
    ChildFormManager(CaseDatabase& db, QWidget* window);

    // Opens (or brings forward) the file of a child; nullptr with `error` set when it cannot be loaded.
    ChildForm* open(const QString& childId, QString* error = nullptr);
    ChildForm* create();
    // Reopens a form with the values of a draft.
    ChildForm* restore(const DraftStore::Draft& draft);
    QList<DraftStore::Draft> drafts() const;
    void discard(const DraftStore::Draft& draft);

    QList<ChildForm*> forms() const;
    // Saves every form with unsaved changes; returns how many could not be saved.
    int saveAll();
    // Asks each form with unsaved changes Save / Discard / Cancel; false when the user cancelled.
    bool closeAll();

signals:
    void saved(const QString& childId);

private:
    ChildForm* add(const QString& key);
    QString newKey() const;

    CaseDatabase& m_db;
    QWidget* m_window;
    QHash<QString, QPointer<ChildForm>> m_forms; // by draft key
};
