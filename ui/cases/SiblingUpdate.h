#pragma once

#include "storage/CaseRepository.h"

#include <QCoreApplication>
#include <QList>

class QWidget;

// Siblings share their parents: when a saved file changed a father's or mother's phone, work place or
// status, and other children's files name the same person (same ID number), one question names those
// children and offers to write the same change into their files (yes: all in one transaction through
// CaseRepository::updateParents; no: they stay as they are).
class SiblingUpdate final
{
    Q_DECLARE_TR_FUNCTIONS(SiblingUpdate)

public:
    // The fields a shared parent's change carries to the siblings' files.
    static const QStringList& sharedFields();
    // What the save changed in the shared parents, for each sibling's file; `question` gets the text that
    // asks about it (empty when there is nothing to ask).
    static QList<CaseRepository::ParentChange> changes(const CaseRepository& repo, const ChildFile& before,
                                                       const ChildFile& after, QString* question);
    // Asks (when there is something to ask) and writes on yes. False when writing failed (said in a box).
    static bool offer(QWidget* parent, CaseRepository& repo, const ChildFile& before, const ChildFile& after);
};
