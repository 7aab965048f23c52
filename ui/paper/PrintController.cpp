#include "PrintController.h"

#include "PrintPreviewDialog.h"
#include "documents/DocumentRenderer.h"
#include "documents/DocumentService.h"
#include "shared/FileChooser.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrinterInfo>
#include <QSettings>

namespace {
// Where the last PDF was saved (QSettings).
const char* const kLastFolderKey = "print/lastFolder";
} // namespace

PrintController::PrintController(CaseDatabase& db, QWidget* parent)
    : QObject(parent)
    , m_db(db)
    , m_parent(parent)
{}

void PrintController::refuse(const QString& sentence) const
{
    QMessageBox::warning(m_parent, tr("Printing"), sentence);
}

void PrintController::markPrinted(const QStringList& agreementIds)
{
    if (agreementIds.isEmpty())
        return;
    if (Status s = DocumentService(m_db).printed(agreementIds); !s)
        refuse(s.error());
    else
        emit agreementsPrinted();
}

bool PrintController::preview(const QList<PrintDocument>& documents, const QStringList& agreementIds,
                              const QString& fileName)
{
    PrintPreviewDialog dialog(documents, m_parent);
    connect(&dialog, &PrintPreviewDialog::saveRequested, this, [&] {
        if (savePdf(documents, agreementIds, fileName))
            dialog.accept();
    });
    connect(&dialog, &PrintPreviewDialog::printRequested, this, [&] {
        if (print(documents, dialog.printer(), agreementIds))
            dialog.accept();
    });
    const bool done = dialog.exec() == QDialog::Accepted;
    if (!dialog.failure().isEmpty()) {
        refuse(dialog.failure());
        return false;
    }
    return done;
}

bool PrintController::print(const QList<PrintDocument>& documents, QPrinter& printer,
                            const QStringList& agreementIds)
{
    if (QPrinterInfo::availablePrinterNames().isEmpty()) {
        refuse(tr("No printer is set up on this computer. Save the documents as PDF and print the file "
                  "where there is a printer, or set up a printer first."));
        return false;
    }
    QPrintDialog dialog(&printer, m_parent);
    // Only real printers: "print to file" would write a PDF that Qt names in the home folder.
    dialog.setOption(QAbstractPrintDialog::PrintToFile, false);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    printer.setOutputFileName({});
    if (Result<int> pages = DocumentRenderer::paint(documents, printer); !pages) {
        refuse(pages.error());
        return false;
    }
    markPrinted(agreementIds);
    return true;
}

QString PrintController::lastFolder()
{
    return FileChooser::startFolder(QSettings().value(QLatin1String(kLastFolderKey)).toString());
}

bool PrintController::savePdf(const QList<PrintDocument>& documents, const QStringList& agreementIds,
                              const QString& fileName)
{
    QString name = fileName;
    if (name.isEmpty() && !documents.isEmpty())
        name = documents.first().fileName;
    if (name.isEmpty())
        name = QStringLiteral("Shouhu.pdf");
    const QString path = FileChooser::saveFile(m_parent, tr("Save as PDF"), QDir(lastFolder()).filePath(name),
                                               {tr("PDF files (*.pdf)")}, QStringLiteral("pdf"));
    if (path.isEmpty())
        return false;
    if (!writePdf(documents, path, agreementIds).ok())
        return false;
    QSettings().setValue(QLatin1String(kLastFolderKey), QFileInfo(path).absolutePath());
    return true;
}

Result<int> PrintController::writePdf(const QList<PrintDocument>& documents, const QString& path,
                                      const QStringList& agreementIds)
{
    Result<int> pages = DocumentRenderer::writePdf(documents, path);
    if (!pages)
        refuse(pages.error());
    else
        markPrinted(agreementIds);
    return pages;
}

bool PrintController::previewAgreement(const QString& childId)
{
    Result<DocumentService::Batch> b = DocumentService(m_db).agreement(childId);
    if (!b) {
        refuse(b.error());
        return false;
    }
    return preview(b->documents, b->agreementIds, b->fileName);
}

bool PrintController::previewChildFile(const QString& childId)
{
    Result<PrintDocument> d = DocumentService(m_db).childFile(childId);
    if (!d) {
        refuse(d.error());
        return false;
    }
    return preview({d.value()});
}

bool PrintController::previewVisitForm(const QString& childId)
{
    Result<PrintDocument> d = DocumentService(m_db).visitForm(childId);
    if (!d) {
        refuse(d.error());
        return false;
    }
    return preview({d.value()});
}

bool PrintController::previewUnsignedAgreements(const QString& areaCode)
{
    Result<DocumentService::Batch> b = DocumentService(m_db).unsignedAgreements(areaCode);
    if (!b) {
        refuse(b.error());
        return false;
    }
    if (!b->skipped.isEmpty())
        QMessageBox::information(m_parent, tr("Printing"),
                                 tr("These agreements are left out because the caregiver check fails:\n%1")
                                     .arg(b->skipped.join(QLatin1Char('\n'))));
    if (b->documents.isEmpty())
        return false;
    return preview(b->documents, b->agreementIds, b->fileName);
}

bool PrintController::previewWorklist(const QString& village, QDate month)
{
    Result<PrintDocument> d = DocumentService(m_db).worklist(village, month);
    if (!d) {
        refuse(d.error());
        return false;
    }
    return preview({d.value()});
}

bool PrintController::previewDropoutReport(const QString& referralId)
{
    Result<PrintDocument> d = DocumentService(m_db).dropoutReport(referralId);
    if (!d) {
        refuse(d.error());
        return false;
    }
    return preview({d.value()});
}
