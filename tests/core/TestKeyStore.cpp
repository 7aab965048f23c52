#include "sync/Crypto.h"
#include "sync/KeyStore.h"
#include "sync/Sealer.h"
#include "sync/Signer.h"

#include <QTest>

// Tests use KeyStore::Strength::Minimum so Argon2id runs in milliseconds; one test checks the default.
namespace {

const KeyStore::Strength Fast = KeyStore::Strength::Minimum;
const char* const WrongPassphrase = "The passphrase is wrong.";
const char* const Damaged = "damaged";

QString pass(const char* utf8)
{
    return QString::fromUtf8(utf8);
}

} // namespace

class TestKeyStore final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::initialize().ok()); }

    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("passphrase");
        QTest::newRow("signing key, ASCII passphrase")
            << Signer::generate().secretKey.toByteArrayUnsafe() << pass("correct horse battery");
        QTest::newRow("encryption key, Chinese passphrase")
            << Sealer::generate().secretKey.toByteArrayUnsafe() << pass("守护留守儿童的钥匙");
        QTest::newRow("both keys, exactly 8 characters") << Crypto::randomBytes(96) << pass("12345678");
        QTest::newRow("one byte") << QByteArray("k") << pass("passphrase");
    }
    void roundTrip()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QString, passphrase);
        const Result<QByteArray> blob = KeyStore::seal(SecureBytes::fromBytes(secret), passphrase, Fast);
        QVERIFY2(blob.ok(), qPrintable(blob.error()));
        QVERIFY(blob->startsWith("SHKS"));
        if (secret.size() >= 16) // a short secret can appear in random bytes by chance
            QVERIFY(!blob->contains(secret));
        const Result<SecureBytes> opened = KeyStore::open(*blob, passphrase);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened->toByteArrayUnsafe(), secret);

        // Fresh salt and nonce every time.
        const Result<QByteArray> again = KeyStore::seal(SecureBytes::fromBytes(secret), passphrase, Fast);
        QVERIFY(again.ok());
        QVERIFY(*again != *blob);
    }

    void composedAndDecomposedPassphraseAreTheSame()
    {
        // "é" typed as one code point or as e + combining accent, as different input methods do.
        const QString composed = QString::fromUtf8("caf\xc3\xa9 au lait");
        const QString decomposed = QString::fromUtf8("cafe\xcc\x81 au lait");
        QVERIFY(composed != decomposed);
        const Result<QByteArray> blob = KeyStore::seal(SecureBytes::fromBytes("k"), composed, Fast);
        QVERIFY(blob.ok());
        QVERIFY(KeyStore::open(*blob, decomposed).ok());
    }

    void wrongPassphrase_data()
    {
        QTest::addColumn<QString>("wrong");
        QTest::newRow("one letter changed") << pass("correct horse batterz");
        QTest::newRow("case") << pass("Correct horse battery");
        QTest::newRow("trailing space") << pass("correct horse battery ");
        QTest::newRow("empty") << QString();
    }
    void wrongPassphrase()
    {
        QFETCH(QString, wrong);
        const Result<QByteArray> blob =
            KeyStore::seal(SecureBytes::fromBytes("secret"), pass("correct horse battery"), Fast);
        QVERIFY(blob.ok());
        const Result<SecureBytes> r = KeyStore::open(*blob, wrong);
        QVERIFY(!r.ok());
        QCOMPARE(r.error(), QLatin1String(WrongPassphrase));
    }

    void damagedBlob_data()
    {
        QTest::addColumn<int>("at"); // byte to flip; -1 = cut the last byte, -2 = empty, -3 = other file
        QTest::newRow("magic") << 0;
        QTest::newRow("opslimit") << 9;
        QTest::newRow("memlimit") << 17;
        QTest::newRow("salt") << 20;
        QTest::newRow("nonce") << 40;
        QTest::newRow("ciphertext") << 60;
        QTest::newRow("checksum") << 1000; // clamped to the last byte
        QTest::newRow("cut short") << -1;
        QTest::newRow("empty") << -2;
        QTest::newRow("not a key file") << -3;
    }
    void damagedBlob()
    {
        QFETCH(int, at);
        const QString passphrase = pass("correct horse battery");
        const Result<QByteArray> sealed = KeyStore::seal(SecureBytes::fromBytes("secret"), passphrase, Fast);
        QVERIFY(sealed.ok());
        QByteArray blob = *sealed;
        if (at == -1)
            blob.chop(1);
        else if (at == -2)
            blob.clear();
        else if (at == -3)
            blob = QByteArray("<html>not a key</html>").repeated(10);
        else {
            const qsizetype i = qMin(qsizetype(at), blob.size() - 1);
            blob[i] = char(blob[i] ^ 0x04);
        }
        const Result<SecureBytes> r = KeyStore::open(blob, passphrase);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String(Damaged)), qPrintable(r.error()));
        QVERIFY(r.error() != QLatin1String(WrongPassphrase));
    }

    void newerVersionIsNamed()
    {
        // A blob from a future version with a valid checksum: refused with its own sentence.
        const Result<QByteArray> sealed =
            KeyStore::seal(SecureBytes::fromBytes("s"), pass("passphrase"), Fast);
        QVERIFY(sealed.ok());
        QByteArray blob = sealed->chopped(16);
        blob[4] = char(2);
        blob += Crypto::hash(blob, 16);
        const Result<SecureBytes> r = KeyStore::open(blob, pass("passphrase"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String("newer version")), qPrintable(r.error()));
    }

    void forgedParametersAreAuthenticated()
    {
        // Changing the stored work factors and fixing the checksum still does not open: the header is
        // associated data of the AEAD.
        const Result<QByteArray> sealed =
            KeyStore::seal(SecureBytes::fromBytes("s"), pass("passphrase"), Fast);
        QVERIFY(sealed.ok());
        QByteArray blob = sealed->chopped(16);
        blob[9] = char(blob[9] + 1); // opslimit 1 -> 2
        blob += Crypto::hash(blob, 16);
        QVERIFY(!KeyStore::open(blob, pass("passphrase")).ok());
    }

    void passphraseRules_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("7 characters") << pass("1234567") << false;
        QTest::newRow("8 characters") << pass("12345678") << true;
        QTest::newRow("7 Chinese characters") << pass("守护留守儿童钥") << false;
        QTest::newRow("8 Chinese characters") << pass("守护留守儿童钥匙") << true;
        // 4 characters outside the BMP are 8 UTF-16 units but only 4 characters.
        QTest::newRow("4 emoji") << pass("\xf0\x9f\x94\x91\xf0\x9f\x94\x91\xf0\x9f\x94\x91\xf0\x9f\x94\x91")
                                 << false;
    }
    void passphraseRules()
    {
        QFETCH(QString, passphrase);
        QFETCH(bool, accepted);
        QCOMPARE(KeyStore::checkPassphrase(passphrase).ok(), accepted);
        const Result<QByteArray> blob = KeyStore::seal(SecureBytes::fromBytes("s"), passphrase, Fast);
        QCOMPARE(blob.ok(), accepted);
        if (!accepted)
            QVERIFY2(blob.error().contains(QLatin1String("at least 8 characters")), qPrintable(blob.error()));
    }

    void changePassphrase()
    {
        const QByteArray secret = Crypto::randomBytes(64);
        const Result<QByteArray> blob =
            KeyStore::seal(SecureBytes::fromBytes(secret), pass("old passphrase"), Fast);
        QVERIFY(blob.ok());

        const Result<QByteArray> wrongOld =
            KeyStore::changePassphrase(*blob, pass("not the old one"), pass("new passphrase"));
        QVERIFY(!wrongOld.ok());
        QCOMPARE(wrongOld.error(), QLatin1String(WrongPassphrase));
        QVERIFY(!KeyStore::changePassphrase(*blob, pass("old passphrase"), pass("short")).ok());

        const Result<QByteArray> changed =
            KeyStore::changePassphrase(*blob, pass("old passphrase"), pass("new passphrase"));
        QVERIFY2(changed.ok(), qPrintable(changed.error()));
        QCOMPARE(changed->mid(6, 12), blob->mid(6, 12)); // same work factors
        const Result<SecureBytes> opened = KeyStore::open(*changed, pass("new passphrase"));
        QVERIFY(opened.ok());
        QCOMPARE(opened->toByteArrayUnsafe(), secret);
        QVERIFY(!KeyStore::open(*changed, pass("old passphrase")).ok());
    }

    void defaultStrengthIsInteractive()
    {
        // One real Argon2id run with the default limits (64 MiB), to know it works on this machine.
        const Result<QByteArray> blob = KeyStore::seal(SecureBytes::fromBytes("s"), pass("passphrase"));
        QVERIFY(blob.ok());
        QCOMPARE(blob->mid(6, 4).toHex(), QByteArray("00000002"));          // OPSLIMIT_INTERACTIVE
        QCOMPARE(blob->mid(10, 8).toHex(), QByteArray("0000000004000000")); // MEMLIMIT_INTERACTIVE
        QVERIFY(KeyStore::open(*blob, pass("passphrase")).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeyStore)
#include "TestKeyStore.moc"
