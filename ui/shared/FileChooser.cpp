#include "FileChooser.h"

#include "BlindIconProvider.h"
#include "storage/DatabaseLock.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QPointer>
#include <QStandardPaths>

namespace {
BlindIconProvider& blindIcons()
{
    static BlindIconProvider provider; // outlives every dialog; holds nothing
    return provider;
}

QString canonicalFolder(const QString& folder)
{
    const QString canonical = QFileInfo(folder).canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(QFileInfo(folder).absoluteFilePath()) : canonical;
}
} // namespace

bool FileChooser::holdsOpenDatabase(const QString& folder)
{
    const QString dir = canonicalFolder(folder);
    for (const QString& db : DatabaseLock::heldDatabases()) {
        if (QFileInfo(db).absolutePath() == dir)
            return true;
    }
    return false;
}

QString FileChooser::startFolder(const QString& preferred)
{
    QStringList candidates;
    if (!preferred.isEmpty())
        candidates << preferred;
    candidates << QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) << QDir::homePath()
               << QDir::rootPath();
    for (const QString& folder : std::as_const(candidates)) {
        if (!folder.isEmpty() && QFileInfo(folder).isDir() && !holdsOpenDatabase(folder))
            return folder;
    }
    return QDir::rootPath();
}

QFileDialog* FileChooser::create(QWidget* parent, Mode mode, const QString& caption, const QString& folder,
                                 const QStringList& nameFilters)
{
    // The dialog starts listing its first folder as it is made, with Qt's default icon provider: make it in
    // a harmless folder, put our provider in, and only then go to the folder asked for.
    auto* dialog = new QFileDialog(parent, caption, startFolder(QDir::homePath()));
    dialog->setObjectName(QStringLiteral("fileChooserDialog"));
    dialog->setOptions(QFileDialog::DontUseNativeDialog | QFileDialog::DontUseCustomDirectoryIcons |
                       QFileDialog::DontResolveSymlinks);
    dialog->setIconProvider(&blindIcons());
    dialog->setAcceptMode(mode == Mode::Open ? QFileDialog::AcceptOpen : QFileDialog::AcceptSave);
    dialog->setFileMode(mode == Mode::Open ? QFileDialog::ExistingFile : QFileDialog::AnyFile);
    dialog->setNameFilters(nameFilters);
    dialog->setDirectory(folder);
    return dialog;
}

QString FileChooser::openFile(QWidget* parent, const QString& caption, const QString& folder,
                              const QStringList& nameFilters)
{
    QPointer<QFileDialog> dialog = create(parent, Mode::Open, caption, folder, nameFilters);
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (!dialog)
        return {};
    const QString chosen = accepted ? dialog->selectedFiles().value(0) : QString();
    delete dialog.data();
    return chosen;
}

QString FileChooser::saveFile(QWidget* parent, const QString& caption, const QString& suggested,
                              const QStringList& nameFilters, const QString& suffix)
{
    const QFileInfo file(suggested);
    QPointer<QFileDialog> dialog =
        create(parent, Mode::Save, caption, startFolder(file.absolutePath()), nameFilters);
    if (!suffix.isEmpty())
        dialog->setDefaultSuffix(suffix);
    dialog->selectFile(file.fileName());
    const bool accepted = dialog->exec() == QDialog::Accepted;
    if (!dialog)
        return {};
    const QString chosen = accepted ? dialog->selectedFiles().value(0) : QString();
    delete dialog.data();
    return chosen;
}
