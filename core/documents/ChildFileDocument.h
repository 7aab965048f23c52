#pragma once

#include "PrintDocument.h"
#include "Result.h"

#include <QDate>
#include <optional>

class CareAgreement;
class ChildFile;

// The child's file (一人一档) as a profile sheet: every field the record holds (empty ones as blanks to fill
// in by hand), the people around the child, the household, the classifier's verdict and the current care
// agreement (template resources/documents/child-file.html).
class ChildFileDocument final
{
public:
    static Result<PrintDocument> build(const ChildFile& file, const std::optional<CareAgreement>& agreement,
                                       QDate today);
};
