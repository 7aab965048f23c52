#include "BlindIconProvider.h"

#include <QApplication>
#include <QFileInfo>
#include <QStyle>

QIcon BlindIconProvider::icon(IconType type) const
{
    QStyle* style = QApplication::style();
    switch (type) {
    case Computer:
        return style->standardIcon(QStyle::SP_ComputerIcon);
    case Desktop:
        return style->standardIcon(QStyle::SP_DesktopIcon);
    case Trashcan:
        return style->standardIcon(QStyle::SP_TrashIcon);
    case Network:
        return style->standardIcon(QStyle::SP_DriveNetIcon);
    case Drive:
        return style->standardIcon(QStyle::SP_DriveHDIcon);
    case Folder:
        return style->standardIcon(QStyle::SP_DirIcon);
    case File:
        break;
    }
    return style->standardIcon(QStyle::SP_FileIcon);
}

QIcon BlindIconProvider::icon(const QFileInfo& info) const
{
    // isDir() and isRoot() come from stat(), which opens nothing.
    if (info.isRoot())
        return icon(Drive);
    return icon(info.isDir() ? Folder : File);
}

QString BlindIconProvider::type(const QFileInfo& info) const
{
    if (info.isRoot())
        return tr("Drive");
    if (info.isDir())
        return tr("Folder");
    const QString suffix = info.suffix();
    return suffix.isEmpty() ? tr("File") : tr("%1 file").arg(suffix.toUpper());
}
