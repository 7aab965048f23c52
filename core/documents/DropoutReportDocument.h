#pragma once

#include "PrintDocument.h"
#include "Result.h"

struct DropoutReport;

// The written report to the county (district) education department about a child out of school during
// compulsory schooling (template resources/documents/dropout-report.html): the child, the school, when it
// was found, the parents or guardian and their contacts, the steps taken so far, and blanks for signatures,
// the village committee's stamp and the receipt.
class DropoutReportDocument final
{
public:
    static Result<PrintDocument> build(const DropoutReport& report);
};
