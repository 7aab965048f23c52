#pragma once

#include "ImportReport.h"
#include "Result.h"

#include <QList>

#include <optional>

class CaseDatabase;

// The packages this station imported, each with its report (reopened by `import-report` and the GUI).
class ImportLedger final
{
public:
    explicit ImportLedger(CaseDatabase& db);
    std::optional<ImportReport> find(const QString& packageId) const;
    // Newest first.
    QList<ImportReport> list() const;
    // Inside the import's transaction.
    Status record(const ImportReport& report, qint64 createdHlc);

private:
    CaseDatabase& m_db;
};
