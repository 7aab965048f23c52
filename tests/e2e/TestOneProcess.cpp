// One process per database, driven as a township clerk and a script would: the real `shouhu` (offscreen)
// and `shouhu-cli` on the same file (issue 11), a package opened from the file manager while the GUI runs,
// and the sentences for a read-only file or folder, a file size limit and a file that is not a database.
#include "RawDatabase.h"
#include "TestSupport.h"

#include "domain/IdNumber.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <unistd.h>

using TestSupport::CliRun;
using TestSupport::isOneSentence;

namespace {
const QString kVillage = QStringLiteral("431022104221");
constexpr uid_t kNobody = 65534;

QString makeId(QDate birth, int sequence)
{
    const QString first17 = QStringLiteral("431022") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QJsonObject childJson(const QString& name, int sequence)
{
    return QJsonObject{
        {QStringLiteral("area_code"), kVillage},
        {QStringLiteral("name"), name},
        {QStringLiteral("id_number"), makeId(QDate(2015, 6, 30), sequence)},
        {QStringLiteral("hukou_type"), QStringLiteral("rural")},
        {QStringLiteral("schooling"), QStringLiteral("primary")},
        {QStringLiteral("household"), QJsonObject{{QStringLiteral("address"), QStringLiteral("笆篱村三组")},
                                                  {QStringLiteral("notes"), QString(300, u'记')}}},
        {QStringLiteral("father"), QJsonObject{{QStringLiteral("name"), QStringLiteral("王大山")},
                                               {QStringLiteral("status"), QStringLiteral("away_for_work")},
                                               {QStringLiteral("work_place_code"), QStringLiteral("440300")},
                                               {QStringLiteral("away_since"), QStringLiteral("2023-02-01")}}},
    };
}

// How a CLI run is started: its language, as another user, under a file size limit.
struct Launch
{
    QString lang = QStringLiteral("en");
    bool asNobody = false;
    qint64 fileSizeLimit = 0;
};

CliRun runCli(const QStringList& args, const Launch& launch = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SHOUHU_LANG"), launch.lang);
    p.setProcessEnvironment(env);
    const bool asNobody = launch.asNobody;
    const rlim_t limit = rlim_t(launch.fileSizeLimit);
    p.setChildProcessModifier([asNobody, limit] {
        // The default action of SIGXFSZ kills: the program must ignore it itself.
        std::signal(SIGXFSZ, SIG_DFL);
        if (limit > 0) {
            const rlimit l{limit, limit};
            setrlimit(RLIMIT_FSIZE, &l);
        }
        if (asNobody && (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 || setuid(kNobody) != 0))
            _exit(99);
    });
    p.start(TestSupport::cliPath(), args);
    p.waitForFinished(120000);
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

// The real GUI, offscreen, its stderr collected.
class Gui final
{
public:
    Gui(const QStringList& args, const QStringList& env = {}, const QString& workingFolder = {})
    {
        if (!workingFolder.isEmpty())
            m_process.setWorkingDirectory(workingFolder);
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        e.insert(QStringLiteral("SHOUHU_LANG"), QStringLiteral("en"));
        for (const QString& kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        m_process.setProcessEnvironment(e);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(TestSupport::guiPath(), args);
        m_process.waitForStarted();
    }
    ~Gui()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    // Waits until stderr says `text`; false after `ms` or when the GUI ended first.
    bool waitFor(const QByteArray& text, int ms = 60000)
    {
        const QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            m_err += m_process.readAllStandardError();
            if (m_err.contains(text))
                return true;
            if (m_process.state() == QProcess::NotRunning)
                return false;
            m_process.waitForReadyRead(200);
        }
        return false;
    }
    bool waitForExit(int ms = 30000)
    {
        const bool done = m_process.waitForFinished(ms);
        m_err += m_process.readAllStandardError();
        return done;
    }
    int exitCode() const
    {
        return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
    }
    bool running() const { return m_process.state() == QProcess::Running; }
    void stop()
    {
        m_process.terminate(); // SIGTERM: what the session ending would do
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }
    const QByteArray& err() const { return m_err; }

private:
    QProcess m_process;
    QByteArray m_err;
};

// SQLite's and Qt's English texts, which must never reach the user.
const QList<QByteArray> kEnglish{
    "attempt to write", "readonly database", "disk is full", "file is not a database",
    "malformed",        "unable to open",    "Unable to",    "I/O error"};

QString integrityOf(const QString& path)
{
    QString result;
    {
        QSqlDatabase db = RawDatabase::open(QStringLiteral("check"), path);
        if (db.isOpen()) {
            QSqlQuery q(db);
            result = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                                  : QStringLiteral("failed");
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return result;
}
} // namespace

class TestOneProcess final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_folder = m_dir->filePath(QStringLiteral("station"));
        QVERIFY(QDir().mkpath(m_folder));
        m_db = m_folder + QStringLiteral("/t.sqlite");
        const CliRun r =
            cli({QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("village"),
                 QStringLiteral("--area"), kVillage, QStringLiteral("--name"), QStringLiteral("某村")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        for (int i = 0; i < 3; ++i)
            QCOMPARE(addChild(QStringLiteral("王小%1").arg(QChar(u'一' + i)), 101 + 2 * i).exitCode, 0);
        QCOMPARE(countChildren(), 3);
    }
    void cleanup()
    {
        if (m_dir)
            QProcess::execute(QStringLiteral("chmod"),
                              {QStringLiteral("-R"), QStringLiteral("u+w"), m_dir->path()});
        m_dir.reset();
    }

    // Issue 11, as it happened: the GUI has the database open, Import package… lists the database's folder
    // and is cancelled, then a plain `shouhu-cli search`. The CLI is refused, changes nothing, and the
    // database stays whole.
    void secondProgramRefusedAfterBrowsing()
    {
        Gui gui({QStringLiteral("--db"), m_db}, {QStringLiteral("SHOUHU_TEST_BROWSE=") + m_folder});
        QVERIFY2(gui.waitFor("browsed"), gui.err().constData());
        const QRegularExpressionMatch listed =
            QRegularExpression(QStringLiteral("browsed (\\d+) entries")).match(QString::fromUtf8(gui.err()));
        QVERIFY(listed.hasMatch());
        QVERIFY2(listed.captured(1).toInt() >= 3, gui.err().constData()); // t.sqlite, -wal, -shm, .lock, …
        QVERIFY(QFileInfo::exists(m_db + QStringLiteral("-wal")));

        const QByteArray sentence = "is open in another Shouhu window or program";
        for (const QStringList& args : {QStringList{QStringLiteral("search")},
                                        QStringList{QStringLiteral("add-child"), childFile(7)}}) {
            const CliRun r = cli(args);
            QCOMPARE(r.exitCode, 1);
            QVERIFY2(isOneSentence(r.err), r.err.constData());
            QVERIFY2(r.err.contains(sentence), r.err.constData());
            QVERIFY(r.out.isEmpty());
        }
        const CliRun zh =
            runCli({QStringLiteral("--db"), m_db, QStringLiteral("search")}, Launch{QStringLiteral("zh_CN")});
        QCOMPARE(zh.exitCode, 1);
        QVERIFY2(QString::fromUtf8(zh.err).contains(QStringLiteral("另一个")), zh.err.constData());
        QVERIFY2(!zh.err.contains("Shouhu window"), zh.err.constData());

        // A second GUI without a package: the same sentence (then a message box, which the test closes).
        {
            Gui second({QStringLiteral("--db"), m_db});
            QVERIFY2(second.waitFor(sentence), second.err().constData());
        }
        QVERIFY(gui.running());
        gui.stop();

        QCOMPARE(integrityOf(m_db), QStringLiteral("ok"));
        QCOMPARE(countChildren(), 3); // the refused add-child wrote nothing, nothing was lost
        QCOMPARE(addChild(QStringLiteral("李四"), 121).exitCode, 0); // and the lock went with the GUI
        QCOMPARE(countChildren(), 4);
    }

    // Opening a package from the file manager while the GUI runs: the second `shouhu` hands it over and
    // exits 0 without opening the database; the running window imports it.
    void packageHandedToTheRunningWindow()
    {
        // (The test hook only tells when the window is up and listening.)
        Gui gui({QStringLiteral("--db"), m_db}, {QStringLiteral("SHOUHU_TEST_BROWSE=") + m_dir->path()});
        QVERIFY2(gui.waitFor("browsed"), gui.err().constData());
        const QString package = m_dir->filePath(QStringLiteral("from township.shpkg"));
        QFile f(package);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(256, 'p'));
        f.close();

        // A relative name, as a file manager may pass, from another working folder.
        Gui second({QStringLiteral("--db"), m_db, QStringLiteral("from township.shpkg")}, {}, m_dir->path());
        QVERIFY2(second.waitForExit(), second.err().constData());
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(!second.err().contains("open in another"), second.err().constData());
        QVERIFY2(gui.waitFor(QByteArray("Package handed over by another Shouhu: ") + package.toUtf8()),
                 gui.err().constData());
        gui.stop();
        QCOMPARE(integrityOf(m_db), QStringLiteral("ok"));
        QCOMPARE(countChildren(), 3);
    }

    // Point 6 (issue 8's Messages): one true sentence in the user's language, nothing of SQLite's English.
    void messages_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("says");
        QTest::addRow("read-only file") << QStringLiteral("read-only file") << QStringLiteral("en")
                                        << QStringLiteral("The database file %1 is read-only");
        QTest::addRow("read-only file, Chinese")
            << QStringLiteral("read-only file") << QStringLiteral("zh_CN") << QStringLiteral("只读");
        QTest::addRow("read-only folder") << QStringLiteral("read-only folder") << QStringLiteral("en")
                                          << QStringLiteral("The folder %2 is read-only");
        QTest::addRow("read-only folder, Chinese")
            << QStringLiteral("read-only folder") << QStringLiteral("zh_CN") << QStringLiteral("只读");
        QTest::addRow("file size limit") << QStringLiteral("size limit") << QStringLiteral("en")
                                         << QStringLiteral("may not write files larger than");
        QTest::addRow("file size limit, Chinese")
            << QStringLiteral("size limit") << QStringLiteral("zh_CN") << QStringLiteral("大小");
        QTest::addRow("not a database") << QStringLiteral("not a database") << QStringLiteral("en")
                                        << QStringLiteral("The file %1 is not a Shouhu database.");
        QTest::addRow("not a database, Chinese")
            << QStringLiteral("not a database") << QStringLiteral("zh_CN") << QStringLiteral("不是");
    }
    void messages()
    {
        QFETCH(QString, kind);
        QFETCH(QString, lang);
        QFETCH(QString, says);
        Launch launch;
        launch.lang = lang;
        const bool root = geteuid() == 0;
        QStringList args{QStringLiteral("add-child"), childFile(9)};
        if (kind.startsWith(QLatin1String("read-only"))) {
            // Root writes whatever the permission bits say: run the CLI as "nobody" then.
            launch.asNobody = root;
            if (root)
                chownTree(kNobody);
            const QString target = kind.endsWith(QLatin1String("file")) ? m_db : m_folder;
            QFile::setPermissions(target, kind.endsWith(QLatin1String("file"))
                                              ? QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther
                                              : QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                    QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther);
        } else if (kind == QLatin1String("size limit")) {
            // Below what the database already takes: the first page written past it fails with EFBIG.
            launch.fileSizeLimit = 40 * 1024;
            QVERIFY(QFileInfo(m_db).size() > launch.fileSizeLimit);
        } else if (kind == QLatin1String("not a database")) {
            QVERIFY(QFile::remove(m_db));
            QFile f(m_db);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray("Minutes of the village meeting.\n").repeated(200));
        }
        const QByteArray before = hashOf(m_db);
        const CliRun r = runCli(QStringList{QStringLiteral("--db"), m_db} + args, launch);
        QVERIFY2(r.exitCode != 99, "could not become nobody");
        QCOMPARE(r.exitCode, 1); // not killed by SIGXFSZ (-1), refused
        QVERIFY2(isOneSentence(r.err), r.err.constData());
        const QString err = QString::fromUtf8(r.err);
        const QString expected = QString(says)
                                     .replace(QStringLiteral("%1"), QDir::toNativeSeparators(m_db))
                                     .replace(QStringLiteral("%2"), QDir::toNativeSeparators(m_folder));
        QVERIFY2(err.contains(expected), r.err.constData());
        for (const QByteArray& english : kEnglish)
            QVERIFY2(!r.err.contains(english), r.err.constData());
        if (kind != QLatin1String("not a database"))
            QVERIFY2(!err.contains(QStringLiteral("not a Shouhu database")) &&
                         !err.contains(QStringLiteral("不是")),
                     r.err.constData());
        if (lang == QLatin1String("zh_CN")) {
            // Chinese, without an English clause: nothing Latin but the path.
            QString rest = err;
            rest.remove(QDir::toNativeSeparators(m_db)).remove(QDir::toNativeSeparators(m_folder));
            QVERIFY2(!rest.contains(QRegularExpression(QStringLiteral("[A-Za-z]{3,}"))), r.err.constData());
        }
        // Nothing lost, nothing half-written.
        QCOMPARE(hashOf(m_db), before);
    }

private:
    CliRun cli(const QStringList& args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_db} + args);
    }
    QString childFile(int sequence) const
    {
        const QString path = m_dir->filePath(QStringLiteral("child-%1.json").arg(sequence));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(
                QJsonDocument(childJson(QStringLiteral("张%1").arg(sequence), 301 + 2 * sequence)).toJson());
        f.setPermissions(f.permissions() | QFile::ReadOther);
        return path;
    }
    CliRun addChild(const QString& name, int sequence) const
    {
        const QString path = m_dir->filePath(QStringLiteral("c.json"));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(QJsonDocument(childJson(name, sequence)).toJson());
        f.close();
        return cli({QStringLiteral("add-child"), path});
    }
    int countChildren() const
    {
        const CliRun r = cli({QStringLiteral("search"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            return -1;
        return int(QJsonDocument::fromJson(r.out).array().size());
    }
    QByteArray hashOf(const QString& path) const
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                                           : QByteArray();
    }
    // The temporary folders belong to root and are 0700: "nobody" gets the station folder and a way to it.
    void chownTree(uid_t uid) const
    {
        QFile::setPermissions(m_dir->path(),
                              QFile::permissions(m_dir->path()) | QFile::ExeOther | QFile::ReadOther);
        for (const QString& name : QDir(m_folder).entryList(QDir::Files))
            QVERIFY(::chown(QFile::encodeName(m_folder + QLatin1Char('/') + name).constData(), uid, uid) ==
                    0);
        QVERIFY(::chown(QFile::encodeName(m_folder).constData(), uid, uid) == 0);
        for (const QString& name : QDir(m_dir->path()).entryList({QStringLiteral("*.json")}, QDir::Files))
            QFile::setPermissions(m_dir->filePath(name),
                                  QFile::permissions(m_dir->filePath(name)) | QFile::ReadOther);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_folder;
    QString m_db;
};

QTEST_GUILESS_MAIN(TestOneProcess)
#include "TestOneProcess.moc"
