#pragma once

#include <QString>

class CaseDatabase;
struct Conflict;

// Whose record a conflict is about, in words a person recognises: the child's name and, for a person's
// record, the relation (father, mother, ...). Looked up in this station's database for the conflicts view.
class ConflictSubject final
{
public:
    QString childId; // empty when the record belongs to no child known here
    QString childName;
    QString relation; // person records only: a Vocabulary::Relation code

    static ConflictSubject of(CaseDatabase& db, const Conflict& conflict);
};
