// The Debian package end to end: cpack -G DEB on the build tree (into a temporary folder; the binaries are
// already built, so cpack's preinstall step builds nothing), dpkg-deb -x into a temporary root, the expected
// files there, and the packaged shouhu-cli run from that root, without LD_LIBRARY_PATH: --version, then a new
// station, a child added and found again in a temporary database.
#include "TestSupport.h"

#include "domain/IdNumber.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QString& program, const QStringList& args, const QStringList& extraEnv = {},
        int timeoutMs = 600000)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LD_LIBRARY_PATH"));
    env.insert(QStringLiteral("SHOUHU_LANG"), QStringLiteral("en"));
    for (const QString& kv : extraEnv) {
        const qsizetype eq = kv.indexOf(QLatin1Char('='));
        env.insert(kv.left(eq), kv.mid(eq + 1));
    }
    p.setProcessEnvironment(env);
    p.start(program, args);
    p.waitForFinished(timeoutMs);
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}
} // namespace

class TestDebPackage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void packageHoldsTheFiles_data();
    void packageHoldsTheFiles();
    void controlFile();
    void packagedCliRuns();

private:
    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root;
};

void TestDebPackage::initTestCase()
{
    const QString dpkgDeb = QStandardPaths::findExecutable(QStringLiteral("dpkg-deb"));
    if (dpkgDeb.isEmpty())
        QSKIP("dpkg-deb is not installed");
    const QString cpack = QStandardPaths::findExecutable(QStringLiteral("cpack"));
    QVERIFY2(!cpack.isEmpty(), "cpack (part of CMake) is not on PATH");
    QVERIFY(m_dir.isValid());
    // build/bin/shouhu-cli: the build tree is the folder above bin/.
    const QString buildDir =
        QFileInfo(TestSupport::cliPath()).absoluteDir().absoluteFilePath(QStringLiteral(".."));
    const QString config = QDir(buildDir).absoluteFilePath(QStringLiteral("CPackConfig.cmake"));
    QVERIFY2(QFile::exists(config), qPrintable(config));
    const QString out = m_dir.filePath(QStringLiteral("out"));
    const Run packed = run(cpack, {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("--config"),
                                   config, QStringLiteral("-B"), out});
    QVERIFY2(packed.exitCode == 0, packed.out.constData());
    const QStringList debs = QDir(out).entryList({QStringLiteral("shouhu_*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    m_deb = QDir(out).filePath(debs.first());
    QVERIFY2(debs.first().startsWith(QStringLiteral("shouhu_" SHOUHU_VERSION "_")), qPrintable(debs.first()));
    m_root = m_dir.filePath(QStringLiteral("root"));
    const Run unpacked = run(dpkgDeb, {QStringLiteral("-x"), m_deb, m_root});
    QVERIFY2(unpacked.exitCode == 0, unpacked.err.constData());
}

void TestDebPackage::packageHoldsTheFiles_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("executable");
    QTest::newRow("gui") << QStringLiteral("usr/bin/shouhu") << true;
    QTest::newRow("cli") << QStringLiteral("usr/bin/shouhu-cli") << true;
    QTest::newRow("desktop entry") << QStringLiteral("usr/share/applications/shouhu.desktop") << false;
    QTest::newRow("mime types") << QStringLiteral("usr/share/mime/packages/shouhu.xml") << false;
    QTest::newRow("appstream") << QStringLiteral("usr/share/metainfo/org.shouhu.Shouhu.metainfo.xml")
                               << false;
    QTest::newRow("icon") << QStringLiteral("usr/share/icons/hicolor/scalable/apps/shouhu.svg") << false;
}

void TestDebPackage::packageHoldsTheFiles()
{
    QFETCH(QString, path);
    QFETCH(bool, executable);
    const QFileInfo info(QDir(m_root).filePath(path));
    QVERIFY2(info.isFile(), qPrintable(path));
    QVERIFY(info.size() > 0);
    QCOMPARE(info.isExecutable(), executable);
}

void TestDebPackage::controlFile()
{
    const Run info = run(QStandardPaths::findExecutable(QStringLiteral("dpkg-deb")),
                         {QStringLiteral("-f"), m_deb, QStringLiteral("Package"), QStringLiteral("Version"),
                          QStringLiteral("Maintainer"), QStringLiteral("Depends")});
    QCOMPARE(info.exitCode, 0);
    const QString control = QString::fromUtf8(info.out);
    QVERIFY2(control.contains(QStringLiteral("Package: shouhu\n")), qPrintable(control));
    QVERIFY2(control.contains(QStringLiteral("Version: " SHOUHU_VERSION "\n")), qPrintable(control));
    QVERIFY2(control.contains(QRegularExpression(QStringLiteral("Maintainer: .+ <.+@.+>"))),
             qPrintable(control));
    // Found by shlibdeps from the binaries (SQLCipher, never the system SQLite or Qt's SQLite driver).
    for (const char* dep : {"libqt6core6", "libqt6widgets6", "libsodium23", "libsqlcipher1", "fonts-noto-cjk",
                            "libxlsxwriter4", "libqt6charts6"})
        QVERIFY2(control.contains(QLatin1String(dep)), dep);
    QVERIFY2(!control.contains(QLatin1String("libqt6sql6-sqlite")) &&
                 !control.contains(QLatin1String("libsqlite3")),
             qPrintable(control));

    // The desktop entry opens a package with the import.
    QFile desktop(QDir(m_root).filePath(QStringLiteral("usr/share/applications/shouhu.desktop")));
    QVERIFY(desktop.open(QIODevice::ReadOnly));
    const QByteArray entry = desktop.readAll();
    QVERIFY(entry.contains("\nExec=shouhu %f\n"));
    QVERIFY(entry.contains("\nIcon=shouhu\n"));
    QVERIFY(entry.contains("application/x-shouhu-package;"));
}

void TestDebPackage::packagedCliRuns()
{
    const QString cli = QDir(m_root).filePath(QStringLiteral("usr/bin/shouhu-cli"));
    const Run version = run(cli, {QStringLiteral("--version")});
    QVERIFY2(version.exitCode == 0, version.err.constData());
    QVERIFY2(version.out.contains(SHOUHU_VERSION), version.out.constData());

    const QStringList env{QStringLiteral("SHOUHU_PASSPHRASE=correct horse battery"),
                          QStringLiteral("SHOUHU_KDF=minimum"), QStringLiteral("HOME=") + m_dir.path()};
    const QString db = m_dir.filePath(QStringLiteral("station.sqlite"));
    const Run init = run(cli,
                         {QStringLiteral("--db"), db, QStringLiteral("init"), QStringLiteral("--role"),
                          QStringLiteral("village"), QStringLiteral("--area"), QStringLiteral("441523101201"),
                          QStringLiteral("--name"), QStringLiteral("Test village")},
                         env);
    QVERIFY2(init.exitCode == 0, init.err.constData());

    const QString first17 = QStringLiteral("44152320150501201");
    const QString id = first17 + IdNumber::checkCharacter(first17);
    QFile child(m_dir.filePath(QStringLiteral("child.json")));
    QVERIFY(child.open(QIODevice::WriteOnly));
    child.write(QJsonDocument(QJsonObject{{QStringLiteral("area_code"), QStringLiteral("441523101201")},
                                          {QStringLiteral("name"), QStringLiteral("陈小明")},
                                          {QStringLiteral("id_number"), id},
                                          {QStringLiteral("hukou_type"), QStringLiteral("rural")}})
                    .toJson());
    child.close();
    const Run added =
        run(cli, {QStringLiteral("--db"), db, QStringLiteral("add-child"), child.fileName()}, env);
    QVERIFY2(added.exitCode == 0, added.err.constData());

    // Found again by its initials (ICU pinyin, from the packaged binary).
    const Run found = run(cli,
                          {QStringLiteral("--db"), db, QStringLiteral("search"), QStringLiteral("cxm"),
                           QStringLiteral("--json")},
                          env);
    QVERIFY2(found.exitCode == 0, found.err.constData());
    const QJsonArray list = QJsonDocument::fromJson(found.out).array();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().toObject().value(QStringLiteral("idNumber")).toString(), id);
}

QTEST_GUILESS_MAIN(TestDebPackage)
#include "TestDebPackage.moc"
