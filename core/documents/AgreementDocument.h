#pragma once

#include "PrintDocument.h"
#include "Result.h"

class CareAgreement;
class ChildFile;

// The entrusted-care agreement (委托照护协议书) on one A4 page, filled from the agreement and the child's
// file (template resources/documents/agreement.html): the parties, the child, the term, the clauses, and
// blanks for the handwritten signatures and dates.
class AgreementDocument final
{
public:
    static Result<PrintDocument> build(const CareAgreement& agreement, const ChildFile& child);
};
