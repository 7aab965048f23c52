#include "DocumentRenderer.h"

#include "DocumentFonts.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QPageLayout>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DocumentRenderer", text);
}

constexpr qreal kMarginLeft = 56.7; // 20 mm
constexpr qreal kMarginRight = 56.7;
constexpr qreal kMarginTop = 42.5;    // 15 mm
constexpr qreal kMarginBottom = 51.0; // 18 mm, the footer sits in it
constexpr qreal kFooterFontPt = 8;

// A4 in points (QPageSize rounds points to whole numbers), upright or across.
QSizeF paperSize(bool landscape)
{
    const QSizeF upright = DocumentRenderer::pageSize().size(QPageSize::Millimeter) * (72.0 / 25.4);
    return landscape ? upright.transposed() : upright;
}

QFont documentFont(qreal pointSize)
{
    QFont f;
    // One serif for Chinese, Latin letters and digits (see DocumentFonts).
    f.setFamilies(DocumentFonts::families());
    // In the 72 dpi layout one pixel is one point.
    f.setPixelSize(qRound(pointSize));
    f.setHintingPreference(QFont::PreferNoHinting);
    return f;
}

// The device text is laid out against: 72 dots per inch, so that layout units are points.
QPaintDevice* layoutDevice()
{
    static QImage device = [] {
        QImage image(1, 1, QImage::Format_ARGB32_Premultiplied);
        image.setDotsPerMeterX(2835); // 72.009 dpi, which Qt rounds to 72
        image.setDotsPerMeterY(2835);
        return image;
    }();
    return &device;
}

void paintFooter(QPainter& p, const PrintDocument& d, int page, int pages)
{
    const QSizeF paper = paperSize(d.landscape);
    QFont f = documentFont(kFooterFontPt);
    p.setFont(f);
    p.setPen(Qt::black);
    const QRectF foot(kMarginLeft, paper.height() - kMarginBottom + 14,
                      paper.width() - kMarginLeft - kMarginRight, kFooterFontPt * 2);
    p.drawLine(QPointF(foot.left(), foot.top() - 3), QPointF(foot.right(), foot.top() - 3));
    p.drawText(foot, Qt::AlignLeft | Qt::AlignTop, d.title);
    QString right;
    if (!d.reference.isEmpty())
        right = QString::fromUtf8("档案编号 ") + d.reference + QString::fromUtf8("　　");
    right += QString::fromUtf8("第 %1 页 共 %2 页").arg(page).arg(pages);
    p.drawText(foot, Qt::AlignRight | Qt::AlignTop, right);
}

// Paints every page of one laid-out document; `first` says whether a new page must be started first.
void paintDocument(QPainter& p, QPagedPaintDevice& device, const PrintDocument& d, QTextDocument& doc,
                   bool& first)
{
    const QRectF text = DocumentRenderer::textRect(d.landscape);
    const int pages = doc.pageCount();
    for (int page = 0; page < pages; ++page) {
        if (!first) {
            // A document across the page after one upright (or the other way): the next page turns.
            device.setPageLayout(DocumentRenderer::pageLayout(d));
            device.newPage();
        }
        const qreal scale = device.logicalDpiX() / 72.0;
        first = false;
        p.save();
        p.scale(scale, scale * device.logicalDpiY() / device.logicalDpiX());
        p.save();
        p.translate(text.left(), text.top() - page * text.height());
        const QRectF clip(0, page * text.height(), text.width(), text.height());
        p.setClipRect(clip);
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = clip;
        context.palette.setColor(QPalette::Text, Qt::black);
        doc.documentLayout()->draw(&p, context);
        p.restore();
        paintFooter(p, d, page + 1, pages);
        p.restore();
    }
}
} // namespace

QPageLayout DocumentRenderer::pageLayout(const PrintDocument& document)
{
    return QPageLayout(pageSize(), document.landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0));
}

QRectF DocumentRenderer::textRect(bool landscape)
{
    const QSizeF paper = paperSize(landscape);
    return QRectF(kMarginLeft, kMarginTop, paper.width() - kMarginLeft - kMarginRight,
                  paper.height() - kMarginTop - kMarginBottom);
}

std::unique_ptr<QTextDocument> DocumentRenderer::layout(const PrintDocument& document)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->setPaintDevice(layoutDevice());
    doc->setUseDesignMetrics(true);
    doc->setDefaultFont(documentFont(10.5));
    doc->setDocumentMargin(0);
    doc->setPageSize(textRect(document.landscape).size());
    doc->setHtml(document.html);
    return doc;
}

int DocumentRenderer::pageCount(const PrintDocument& document)
{
    return layout(document)->pageCount();
}

Result<int> DocumentRenderer::paint(const QList<PrintDocument>& documents, QPagedPaintDevice& device)
{
    if (documents.isEmpty())
        return Result<int>::failure(tr("There is nothing to print."));
    // Lay everything out first: a refusal must not leave half a print job.
    std::vector<std::unique_ptr<QTextDocument>> laid;
    laid.reserve(documents.size());
    for (const PrintDocument& d : documents) {
        laid.push_back(layout(d));
        if (d.onePage && laid.back()->pageCount() > 1)
            return Result<int>::failure(
                tr("The document \"%1\" (%2) does not fit on one page; shorten the notes or the costs.")
                    .arg(d.title, d.reference));
    }
    device.setPageLayout(pageLayout(documents.first()));
    QPainter p;
    if (!p.begin(&device))
        return Result<int>::failure(tr("The printer or the file cannot be written to."));
    p.setRenderHint(QPainter::Antialiasing);
    bool first = true;
    int pages = 0;
    for (qsizetype i = 0; i < documents.size(); ++i) {
        paintDocument(p, device, documents.at(i), *laid.at(i), first);
        pages += laid.at(i)->pageCount();
        laid.at(i).reset(); // keep memory flat in large batches
    }
    if (!p.end())
        return Result<int>::failure(tr("The printer or the file cannot be written to."));
    return pages;
}

namespace {
Result<int> writeTo(const QList<PrintDocument>& documents, QIODevice& out)
{
    QPdfWriter writer(&out);
    writer.setCreator(QStringLiteral("Shouhu"));
    writer.setResolution(600);
    // A batch is titled by its kind, not by its first child.
    if (documents.size() == 1)
        writer.setTitle(documents.first().title);
    else if (!documents.isEmpty())
        writer.setTitle(documents.first().title.section(QChar(0x3000), 0, 0));
    return DocumentRenderer::paint(documents, writer);
}
} // namespace

Result<QByteArray> DocumentRenderer::pdf(const QList<PrintDocument>& documents)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    if (Result<int> pages = writeTo(documents, buffer); !pages)
        return Result<QByteArray>::failure(pages.error());
    return bytes;
}

Result<int> DocumentRenderer::writePdf(const QList<PrintDocument>& documents, const QString& path)
{
    QSaveFile file(path);
    const auto cannot = [&] {
        return Result<int>::failure(tr("The file %1 cannot be written: %2")
                                        .arg(QFileInfo(path).absoluteFilePath(), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return cannot();
    // Laid out in memory first: QPdfWriter does not notice a write cut short (a full disk, the file size
    // limit), which QSaveFile would then commit as a truncated file. Written here, every byte is checked.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    Result<int> pages = writeTo(documents, buffer);
    if (!pages) {
        file.cancelWriting();
        return pages;
    }
    for (qint64 done = 0; done < bytes.size();) {
        const qint64 n = file.write(bytes.constData() + done, bytes.size() - done);
        if (n <= 0) {
            const Result<int> failed = cannot();
            file.cancelWriting();
            return failed;
        }
        done += n;
    }
    if (!file.commit())
        return cannot();
    return pages;
}

QImage DocumentRenderer::renderPage(const PrintDocument& document, int page, int dpi)
{
    const QSizeF paper = paperSize(document.landscape);
    const qreal scale = dpi / 72.0;
    QImage image((paper * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    std::unique_ptr<QTextDocument> doc = layout(document);
    const QRectF text = textRect(document.landscape);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    p.setRenderHint(QPainter::TextAntialiasing);
    p.scale(scale, scale);
    p.save();
    p.translate(text.left(), text.top() - page * text.height());
    const QRectF clip(0, page * text.height(), text.width(), text.height());
    p.setClipRect(clip);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = clip;
    doc->documentLayout()->draw(&p, context);
    p.restore();
    paintFooter(p, document, page + 1, doc->pageCount());
    return image;
}
