#pragma once

#include "Result.h"

class CaseDatabase;

// Demo care agreements for part of the left-behind children (those whose file names a caregiver), in every
// state: drafts, printed ones awaiting signatures, signed and valid ones (some due for renewal), expired
// ones, and replaced ones followed by their successor. Deterministic for a seed; written through
// RecordWriter in one transaction.
class AgreementDemo final
{
public:
    // Returns the number of agreements written.
    static Result<int> generate(CaseDatabase& db, quint32 seed);
};
