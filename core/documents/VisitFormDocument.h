#pragma once

#include "PrintDocument.h"
#include "Result.h"

class ChildFile;

// The visit form for paper use in the field (template resources/documents/visit-form.html): blank (no child)
// or pre-filled with what the register knows of the child, with the assessment, needs, services and risks
// to tick by hand.
class VisitFormDocument final
{
public:
    static Result<PrintDocument> build(const ChildFile* child);
};
