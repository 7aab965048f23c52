#include "PrintController.h"
#include "WindowGeometry.h"

#include "FileChooser.h"
#include "documents/DocumentRenderer.h"
#include "documents/DocumentService.h"

#include <QMessageBox>
#include <QPageLayout>
#include <QPrintPreviewDialog>
#include <QPrinter>

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

bool PrintController::preview(const QList<PrintDocument>& documents, const QStringList& agreementIds)
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(QPageLayout(DocumentRenderer::pageSize(), QPageLayout::Portrait, QMarginsF()));
    printer.setFullPage(true);
    if (!documents.isEmpty())
        printer.setDocName(documents.first().title);
    QPrintPreviewDialog dialog(&printer, m_parent);
    dialog.setWindowTitle(documents.isEmpty() ? tr("Print preview") : documents.first().title);
    WindowGeometry::fit(&dialog, QSize(900, 1000));
    QString failure;
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [&](QPrinter* p) {
        if (Result<int> pages = DocumentRenderer::paint(documents, *p); !pages)
            failure = pages.error();
    });
    const bool printed = dialog.exec() == QDialog::Accepted;
    if (!failure.isEmpty()) {
        refuse(failure);
        return false;
    }
    if (printed)
        markPrinted(agreementIds);
    return printed;
}

bool PrintController::savePdf(const QList<PrintDocument>& documents, const QStringList& agreementIds)
{
    const QString dir = FileChooser::startFolder();
    const QString name = documents.isEmpty() ? QString() : documents.first().title.simplified();
    const QString path = FileChooser::saveFile(m_parent, tr("Save as PDF"),
                                               dir + QLatin1Char('/') + name + QStringLiteral(".pdf"),
                                               {tr("PDF files (*.pdf)")}, QStringLiteral("pdf"));
    if (path.isEmpty())
        return false;
    return writePdf(documents, path, agreementIds).ok();
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
    return preview(b->documents, b->agreementIds);
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
    return preview(b->documents, b->agreementIds);
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
