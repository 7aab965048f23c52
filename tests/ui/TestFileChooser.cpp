// Our file dialogs list a folder without opening a single file in it (issue 11: Qt's default icon provider
// opened the database's -wal and -shm files to guess their type, and closing them dropped SQLite's locks).
// The kernel tells: inotify reports every open(2) of a file in a watched folder, by any process.
#include "shared/FileChooser.h"
#include "storage/CaseDatabase.h"
#include "storage/DatabaseLock.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/inotify.h>
#include <unistd.h>

#include <functional>

namespace {
// The names of the files (not folders) opened in `folder` while `run` ran.
QStringList filesOpenedDuring(const QString& folder, const std::function<void()>& run)
{
    const int fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
    if (fd < 0)
        return {QStringLiteral("(inotify unavailable)")};
    inotify_add_watch(fd, QFile::encodeName(folder).constData(), IN_OPEN);
    run();
    QStringList opened;
    alignas(inotify_event) char buffer[64 * 1024];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n <= 0)
            break;
        for (ssize_t at = 0; at < n;) {
            const auto* event = reinterpret_cast<const inotify_event*>(buffer + at);
            if (event->len > 0 && !(event->mask & IN_ISDIR))
                opened << QString::fromLocal8Bit(event->name);
            at += ssize_t(sizeof(inotify_event)) + event->len;
        }
    }
    ::close(fd);
    opened.removeDuplicates();
    return opened;
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Lists `folder` in `dialog` with every filter, and asks for every row's icon and type (what the view
// shows), then waits for the file-information thread to finish its work.
void listEverything(QFileDialog* dialog, const QString& folder)
{
    auto* model = dialog->findChild<QFileSystemModel*>();
    QVERIFY(model);
    dialog->show();
    for (const QString& filter : dialog->nameFilters()) {
        dialog->selectNameFilter(filter);
        QTRY_VERIFY(model->rowCount(model->index(folder)) > 0);
        const QModelIndex root = model->index(folder);
        for (int row = 0; row < model->rowCount(root); ++row) {
            model->data(model->index(row, 0, root), Qt::DecorationRole);
            model->data(model->index(row, 2, root), Qt::DisplayRole); // the type column
        }
        QTest::qWait(800);
    }
    dialog->reject();
}
} // namespace

class TestFileChooser final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_folder = QDir(m_dir.path()).canonicalPath();
        // The station's database, open in this process as in the GUI, with its -wal and -shm files.
        auto db = CaseDatabase::open(m_folder + QStringLiteral("/t.sqlite"));
        QVERIFY2(db.ok(), qPrintable(db.error()));
        m_db = std::move(db.value());
        QVERIFY(m_db->setSetting(QStringLiteral("k"), QStringLiteral("v")));
        QVERIFY(QFileInfo::exists(m_folder + QStringLiteral("/t.sqlite-wal")));
        // Files whose names do not say what they are: the MIME database would look inside.
        writeFile(m_folder + QStringLiteral("/notes"), QByteArray("%PDF-1.4\n") + QByteArray(2000, 'x'));
        writeFile(m_folder + QStringLiteral("/from-township.shpkg"), QByteArray(512, '\x01'));
    }
    void cleanup() { m_db.reset(); }

    void ourDialogOpensNothing()
    {
        QFileDialog* dialog = FileChooser::create(
            nullptr, FileChooser::Mode::Open, QStringLiteral("Import a package"), m_folder,
            {QStringLiteral("Shouhu packages (*.shpkg)"), QStringLiteral("All files (*)")});
        QVERIFY(dialog->testOption(QFileDialog::DontUseNativeDialog));
        QVERIFY(dialog->testOption(QFileDialog::DontResolveSymlinks));
        QVERIFY(dialog->iconProvider());
        const QStringList opened = filesOpenedDuring(m_folder, [&] { listEverything(dialog, m_folder); });
        delete dialog;
        QVERIFY2(opened.isEmpty(), qPrintable(opened.join(QStringLiteral(", "))));
    }

    // The hazard the test above guards against: Qt's own dialog with its default icon provider does open
    // the files it lists. (Without this, the test above could pass for a reason that does not last.)
    void qtDefaultDialogOpensFiles()
    {
        auto* dialog = new QFileDialog(nullptr, QStringLiteral("Qt's own"), m_folder,
                                       QStringLiteral("Shouhu packages (*.shpkg);;All files (*)"));
        dialog->setOption(QFileDialog::DontUseNativeDialog);
        const QStringList opened = filesOpenedDuring(m_folder, [&] { listEverything(dialog, m_folder); });
        delete dialog;
        if (opened.isEmpty())
            QSKIP("Qt's default icon provider opened nothing here (no MIME data installed?)");
        qInfo().noquote() << "Qt's default dialog opened:" << opened.join(QStringLiteral(", "));
        QVERIFY(!opened.isEmpty());
    }

    void dialogsNeverStartInTheDatabasesFolder()
    {
        QVERIFY(FileChooser::holdsOpenDatabase(m_folder));
        QVERIFY(FileChooser::startFolder(m_folder) != m_folder);
        QVERIFY(!FileChooser::holdsOpenDatabase(FileChooser::startFolder(m_folder)));
        QTemporaryDir other;
        QCOMPARE(FileChooser::startFolder(other.path()), other.path());
        m_db.reset();
        QVERIFY(!FileChooser::holdsOpenDatabase(m_folder));
        QCOMPARE(FileChooser::startFolder(m_folder), m_folder);
    }

    // The database's default place is the data folder, not one the user browses.
    void defaultDatabaseIsInTheDataFolder()
    {
        const QString path = CaseDatabase::defaultPath();
        QCOMPARE(QFileInfo(path).absolutePath(),
                 QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
        QVERIFY(QFileInfo(path).absolutePath() !=
                QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    }

private:
    QTemporaryDir m_dir;
    QString m_folder;
    std::unique_ptr<CaseDatabase> m_db;
};

QTEST_MAIN(TestFileChooser)
#include "TestFileChooser.moc"
