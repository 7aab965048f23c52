// Backups end to end through shouhu-cli: backup, backups, restore and its refusals, the backup before every
// import (once per run), and a full disk (RLIMIT_FSIZE), a read-only database file and a read-only folder
// during add-child, import and backup: one true sentence, exit 1, the database unchanged and intact.
#include "RawDatabase.h"
#include "TestSupport.h"

#include "domain/IdNumber.h"
#include "storage/DatabaseLock.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using TestSupport::CliRun;
using TestSupport::isOneSentence;

namespace {
const QString kVillage = QStringLiteral("441523101201");
const QString kTownship = QStringLiteral("441523101000");
constexpr uid_t kNobody = 65534;
const QStringList kEnv{QStringLiteral("SHOUHU_PASSPHRASE=correct horse battery"),
                       QStringLiteral("SHOUHU_KDF=minimum")};

QByteArray childJson(int n)
{
    const QString first17 = QStringLiteral("441523") +
                            QDate(2015, 5, 1).addDays(n).toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(201 + 2 * n, 3, 10, QLatin1Char('0'));
    return QJsonDocument(QJsonObject{{QStringLiteral("area_code"), kVillage},
                                     {QStringLiteral("name"), QStringLiteral("陈%1").arg(QChar(0x4e00 + n))},
                                     {QStringLiteral("id_number"),
                                      QString(first17 + IdNumber::checkCharacter(first17))},
                                     {QStringLiteral("hukou_type"), QStringLiteral("rural")}})
        .toJson();
}

int modeOf(const QString& path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 0777) : -1;
}

// The database's state: integrity_check, and a hash of every table's rows (sorted).
struct State
{
    QString check;
    QByteArray hash;
    qint64 children = -1;
    bool operator==(const State& o) const { return check == o.check && hash == o.hash; }
};

State stateOf(const QString& path)
{
    static int n = 0;
    const QString name = QStringLiteral("state-%1").arg(++n);
    State s;
    {
        QSqlDatabase db = RawDatabase::open(name, path);
        if (db.isOpen()) {
            QSqlQuery q(db);
            s.check = q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next() ? q.value(0).toString()
                                                                                   : q.lastError().text();
            QStringList tables;
            q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            while (q.next())
                tables << q.value(0).toString();
            QCryptographicHash hash(QCryptographicHash::Sha256);
            for (const QString& t : std::as_const(tables)) {
                QSqlQuery rows(db);
                rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t));
                QStringList lines;
                while (rows.next()) {
                    QStringList values;
                    for (int i = 0; i < rows.record().count(); ++i)
                        values << rows.value(i).toString();
                    lines << values.join(QLatin1Char('\t'));
                }
                lines.sort();
                if (t == QLatin1String("child"))
                    s.children = lines.size();
                hash.addData(QByteArray(t.toUtf8() + '\n' + lines.join(QLatin1Char('\n')).toUtf8()));
            }
            s.hash = hash.result();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return s;
}

QString stationName(const QString& path)
{
    QString name;
    {
        QSqlDatabase db = RawDatabase::open(QStringLiteral("station"), path);
        QSqlQuery q(db);
        if (db.isOpen() && q.exec(QStringLiteral("SELECT name FROM station")) && q.next())
            name = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("station"));
    return name;
}

// How a run is started: as "nobody" (root writes whatever the permission bits say), under a file size limit.
struct Launch
{
    bool asNobody = false;
    qint64 fileSizeLimit = 0;
};

CliRun run(const QString& db, const QStringList& args, const Launch& launch = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SHOUHU_LANG"), QStringLiteral("en"));
    for (const QString& kv : kEnv)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p.setProcessEnvironment(env);
    const bool asNobody = launch.asNobody;
    const rlim_t limit = rlim_t(launch.fileSizeLimit);
    p.setChildProcessModifier([asNobody, limit] {
        // A write past the limit fails with EFBIG instead of the signal killing the program.
        std::signal(SIGXFSZ, SIG_IGN);
        if (limit > 0) {
            const rlimit l{limit, limit};
            setrlimit(RLIMIT_FSIZE, &l);
        }
        if (asNobody && (setgroups(0, nullptr) != 0 || setgid(kNobody) != 0 || setuid(kNobody) != 0))
            _exit(99);
    });
    p.start(TestSupport::cliPath(), QStringList{QStringLiteral("--db"), db} + args);
    p.waitForFinished(300000);
    CliRun r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QJsonValue json(const QString& db, QStringList args)
{
    args.prepend(QStringLiteral("--json"));
    const CliRun r = run(db, args);
    if (r.exitCode != 0)
        qWarning() << args << r.err;
    const QJsonDocument d = QJsonDocument::fromJson(r.out);
    return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
}

bool copyDatabase(const QString& from, const QString& to)
{
    for (const char* suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(to + QLatin1String(suffix));
    QDir(to + QStringLiteral(".backups")).removeRecursively();
    return QFile::copy(from, to);
}

QStringList backupsOf(const QString& db)
{
    return QDir(db + QStringLiteral(".backups")).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}
} // namespace

class TestBackupCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_village;
    QString m_township; // enrolled with the village, never changed by the tests (they work on copies)
    QStringList m_packages;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString writeFile(const QString& name, const QByteArray& data) const
    {
        QFile f(path(name));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(data);
        f.setPermissions(f.permissions() | QFile::ReadOther);
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_village = path(QStringLiteral("v.sqlite"));
        m_township = path(QStringLiteral("t.sqlite"));
        QCOMPARE(run(m_village,
                     {QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("village"),
                      QStringLiteral("--area"), kVillage, QStringLiteral("--name"), QStringLiteral("V")})
                     .exitCode,
                 0);
        QCOMPARE(run(m_township,
                     {QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("township"),
                      QStringLiteral("--area"), kTownship, QStringLiteral("--name"), QStringLiteral("T")})
                     .exitCode,
                 0);
        QHash<QString, QJsonObject> cards;
        for (const QString& db : {m_village, m_township}) {
            cards.insert(db, json(db, {QStringLiteral("identity"), QStringLiteral("export"),
                                       QStringLiteral("--out"), db + QStringLiteral(".shid")})
                                 .toObject());
            QVERIFY(cards.value(db).contains(QStringLiteral("fingerprint")));
        }
        for (const auto& [at, whom] : {std::pair{m_village, m_township}, std::pair{m_township, m_village}}) {
            const CliRun r = run(at, {QStringLiteral("enroll"), whom + QStringLiteral(".shid"),
                                      QStringLiteral("--fingerprint"),
                                      cards.value(whom).value(QStringLiteral("fingerprint")).toString()});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        // Two packages: the village's demo children, then one more child.
        QCOMPARE(run(m_village, {QStringLiteral("--json"), QStringLiteral("demo"),
                                 QStringLiteral("--children"), QStringLiteral("60")})
                     .exitCode,
                 0);
        const QString township = cards.value(m_township).value(QStringLiteral("station")).toString();
        for (int i = 0; i < 2; ++i) {
            if (i == 1)
                QCOMPARE(run(m_village, {QStringLiteral("add-child"),
                                         writeFile(QStringLiteral("extra.json"), childJson(1))})
                             .exitCode,
                         0);
            const QString file = path(QStringLiteral("p%1.shpkg").arg(i + 1));
            const CliRun r = run(m_village, {QStringLiteral("export"), QStringLiteral("--to"), township,
                                             QStringLiteral("--out"), file});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QFile::setPermissions(file, QFile::permissions(file) | QFile::ReadOther);
            m_packages << file;
        }
        // "nobody" may pass through the test's folder (the station folders get their own owner below).
        QFile::setPermissions(m_dir.path(),
                              QFile::permissions(m_dir.path()) | QFile::ExeOther | QFile::ReadOther);
    }

    void backupAndList()
    {
        const QString db = path(QStringLiteral("list.sqlite"));
        QVERIFY(copyDatabase(m_village, db));
        // A copy of the user's choice: verified, owner-only, a complete database.
        const QString out = path(QStringLiteral("copy.sqlite"));
        const QJsonObject made =
            json(db, {QStringLiteral("backup"), QStringLiteral("--out"), out}).toObject();
        QCOMPARE(made.value(QStringLiteral("file")).toString(), out);
        QVERIFY(made.value(QStringLiteral("verified")).toBool());
        QCOMPARE(modeOf(out), 0600);
        QCOMPARE(stateOf(out).children, stateOf(db).children);
        QCOMPARE(stateOf(out).check, QStringLiteral("ok"));
        // Never over the database itself.
        const CliRun itself = run(db, {QStringLiteral("backup"), QStringLiteral("--out"), db});
        QCOMPARE(itself.exitCode, 1);
        QVERIFY(isOneSentence(itself.err));
        // Into the folder: three, then only two kept.
        for (int i = 0; i < 3; ++i)
            QCOMPARE(run(db, {QStringLiteral("backup")}).exitCode, 0);
        QCOMPARE(modeOf(db + QStringLiteral(".backups")), 0700);
        QCOMPARE(backupsOf(db).size(), 3);
        for (const QString& name : backupsOf(db)) {
            QVERIFY2(QRegularExpression(QStringLiteral("^\\d{8}-\\d{6}(-\\d+)?-manual\\.sqlite$"))
                         .match(name)
                         .hasMatch(),
                     qPrintable(name));
            QCOMPARE(modeOf(db + QStringLiteral(".backups/") + name), 0600);
        }
        const QJsonArray listed =
            json(db, {QStringLiteral("backups"), QStringLiteral("--keep"), QStringLiteral("2")}).toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(backupsOf(db).size(), 2);
        for (const QJsonValue& v : listed) {
            const QJsonObject e = v.toObject();
            QVERIFY(QFileInfo::exists(e.value(QStringLiteral("file")).toString()));
            QVERIFY(e.value(QStringLiteral("size")).toInteger() > 0);
            QVERIFY(e.value(QStringLiteral("verified")).toBool());
            QCOMPARE(e.value(QStringLiteral("reason")).toString(), QStringLiteral("manual"));
            QVERIFY(
                QDateTime::fromString(e.value(QStringLiteral("created")).toString(), Qt::ISODate).isValid());
        }
        // The text list: a row per backup; --verify finds a copy damaged since.
        QFile damaged(listed.at(1).toObject().value(QStringLiteral("file")).toString());
        QVERIFY(damaged.open(QIODevice::ReadWrite));
        damaged.seek(4096 * 3);
        damaged.write(QByteArray(4096 * 4, '\x5a'));
        damaged.close();
        const CliRun text = run(db, {QStringLiteral("backups"), QStringLiteral("--verify")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains("FAILED") && text.out.contains(" yes "), text.out.constData());
        QVERIFY2(text.out.contains("the last 2 are kept"), text.out.constData());
    }

    // One backup per import run, however many packages; none when nothing is imported.
    void importBacksUpOncePerRun()
    {
        const QString db = path(QStringLiteral("import.sqlite"));
        QVERIFY(copyDatabase(m_township, db));
        const CliRun r = run(db, QStringList{QStringLiteral("import")} + m_packages);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QStringList made = backupsOf(db);
        QCOMPARE(made.size(), 1);
        QVERIFY(made.first().endsWith(QLatin1String("-import.sqlite")));
        // The backup holds the state before the import.
        QCOMPARE(stateOf(db + QStringLiteral(".backups/") + made.first()).hash, stateOf(m_township).hash);
        QVERIFY(stateOf(db).children > 60);
        const CliRun again = run(db, QStringList{QStringLiteral("import")} + m_packages);
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(backupsOf(db), made);
    }

    // No backup, no import: one sentence, nothing imported.
    void importRefusedWithoutBackup()
    {
        const QString db = path(QStringLiteral("nobackup.sqlite"));
        QVERIFY(copyDatabase(m_township, db));
        // A file where the backup folder would go: the folder cannot be made (root or not).
        QFile blocker(db + QStringLiteral(".backups"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const State before = stateOf(db);
        const CliRun r = run(db, QStringList{QStringLiteral("import")} + m_packages);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(isOneSentence(r.err), r.err.constData());
        QVERIFY2(r.err.startsWith("Nothing was imported, because the backup made before every import failed"),
                 r.err.constData());
        QVERIFY(stateOf(db) == before);
        QFile::remove(db + QStringLiteral(".backups"));
    }

    void restore()
    {
        const QString db = path(QStringLiteral("restore.sqlite"));
        QVERIFY(copyDatabase(m_village, db));
        const QString monday = path(QStringLiteral("monday.sqlite"));
        QCOMPARE(run(db, {QStringLiteral("backup"), QStringLiteral("--out"), monday}).exitCode, 0);
        const State atMonday = stateOf(db);
        QCOMPARE(run(db, {QStringLiteral("add-child"), writeFile(QStringLiteral("r.json"), childJson(7))})
                     .exitCode,
                 0);
        const State atTuesday = stateOf(db);
        QCOMPARE(atTuesday.children, atMonday.children + 1);
        const QJsonObject r = json(db, {QStringLiteral("restore"), monday}).toObject();
        QCOMPARE(r.value(QStringLiteral("children")).toInt(), int(atMonday.children));
        const State restored = stateOf(db);
        QCOMPARE(restored.check, QStringLiteral("ok"));
        QCOMPARE(restored.children, atMonday.children);
        QCOMPARE(modeOf(db), 0600);
        // Tuesday's data are in the backup made first, and can be restored in turn.
        const QString previous = r.value(QStringLiteral("previousBackup")).toString();
        QVERIFY(previous.endsWith(QLatin1String("-restore.sqlite")));
        QCOMPARE(stateOf(previous).children, atTuesday.children);
        const CliRun back = run(db, {QStringLiteral("restore"), previous});
        QVERIFY2(back.exitCode == 0, back.err.constData());
        QVERIFY2(back.out.contains("was restored from"), back.out.constData());
        QCOMPARE(stateOf(db).children, atTuesday.children);
        // Into a new database (a new laptop): created from the copy.
        const QString fresh = path(QStringLiteral("fresh/new.sqlite"));
        QDir().mkpath(QFileInfo(fresh).absolutePath());
        const CliRun intoNew = run(fresh, {QStringLiteral("restore"), monday});
        QVERIFY2(intoNew.exitCode == 0, intoNew.err.constData());
        QCOMPARE(stateOf(fresh).children, atMonday.children);
        QCOMPARE(run(fresh, {QStringLiteral("search")}).exitCode, 0);
    }

    void restoreRefuses_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("says");
        QTest::addRow("not a database")
            << QStringLiteral("text") << QStringLiteral("is not a Shouhu database");
        QTest::addRow("damaged") << QStringLiteral("damaged") << QStringLiteral("is damaged");
        QTest::addRow("newer version")
            << QStringLiteral("newer") << QStringLiteral("newer version of Shouhu");
        QTest::addRow("another station") << QStringLiteral("other") << QStringLiteral("another station");
        QTest::addRow("open elsewhere") << QStringLiteral("held") << QStringLiteral("is open in another");
        QTest::addRow("missing") << QStringLiteral("missing") << QStringLiteral("does not exist");
    }
    void restoreRefuses()
    {
        QFETCH(QString, kind);
        QFETCH(QString, says);
        const QString db = path(QStringLiteral("refuse.sqlite"));
        QVERIFY(copyDatabase(m_village, db));
        QString file = path(QStringLiteral("candidate-%1.sqlite").arg(kind));
        QStringList extra;
        std::unique_ptr<DatabaseLock> held;
        if (kind == QLatin1String("text")) {
            writeFile(QFileInfo(file).fileName(), QByteArray("Minutes of the meeting.\n").repeated(400));
        } else if (kind == QLatin1String("other")) {
            file = m_township;
            extra << QStringLiteral("--force");
        } else if (kind != QLatin1String("missing")) {
            QCOMPARE(run(m_village, {QStringLiteral("backup"), QStringLiteral("--out"), file}).exitCode, 0);
            if (kind == QLatin1String("damaged")) {
                QFile f(file);
                QVERIFY(f.open(QIODevice::ReadWrite));
                for (qint64 at = 4096 * 2; at + 4096 < f.size(); at += 4096 * 3) {
                    f.seek(at + 200);
                    f.write(QByteArray(1000, '\x5a'));
                }
            } else if (kind == QLatin1String("newer")) {
                QSqlDatabase raw = RawDatabase::open(QStringLiteral("raw"), file);
                QVERIFY(raw.isOpen());
                QVERIFY(QSqlQuery(raw).exec(QStringLiteral("PRAGMA user_version = 9999")));
                raw.close();
                raw = QSqlDatabase();
                QSqlDatabase::removeDatabase(QStringLiteral("raw"));
            } else if (kind == QLatin1String("held")) {
                Result<std::unique_ptr<DatabaseLock>> lock = DatabaseLock::acquire(db);
                QVERIFY(lock);
                held = std::move(lock.value());
            }
        }
        const State before = stateOf(db);
        const QByteArray bytes = [&] {
            QFile f(db);
            return f.open(QIODevice::ReadOnly)
                       ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256)
                       : QByteArray();
        }();
        // In a child process: this test's own lock only counts for others.
        const CliRun r = [&] {
            if (!held)
                return run(db, {QStringLiteral("restore"), file});
            CliRun out;
            const pid_t pid = fork();
            if (pid == 0) {
                held.release(); // the child must not unlock on exit
                execl(QFile::encodeName(TestSupport::cliPath()).constData(), "shouhu-cli", "--lang", "en",
                      "--db", QFile::encodeName(db).constData(), "restore",
                      QFile::encodeName(file).constData(), nullptr);
                _exit(98);
            }
            int status = 0;
            waitpid(pid, &status, 0);
            out.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
            return out;
        }();
        QCOMPARE(r.exitCode, 1);
        if (!held) {
            QVERIFY2(isOneSentence(r.err), r.err.constData());
            QVERIFY2(r.err.contains(says.toUtf8()), r.err.constData());
        }
        held.reset();
        // Nothing changed, and no backup was made for nothing.
        QVERIFY(stateOf(db) == before);
        QFile f(db);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256), bytes);
        QVERIFY(backupsOf(db).isEmpty());
        if (!extra.isEmpty()) {
            const CliRun forced = run(db, QStringList{QStringLiteral("restore"), file} + extra);
            QVERIFY2(forced.exitCode == 0, forced.err.constData());
            QCOMPARE(stationName(db), QStringLiteral("T"));
            QCOMPARE(stateOf(db).children, stateOf(m_township).children);
            QCOMPARE(stateOf(db).check, QStringLiteral("ok"));
        }
    }

    // A database damaged beyond opening is kept beside and replaced.
    void restoreDamagedDatabase()
    {
        const QString db = path(QStringLiteral("broken.sqlite"));
        QVERIFY(copyDatabase(m_village, db));
        const QString good = path(QStringLiteral("good.sqlite"));
        QCOMPARE(run(db, {QStringLiteral("backup"), QStringLiteral("--out"), good}).exitCode, 0);
        {
            QFile f(db);
            QVERIFY(f.open(QIODevice::ReadWrite));
            f.write(QByteArray(4096, '\x5a')); // the header and the schema: SQLite cannot read it any more
        }
        const CliRun refused = run(db, {QStringLiteral("search")});
        QCOMPARE(refused.exitCode, 1);
        const CliRun r = run(db, {QStringLiteral("restore"), good});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("The damaged database was kept as"), r.out.constData());
        const QStringList kept = QDir(m_dir.path()).entryList({QStringLiteral("broken.sqlite.damaged-*")});
        QCOMPARE(kept.size(), 1);
        QCOMPARE(stateOf(db).check, QStringLiteral("ok"));
        QCOMPARE(stateOf(db).children, stateOf(good).children);
        QCOMPARE(run(db, {QStringLiteral("search")}).exitCode, 0);
    }

    // Point 5: a full disk (the file size limit) and a read-only file or folder, during add-child, import and
    // backup.
    void limits_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("condition");
        QTest::addColumn<QString>("says");
        const QString limit = QStringLiteral("may not write files larger than");
        for (const char* command : {"add-child", "import", "backup"}) {
            const QString c = QLatin1String(command);
            QTest::addRow("%s, file size limit", command) << c << QStringLiteral("limit") << limit;
            QTest::addRow("%s, read-only file", command)
                << c << QStringLiteral("read-only file")
                << QStringLiteral("The database file %1 is read-only");
            QTest::addRow("%s, read-only folder", command)
                << c << QStringLiteral("read-only folder") << QStringLiteral("The folder %2 is read-only");
        }
        // The backup fits, the import's own writes do not.
        QTest::addRow("import, limit above the backup")
            << QStringLiteral("import") << QStringLiteral("limit above") << limit;
    }
    void limits()
    {
        QFETCH(QString, command);
        QFETCH(QString, condition);
        QFETCH(QString, says);
        const QString folder = path(QStringLiteral("limits-%1-%2")
                                        .arg(command, condition)
                                        .replace(QLatin1Char(' '), QLatin1Char('-')));
        QVERIFY(QDir().mkpath(folder));
        const QString db = folder + QStringLiteral("/station.sqlite");
        QVERIFY(copyDatabase(m_township, db));
        if (command != QLatin1String("import")) {
            // add-child and backup on the village's own data.
            QFile::remove(db);
            QVERIFY(QFile::copy(m_village, db));
        }
        // A first run leaves the lock file (as a user would have it).
        QCOMPARE(run(db, {QStringLiteral("search")}).exitCode, 0);
        QStringList args{command};
        if (command == QLatin1String("add-child"))
            args << writeFile(QStringLiteral("limit.json"), childJson(9));
        else if (command == QLatin1String("import"))
            args << m_packages.first(); // one package: its refusal is the sentence on stderr
        Launch launch;
        const bool root = geteuid() == 0;
        if (condition.startsWith(QLatin1String("read-only"))) {
            launch.asNobody = root;
            if (root) {
                for (const QString& name : QDir(folder).entryList(QDir::Files | QDir::Hidden))
                    QVERIFY(::chown(QFile::encodeName(folder + QLatin1Char('/') + name).constData(), kNobody,
                                    kNobody) == 0);
                QVERIFY(::chown(QFile::encodeName(folder).constData(), kNobody, kNobody) == 0);
            }
            if (condition.endsWith(QLatin1String("file")))
                QVERIFY(::chmod(QFile::encodeName(db).constData(), 0444) == 0);
            else
                QVERIFY(::chmod(QFile::encodeName(folder).constData(), 0555) == 0);
        } else {
            const qint64 size = QFileInfo(db).size();
            // Above the shared-memory file (32 KiB), below what a save or a copy of the database writes.
            launch.fileSizeLimit = condition == QLatin1String("limit") ? 40 * 1024 : size + 160 * 1024;
        }
        const State before = stateOf(db);
        QCOMPARE(before.check, QStringLiteral("ok"));
        const CliRun r = run(db, args, launch);
        ::chmod(QFile::encodeName(db).constData(), 0600);
        ::chmod(QFile::encodeName(folder).constData(), 0700);
        QVERIFY2(r.exitCode != 99, "could not become nobody");
        QCOMPARE(r.exitCode, 1); // refused, not killed
        QVERIFY2(isOneSentence(r.err), r.err.constData());
        const QString expected = QString(says)
                                     .replace(QStringLiteral("%1"), QDir::toNativeSeparators(db))
                                     .replace(QStringLiteral("%2"), QDir::toNativeSeparators(folder));
        QVERIFY2(QString::fromUtf8(r.err).contains(expected), r.err.constData());
        if (command == QLatin1String("import") && condition == QLatin1String("limit"))
            QVERIFY2(r.err.startsWith("Nothing was imported, because the backup"), r.err.constData());
        for (const char* english : {"disk is full", "readonly database", "unable to open"})
            QVERIFY2(!r.err.contains(english), r.err.constData());
        // Unchanged and intact; no half-written backup left behind.
        const State after = stateOf(db);
        QCOMPARE(after.check, QStringLiteral("ok"));
        QVERIFY(after == before);
        for (const QString& name : backupsOf(db))
            QVERIFY2(!name.endsWith(QLatin1String(".partial")), qPrintable(name));
        if (condition == QLatin1String("limit above"))
            QCOMPARE(backupsOf(db).size(), 1); // the backup was made; the import failed after it
        else
            QVERIFY(backupsOf(db).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBackupCli)
#include "TestBackupCli.moc"
