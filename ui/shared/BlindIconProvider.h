#pragma once

#include <QAbstractFileIconProvider>
#include <QCoreApplication>

// Icons and type names for a file dialog from a file's name alone: a folder icon or a file icon, "PDF file".
// Qt's default provider asks the MIME database, which opens a file to look at its first bytes when its name
// says nothing (a database's "-wal" and "-shm" files); on Linux closing that descriptor drops every lock
// SQLite holds on the file in this process (SQLite's "How to corrupt", 2.2). This one opens nothing.
class BlindIconProvider final : public QAbstractFileIconProvider
{
    Q_DECLARE_TR_FUNCTIONS(BlindIconProvider)

public:
    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo& info) const override;
    QString type(const QFileInfo& info) const override;
};
