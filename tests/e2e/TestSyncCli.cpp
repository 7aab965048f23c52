#include "TestSupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

// Sync end to end through shouhu-cli, as the stations would use it: two villages hand their packages to
// the township, the township to the city; a correction made at the city comes back down to one village; a
// concurrent edit becomes a conflict that a person resolves, and the choice wins everywhere.
class TestSyncCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QHash<QString, QString> m_ids; // station name -> station id
    int m_packages = 0;

    QString db(const QString& station) const { return m_dir.filePath(station + QStringLiteral(".db")); }

    TestSupport::CliRun cli(const QString& station, QStringList args, const QByteArray& input = {})
    {
        args.prepend(db(station));
        args.prepend(QStringLiteral("--db"));
        return TestSupport::runCli(args, input,
                                   {QStringLiteral("SHOUHU_PASSPHRASE=correct horse battery"),
                                    QStringLiteral("SHOUHU_KDF=minimum")});
    }
    QJsonValue json(const QString& station, QStringList args, const QByteArray& input = {})
    {
        args.prepend(QStringLiteral("--json"));
        const TestSupport::CliRun r = cli(station, args, input);
        if (r.exitCode != 0)
            qWarning() << args << r.err;
        const QJsonDocument d = QJsonDocument::fromJson(r.out);
        return d.isArray() ? QJsonValue(d.array()) : QJsonValue(d.object());
    }
    // Exports from one station to another and imports there; returns the import report.
    QJsonObject send(const QString& from, const QString& to)
    {
        const QString file = m_dir.filePath(QStringLiteral("p%1.shpkg").arg(++m_packages));
        const QJsonObject e = json(from, {QStringLiteral("export"), QStringLiteral("--to"), m_ids.value(to),
                                          QStringLiteral("--out"), file})
                                  .toObject();
        if (e.isEmpty())
            return {};
        return json(to, {QStringLiteral("import"), file}).toObject();
    }
    QString childValue(const QString& station, const QString& id, const QString& field)
    {
        return json(station, {QStringLiteral("show-child"), id}).toObject().value(field).toString();
    }
    QJsonArray children(const QString& station)
    {
        return json(station, {QStringLiteral("search")}).toArray();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QList<QList<const char*>> raw = {{"v1", "village", "441523101201"},
                                               {"v2", "village", "441523101202"},
                                               {"t", "township", "441523101000"},
                                               {"c", "city", "4415"}};
        QList<QStringList> stations;
        for (const auto& r : raw)
            stations << QStringList{QLatin1String(r[0]), QLatin1String(r[1]), QLatin1String(r[2])};
        QHash<QString, QString> fingerprints;
        for (const QStringList& s : stations) {
            QCOMPARE(cli(s[0], {QStringLiteral("init"), QStringLiteral("--role"), s[1],
                                QStringLiteral("--area"), s[2], QStringLiteral("--name"), s[0].toUpper()})
                         .exitCode,
                     0);
            const QJsonObject card =
                json(s[0], {QStringLiteral("identity"), QStringLiteral("export"), QStringLiteral("--out"),
                            m_dir.filePath(s[0] + QStringLiteral(".shid"))})
                    .toObject();
            QVERIFY(!card.value(QStringLiteral("fingerprint")).toString().isEmpty());
            m_ids.insert(s[0], card.value(QStringLiteral("station")).toString());
            fingerprints.insert(s[0], card.value(QStringLiteral("fingerprint")).toString());
        }
        const QList<QPair<const char*, const char*>> enrolments = {{"t", "v1"}, {"t", "v2"}, {"v1", "t"},
                                                                   {"v2", "t"}, {"t", "c"},  {"c", "t"}};
        for (const auto& [atText, whomText] : enrolments) {
            const QString at = QLatin1String(atText);
            const QString whom = QLatin1String(whomText);
            const TestSupport::CliRun r =
                cli(at, {QStringLiteral("enroll"), m_dir.filePath(whom + QStringLiteral(".shid")),
                         QStringLiteral("--fingerprint"), fingerprints.value(whom).toLower()});
            QVERIFY2(r.exitCode == 0, r.err.constData());
        }
        // A wrong fingerprint, and a village enrolling a village, are refused.
        TestSupport::CliRun wrong = cli(
            QStringLiteral("c"), {QStringLiteral("enroll"), m_dir.filePath(QStringLiteral("v1.shid")),
                                  QStringLiteral("--fingerprint"), QStringLiteral("AAAA-BBBB-CCCC-DDDD")});
        QCOMPARE(wrong.exitCode, 1);
        QCOMPARE(wrong.err.count('\n'), 1);
        wrong = cli(QStringLiteral("v1"),
                    {QStringLiteral("enroll"), m_dir.filePath(QStringLiteral("v2.shid")),
                     QStringLiteral("--fingerprint"), fingerprints.value(QStringLiteral("v2"))});
        QCOMPARE(wrong.exitCode, 1);
        const QJsonArray stationsAtT = json(QStringLiteral("t"), {QStringLiteral("stations")}).toArray();
        QCOMPARE(stationsAtT.size(), 3);
        for (const QJsonValue& s : stationsAtT) {
            for (const char* key : {"station", "role", "area", "fingerprint", "revoked"})
                QVERIFY(s.toObject().contains(QLatin1String(key)));
        }
    }

    void villagesToTownshipToCity()
    {
        QCOMPARE(cli(QStringLiteral("v1"),
                     {QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("6")})
                     .exitCode,
                 0);
        QCOMPARE(
            cli(QStringLiteral("v2"), {QStringLiteral("demo"), QStringLiteral("--children"),
                                       QStringLiteral("4"), QStringLiteral("--seed"), QStringLiteral("2")})
                .exitCode,
            0);
        const QJsonObject r1 = send(QStringLiteral("v1"), QStringLiteral("t"));
        QVERIFY(r1.value(QStringLiteral("added")).toInt() > 6);
        QCOMPARE(r1.value(QStringLiteral("conflicts")).toInt(), 0);
        QVERIFY(r1.value(QStringLiteral("perVillage")).toObject().contains(QStringLiteral("441523101201")));
        const QJsonObject r2 = send(QStringLiteral("v2"), QStringLiteral("t"));
        QVERIFY(r2.value(QStringLiteral("added")).toInt() > 4);
        QCOMPARE(children(QStringLiteral("t")).size(), 10);

        const QJsonObject up = send(QStringLiteral("t"), QStringLiteral("c"));
        QCOMPARE(up.value(QStringLiteral("added")).toInt(),
                 r1.value(QStringLiteral("added")).toInt() + r2.value(QStringLiteral("added")).toInt());
        QCOMPARE(up.value(QStringLiteral("perVillage")).toObject().size(), 2);
        QCOMPARE(children(QStringLiteral("c")).size(), 10);

        // The same file again: said so, nothing changed, exit 0.
        const QString last = m_dir.filePath(QStringLiteral("p%1.shpkg").arg(m_packages));
        const QJsonObject again = json(QStringLiteral("c"), {QStringLiteral("import"), last}).toObject();
        QVERIFY(again.value(QStringLiteral("alreadyImported")).toBool());
        // The wrong station: refused in one sentence, exit 1.
        const TestSupport::CliRun wrong = cli(QStringLiteral("v2"), {QStringLiteral("import"), last});
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains("addressed to another station"), wrong.err.constData());
        QCOMPARE(wrong.err.count('\n'), 1);
        // inspect works without any key.
        const QJsonObject header =
            TestSupport::runCli({QStringLiteral("--json"), QStringLiteral("inspect"), last}).out.isEmpty()
                ? QJsonObject()
                : QJsonDocument::fromJson(
                      TestSupport::runCli({QStringLiteral("--json"), QStringLiteral("inspect"), last}).out)
                      .object();
        QCOMPARE(header.value(QStringLiteral("sender")).toString(), m_ids.value(QStringLiteral("t")));
        QCOMPARE(header.value(QStringLiteral("recipient")).toString(), m_ids.value(QStringLiteral("c")));
    }

    void correctionFromTheCityComesDown()
    {
        QString target;
        for (const QJsonValue& c : children(QStringLiteral("c"))) {
            if (c.toObject().value(QStringLiteral("village")).toString() == QLatin1String("441523101201"))
                target = c.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY(!target.isEmpty());
        const TestSupport::CliRun edit =
            cli(QStringLiteral("c"), {QStringLiteral("edit-child"), target, QStringLiteral("-")},
                QByteArrayLiteral("{\"school_name\": \"水唇镇中心小学\"}"));
        QVERIFY2(edit.exitCode == 0, edit.err.constData());
        const QJsonObject toT = send(QStringLiteral("c"), QStringLiteral("t"));
        QVERIFY(toT.value(QStringLiteral("updated")).toInt() >= 1);
        const QJsonObject toV1 = send(QStringLiteral("t"), QStringLiteral("v1"));
        QVERIFY(toV1.value(QStringLiteral("updated")).toInt() >= 1);
        QCOMPARE(childValue(QStringLiteral("v1"), target, QStringLiteral("school_name")),
                 QStringLiteral("水唇镇中心小学"));
        const QJsonObject toV2 = send(QStringLiteral("t"), QStringLiteral("v2"));
        QCOMPARE(toV2.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(toV2.value(QStringLiteral("added")).toInt(), 0);
    }

    void concurrentEditsBecomeAConflictThatIsResolvedEverywhere()
    {
        const QString target =
            children(QStringLiteral("v1")).first().toObject().value(QStringLiteral("id")).toString();
        QCOMPARE(cli(QStringLiteral("v1"), {QStringLiteral("edit-child"), target, QStringLiteral("-")},
                     QByteArrayLiteral("{\"notes\": \"村里记录\"}"))
                     .exitCode,
                 0);
        QCOMPARE(cli(QStringLiteral("t"), {QStringLiteral("edit-child"), target, QStringLiteral("-")},
                     QByteArrayLiteral("{\"notes\": \"乡镇记录\"}"))
                     .exitCode,
                 0);
        const QJsonObject atT = send(QStringLiteral("v1"), QStringLiteral("t"));
        QCOMPARE(atT.value(QStringLiteral("conflicts")).toInt(), 1);
        send(QStringLiteral("t"), QStringLiteral("v1"));
        const QJsonArray atV1 = json(QStringLiteral("v1"), {QStringLiteral("conflicts")}).toArray();
        QCOMPARE(atV1.size(), 1);
        const QJsonObject conflict = atV1.first().toObject();
        QCOMPARE(conflict.value(QStringLiteral("losing")).toString(), QStringLiteral("村里记录"));
        QCOMPARE(conflict.value(QStringLiteral("current")).toString(), QStringLiteral("乡镇记录"));

        QCOMPARE(cli(QStringLiteral("v1"), {QStringLiteral("conflict"), QStringLiteral("resolve"),
                                            conflict.value(QStringLiteral("id")).toString(),
                                            QStringLiteral("--keep"), QStringLiteral("theirs")})
                     .exitCode,
                 0);
        QCOMPARE(json(QStringLiteral("v1"), {QStringLiteral("conflicts")}).toArray().size(), 0);
        send(QStringLiteral("v1"), QStringLiteral("t"));
        send(QStringLiteral("t"), QStringLiteral("c"));
        for (const char* s : {"v1", "t", "c"})
            QCOMPARE(childValue(QLatin1String(s), target, QStringLiteral("notes")),
                     QStringLiteral("村里记录"));
        QCOMPARE(json(QStringLiteral("t"), {QStringLiteral("conflicts")}).toArray().size(), 0);
        QCOMPARE(json(QStringLiteral("c"), {QStringLiteral("conflicts"), QStringLiteral("--all")})
                     .toArray()
                     .size(),
                 1);
    }

    void revocationTravelsDown()
    {
        QCOMPARE(
            cli(QStringLiteral("t"), {QStringLiteral("revoke"), m_ids.value(QStringLiteral("v2"))}).exitCode,
            0);
        const QJsonObject r = send(QStringLiteral("t"), QStringLiteral("c"));
        QCOMPARE(r.value(QStringLiteral("revocations")).toInt(), 0); // the city had not enrolled v2
        const TestSupport::CliRun refused =
            cli(QStringLiteral("v2"),
                {QStringLiteral("export"), QStringLiteral("--to"), m_ids.value(QStringLiteral("t")),
                 QStringLiteral("--out"), m_dir.filePath(QStringLiteral("r.shpkg"))});
        QCOMPARE(refused.exitCode, 0);
        const TestSupport::CliRun import =
            cli(QStringLiteral("t"), {QStringLiteral("import"), m_dir.filePath(QStringLiteral("r.shpkg"))});
        QCOMPARE(import.exitCode, 1);
        QVERIFY2(import.err.contains("revoked"), import.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestSyncCli)
#include "TestSyncCli.moc"
