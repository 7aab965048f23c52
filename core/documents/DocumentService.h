#pragma once

#include "PrintDocument.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QStringList>

class CaseDatabase;

// The documents of the register, ready to print, preview or save as PDF (DocumentRenderer): the CLI and the
// GUI both ask here. Agreements are printed only when their caregiver check passes; after the paper was
// printed or saved, printed() moves drafts on to "printed".
class DocumentService final
{
public:
    explicit DocumentService(CaseDatabase& db);

    struct Batch
    {
        QList<PrintDocument> documents;
        QStringList agreementIds; // the agreements printed, for printed()
        QStringList skipped;      // "name: why" for agreements that could not be printed
    };

    // The child's current agreement.
    Result<Batch> agreement(const QString& childId) const;
    // Every unsigned (draft or printed) agreement in an area (a village, or anything above), one page each,
    // by village and name; agreements whose caregiver check fails are skipped and listed.
    Result<Batch> unsignedAgreements(const QString& areaCode) const;
    Result<PrintDocument> childFile(const QString& childId) const;
    // A blank visit form for an empty id, otherwise pre-filled for the child.
    Result<PrintDocument> visitForm(const QString& childId = {}) const;
    // The written report to the education department for a dropout referral.
    Result<PrintDocument> dropoutReport(const QString& referralId) const;
    // The month's visit worklist of a village (`month`: any day of it; default: this month).
    Result<PrintDocument> worklist(const QString& village, QDate month = {}) const;

    // The agreements were printed or saved: drafts become printed.
    Status printed(const QStringList& agreementIds);

private:
    CaseDatabase& m_db;
};
