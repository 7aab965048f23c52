#pragma once

#include "RecordWriter.h"
#include "Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

class CaseDatabase;

// Scans and photos of signed papers, kept in the database (base64 in the synced `attachment` record) so that
// they travel with sync. Attachments are immutable: made once, never changed. Images over 1 MB are reduced
// first (ImageReducer).
class AttachmentStore final
{
public:
    explicit AttachmentStore(CaseDatabase& db);

    struct Info
    {
        QString id;
        QString ownerId;
        QString fileName;
        QString mimeType;
        qint64 size = 0;
        QString createdAt;
    };

    // Attaches a JPEG, PNG or PDF file to a record (e.g. an agreement) of the area; returns the new id.
    Result<QString> add(const QString& ownerId, const QString& areaCode, const QString& filePath);
    Result<QString> add(const QString& ownerId, const QString& areaCode, const QString& fileName,
                        const QByteArray& bytes);
    Result<QList<Info>> list(const QString& ownerId) const;
    Result<QByteArray> data(const QString& id) const;

private:
    CaseDatabase& m_db;
    RecordWriter m_writer;
};
