#include "AttachmentStore.h"

#include "CaseDatabase.h"
#include "EntitySchema.h"
#include "documents/ImageReducer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("AttachmentStore", text);
}
} // namespace

AttachmentStore::AttachmentStore(CaseDatabase& db)
    : m_db(db)
    , m_writer(db)
{}

Result<QString> AttachmentStore::add(const QString& ownerId, const QString& areaCode, const QString& filePath)
{
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QString>::failure(
            tr("The file %1 cannot be read: %2").arg(QFileInfo(filePath).fileName(), file.errorString()));
    if (file.size() > 64 * 1024 * 1024)
        return Result<QString>::failure(
            tr("The file %1 is too large to attach.").arg(QFileInfo(filePath).fileName()));
    return add(ownerId, areaCode, QFileInfo(filePath).fileName(), file.readAll());
}

Result<QString> AttachmentStore::add(const QString& ownerId, const QString& areaCode, const QString& fileName,
                                     const QByteArray& bytes)
{
    Result<ImageReducer::Reduced> reduced = ImageReducer::reduce(bytes);
    if (!reduced)
        return Result<QString>::failure(reduced.error());
    QString name = fileName.right(255);
    if (reduced->mimeType == QLatin1String("image/jpeg") &&
        !name.endsWith(QLatin1String(".jpg"), Qt::CaseInsensitive) &&
        !name.endsWith(QLatin1String(".jpeg"), Qt::CaseInsensitive))
        name = QFileInfo(name).completeBaseName().left(250) + QStringLiteral(".jpg");
    return m_writer.create(EntitySchema::attachment(), areaCode,
                           {{QStringLiteral("owner_id"), ownerId},
                            {QStringLiteral("file_name"), name},
                            {QStringLiteral("mime_type"), reduced->mimeType},
                            {QStringLiteral("data"), QString::fromLatin1(reduced->bytes.toBase64())}});
}

Result<QList<AttachmentStore::Info>> AttachmentStore::list(const QString& ownerId) const
{
    QSqlQuery q(m_db.sql());
    q.setForwardOnly(true);
    q.prepare(
        QStringLiteral("SELECT id, owner_id, file_name, mime_type, length(data), created_at FROM attachment"
                       " WHERE owner_id = ? ORDER BY created_at"));
    q.addBindValue(ownerId);
    if (!q.exec())
        return Result<QList<Info>>::failure(
            tr("The attachments cannot be read: %1").arg(q.lastError().text()));
    QList<Info> out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                    q.value(3).toString(), q.value(4).toLongLong() * 3 / 4, q.value(5).toString()});
    return out;
}

Result<QByteArray> AttachmentStore::data(const QString& id) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(QStringLiteral("SELECT data FROM attachment WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return Result<QByteArray>::failure(tr("There is no attachment with the id %1.").arg(id));
    return QByteArray::fromBase64(q.value(0).toString().toLatin1());
}
