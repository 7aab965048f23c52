#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// 一人一档 end to end through shouhu-cli, as a village and its township would work on the same days: the same
// child registered at both (and twice at the village, which is refused), a police report opened at each and
// an agreement drawn up at each; the township's import lists the possible duplicate, merge-children merges
// it, and after the exchange both stations hold one active file with every visit, one open police report and
// one current agreement.
class TestDuplicatesCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, QString> m_ids;
    int m_packages = 0;

    TestSupport::CliRun cli(const QString& station, QStringList args)
    {
        args.prepend(m_dir.filePath(station + QStringLiteral(".db")));
        args.prepend(QStringLiteral("--db"));
        return TestSupport::runCli(args, {},
                                   {QStringLiteral("SHOUHU_PASSPHRASE=correct horse battery"),
                                    QStringLiteral("SHOUHU_KDF=minimum")});
    }
    QJsonValue json(const QString& station, QStringList args)
    {
        args.prepend(QStringLiteral("--json"));
        const TestSupport::CliRun r = cli(station, args);
        if (r.exitCode != 0)
            qWarning() << args << r.err;
        const QJsonDocument d = QJsonDocument::fromJson(r.out);
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
    QJsonObject send(const QString& from, const QString& to)
    {
        const QString file = m_dir.filePath(QStringLiteral("p%1.shpkg").arg(++m_packages));
        if (json(from, {QStringLiteral("export"), QStringLiteral("--to"), m_ids.value(to),
                        QStringLiteral("--out"), file})
                .toObject()
                .isEmpty())
            return {};
        return json(to, {QStringLiteral("import"), file}).toObject();
    }
    QString file(const QString& name, const QByteArray& content)
    {
        QFile f(m_dir.filePath(name));
        f.open(QIODevice::WriteOnly);
        f.write(content);
        return f.fileName();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QHash<QString, QString> fingerprints;
        for (const auto& [name, role, area] :
             {std::tuple{"v", "village", "441523101201"}, std::tuple{"t", "township", "441523101000"}}) {
            const QString s = QLatin1String(name);
            QCOMPARE(
                cli(s, {QStringLiteral("init"), QStringLiteral("--role"), QLatin1String(role),
                        QStringLiteral("--area"), QLatin1String(area), QStringLiteral("--name"), s.toUpper()})
                    .exitCode,
                0);
            const QJsonObject card =
                json(s, {QStringLiteral("identity"), QStringLiteral("export"), QStringLiteral("--out"),
                         m_dir.filePath(s + QStringLiteral(".shid"))})
                    .toObject();
            m_ids.insert(s, card.value(QStringLiteral("station")).toString());
            fingerprints.insert(s, card.value(QStringLiteral("fingerprint")).toString());
        }
        for (const auto& [at, whom] : {std::pair{"t", "v"}, std::pair{"v", "t"}}) {
            const TestSupport::CliRun r =
                cli(QLatin1String(at),
                    {QStringLiteral("enroll"), m_dir.filePath(QLatin1String(whom) + QStringLiteral(".shid")),
                     QStringLiteral("--fingerprint"), fingerprints.value(QLatin1String(whom))});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
    }

    void sameChildAtVillageAndTownship()
    {
        const QString atVillage = file(
            QStringLiteral("v.json"),
            R"({"area_code":"441523101201","name":"张佳怡","id_number":"420921201503041374","school_name":"南跃小学",
                "caregiver":{"name":"李四","relation_to_child":"奶奶"}})");
        const QString atTownship = file(
            QStringLiteral("t.json"),
            R"({"area_code":"441523101201","name":"张佳怡","id_number":"420921201503041374","current_address":"南跃村三组",
                "caregiver":{"name":"王五","relation_to_child":"邻居"}})");
        const QString a = json(QStringLiteral("v"), {QStringLiteral("add-child"), atVillage})
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toString();
        QVERIFY(!a.isEmpty());
        // Twice at one station: refused with one sentence that names the child, nothing written.
        TestSupport::CliRun again = cli(QStringLiteral("v"), {QStringLiteral("add-child"), atVillage});
        QCOMPARE(again.exitCode, 1);
        QCOMPARE(again.err.count('\n'), 1);
        QVERIFY(again.err.contains("张佳怡"));
        QCOMPARE(json(QStringLiteral("v"), {QStringLiteral("search")}).toArray().size(), 1);
        QTest::qWait(20); // the township's file is the newer one
        const QString b = json(QStringLiteral("t"), {QStringLiteral("add-child"), atTownship})
                              .toObject()
                              .value(QStringLiteral("id"))
                              .toString();
        QVERIFY(!b.isEmpty());
        const QString visit =
            file(QStringLiteral("visit.json"), R"({"kind":"monthly","visit_date":"2026-12-01",
            "visitor":"陈丽","safety_concerns":["domestic_violence"]})");
        QCOMPARE(cli(QStringLiteral("v"), {QStringLiteral("visit add"), QStringLiteral("--child"), a, visit})
                     .exitCode,
                 0);
        QCOMPARE(cli(QStringLiteral("t"), {QStringLiteral("visit add"), QStringLiteral("--child"), b, visit})
                     .exitCode,
                 0);
        for (const auto& [station, child] :
             {std::pair{QStringLiteral("v"), a}, std::pair{QStringLiteral("t"), b}})
            QCOMPARE(
                cli(station, {QStringLiteral("agreement add"), QStringLiteral("--child"), child,
                              QStringLiteral("--capable"), QStringLiteral("yes"), QStringLiteral("--abuse"),
                              QStringLiteral("no"), QStringLiteral("--habits"), QStringLiteral("no"),
                              QStringLiteral("--neglect"), QStringLiteral("no")})
                    .exitCode,
                0);

        const QJsonObject report = send(QStringLiteral("v"), QStringLiteral("t"));
        const QJsonArray duplicates = report.value(QStringLiteral("duplicates")).toArray();
        QCOMPARE(duplicates.size(), 1);
        QCOMPARE(duplicates.at(0).toObject().value(QStringLiteral("keep")).toString(), a);
        QCOMPARE(json(QStringLiteral("t"), {QStringLiteral("duplicates")}).toArray().size(), 1);

        const QJsonObject merged =
            json(QStringLiteral("t"), {QStringLiteral("merge-children"), b, a}).toObject();
        QCOMPARE(merged.value(QStringLiteral("kept")).toString(), a);
        QCOMPARE(merged.value(QStringLiteral("swapped")).toBool(), true);
        QCOMPARE(merged.value(QStringLiteral("referralsFolded")).toInt(), 1);
        QVERIFY(merged.value(QStringLiteral("conflicts")).toInt() >= 1); // the caregivers differ
        QCOMPARE(cli(QStringLiteral("t"), {QStringLiteral("merge-children"), a, b}).exitCode,
                 1); // merged already

        send(QStringLiteral("t"), QStringLiteral("v"));
        send(QStringLiteral("v"), QStringLiteral("t"));
        for (const QString& s : {QStringLiteral("v"), QStringLiteral("t")}) {
            const QJsonArray children = json(s, {QStringLiteral("search")}).toArray();
            QCOMPARE(children.size(), 1);
            QCOMPARE(children.at(0).toObject().value(QStringLiteral("id")).toString(), a);
            const QJsonObject visits =
                json(s, {QStringLiteral("visit list"), QStringLiteral("--child"), a}).toObject();
            QCOMPARE(visits.value(QStringLiteral("visits")).toArray().size(), 2);
            QCOMPARE(json(s, {QStringLiteral("referrals")}).toArray().size(), 1);
            QCOMPARE(json(s, {QStringLiteral("agreement list")}).toArray().size(), 1);
            QCOMPARE(json(s, {QStringLiteral("duplicates")}).toArray().size(), 0);
            const QJsonObject other = json(s, {QStringLiteral("show-child"), b}).toObject();
            QCOMPARE(other.value(QStringLiteral("merged_into")).toString(), a);
            QCOMPARE(other.value(QStringLiteral("exit_reason")).toString(),
                     QStringLiteral("entered_in_error"));
            QCOMPARE(json(s, {QStringLiteral("show-child"), a})
                         .toObject()
                         .value(QStringLiteral("current_address"))
                         .toString(),
                     QStringLiteral("南跃村三组"));
            QVERIFY(json(s, {QStringLiteral("conflicts")}).toArray().size() >= 1);
            // Nothing lost: the history of the kept file holds the audit entries of both files.
            QSet<QString> records;
            for (const QJsonValue& e : json(s, {QStringLiteral("history"), a}).toArray())
                records.insert(e.toObject().value(QStringLiteral("record")).toString());
            QVERIFY(records.contains(a));
            QVERIFY(records.contains(b));
        }
    }

    void mergeRefusalIsOneSentence()
    {
        const TestSupport::CliRun r =
            cli(QStringLiteral("v"),
                {QStringLiteral("merge-children"), QStringLiteral("00000000-0000-4000-8000-000000000001"),
                 QStringLiteral("00000000-0000-4000-8000-000000000002")});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.err.count('\n'), 1);
    }
};

QTEST_GUILESS_MAIN(TestDuplicatesCli)
#include "TestDuplicatesCli.moc"
