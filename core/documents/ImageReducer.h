#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

// Makes a scan or photo small enough to keep in the database and carry in sync packages: an image that
// already fits is kept as it is; a larger one is re-encoded as JPEG at falling quality, then scaled down,
// until it fits. PDF files are kept as they are when they fit, and refused otherwise.
class ImageReducer final
{
public:
    static constexpr qint64 MaxBytes = 1024 * 1024;

    struct Reduced
    {
        QByteArray bytes;
        QString mimeType; // image/jpeg, image/png or application/pdf
    };
    static Result<Reduced> reduce(const QByteArray& file, qint64 maxBytes = MaxBytes);
};
