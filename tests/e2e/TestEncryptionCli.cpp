// End-to-end: encryption at rest through shouhu-cli. A station that gets a passphrase has its database
// encrypted; from then on every command needs the passphrase, and nothing of a child is readable in the file.
#include "TestDatabase.h"
#include "TestSupport.h"
#include "storage/CaseDatabase.h"
#include "storage/DatabaseEncryption.h"
#include "sync/KeyStore.h"
#include "sync/StationIdentity.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using TestSupport::CliRun;
using TestSupport::runCli;

class TestEncryptionCli final : public QObject
{
    Q_OBJECT

    const QString m_pass = QStringLiteral("村里的口令 2026");
    std::unique_ptr<QTemporaryDir> m_dir;

    QString db() const { return m_dir->filePath(QStringLiteral("case.sqlite")); }
    CliRun cli(const QStringList& args, const QString& passphrase = {}) const
    {
        QStringList env{QStringLiteral("SHOUHU_KDF=minimum")};
        if (!passphrase.isEmpty())
            env << QStringLiteral("SHOUHU_PASSPHRASE=") + passphrase;
        else
            env << QStringLiteral("SHOUHU_PASSPHRASE="); // not inherited from whoever runs the tests
        return runCli(QStringList{QStringLiteral("--db"), db()} + args, {}, env);
    }
    void initVillage() const
    {
        QCOMPARE(cli({QStringLiteral("init"), QStringLiteral("--role"), QStringLiteral("village"),
                      QStringLiteral("--area"), TestDatabase::kVillage, QStringLiteral("--name"),
                      QStringLiteral("南跃村")})
                     .exitCode,
                 0);
        QCOMPARE(cli({QStringLiteral("demo"), QStringLiteral("--children"), QStringLiteral("12")}).exitCode,
                 0);
    }
    int listed(const QString& passphrase) const
    {
        const CliRun r = cli({QStringLiteral("search"), QStringLiteral("--json")}, passphrase);
        if (r.exitCode != 0)
            return -1;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out);
        return doc.isArray() ? int(doc.array().size())
                             : doc.object().value(QStringLiteral("total")).toInt(-2);
    }
    QByteArray fileBytes() const
    {
        QFile f(db());
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void keysCreateEncrypts()
    {
        initVillage();
        const int before = listed({});
        QVERIFY(before > 0);
        QVERIFY(fileBytes().startsWith("SQLite format 3"));
        const CliRun made = cli({QStringLiteral("keys"), QStringLiteral("create")}, m_pass);
        QVERIFY2(made.exitCode == 0, made.err.constData());
        QVERIFY(DatabaseEncryption::isEncrypted(db()));
        QVERIFY(!fileBytes().startsWith("SQLite format 3"));

        // Without the passphrase, and with a wrong one: one sentence, exit 1, nothing changed.
        const QByteArray encrypted = fileBytes();
        const CliRun none = cli({QStringLiteral("search")});
        QCOMPARE(none.exitCode, 1);
        QVERIFY2(TestSupport::isOneSentence(none.err), none.err.constData());
        QVERIFY(none.err.contains("encrypted"));
        const CliRun wrong = cli({QStringLiteral("search")}, QStringLiteral("wrong passphrase"));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(TestSupport::isOneSentence(wrong.err), wrong.err.constData());
        QVERIFY(wrong.err.contains("passphrase does not open"));
        QCOMPARE(fileBytes(), encrypted);
        // With it, the same children.
        QCOMPARE(listed(m_pass), before);
        // The --passphrase-file of a command that has one works too.
        const QString file = m_dir->filePath(QStringLiteral("pass.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_pass.toUtf8() + "\n");
        f.close();
        const CliRun shown =
            cli({QStringLiteral("identity"), QStringLiteral("export"), QStringLiteral("--out"),
                 m_dir->filePath(QStringLiteral("card.shid")), QStringLiteral("--passphrase-file"), file});
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
    }

    void passphraseChange()
    {
        initVillage();
        QCOMPARE(cli({QStringLiteral("keys"), QStringLiteral("create")}, m_pass).exitCode, 0);
        const int before = listed(m_pass);
        const QString fresh = QStringLiteral("another passphrase 2027");
        const CliRun changed =
            runCli({QStringLiteral("--db"), db(), QStringLiteral("passphrase"), QStringLiteral("change")}, {},
                   {QStringLiteral("SHOUHU_KDF=minimum"), QStringLiteral("SHOUHU_PASSPHRASE=") + m_pass,
                    QStringLiteral("SHOUHU_NEW_PASSPHRASE=") + fresh});
        QVERIFY2(changed.exitCode == 0, changed.err.constData());
        QCOMPARE(listed(m_pass), -1);
        QCOMPARE(listed(fresh), before);
    }

    // A database of an earlier version: keys, but plain. The next command that unlocks the keys encrypts it;
    // one that does not leaves it alone.
    void earlierVersionIsEncryptedOnce()
    {
        initVillage();
        {
            FixedClock clock(QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC));
            auto opened = CaseDatabase::open(db(), clock);
            QVERIFY(opened);
            QVERIFY(StationIdentity::create(*opened.value(), m_pass, KeyStore::Strength::Minimum));
        }
        QVERIFY(listed({}) > 0);
        QVERIFY(!DatabaseEncryption::isEncrypted(db()));
        const CliRun card = cli({QStringLiteral("identity"), QStringLiteral("export"),
                                 QStringLiteral("--out"), m_dir->filePath(QStringLiteral("card.shid"))},
                                m_pass);
        QVERIFY2(card.exitCode == 0, card.err.constData());
        QVERIFY(DatabaseEncryption::isEncrypted(db()));
        QCOMPARE(listed({}), -1);
        QVERIFY(listed(m_pass) > 0);
    }
};

QTEST_GUILESS_MAIN(TestEncryptionCli)
#include "TestEncryptionCli.moc"
