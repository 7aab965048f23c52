#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QFileDialog;
class QWidget;

// Every file dialog of Shouhu. Qt's own dialog, never the platform's (which, like Qt's default icon provider,
// opens files to guess their type from their first bytes), with name filters, an icon provider that reads
// nothing (BlindIconProvider), no custom folder icons and symbolic links not followed: listing a folder reads
// names and stat() only. On Linux closing any descriptor of the database drops SQLite's locks in this
// process, so nothing of ours may open the database's files; dialogs also never start in the database's
// folder.
class FileChooser final
{
    Q_DECLARE_TR_FUNCTIONS(FileChooser)

public:
    enum class Mode
    {
        Open,
        Save
    };
    // A dialog set up as above, in `folder` (not shown). Deleted with its parent, or by the caller.
    static QFileDialog* create(QWidget* parent, Mode mode, const QString& caption, const QString& folder,
                               const QStringList& nameFilters);
    // Asks for an existing file; empty when cancelled.
    static QString openFile(QWidget* parent, const QString& caption, const QString& folder,
                            const QStringList& nameFilters);
    // Asks where to save; `suggested` is a file path whose name is preselected, `suffix` is added to a name
    // typed without it. Empty when cancelled.
    static QString saveFile(QWidget* parent, const QString& caption, const QString& suggested,
                            const QStringList& nameFilters, const QString& suffix = {});
    // Where a dialog starts: `preferred` when it exists (else Documents, else the home folder), but never a
    // folder that holds a database this process has open (the home folder, else the root, then).
    static QString startFolder(const QString& preferred = {});
    // Whether `folder` holds a database this process has open.
    static bool holdsOpenDatabase(const QString& folder);
};
