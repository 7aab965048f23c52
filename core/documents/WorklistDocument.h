#pragma once

#include "PrintDocument.h"
#include "Result.h"

#include <QDate>
#include <QList>

struct ScheduleEntry;

// The month's visit worklist of a village for a day in the field (template
// resources/documents/worklist.html): one row per child due or overdue with the case reference, address,
// caregiver and phone, last visit and due date, and blank columns for the date visited and a signature. Runs
// over as many pages as it needs; the village and month head the list and stand in every page's footer.
class WorklistDocument final
{
public:
    static Result<PrintDocument> build(const QString& village, QDate month,
                                       const QList<ScheduleEntry>& entries, QDate today);
};
