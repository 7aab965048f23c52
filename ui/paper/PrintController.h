#pragma once

#include "Result.h"
#include "documents/PrintDocument.h"

#include <QDate>

#include <QObject>
#include <QStringList>

class CaseDatabase;
class QPrinter;
class QWidget;

// Printing from the GUI: documents of core's DocumentService shown in the print preview
// (PrintPreviewDialog), then either printed on a printer of this computer (QPrintDialog without "print to
// file") or saved as PDF where the user says: a save dialog (FileChooser) in the folder used last, with the
// job's own name (DocumentService: 委托照护协议书-王小明-2026-12-03.pdf, 南跃村-走访任务清单-2026-12-03.pdf).
// Nothing is written without the user naming the place. Agreements that were printed or saved move on from
// draft.
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
    // Asks where to save (`fileName` preselected in the folder used last) and writes the documents as PDF.
    bool savePdf(const QList<PrintDocument>& documents, const QStringList& agreementIds = {},
                 const QString& fileName = {});
    // Writes the documents as PDF to `path` without asking; the number of pages, or why not (also shown).
    Result<int> writePdf(const QList<PrintDocument>& documents, const QString& path,
                         const QStringList& agreementIds = {});
    // Asks for a printer of this computer and prints the documents on it; false when there is none (said),
    // when cancelled or when printing failed (said).
    bool print(const QList<PrintDocument>& documents, QPrinter& printer,
               const QStringList& agreementIds = {});

    // Shows the documents in the preview; true when they were printed or saved. `fileName`: the name to
    // save under (default: the first document's).
    bool preview(const QList<PrintDocument>& documents, const QStringList& agreementIds = {},
                 const QString& fileName = {});

    // The folder the save dialog starts in: the one a PDF was saved to last (FileChooser::startFolder).
    static QString lastFolder();

signals:
    void agreementsPrinted();

private:
    void refuse(const QString& sentence) const;
    void markPrinted(const QStringList& agreementIds);

    CaseDatabase& m_db;
    QWidget* m_parent;
};
