#include "ImageReducer.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ImageReducer", text);
}

QByteArray jpeg(const QImage& image, int quality)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", quality);
    return out;
}
} // namespace

Result<ImageReducer::Reduced> ImageReducer::reduce(const QByteArray& file, qint64 maxBytes)
{
    if (file.startsWith("%PDF-")) {
        if (file.size() > maxBytes)
            return Result<Reduced>::failure(tr("The PDF file is larger than %1 KB; scan it again at a lower "
                                               "resolution or attach a photo instead.")
                                                .arg(maxBytes / 1024));
        return Reduced{file, QStringLiteral("application/pdf")};
    }
    QBuffer buffer;
    buffer.setData(file);
    QImageReader reader(&buffer);
    const QByteArray format = reader.format().toLower();
    if (format != "jpeg" && format != "jpg" && format != "png")
        return Result<Reduced>::failure(tr("Only JPEG, PNG or PDF files can be attached."));
    if (file.size() <= maxBytes)
        return Reduced{file, format == "png" ? QStringLiteral("image/png") : QStringLiteral("image/jpeg")};
    reader.setAutoTransform(true); // photos taken upright stay upright
    QImage image = reader.read();
    if (image.isNull())
        return Result<Reduced>::failure(tr("The image cannot be read: %1").arg(reader.errorString()));
    if (image.hasAlphaChannel())
        image = image.convertToFormat(QImage::Format_RGB32);
    // A page photographed at 300 dpi is about 2500 x 3500 pixels: more than enough to read a signature.
    if (qMax(image.width(), image.height()) > 3500)
        image = image.scaled(3500, 3500, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    while (true) {
        for (int quality : {85, 75, 60}) {
            QByteArray out = jpeg(image, quality);
            if (out.size() <= maxBytes)
                return Reduced{out, QStringLiteral("image/jpeg")};
        }
        if (image.width() < 200)
            return Result<Reduced>::failure(tr("The image cannot be made small enough to attach."));
        image = image.scaled(image.width() * 3 / 4, image.height() * 3 / 4, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    }
}
