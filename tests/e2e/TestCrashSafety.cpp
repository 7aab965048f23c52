// Crash safety: shouhu-cli killed with SIGKILL at random moments of a large import (its backup, its merge,
// its commit) and of edits (add-child, edit-child). Afterwards the database passes PRAGMA integrity_check and
// holds exactly the state before the command or the state after it, never one in between.
//
// "The state" is a canonical dump of every table: rows as text, sorted, with UUIDs replaced by a placeholder
// (a new child gets a random id, every audit row too), under a fixed clock (SHOUHU_TEST_NOW), so that the
// same command on the same database gives the same dump. The state after is made by running the same command
// to the end on a copy. Kill delays come from a seeded generator, spread over the time the command takes (a
// run measured first, only to size the delays; nothing asserts a duration).
#include "RawDatabase.h"
#include "TestSupport.h"
#include "storage/DatabaseEncryption.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

namespace {
const QString kVillage = QStringLiteral("441523101201");
const QString kTownship = QStringLiteral("441523101000");
const QStringList kEnv{QStringLiteral("SHOUHU_PASSPHRASE=correct horse battery"),
                       QStringLiteral("SHOUHU_KDF=minimum"),
                       QStringLiteral("SHOUHU_TEST_NOW=2026-11-28T10:00:00")};
constexpr int kImportKills = 25;
constexpr int kEditKills = 30;

// The checksum of GB 11643 for the first 17 digits.
QString makeId(QDate birth, int sequence)
{
    const QString first17 = QStringLiteral("441523") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * weights[i];
    return first17 + QLatin1Char(checks[sum % 11]);
}

QByteArray childJson(int n)
{
    return QJsonDocument(QJsonObject{
                             {QStringLiteral("area_code"), kVillage},
                             {QStringLiteral("name"), QStringLiteral("李%1").arg(QChar(0x4e00 + n))},
                             {QStringLiteral("id_number"), makeId(QDate(2014, 3, 1).addDays(n), 101 + 2 * n)},
                             {QStringLiteral("hukou_type"), QStringLiteral("rural")},
                             {QStringLiteral("schooling"), QStringLiteral("primary")},
                             {QStringLiteral("household"),
                              QJsonObject{{QStringLiteral("address"), QStringLiteral("笆篱村%1组").arg(n)},
                                          {QStringLiteral("notes"), QString(400, u'记')}}},
                             {QStringLiteral("father"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("李大山")},
                                          {QStringLiteral("status"), QStringLiteral("away_for_work")},
                                          {QStringLiteral("work_place_code"), QStringLiteral("440300")},
                                          {QStringLiteral("away_since"), QStringLiteral("2023-02-01")}}},
                             {QStringLiteral("mother"),
                              QJsonObject{{QStringLiteral("name"), QStringLiteral("王小芳")}}},
                         })
        .toJson();
}

// An edit touching the child, its household and a person in one file (one transaction).
QByteArray editJson(int n)
{
    return QJsonDocument(
               QJsonObject{
                   {QStringLiteral("name"), QStringLiteral("赵%1").arg(QChar(0x4e00 + n))},
                   {QStringLiteral("household"),
                    QJsonObject{{QStringLiteral("address"), QStringLiteral("新村%1号").arg(n)}}},
                   {QStringLiteral("father"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("赵%1山").arg(QChar(0x4e00 + n))}}},
               })
        .toJson();
}

struct Dump
{
    bool intact = false;
    QString problem;
    QByteArray hash; // of the canonical text
    qint64 children = -1;
};

// Opens the database as the next program would (recovering its WAL), checks it and dumps it canonically.
Dump dumpOf(const QString& path)
{
    static int n = 0;
    const QString name = QStringLiteral("dump-%1").arg(++n);
    Dump d;
    {
        QSqlDatabase db = RawDatabase::open(name, path);
        if (!db.isOpen()) {
            d.problem = db.lastError().text();
        } else {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("PRAGMA integrity_check")) || !q.next())
                d.problem = q.lastError().text();
            else if (q.value(0).toString() != QLatin1String("ok"))
                d.problem = q.value(0).toString();
            d.intact = d.problem.isEmpty();
            static const QRegularExpression uuid(
                QStringLiteral("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
            QStringList tables;
            q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
            while (q.next())
                tables << q.value(0).toString();
            QCryptographicHash hash(QCryptographicHash::Sha256);
            for (const QString& table : std::as_const(tables)) {
                QSqlQuery rows(db);
                rows.setForwardOnly(true);
                rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(table));
                QStringList lines;
                while (rows.next()) {
                    QStringList values;
                    for (int i = 0; i < rows.record().count(); ++i)
                        values << (rows.isNull(i) ? QStringLiteral("\\N") : rows.value(i).toString());
                    lines << values.join(QLatin1Char('\t')).replace(uuid, QStringLiteral("<id>"));
                }
                lines.sort();
                hash.addData(
                    QByteArray(table.toUtf8() + '\n' + lines.join(QLatin1Char('\n')).toUtf8() + "\n\n"));
                if (table == QLatin1String("child"))
                    d.children = lines.size();
            }
            d.hash = hash.result().toHex();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return d;
}

QProcess* startCli(const QString& db, const QStringList& args)
{
    auto* p = new QProcess;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("SHOUHU_LANG"), QStringLiteral("en"));
    for (const QString& kv : kEnv)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    p->setProcessEnvironment(env);
    p->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p->setStandardOutputFile(QProcess::nullDevice());
    p->start(TestSupport::cliPath(), QStringList{QStringLiteral("--db"), db} + args);
    p->waitForStarted();
    return p;
}

// Runs to the end; the exit code (-1 when it crashed).
int runCli(const QString& db, const QStringList& args)
{
    std::unique_ptr<QProcess> p(startCli(db, args));
    p->waitForFinished(600000);
    return p->exitStatus() == QProcess::NormalExit ? p->exitCode() : -1;
}

// Starts the command and kills it with SIGKILL after `delayMs` unless it ended first; true when killed.
bool runAndKill(const QString& db, const QStringList& args, int delayMs)
{
    std::unique_ptr<QProcess> p(startCli(db, args));
    if (p->waitForFinished(delayMs))
        return false;
    p->kill(); // SIGKILL
    p->waitForFinished(60000);
    return true;
}

bool copyDatabase(const QString& from, const QString& to)
{
    for (const char* suffix : {"", "-wal", "-shm", ".lock"})
        QFile::remove(to + QLatin1String(suffix));
    QDir(to + QStringLiteral(".backups")).removeRecursively();
    return QFile::copy(from, to) && !QFileInfo::exists(from + QStringLiteral("-wal"));
}
} // namespace

class TestCrashSafety final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QRandomGenerator m_random{20261128};
    int m_killed = 0;

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString writeFile(const QString& name, const QByteArray& data) const
    {
        QFile f(path(name));
        if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
            f.write(data);
        return f.fileName();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // A village's package of a few thousand records into its township, killed again and again.
    void killedImport()
    {
        const QString village = path(QStringLiteral("v.sqlite"));
        const QString township = path(QStringLiteral("t.sqlite"));
        QCOMPARE(runCli(village,
                        {QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("village"),
                         QStringLiteral("--area"), kVillage, QStringLiteral("--name"), QStringLiteral("V")}),
                 0);
        QCOMPARE(runCli(township,
                        {QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("township"),
                         QStringLiteral("--area"), kTownship, QStringLiteral("--name"), QStringLiteral("T")}),
                 0);
        QCOMPARE(runCli(village, {QStringLiteral("--json"), QStringLiteral("demo"),
                                  QStringLiteral("--children"), QStringLiteral("1200")}),
                 0);
        QHash<QString, QJsonObject> cards;
        for (const QString& db : {village, township}) {
            const QString card = db + QStringLiteral(".shid");
            const TestSupport::CliRun r = TestSupport::runCli(
                {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("identity"),
                 QStringLiteral("export"), QStringLiteral("--out"), card},
                {}, kEnv);
            QVERIFY2(r.exitCode == 0, r.err.constData());
            cards.insert(db, QJsonDocument::fromJson(r.out).object());
            // The keys made, the database is encrypted: the kills below hit SQLCipher's writes.
            QVERIFY(DatabaseEncryption::isEncrypted(db));
        }
        for (const auto& [at, whom] : {std::pair{village, township}, std::pair{township, village}})
            QCOMPARE(runCli(at, {QStringLiteral("enroll"), whom + QStringLiteral(".shid"),
                                 QStringLiteral("--fingerprint"),
                                 cards.value(whom).value(QStringLiteral("fingerprint")).toString()}),
                     0);
        const QString package = path(QStringLiteral("v.shpkg"));
        QCOMPARE(runCli(village, {QStringLiteral("export"), QStringLiteral("--to"),
                                  cards.value(township).value(QStringLiteral("station")).toString(),
                                  QStringLiteral("--out"), package}),
                 0);

        const Dump before = dumpOf(township);
        QVERIFY2(before.intact, qPrintable(before.problem));
        QCOMPARE(before.children, 0);
        // The state after, and how long the import takes here (to spread the kills over it).
        const QString work = path(QStringLiteral("work.sqlite"));
        QVERIFY(copyDatabase(township, work));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(runCli(work, {QStringLiteral("import"), package}), 0);
        const int span = int(timer.elapsed() * 11 / 10) + 20;
        const Dump after = dumpOf(work);
        QVERIFY2(after.intact, qPrintable(after.problem));
        QVERIFY(after.children >= 1200);
        QVERIFY(after.hash != before.hash);
        // The same import again on a copy gives the same state (the comparison below can tell).
        QVERIFY(copyDatabase(township, work));
        QCOMPARE(runCli(work, {QStringLiteral("import"), package}), 0);
        QCOMPARE(dumpOf(work).hash, after.hash);

        int sawBefore = 0, sawAfter = 0;
        for (int i = 0; i < kImportKills; ++i) {
            QVERIFY(copyDatabase(township, work));
            const int delay = m_random.bounded(span);
            if (runAndKill(work, {QStringLiteral("import"), package}, delay))
                ++m_killed;
            const Dump d = dumpOf(work);
            QVERIFY2(d.intact,
                     qPrintable(QStringLiteral("kill %1 after %2 ms: %3").arg(i).arg(delay).arg(d.problem)));
            QVERIFY2(d.hash == before.hash || d.hash == after.hash,
                     qPrintable(QStringLiteral("kill %1 after %2 ms: %3 children, neither before nor after")
                                    .arg(i)
                                    .arg(delay)
                                    .arg(d.children)));
            (d.hash == before.hash ? sawBefore : sawAfter) += 1;
        }
        qInfo("import: %d kills, %d left the state before, %d the state after", kImportKills, sawBefore,
              sawAfter);
    }

    // add-child and edit-child on one database, each killed at a random moment; the database goes on from
    // whichever state it was left in.
    void killedEdits()
    {
        const QString db = path(QStringLiteral("edits.sqlite"));
        QCOMPARE(
            runCli(db, {QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("village"),
                        QStringLiteral("--area"), kVillage, QStringLiteral("--name"), QStringLiteral("E")}),
            0);
        QCOMPARE(runCli(db, {QStringLiteral("--json"), QStringLiteral("demo"), QStringLiteral("--children"),
                             QStringLiteral("40")}),
                 0);
        const QString scratch = path(QStringLiteral("edits-after.sqlite"));
        int sawBefore = 0, sawAfter = 0;
        QStringList added; // ids of children known to be there (for edit-child)
        {
            const TestSupport::CliRun r = TestSupport::runCli(
                {QStringLiteral("--db"), db, QStringLiteral("--json"), QStringLiteral("search"),
                 QStringLiteral("--limit"), QStringLiteral("5")},
                {}, kEnv);
            QCOMPARE(r.exitCode, 0);
            for (const QJsonValue& v : QJsonDocument::fromJson(r.out).array())
                added << v.toObject().value(QStringLiteral("id")).toString();
            QVERIFY(!added.isEmpty());
        }
        for (int i = 0; i < kEditKills; ++i) {
            const bool add = i % 2 == 0;
            const QStringList args =
                add ? QStringList{QStringLiteral("add-child"),
                                  writeFile(QStringLiteral("add-%1.json").arg(i), childJson(i))}
                    : QStringList{QStringLiteral("edit-child"), added.at(m_random.bounded(int(added.size()))),
                                  writeFile(QStringLiteral("edit-%1.json").arg(i), editJson(i))};
            const Dump before = dumpOf(db);
            QVERIFY2(before.intact, qPrintable(before.problem));
            QVERIFY(copyDatabase(db, scratch));
            QElapsedTimer timer;
            timer.start();
            QCOMPARE(runCli(scratch, args), 0);
            const int span = int(timer.elapsed() * 11 / 10) + 10;
            const Dump after = dumpOf(scratch);
            QVERIFY(after.hash != before.hash);
            const int delay = m_random.bounded(span);
            if (runAndKill(db, args, delay))
                ++m_killed;
            const Dump d = dumpOf(db);
            QVERIFY2(
                d.intact,
                qPrintable(
                    QStringLiteral("%1 killed after %2 ms: %3").arg(args.first()).arg(delay).arg(d.problem)));
            QVERIFY2(
                d.hash == before.hash || d.hash == after.hash,
                qPrintable(QStringLiteral("%1 killed after %2 ms: neither before nor after (%3 children; "
                                          "before %4, after %5)")
                               .arg(args.first())
                               .arg(delay)
                               .arg(d.children)
                               .arg(before.children)
                               .arg(after.children)));
            (d.hash == before.hash ? sawBefore : sawAfter) += 1;
        }
        qInfo("edits: %d kills, %d left the state before, %d the state after", kEditKills, sawBefore,
              sawAfter);
    }

    void cleanupTestCase()
    {
        // At least 50 runs were started with a kill due; how many the kill reached before they ended depends
        // on the machine (said, not asserted).
        QVERIFY(kImportKills + kEditKills >= 50);
        qInfo("%d of %d runs were killed before they ended", m_killed, kImportKills + kEditKills);
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "TestCrashSafety.moc"
