#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// A village laptop whose date was three days ahead, through shouhu-cli as the stations would use it (the
// computer's date is moved with the test hook SHOUHU_TEST_NOW): its package is refused at the township with
// the true reason, `identity show` warns once the date is corrected, `clock repair` fixes the changes, and
// the next ordinary export is accepted. A second repair changes nothing; a date behind what the township sent
// is refused.
class TestClockCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, QString> m_ids;
    int m_packages = 0;

    TestSupport::CliRun cli(const QString& station, const QString& now, QStringList args)
    {
        args.prepend(m_dir.filePath(station + QStringLiteral(".db")));
        args.prepend(QStringLiteral("--db"));
        return TestSupport::runCli(args, {},
                                   {QStringLiteral("SHOUHU_PASSPHRASE=correct horse battery"),
                                    QStringLiteral("SHOUHU_KDF=minimum"),
                                    QStringLiteral("SHOUHU_TEST_NOW=") + now});
    }
    QJsonObject json(const QString& station, const QString& now, QStringList args)
    {
        args.prepend(QStringLiteral("--json"));
        const TestSupport::CliRun r = cli(station, now, args);
        if (r.exitCode != 0)
            qWarning() << args << r.err;
        return QJsonDocument::fromJson(r.out).object();
    }
    // Exports from the village at `villageNow` and imports at the township at `townshipNow`.
    TestSupport::CliRun send(const QString& villageNow, const QString& townshipNow)
    {
        const QString file = m_dir.filePath(QStringLiteral("p%1.shpkg").arg(++m_packages));
        const TestSupport::CliRun e = cli(QStringLiteral("v"), villageNow,
                                          {QStringLiteral("export"), QStringLiteral("--to"),
                                           m_ids.value(QStringLiteral("t")), QStringLiteral("--out"), file});
        if (e.exitCode != 0)
            return e;
        return cli(QStringLiteral("t"), townshipNow,
                   {QStringLiteral("--json"), QStringLiteral("import"), file});
    }

    const QString m_real = QStringLiteral("2026-11-28T10:00:00");
    const QString m_later = QStringLiteral("2026-11-28T11:00:00");
    const QString m_ahead = QStringLiteral("2026-12-01T10:00:00");

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QHash<QString, QString> fingerprints;
        for (const auto& [name, role, area, title] : QList<std::tuple<QString, QString, QString, QString>>{
                 {QStringLiteral("v"), QStringLiteral("village"), QStringLiteral("441523101201"),
                  QStringLiteral("南跃村")},
                 {QStringLiteral("t"), QStringLiteral("township"), QStringLiteral("441523101000"),
                  QStringLiteral("水唇镇")}}) {
            QCOMPARE(cli(name, m_real,
                         {QStringLiteral("init"), QStringLiteral("--role"), role, QStringLiteral("--area"),
                          area, QStringLiteral("--name"), title})
                         .exitCode,
                     0);
            const QJsonObject card =
                json(name, m_real,
                     {QStringLiteral("identity"), QStringLiteral("export"), QStringLiteral("--out"),
                      m_dir.filePath(name + QStringLiteral(".shid"))});
            m_ids.insert(name, card.value(QStringLiteral("station")).toString());
            fingerprints.insert(name, card.value(QStringLiteral("fingerprint")).toString());
        }
        for (const auto& [at, whom] : {std::pair{QStringLiteral("t"), QStringLiteral("v")},
                                       std::pair{QStringLiteral("v"), QStringLiteral("t")}}) {
            const TestSupport::CliRun r =
                cli(at, m_real,
                    {QStringLiteral("enroll"), m_dir.filePath(whom + QStringLiteral(".shid")),
                     QStringLiteral("--fingerprint"), fingerprints.value(whom)});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
    }

    void aheadRefusedWarnedRepairedAccepted()
    {
        QTemporaryDir files;
        const QString childFile = files.filePath(QStringLiteral("child.json"));
        QFile f(childFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"name": "李小红", "birth_date": "2016-03-05", "notes": "三天后写的"})");
        f.close();
        // Three days ahead: a child is added and exported; the township says the sender's date is wrong.
        QCOMPARE(cli(QStringLiteral("v"), m_ahead, {QStringLiteral("add-child"), childFile}).exitCode, 0);
        TestSupport::CliRun r = send(m_ahead, m_later);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("the date on its computer is wrong"), r.err.constData());
        QVERIFY2(QString::fromUtf8(r.err).contains(QStringLiteral("南跃村")), r.err.constData());

        // The date is corrected: identity show warns, an export warns and is refused with the other reason.
        const QJsonObject identity =
            json(QStringLiteral("v"), m_later, {QStringLiteral("identity"), QStringLiteral("show")});
        QCOMPARE(identity.value(QStringLiteral("clock")).toString(), QStringLiteral("future"));
        r = cli(QStringLiteral("v"), m_later, {QStringLiteral("identity"), QStringLiteral("show")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(
            r.out.contains("Changes made here while the computer's date was wrong carry future times; other "
                           "stations will refuse them until they are repaired."),
            r.out.constData());
        QVERIFY(r.out.contains("shouhu-cli clock repair"));
        r = send(m_later, m_later);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("made while its computer's date was wrong"), r.err.constData());
        QVERIFY2(r.err.contains("shouhu-cli clock repair"), r.err.constData());

        // The repair; then identity show is quiet and the next ordinary export is accepted.
        r = cli(QStringLiteral("v"), m_later, {QStringLiteral("clock"), QStringLiteral("repair")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("Export again"), r.out.constData());
        r = cli(QStringLiteral("v"), m_later, {QStringLiteral("identity"), QStringLiteral("show")});
        QVERIFY(!r.out.contains("future times"));
        QCOMPARE(json(QStringLiteral("v"), m_later, {QStringLiteral("identity"), QStringLiteral("show")})
                     .value(QStringLiteral("clock"))
                     .toString(),
                 QStringLiteral("fine"));
        r = send(m_later, m_later);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("added")).toInt(),
                 2); // child, household
        const TestSupport::CliRun search =
            cli(QStringLiteral("t"), m_later, {QStringLiteral("--json"), QStringLiteral("search")});
        const QJsonArray children = QJsonDocument::fromJson(search.out).array();
        QCOMPARE(children.size(), 1);
        const QString id = children.first().toObject().value(QStringLiteral("id")).toString();
        const QJsonObject child = json(QStringLiteral("t"), m_later, {QStringLiteral("show-child"), id});
        QCOMPARE(child.value(QStringLiteral("notes")).toString(), QStringLiteral("三天后写的"));

        // Again: nothing to repair.
        const QJsonObject again =
            json(QStringLiteral("v"), m_later, {QStringLiteral("clock"), QStringLiteral("repair")});
        QCOMPARE(again.value(QStringLiteral("repaired")).toBool(true), false);
        QCOMPARE(again.value(QStringLiteral("writes")).toInt(-1), 0);
    }

    void computerBehindIsRefused()
    {
        // The township's changes reach the village; then the village's date falls a month behind.
        const QString file = m_dir.filePath(QStringLiteral("down.shpkg"));
        QCOMPARE(cli(QStringLiteral("t"), m_later,
                     {QStringLiteral("export"), QStringLiteral("--to"), m_ids.value(QStringLiteral("v")),
                      QStringLiteral("--out"), file})
                     .exitCode,
                 0);
        QCOMPARE(cli(QStringLiteral("v"), m_later, {QStringLiteral("import"), file}).exitCode, 0);
        const QString behind = QStringLiteral("2026-10-28T10:00:00");
        TestSupport::CliRun r =
            cli(QStringLiteral("v"), behind, {QStringLiteral("identity"), QStringLiteral("show")});
        QVERIFY2(r.out.contains("set the correct date and time"), r.out.constData());
        r = cli(QStringLiteral("v"), behind, {QStringLiteral("clock"), QStringLiteral("repair")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.startsWith("Nothing was repaired: this computer's date (2026-10-28 10:00)"),
                 r.err.constData());
        QCOMPARE(r.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestClockCli)
#include "TestClockCli.moc"
