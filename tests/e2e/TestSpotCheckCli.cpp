// End-to-end: the daily spot check through shouhu-cli on real database files: draw, list, mark, summary,
// and refusals in one sentence (a village station does not draw; a mark needs --verified or --problem).
#include "TestSupport.h"

#include "domain/IdNumber.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::CliRun;
using TestSupport::isOneSentence;
using TestSupport::runCli;

namespace {
const QString kTownship = QStringLiteral("431022104000");
const QString kVillage = QStringLiteral("431022104221");

QString makeId(int sequence)
{
    const QString first17 =
        QStringLiteral("43102220140630") + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QJsonDocument json(const CliRun& r)
{
    return QJsonDocument::fromJson(r.out);
}
} // namespace

class TestSpotCheckCli final : public QObject
{
    Q_OBJECT

private slots:
    void drawMarkSummary();
    void refusals();

private:
    CliRun cli(const QString& db, const QStringList& args) const
    {
        return runCli(QStringList{QStringLiteral("--db"), m_dir.filePath(db)} + args);
    }
    QString write(const QString& name, const QJsonObject& o) const
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QJsonDocument(o).toJson());
        return path;
    }
    bool init(const QString& db, const QString& role, const QString& area)
    {
        return cli(db, {QStringLiteral("init"), QStringLiteral("--role"), role, QStringLiteral("--area"),
                        area, QStringLiteral("--name"), QStringLiteral("测试站"),
                        QStringLiteral("--operator"), QStringLiteral("陈丽")})
                   .exitCode == 0;
    }

    QTemporaryDir m_dir;
};

void TestSpotCheckCli::drawMarkSummary()
{
    const QString db = QStringLiteral("t.sqlite");
    QVERIFY(init(db, QStringLiteral("township"), kTownship));
    for (int i = 0; i < 3; ++i) {
        const QJsonObject child{{QStringLiteral("name"), QStringLiteral("儿童%1").arg(i)},
                                {QStringLiteral("area_code"), kVillage},
                                {QStringLiteral("id_number"), makeId(120 + i)}};
        QCOMPARE(cli(db, {QStringLiteral("add-child"), write(QStringLiteral("c.json"), child)}).exitCode, 0);
    }
    CliRun r = cli(db, {QStringLiteral("--json"), QStringLiteral("spot-check"), QStringLiteral("draw"),
                        QStringLiteral("--size"), QStringLiteral("2")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonArray drawn = json(r).array();
    QCOMPARE(drawn.size(), 2);
    const QString first = drawn.at(0).toObject().value(QStringLiteral("id")).toString();
    const QString second = drawn.at(1).toObject().value(QStringLiteral("id")).toString();
    QCOMPARE(drawn.at(0).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("pending"));

    r = cli(db, {QStringLiteral("spot-check"), QStringLiteral("mark"), first, QStringLiteral("--verified")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(db, {QStringLiteral("--json"), QStringLiteral("spot-check"), QStringLiteral("mark"), second,
                 QStringLiteral("--problem"), QStringLiteral("照护人身份证号缺失")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(json(r).object().value(QStringLiteral("note")).toString(), QStringLiteral("照护人身份证号缺失"));

    r = cli(db, {QStringLiteral("--json"), QStringLiteral("spot-check"), QStringLiteral("list"),
                 QStringLiteral("--pending")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(json(r).array().size(), 0);
    r = cli(db, {QStringLiteral("--json"), QStringLiteral("spot-check"), QStringLiteral("summary")});
    QCOMPARE(r.exitCode, 0);
    const QJsonObject total = json(r).object().value(QStringLiteral("total")).toObject();
    QCOMPARE(total.value(QStringLiteral("drawn")).toInt(), 2);
    QCOMPARE(total.value(QStringLiteral("verified")).toInt(), 1);
    QCOMPARE(total.value(QStringLiteral("problems")).toInt(), 1);
    const QJsonArray villages = json(r).object().value(QStringLiteral("villages")).toArray();
    QCOMPARE(villages.size(), 1);
    QCOMPARE(villages.first().toObject().value(QStringLiteral("area")).toString(), kVillage);

    // The last one, then nothing left for today.
    r = cli(db, {QStringLiteral("spot-check"), QStringLiteral("draw")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli(db, {QStringLiteral("spot-check"), QStringLiteral("draw")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(isOneSentence(r.err) && r.err.contains("drawn already"), r.err.constData());
}

void TestSpotCheckCli::refusals()
{
    const QString village = QStringLiteral("v.sqlite");
    QVERIFY(init(village, QStringLiteral("village"), kVillage));
    CliRun r = cli(village, {QStringLiteral("spot-check"), QStringLiteral("draw")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(isOneSentence(r.err) && r.err.contains("village station"), r.err.constData());
    r = cli(village, {QStringLiteral("spot-check"), QStringLiteral("mark"),
                      QStringLiteral("5d1c3f52-0000-4000-8000-000000000000")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("Say --verified or --problem NOTE."), r.err.constData());
    r = cli(village, {QStringLiteral("spot-check"), QStringLiteral("mark"),
                      QStringLiteral("5d1c3f52-0000-4000-8000-000000000000"), QStringLiteral("--verified")});
    QCOMPARE(r.exitCode, 1);
    // A village reads the office's findings; it does not mark them (nor can a package of it carry one).
    QVERIFY2(isOneSentence(r.err) && r.err.contains("only be read"), r.err.constData());
    r = cli(village, {QStringLiteral("spot-check"), QStringLiteral("draw"), QStringLiteral("--size"),
                      QStringLiteral("0")});
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestSpotCheckCli)
#include "TestSpotCheckCli.moc"
