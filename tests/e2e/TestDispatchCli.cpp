#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

// `shouhu-cli report dispatch` as a township office runs it on a demo database whose 120 children were
// registered in 2026-W49 (Wednesday 2026-12-02), read a week later (Thursday 2026-12-10, W50): each format
// written and read back, the default week, and refusals that write nothing.
class TestDispatchCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_out; // a folder for the files written, emptied before each test

    TestSupport::CliRun cli(QStringList args, const QString& now = QStringLiteral("2026-12-10T10:00:00"),
                            qint64 fileSizeLimit = 0)
    {
        args.prepend(m_dir.filePath(QStringLiteral("t.db")));
        args.prepend(QStringLiteral("--db"));
        if (fileSizeLimit == 0)
            return TestSupport::runCli(args, {}, {QStringLiteral("SHOUHU_TEST_NOW=") + now});
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("SHOUHU_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("SHOUHU_TEST_NOW"), now);
        p.setProcessEnvironment(env);
        const rlim_t limit = rlim_t(fileSizeLimit);
        p.setChildProcessModifier([limit] {
            std::signal(SIGXFSZ, SIG_DFL); // the program must ignore it itself
            const rlimit l{limit, limit};
            setrlimit(RLIMIT_FSIZE, &l);
        });
        p.start(TestSupport::cliPath(), args);
        p.waitForFinished(120000);
        TestSupport::CliRun r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QJsonObject report(const QStringList& extra = {})
    {
        const TestSupport::CliRun r =
            cli(QStringList{QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("dispatch")} +
                extra);
        if (r.exitCode != 0)
            qWarning() << r.err;
        return QJsonDocument::fromJson(r.out).object();
    }

    QString out(const QString& name) const { return QDir(m_out).filePath(name); }
    QStringList written() const { return QDir(m_out).entryList(QDir::Files | QDir::Hidden | QDir::System); }

    static QString run(const QString& program, const QStringList& args)
    {
        QProcess p;
        p.start(program, args);
        p.waitForFinished(60000);
        return QString::fromUtf8(p.readAllStandardOutput());
    }

private slots:
    void initTestCase()
    {
        const QString registered = QStringLiteral("2026-12-02T10:00:00");
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("township"),
                      QStringLiteral("--area"), QStringLiteral("441523101"), QStringLiteral("--name"),
                      QStringLiteral("水唇镇")},
                     registered)
                     .exitCode,
                 0);
        const TestSupport::CliRun demo =
            cli({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("120")}, registered);
        QVERIFY2(demo.exitCode == 0, demo.err.constData());
        m_out = m_dir.filePath(QStringLiteral("out"));
        QVERIFY(QDir().mkpath(m_out));
    }

    void init()
    {
        QDir(m_out).removeRecursively();
        QVERIFY(QDir().mkpath(m_out));
    }

    void theWeekOfRegistration()
    {
        const QJsonObject r = report({QStringLiteral("--week"), QStringLiteral("2026-W49")});
        QCOMPARE(r.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W49"));
        QCOMPARE(r.value(QStringLiteral("from")).toString(), QStringLiteral("2026-11-30"));
        QCOMPARE(r.value(QStringLiteral("to")).toString(), QStringLiteral("2026-12-06"));
        QCOMPARE(r.value(QStringLiteral("onDate")).toString(), QStringLiteral("2026-12-06"));
        const QJsonObject total = r.value(QStringLiteral("total")).toObject();
        // Every demo child was registered that week: each one an update and a new file.
        QCOMPARE(total.value(QStringLiteral("children")).toInt(), 120);
        QCOMPARE(total.value(QStringLiteral("updated")).toInt(), 120);
        QCOMPARE(total.value(QStringLiteral("created")).toInt(), 120);
        // The rows add up to the total, in rank order; zero-update rows are the villages without children.
        int children = 0;
        int zero = 0;
        int lastRank = 0;
        for (const QJsonValue& v : r.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = v.toObject();
            children += row.value(QStringLiteral("children")).toInt();
            QVERIFY(row.value(QStringLiteral("rank")).toInt() >= lastRank);
            lastRank = row.value(QStringLiteral("rank")).toInt();
            if (row.value(QStringLiteral("zeroUpdates")).toBool()) {
                ++zero;
                QCOMPARE(row.value(QStringLiteral("children")).toInt(), 0);
            }
        }
        QCOMPARE(children, 120);
        QCOMPARE(r.value(QStringLiteral("zeroUpdateAreas")).toInt(), zero);
    }

    void thisWeekByDefault()
    {
        const QJsonObject r = report();
        QCOMPARE(r.value(QStringLiteral("week")).toString(), QStringLiteral("2026-W50"));
        QCOMPARE(r.value(QStringLiteral("onDate")).toString(), QStringLiteral("2026-12-10"));
        QCOMPARE(r.value(QStringLiteral("total")).toObject().value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(r.value(QStringLiteral("zeroUpdateAreas")).toInt(),
                 int(r.value(QStringLiteral("rows")).toArray().size()));
        const TestSupport::CliRun text = cli({QStringLiteral("report"), QStringLiteral("dispatch")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains("2026-W50"));
        QVERIFY(text.out.contains("zero updates"));
        QVERIFY(QString::fromUtf8(text.out).contains(QStringLiteral("南跃村民委员会")));
    }

    void eachFormat_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QByteArray>("starts");
        QTest::newRow("csv") << "csv"
                             << QByteArray("\xEF\xBB\xBF"
                                           "Rank,Area,Area code,");
        QTest::newRow("xlsx") << "xlsx" << QByteArray("PK\x03\x04");
        QTest::newRow("pdf") << "pdf" << QByteArray("%PDF-");
        QTest::newRow("text") << "text" << QByteArray("Weekly dispatch report: 水唇镇, 2026-W49");
        QTest::newRow("json") << "json" << QByteArray("{");
    }

    void eachFormat()
    {
        QFETCH(QString, format);
        QFETCH(QByteArray, starts);
        const QString file = out(QStringLiteral("w49.") + format);
        const TestSupport::CliRun r = cli(
            {QStringLiteral("report"), QStringLiteral("dispatch"), QStringLiteral("--week"),
             QStringLiteral("2026-W49"), QStringLiteral("--format"), format, QStringLiteral("--out"), file});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains("written to"));
        QCOMPARE(written(), QStringList{QStringLiteral("w49.") + format});
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY2(bytes.startsWith(starts), bytes.left(80).constData());
        if (format == QLatin1String("csv")) {
            const QStringList lines =
                QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
            QCOMPARE(lines.size(), 16 + 2); // header, 16 areas of 水唇镇, total
            QVERIFY(lines.last().startsWith(QStringLiteral(",Total,441523101000,120,120,120,100.0%,")));
        } else if (format == QLatin1String("xlsx")) {
            const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
            if (unzip.isEmpty())
                QSKIP("unzip is not installed (packaging/install-deps.sh installs it)");
            const QString strings =
                run(unzip, {QStringLiteral("-p"), file, QStringLiteral("xl/sharedStrings.xml")});
            QVERIFY(strings.contains(QStringLiteral("南跃村民委员会")));
            QVERIFY(strings.contains(QStringLiteral("Weekly dispatch report: 水唇镇, 2026-W49")));
            const QString sheet =
                run(unzip, {QStringLiteral("-p"), file, QStringLiteral("xl/worksheets/sheet1.xml")});
            QVERIFY(sheet.contains(QStringLiteral("<v>120</v>")));
        } else if (format == QLatin1String("pdf")) {
            const QString info = run(QStringLiteral("pdfinfo"), {file});
            QVERIFY2(info.contains(QStringLiteral("842 x 595 pts")), qPrintable(info)); // A4 across
            QVERIFY(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))));
            const QString text = run(QStringLiteral("pdftotext"), {file, QStringLiteral("-")});
            QVERIFY2(text.contains(QStringLiteral("水唇镇农村留守儿童信息动态更新每周调度表")),
                     qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("2026年第49周（2026年11月30日至12月6日）")));
            QVERIFY(text.contains(QStringLiteral("南跃村")));
        } else if (format == QLatin1String("json")) {
            QCOMPARE(QJsonDocument::fromJson(bytes).object().value(QStringLiteral("week")).toString(),
                     QStringLiteral("2026-W49"));
        }
    }

    void folderTakesTheDefaultName()
    {
        const TestSupport::CliRun r =
            cli({QStringLiteral("--json"), QStringLiteral("report"), QStringLiteral("dispatch"),
                 QStringLiteral("--week"), QStringLiteral("2026-W49"), QStringLiteral("--format"),
                 QStringLiteral("xlsx"), QStringLiteral("--out"), m_out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(written(), QStringList{QStringLiteral("水唇镇-每周调度表-2026-W49.xlsx")});
        const QJsonObject o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o.value(QStringLiteral("file")).toString(),
                 out(QStringLiteral("水唇镇-每周调度表-2026-W49.xlsx")));
        QCOMPARE(o.value(QStringLiteral("rows")).toInt(), 16);
    }

    void invalidWeekWritesNothing_data()
    {
        QTest::addColumn<QString>("week");
        QTest::newRow("week 54") << "2026-W54";
        QTest::newRow("a month") << "2026-13";
        QTest::newRow("W53 of a 52-week year") << "2025-W53";
        QTest::newRow("week 0") << "2026-W00";
        QTest::newRow("no year") << "W49";
        QTest::newRow("words") << "last week";
    }

    void invalidWeekWritesNothing()
    {
        QFETCH(QString, week);
        for (const char* format : {"csv", "xlsx", "pdf"}) {
            const TestSupport::CliRun r =
                cli({QStringLiteral("report"), QStringLiteral("dispatch"), QStringLiteral("--week"), week,
                     QStringLiteral("--format"), QLatin1String(format), QStringLiteral("--out"),
                     out(QStringLiteral("w.") + QLatin1String(format))});
            QCOMPARE(r.exitCode, 2);
            const QString err = QString::fromUtf8(r.err).trimmed();
            QVERIFY2(err.startsWith(QLatin1Char('"') + week + QStringLiteral("\" is not a week")),
                     qPrintable(err));
            QVERIFY(!err.contains(QLatin1Char('\n'))); // one sentence
            QVERIFY(r.out.isEmpty());
            QCOMPARE(written(), QStringList());
        }
    }

    void otherRefusalsWriteNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("says");
        QTest::newRow("a week not begun") << QStringList{QStringLiteral("--week"), QStringLiteral("2026-W51"),
                                                         QStringLiteral("--format"), QStringLiteral("csv")}
                                          << 1 << "has not begun";
        QTest::newRow("another township")
            << QStringList{QStringLiteral("--area"), QStringLiteral("441523102"), QStringLiteral("--format"),
                           QStringLiteral("csv")}
            << 1 << "not inside this station's area";
        QTest::newRow("an unknown format")
            << QStringList{QStringLiteral("--format"), QStringLiteral("docx")} << 2 << "--format takes";
    }

    void otherRefusalsWriteNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(int, exitCode);
        QFETCH(QString, says);
        const TestSupport::CliRun r = cli(QStringList{QStringLiteral("report"), QStringLiteral("dispatch"),
                                                      QStringLiteral("--out"), out(QStringLiteral("r.csv"))} +
                                          args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(QString::fromUtf8(r.err).contains(says), r.err.constData());
        QCOMPARE(written(), QStringList());
    }

    void binaryFormatsNeedOut()
    {
        for (const char* format : {"csv", "xlsx", "pdf"}) {
            const TestSupport::CliRun r = cli({QStringLiteral("report"), QStringLiteral("dispatch"),
                                               QStringLiteral("--format"), QLatin1String(format)});
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.err.contains("--out is required"));
            QVERIFY(r.out.isEmpty());
        }
    }

    void aFullDiskLeavesNoHalfFile()
    {
        // The PDF (about 70 kB with its embedded font) does not fit under a 40 kB file size limit; the
        // database opens under it.
        const TestSupport::CliRun r =
            cli({QStringLiteral("report"), QStringLiteral("dispatch"), QStringLiteral("--week"),
                 QStringLiteral("2026-W49"), QStringLiteral("--format"), QStringLiteral("pdf"),
                 QStringLiteral("--out"), out(QStringLiteral("w49.pdf"))},
                QStringLiteral("2026-12-10T10:00:00"), 40 * 1024);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("cannot be written"), r.err.constData());
        QCOMPARE(written(), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestDispatchCli)
#include "TestDispatchCli.moc"
