#include "TestSupport.h"
#include "domain/IdNumber.h"
#include "roster/RosterReader.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

// The roster commands as a village's child director runs them: import-roster (dry run, a bad row refusing
// everything with the row named, --skip-bad, the same roster again unchanged, a column mapping file),
// export-national read back and imported again unchanged, reconcile with each case counted.
class TestRosterCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    TestSupport::CliRun cli(QStringList args)
    {
        args.prepend(m_dir.filePath(QStringLiteral("t.db")));
        args.prepend(QStringLiteral("--db"));
        return TestSupport::runCli(args);
    }

    static QString id(QDate birth, int sequence)
    {
        const QString first17 = QStringLiteral("441523") + birth.toString(QStringLiteral("yyyyMMdd")) +
                                QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
        return first17 + IdNumber::checkCharacter(first17);
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        QFile f(m_dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return f.fileName();
    }

    static QJsonObject json(const TestSupport::CliRun& r) { return QJsonDocument::fromJson(r.out).object(); }

    int childCount()
    {
        const TestSupport::CliRun r = cli({QStringLiteral("search"), QStringLiteral("--json")});
        return int(QJsonDocument::fromJson(r.out).array().size());
    }

private slots:
    void initTestCase()
    {
        const TestSupport::CliRun r =
            cli({QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("village"),
                 QStringLiteral("--area"), QStringLiteral("441523101201"), QStringLiteral("--name"),
                 QStringLiteral("南跃村")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
    }

    void badRowRefusesTheImport()
    {
        const QString file =
            write(QStringLiteral("bad.csv"),
                  (QStringLiteral("姓名,身份证号,出生日期\n陈静,%1,2015-03-04\n赵六,%2,2012-05-06\n")
                       .arg(id(QDate(2015, 3, 4), 52), id(QDate(2012, 5, 5), 61)))
                      .toUtf8());
        const TestSupport::CliRun dry =
            cli({QStringLiteral("import-roster"), file, QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 1);
        QVERIFY2(dry.out.contains("does not match the ID number"), dry.out.constData());
        QVERIFY(TestSupport::isOneSentence(dry.err));

        const TestSupport::CliRun r = cli({QStringLiteral("import-roster"), file, QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(TestSupport::isOneSentence(r.err));
        QVERIFY2(r.err.contains("row 3") && r.err.contains("nothing was imported"), r.err.constData());
        const QJsonObject o = json(r);
        QCOMPARE(o.value(QStringLiteral("imported")).toBool(), false);
        const QJsonArray rows = o.value(QStringLiteral("rows")).toArray();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("new"));
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("row")).toInt(), 3);
        QCOMPARE(rows.at(1).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("bad"));
        QCOMPARE(childCount(), 0);

        const TestSupport::CliRun skipped =
            cli({QStringLiteral("import-roster"), file, QStringLiteral("--skip-bad")});
        QVERIFY2(skipped.exitCode == 0, skipped.err.constData());
        QVERIFY2(skipped.out.contains("1 children added"), skipped.out.constData());
        QCOMPARE(childCount(), 1);
    }

    void importsWithAMappingFile()
    {
        // Headers no guess knows, mapped by a file.
        const QString mapping = write(QStringLiteral("mapping.json"),
                                      R"({"format":"shouhu-roster-mapping","version":1,
                                          "columns":{"孩子":"name","号码":"id_number","学堂":"school_name"}})");
        const QString file = write(QStringLiteral("odd.csv"),
                                   (QStringLiteral("孩子,号码,学堂\n王小明,%1,南跃小学\n孙丽,%2,南跃小学\n")
                                        .arg(id(QDate(2016, 3, 5), 13), id(QDate(2013, 1, 20), 46)))
                                       .toUtf8());
        const TestSupport::CliRun without =
            cli({QStringLiteral("import-roster"), file, QStringLiteral("--dry-run")});
        QCOMPARE(without.exitCode, 1);
        QVERIFY2(without.err.contains("no column"), without.err.constData());

        const TestSupport::CliRun r = cli({QStringLiteral("import-roster"), file, QStringLiteral("--mapping"),
                                           mapping, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).value(QStringLiteral("new")).toInt(), 2);
        // Remembered for these headers: the same file again needs no --mapping, and changes nothing.
        const TestSupport::CliRun again =
            cli({QStringLiteral("import-roster"), file, QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        QCOMPARE(json(again).value(QStringLiteral("unchanged")).toInt(), 2);
        QCOMPARE(childCount(), 3);
    }

    void exportNationalRoundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << "csv";
        QTest::newRow("xlsx") << "xlsx";
    }

    void exportNationalRoundTrip()
    {
        QFETCH(QString, format);
        const QString out = m_dir.filePath(QStringLiteral("national.") + format);
        const TestSupport::CliRun r = cli({QStringLiteral("export-national"), QStringLiteral("--format"),
                                           format, QStringLiteral("--out"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        if (format == QLatin1String("csv"))
            QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        Result<RosterTable> t = RosterReader::readBytes(bytes);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->rows.size(), 3);
        QVERIFY(t->headers.contains(QStringLiteral("公民身份号码")));
        const TestSupport::CliRun back =
            cli({QStringLiteral("import-roster"), out, QStringLiteral("--json")});
        QVERIFY2(back.exitCode == 0, back.err.constData());
        QCOMPARE(json(back).value(QStringLiteral("unchanged")).toInt(), 3);
    }

    void reconcile()
    {
        const QString national = QStringLiteral(SHOUHU_FIXTURES_DIR) + QStringLiteral("/roster/national.csv");
        const QString out = m_dir.filePath(QStringLiteral("reconcile.csv"));
        const TestSupport::CliRun r = cli(
            {QStringLiteral("reconcile"), national, QStringLiteral("--out"), out, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r);
        // Here: 陈静 (only here), 孙丽 (the same), 王小明 (the list names a father this file has not); the
        // list's 李娟 and 周平 (no ID number) are not here.
        QCOMPARE(o.value(QStringLiteral("same")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("differing")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("onlyNational")).toInt(), 2);
        QCOMPARE(o.value(QStringLiteral("onlyHere")).toInt(), 1);
        QVERIFY(QFile::exists(out));
        const TestSupport::CliRun usage = cli({QStringLiteral("reconcile"), national});
        QCOMPARE(usage.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestRosterCli)
#include "TestRosterCli.moc"
