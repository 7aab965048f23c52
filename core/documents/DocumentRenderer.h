#pragma once

#include "PrintDocument.h"
#include "Result.h"

#include <QImage>
#include <QList>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>

#include <memory>

class QPagedPaintDevice;
class QTextDocument;

// Renders printable documents on A4, upright or across (PrintDocument::landscape): each document is laid out
// with QTextDocument in points (a fixed 72 dpi layout, so page breaks are the same on every screen, printer
// and PDF), starts on a new page, and every page carries the document's case reference and page number at its
// foot. Text, Chinese, Latin and digits alike, is set in the document face of DocumentFonts (Noto Serif CJK
// SC); PDF output embeds the fonts, and their text (pdftotext, copy, search) is the text printed.
class DocumentRenderer final
{
public:
    static QPageSize pageSize() { return QPageSize(QPageSize::A4); }
    static QPageLayout pageLayout(const PrintDocument& document);
    // Where the text goes on the page, in points from the top-left corner of the paper (upright or across).
    static QRectF textRect(bool landscape = false);

    // The document laid out for an A4 page.
    static std::unique_ptr<QTextDocument> layout(const PrintDocument& document);
    static int pageCount(const PrintDocument& document);

    // Paints the documents onto a PDF writer or a printer (its page layout is set to A4 without margins).
    // Returns the number of pages. A one-page document that does not fit is refused.
    static Result<int> paint(const QList<PrintDocument>& documents, QPagedPaintDevice& device);
    // Writes the documents as one PDF file (atomically: the file is complete or not written).
    static Result<int> writePdf(const QList<PrintDocument>& documents, const QString& path);
    // The PDF bytes of the documents.
    static Result<QByteArray> pdf(const QList<PrintDocument>& documents);
    // One page as an image at `dpi`, as a preview shows it.
    static QImage renderPage(const PrintDocument& document, int page, int dpi = 96);
};
