#pragma once

#include "PrintDocument.h"
#include "Result.h"

#include <QDate>
#include <QList>
#include <QStringList>

class CaseDatabase;

// The documents of the register, ready to print, preview or save as PDF (DocumentRenderer): the CLI and the
// GUI both ask here. Agreements are printed only when their caregiver check passes; after the paper was
// printed or saved, printed() moves drafts on to "printed". Every document and batch comes with the file
// name it is saved under: kind, child and date for one child's paper (委托照护协议书-王小明-2026-12-03.pdf),
// place, kind and date for a village's (南跃村-走访任务清单-2026-12-03.pdf).
class DocumentService final
{
public:
    explicit DocumentService(CaseDatabase& db);

    struct Batch
    {
        QList<PrintDocument> documents;
        QStringList agreementIds; // the agreements printed, for printed()
        QStringList skipped;      // "name: why" for agreements that could not be printed
        QString fileName;         // the name the job's PDF is saved under: the child's, or the area's
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
