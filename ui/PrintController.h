#pragma once

#include "Result.h"
#include "documents/PrintDocument.h"

#include <QDate>

#include <QObject>
#include <QStringList>

class CaseDatabase;
class QWidget;

// Printing from the GUI: documents of core's DocumentService shown in a print preview (QPrintPreviewDialog),
// printed (QPrinter) or saved as PDF. Agreements that were printed or saved move on from draft.
class PrintController final : public QObject
{
    Q_OBJECT
public:
    PrintController(CaseDatabase& db, QWidget* parent);

    bool previewAgreement(const QString& childId);
    bool previewChildFile(const QString& childId);
    // A blank form for an empty id.
    bool previewVisitForm(const QString& childId);
    // Every unsigned agreement of the area in one job.
    bool previewUnsignedAgreements(const QString& areaCode);
    // The month's visit worklist of a village (`month`: any day of it; default: this month).
    bool previewWorklist(const QString& village, QDate month = {});
    // The written report to the education department for a dropout referral.
    bool previewDropoutReport(const QString& referralId);
    // Asks for a file name and writes the documents as PDF.
    bool savePdf(const QList<PrintDocument>& documents, const QStringList& agreementIds = {});
    // Writes the documents as PDF to `path` without asking; the number of pages, or why not (also shown).
    Result<int> writePdf(const QList<PrintDocument>& documents, const QString& path,
                         const QStringList& agreementIds = {});

    // Shows the documents in the preview; true when they were printed.
    bool preview(const QList<PrintDocument>& documents, const QStringList& agreementIds = {});

signals:
    void agreementsPrinted();

private:
    void refuse(const QString& sentence) const;
    void markPrinted(const QStringList& agreementIds);

    CaseDatabase& m_db;
    QWidget* m_parent;
};
