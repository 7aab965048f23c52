#include "TestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

// `shouhu-cli check` as a township clerk runs it: one line per issue, JSON with child, field, rule, message;
// a wrong area refused in one sentence.
class TestCheckCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    TestSupport::CliRun cli(QStringList args)
    {
        args.prepend(m_dir.filePath(QStringLiteral("t.db")));
        args.prepend(QStringLiteral("--db"));
        return TestSupport::runCli(args);
    }

private slots:
    void initTestCase()
    {
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("township"),
                      QStringLiteral("--area"), QStringLiteral("441523101"), QStringLiteral("--name"),
                      QStringLiteral("水唇镇")})
                     .exitCode,
                 0);
        // Both parents away for work, the father's work place not recorded; no ID number, no hukou address.
        QFile f(m_dir.filePath(QStringLiteral("child.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"area_code":"441523101201","name":"张佳怡","sex":"F","birth_date":"2015-03-04",
                   "father":{"name":"张伟","status":"away_for_work","away_since":"2023-02-01"},
                   "mother":{"name":"李娜","status":"away_for_work","away_since":"2023-02-01",
                             "work_place_code":"440305"}})");
        f.close();
        const TestSupport::CliRun added = cli({QStringLiteral("add-child"), f.fileName()});
        QVERIFY2(added.exitCode == 0, added.err.constData());
    }

    void listsTheIssuesAsJson()
    {
        const TestSupport::CliRun r = cli({QStringLiteral("check"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray issues = QJsonDocument::fromJson(r.out).array();
        QVERIFY(!issues.isEmpty());
        QSet<QString> seen;
        for (const QJsonValue& v : issues) {
            const QJsonObject o = v.toObject();
            for (const char* key : {"child", "field", "rule", "message"})
                QVERIFY2(!o.value(QLatin1String(key)).toString().isEmpty(),
                         qPrintable(QString::fromUtf8(r.out)));
            QCOMPARE(o.value(QStringLiteral("name")).toString(), QStringLiteral("张佳怡"));
            seen.insert(o.value(QStringLiteral("rule")).toString() + QLatin1Char(':') +
                        o.value(QStringLiteral("field")).toString());
        }
        for (const char* expected :
             {"missing:id_number", "missing:hukou_address", "missing:father.work_place_code"})
            QVERIFY2(seen.contains(QLatin1String(expected)),
                     qPrintable(QStringList(seen.values()).join(u' ')));
        QVERIFY(!seen.contains(QStringLiteral("missing:mother.work_place_code")));
    }

    void textNamesChildAndVillage()
    {
        const TestSupport::CliRun r = cli({QStringLiteral("check")});
        QCOMPARE(r.exitCode, 0);
        const QString text = QString::fromUtf8(r.out);
        QVERIFY(text.contains(QStringLiteral("张佳怡")));
        QVERIFY(text.contains(QStringLiteral("南跃村民委员会")));
        QVERIFY(text.contains(QStringLiteral("issue")));
    }

    void anotherAreaHasNoIssue()
    {
        const TestSupport::CliRun r = cli({QStringLiteral("check"), QStringLiteral("--area"),
                                           QStringLiteral("441523101202"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QJsonDocument::fromJson(r.out).array().isEmpty());
    }

    void unknownAreaIsRefused()
    {
        const TestSupport::CliRun r =
            cli({QStringLiteral("check"), QStringLiteral("--area"), QStringLiteral("99")});
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.out.isEmpty());
        QVERIFY(r.err.contains("not an area code"));
    }
};

QTEST_GUILESS_MAIN(TestCheckCli)
#include "TestCheckCli.moc"
