// End-to-end: agreements and printing through shouhu-cli, on real database and PDF files.
#include "TestSupport.h"

#include "domain/IdNumber.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::CliRun;
using TestSupport::runCli;

namespace {
const QString kVillage = QStringLiteral("441523101201");

QString makeId(QDate birth, int sequence)
{
    const QString first17 = QStringLiteral("441523") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QJsonValue json(const CliRun& r)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.out);
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

int pdfPages(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray bytes = f.readAll();
    if (!bytes.startsWith("%PDF-"))
        return -1;
    // Qt writes one "/Type /Page" object per page, and one "/Type /Pages" for the tree.
    return int(bytes.count("/Type /Page") - bytes.count("/Type /Pages"));
}

QString pdfText(const QString& path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    p.waitForFinished();
    return QString::fromUtf8(p.readAllStandardOutput()); // as it comes: 儿 must come out as 儿
}
} // namespace

class TestPrintCli final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;

    QStringList db() const
    {
        return {QStringLiteral("--db"), m_dir->filePath(QStringLiteral("case.sqlite"))};
    }
    CliRun cli(const QStringList& args) const { return runCli(db() + args); }
    QString path(const QString& name) const { return m_dir->filePath(name); }

    QString addChild(const QString& name, int sequence) const
    {
        const QJsonObject child{{QStringLiteral("area_code"), kVillage},
                                {QStringLiteral("name"), name},
                                {QStringLiteral("id_number"), makeId(QDate(2015, 6, 30), sequence)},
                                {QStringLiteral("hukou_type"), QStringLiteral("rural")},
                                {QStringLiteral("schooling"), QStringLiteral("primary")},
                                {QStringLiteral("father"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("王大山")},
                                             {QStringLiteral("status"), QStringLiteral("away_for_work")},
                                             {QStringLiteral("work_place_code"), QStringLiteral("440300")},
                                             {QStringLiteral("away_since"), QStringLiteral("2023-02-01")}}},
                                {QStringLiteral("mother"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("李小花")},
                                             {QStringLiteral("status"), QStringLiteral("away_for_work")},
                                             {QStringLiteral("work_place_code"), QStringLiteral("330100")},
                                             {QStringLiteral("away_since"), QStringLiteral("2023-02-01")}}},
                                {QStringLiteral("guardian"),
                                 QJsonObject{{QStringLiteral("name"), QStringLiteral("张桂英")},
                                             {QStringLiteral("id_number"), makeId(QDate(1962, 4, 9), 22)},
                                             {QStringLiteral("relation_to_child"), QStringLiteral("祖母")},
                                             {QStringLiteral("phone"), QStringLiteral("13912345678")},
                                             {QStringLiteral("capable"), true}}}};
        const QString file = path(name + QStringLiteral(".json"));
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(child).toJson());
        f.close();
        const CliRun r = cli({QStringLiteral("add-child"), file, QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return json(r).toObject().value(QStringLiteral("id")).toString();
    }

    QString addAgreement(const QString& child, const QString& habits) const
    {
        const CliRun r =
            cli({QStringLiteral("agreement"), QStringLiteral("add"), QStringLiteral("--child"), child,
                 QStringLiteral("--capable"), QStringLiteral("yes"), QStringLiteral("--abuse"),
                 QStringLiteral("no"), QStringLiteral("--habits"), habits, QStringLiteral("--neglect"),
                 QStringLiteral("no"), QStringLiteral("--infringement"), QStringLiteral("no"),
                 QStringLiteral("--abandonment"), QStringLiteral("no"), QStringLiteral("--unsuitable"),
                 QStringLiteral("no"), QStringLiteral("--json")});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return json(r).toObject().value(QStringLiteral("id")).toString();
    }

    QString state(const QString& agreement) const
    {
        const CliRun r = cli({QStringLiteral("agreement"), QStringLiteral("list"), QStringLiteral("--json")});
        for (const QJsonValue& v : json(r).toArray()) {
            if (v.toObject().value(QStringLiteral("id")).toString() == agreement)
                return v.toObject().value(QStringLiteral("state")).toString();
        }
        return {};
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        const CliRun r =
            cli({QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("village"),
                 QStringLiteral("--area"), kVillage, QStringLiteral("--name"), QStringLiteral("南跃村")});
        QCOMPARE(r.exitCode, 0);
    }

    void agreementFromDraftToSigned()
    {
        const QString child = addChild(QStringLiteral("王小明"), 123);
        QVERIFY(!child.isEmpty());
        const QString id = addAgreement(child, QStringLiteral("no"));
        QVERIFY(!id.isEmpty());
        QCOMPARE(state(id), QStringLiteral("draft"));
        // Signing before printing is refused with one sentence.
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        CliRun r = cli({QStringLiteral("agreement"), QStringLiteral("sign"), id, QStringLiteral("--date"),
                        today, QStringLiteral("--witness"), QStringLiteral("李主任")});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("Print the agreement first"), r.err.constData());

        r = cli({QStringLiteral("print"), QStringLiteral("agreement"), QStringLiteral("--child"), child,
                 QStringLiteral("--out"), path(QStringLiteral("a.pdf"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.out.contains("1 page written") || r.out.contains("1 page(s) written"), r.out.constData());
        QCOMPARE(pdfPages(path(QStringLiteral("a.pdf"))), 1);
        QCOMPARE(state(id), QStringLiteral("printed"));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            const QString text = pdfText(path(QStringLiteral("a.pdf")));
            QVERIFY(text.contains(QStringLiteral("王小明")));
            QVERIFY(text.contains(QStringLiteral("张桂英")));
            QVERIFY(text.contains(child.left(4).toUpper() + QLatin1Char('-') + child.mid(4, 4).toUpper()));
        }
        r = cli({QStringLiteral("agreement"), QStringLiteral("sign"), id, QStringLiteral("--date"), today,
                 QStringLiteral("--witness"), QStringLiteral("李主任"), QStringLiteral("--notice-date"),
                 today});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(state(id), QStringLiteral("signed"));
        // The same caregiver again is refused while the agreement runs.
        r = cli({QStringLiteral("agreement"), QStringLiteral("add"), QStringLiteral("--child"), child});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("already has an agreement"));
        // Coverage: one left-behind child, covered.
        r = cli({QStringLiteral("agreement"), QStringLiteral("coverage"), QStringLiteral("--json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(json(r)
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toObject()
                     .value(QStringLiteral("covered"))
                     .toInt(),
                 1);
    }

    void failedCheckAndBatch()
    {
        const QString ok1 = addChild(QStringLiteral("王小明"), 123);
        const QString bad = addChild(QStringLiteral("王小红"), 124);
        const QString ok2 = addChild(QStringLiteral("王小亮"), 125);
        QVERIFY(!addAgreement(ok1, QStringLiteral("no")).isEmpty());
        QVERIFY(!addAgreement(bad, QStringLiteral("yes")).isEmpty());
        QVERIFY(!addAgreement(ok2, QStringLiteral("no")).isEmpty());
        CliRun r = cli({QStringLiteral("print"), QStringLiteral("agreement"), QStringLiteral("--child"), bad,
                        QStringLiteral("--out"), path(QStringLiteral("bad.pdf"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("gambling"), r.err.constData());
        QCOMPARE(r.err.trimmed().count('\n'), 0);
        QVERIFY(!QFile::exists(path(QStringLiteral("bad.pdf"))));

        r = cli({QStringLiteral("print"), QStringLiteral("agreements"), QStringLiteral("--village"), kVillage,
                 QStringLiteral("--unsigned"), QStringLiteral("--out"), path(QStringLiteral("batch.pdf")),
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).toObject().value(QStringLiteral("pages")).toInt(), 2);
        QCOMPARE(pdfPages(path(QStringLiteral("batch.pdf"))), 2);
        QVERIFY(r.err.contains("王小红"));
    }

    void childFileAndVisitForms()
    {
        const QString child = addChild(QStringLiteral("王小明"), 123);
        CliRun r = cli({QStringLiteral("print"), QStringLiteral("child-file"), QStringLiteral("--child"),
                        child, QStringLiteral("--out"), path(QStringLiteral("file.pdf"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(pdfPages(path(QStringLiteral("file.pdf"))) >= 1);
        r = cli({QStringLiteral("print"), QStringLiteral("visit-form"), QStringLiteral("--out"),
                 path(QStringLiteral("blank.pdf"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(pdfPages(path(QStringLiteral("blank.pdf"))), 1);
        r = cli({QStringLiteral("print"), QStringLiteral("visit-form"), QStringLiteral("--child"), child,
                 QStringLiteral("--out"), path(QStringLiteral("visit.pdf"))});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(pdfPages(path(QStringLiteral("visit.pdf"))), 1);
        // Usage errors and refusals.
        QCOMPARE(
            cli({QStringLiteral("print"), QStringLiteral("child-file"), QStringLiteral("--child"), child})
                .exitCode,
            2);
        r = cli({QStringLiteral("print"), QStringLiteral("child-file"), QStringLiteral("--child"),
                 QStringLiteral("nobody"), QStringLiteral("--out"), path(QStringLiteral("x.pdf"))});
        QCOMPARE(r.exitCode, 1);
        r = cli({QStringLiteral("print"), QStringLiteral("agreement"), QStringLiteral("--child"), child,
                 QStringLiteral("--out"), path(QStringLiteral("none.pdf"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains("no care agreement"));
    }

    void dropoutReportAndWorklist()
    {
        const QString child = addChild(QStringLiteral("王小明"), 123);
        QVERIFY(!child.isEmpty());
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const QString visit = path(QStringLiteral("visit.json"));
        QFile f(visit);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QJsonDocument(QJsonObject{{QStringLiteral("kind"), QStringLiteral("monthly")},
                                          {QStringLiteral("visit_date"), today},
                                          {QStringLiteral("visitor"), QStringLiteral("陈丽")},
                                          {QStringLiteral("schooling"), QStringLiteral("dropped_out")},
                                          {QStringLiteral("notes"), QStringLiteral("两周未到校")}})
                    .toJson());
        f.close();
        CliRun r = cli({QStringLiteral("visit"), QStringLiteral("add"), visit, QStringLiteral("--child"),
                        child, QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray referrals = json(r).toObject().value(QStringLiteral("referrals")).toArray();
        QCOMPARE(referrals.size(), 1);
        const QString referral = referrals.first().toObject().value(QStringLiteral("id")).toString();
        r = cli({QStringLiteral("print"), QStringLiteral("dropout-report"), QStringLiteral("--referral"),
                 referral, QStringLiteral("--out"), path(QStringLiteral("dropout.pdf")),
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(pdfPages(path(QStringLiteral("dropout.pdf"))) >= 1);
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            const QString text = pdfText(path(QStringLiteral("dropout.pdf")));
            QVERIFY(text.contains(QStringLiteral("王小明")));
            QVERIFY(text.contains(makeId(QDate(2015, 6, 30), 123)));
            QVERIFY(text.contains(QStringLiteral("两周未到校")));
        }
        QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("dropout-report"), QStringLiteral("--out"),
                      path(QStringLiteral("x.pdf"))})
                     .exitCode,
                 2);
        r = cli({QStringLiteral("print"), QStringLiteral("dropout-report"), QStringLiteral("--referral"),
                 QStringLiteral("nothing"), QStringLiteral("--out"), path(QStringLiteral("x.pdf"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(path(QStringLiteral("x.pdf"))));

        // The visit of this month is done: next month's worklist has the child due.
        const QString next = QDate::currentDate().addMonths(1).toString(QStringLiteral("yyyy-MM"));
        r = cli({QStringLiteral("print"), QStringLiteral("worklist"), QStringLiteral("--village"), kVillage,
                 QStringLiteral("--month"), next, QStringLiteral("--out"), path(QStringLiteral("work.pdf")),
                 QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(json(r).toObject().value(QStringLiteral("pages")).toInt(), 1);
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QVERIFY(pdfText(path(QStringLiteral("work.pdf"))).contains(QStringLiteral("王小明")));
        QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("worklist"), QStringLiteral("--village"),
                      kVillage, QStringLiteral("--month"), QStringLiteral("June"), QStringLiteral("--out"),
                      path(QStringLiteral("w.pdf"))})
                     .exitCode,
                 2);
        QCOMPARE(cli({QStringLiteral("print"), QStringLiteral("worklist"), QStringLiteral("--village"),
                      QStringLiteral("441523101000"), QStringLiteral("--out"), path(QStringLiteral("w.pdf"))})
                     .exitCode,
                 1);
    }

    // --out FOLDER writes under the job's own name: a child's agreement after the child, a village's batch
    // and worklist after the village and the date, never after the batch's first child.
    void outFolderUsesTheDefaultName()
    {
        const QString first = addChild(QStringLiteral("王小明"), 123);
        const QString second = addChild(QStringLiteral("王小亮"), 125);
        QVERIFY(!addAgreement(first, QStringLiteral("no")).isEmpty());
        QVERIFY(!addAgreement(second, QStringLiteral("no")).isEmpty());
        const QString folder = path(QStringLiteral("papers"));
        QVERIFY(QDir().mkpath(folder));
        const QString today = QDate::currentDate().toString(Qt::ISODate);
        const struct
        {
            QStringList args;
            QString name;
        } jobs[] = {
            {{QStringLiteral("agreement"), QStringLiteral("--child"), first},
             QStringLiteral("委托照护协议书-王小明-") + today + QStringLiteral(".pdf")},
            {{QStringLiteral("agreements"), QStringLiteral("--village"), kVillage},
             QStringLiteral("南跃村-委托照护协议书-") + today + QStringLiteral(".pdf")},
            {{QStringLiteral("worklist"), QStringLiteral("--village"), kVillage},
             QStringLiteral("南跃村-走访任务清单-") + today + QStringLiteral(".pdf")},
        };
        for (const auto& job : jobs) {
            const CliRun r = cli(QStringList{QStringLiteral("print")} + job.args +
                                 QStringList{QStringLiteral("--out"), folder, QStringLiteral("--json")});
            QVERIFY2(r.exitCode == 0, r.err.constData());
            const QString file = QDir(folder).filePath(job.name);
            QCOMPARE(json(r).toObject().value(QStringLiteral("file")).toString(), file);
            QVERIFY2(pdfPages(file) >= 1, qPrintable(file));
            if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
                continue;
            const QString text = pdfText(file);
            QVERIFY2(text.contains(QStringLiteral("儿童")), qPrintable(job.name));
            QVERIFY2(text.contains(QStringLiteral("王小明")), qPrintable(job.name));
            for (const QChar c : text)
                QVERIFY2(c.unicode() < 0x2E80 || c.unicode() > 0x2FDF, qPrintable(job.name + c));
        }
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3);
    }

    void demoHasEveryState()
    {
        CliRun r = cli({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("400")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QSet<QString> states;
        for (const QString& s : {QStringLiteral("draft"), QStringLiteral("printed"), QStringLiteral("signed"),
                                 QStringLiteral("expired"), QStringLiteral("replaced")}) {
            r = cli({QStringLiteral("agreement"), QStringLiteral("list"), QStringLiteral("--state"), s,
                     QStringLiteral("--json")});
            QCOMPARE(r.exitCode, 0);
            if (!json(r).toArray().isEmpty())
                states << s;
        }
        QCOMPARE(states.size(), 5);
        r = cli({QStringLiteral("agreement"), QStringLiteral("list"), QStringLiteral("--renewal-due"),
                 QStringLiteral("--json")});
        QVERIFY(!json(r).toArray().isEmpty());
    }

    void benchPrint()
    {
        const CliRun r =
            cli({QStringLiteral("bench"), QStringLiteral("print"), QStringLiteral("--agreements"),
                 QStringLiteral("30"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject o = json(r).toObject();
        QVERIFY(o.value(QStringLiteral("pages")).toInt() >= o.value(QStringLiteral("agreements")).toInt());
        QVERIFY(o.value(QStringLiteral("agreements")).toInt() > 0);
        // Whether the budget was met depends on the machine: the benchmark reports it, a test does not
        // assert it.
        QVERIFY(o.value(QStringLiteral("pass")).isBool());
    }
};

QTEST_GUILESS_MAIN(TestPrintCli)
#include "TestPrintCli.moc"
