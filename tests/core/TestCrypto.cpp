#include "sync/Crypto.h"
#include "sync/Fingerprint.h"
#include "sync/Sealer.h"
#include "sync/SecureBytes.h"
#include "sync/Signer.h"

#include <QBuffer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray hex(const char* text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QByteArray flipBit(QByteArray bytes, qsizetype index, int bit = 0)
{
    bytes[index] = char(bytes[index] ^ (1 << bit));
    return bytes;
}

} // namespace

class TestCrypto final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(Crypto::initialize().ok(), qPrintable(Crypto::initialize().error())); }

    void initializeIsIdempotent()
    {
        for (int i = 0; i < 3; ++i)
            QVERIFY(Crypto::initialize().ok());
    }

    void secureBytesOwnsAndMoves()
    {
        SecureBytes a = SecureBytes::fromBytes("secret key bytes");
        QCOMPARE(a.size(), 16);
        QCOMPARE(a.toByteArrayUnsafe(), QByteArray("secret key bytes"));
        SecureBytes b = a.clone();
        QVERIFY(a.equals(b));
        SecureBytes c = std::move(a);
        QVERIFY(a.isEmpty());
        QVERIFY(a.data() == nullptr);
        QVERIFY(c.equals(b));
        b = SecureBytes::fromBytes("secret key byteS");
        QVERIFY(!c.equals(b));
        QVERIFY(!c.equals(SecureBytes()));
        QVERIFY(SecureBytes(0).isEmpty());
        const SecureBytes zeros(5);
        QCOMPARE(zeros.toByteArrayUnsafe(), QByteArray(5, '\0'));
    }

    void randomBytes_data()
    {
        QTest::addColumn<int>("size");
        for (int n : {0, 1, 24, 32, 1000})
            QTest::addRow("%d", n) << n;
    }
    void randomBytes()
    {
        QFETCH(int, size);
        const QByteArray a = Crypto::randomBytes(size);
        QCOMPARE(a.size(), size);
        if (size >= 24)
            QVERIFY(a != Crypto::randomBytes(size));
    }

    void blake2b_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("outLen");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("RFC 7693 appendix A: abc, 512 bits")
            << QByteArray("abc") << 64
            << hex("ba80a53f981c4d0d6a2797b69f12f6e94c212f14685ac4b74b12bb6fdbffa2d17d87c5392aab792dc252d5de4"
                   "533cc9518"
                   "d38aa8dbf1925ab92386edd4009923");
        QTest::newRow("abc, 256 bits")
            << QByteArray("abc") << 32
            << hex("bddd813c634239723171ef3fee98579b94964e3bb1cb3e427262c8c068d52319");
        QTest::newRow("empty, 256 bits")
            << QByteArray() << 32 << hex("0e5751c026e543b2e8ab2eb06099daa1d1e5df47778f7787faab45cdf12fe3a8");
    }
    void blake2b()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, outLen);
        QFETCH(QByteArray, expected);
        QCOMPARE(Crypto::hash(input, outLen).toHex(), expected.toHex());
        if (outLen == 32)
            QCOMPARE(Crypto::hash(input), expected);
    }

    void constantTimeEquals_data()
    {
        QTest::addColumn<QByteArray>("a");
        QTest::addColumn<QByteArray>("b");
        QTest::addColumn<bool>("equal");
        QTest::newRow("both empty") << QByteArray() << QByteArray() << true;
        QTest::newRow("same") << QByteArray("abcdef") << QByteArray("abcdef") << true;
        QTest::newRow("last byte differs") << QByteArray("abcdef") << QByteArray("abcdeg") << false;
        QTest::newRow("first byte differs") << QByteArray("abcdef") << QByteArray("bbcdef") << false;
        QTest::newRow("prefix") << QByteArray("abc") << QByteArray("abcdef") << false;
        QTest::newRow("one empty") << QByteArray() << QByteArray("a") << false;
    }
    void constantTimeEquals()
    {
        QFETCH(QByteArray, a);
        QFETCH(QByteArray, b);
        QFETCH(bool, equal);
        QCOMPARE(Crypto::constantTimeEquals(a, b), equal);
        QCOMPARE(Crypto::constantTimeEquals(b, a), equal);
    }

    // RFC 8032 section 7.1, tests 1 to 3.
    void ed25519Rfc8032_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("TEST 1")
            << hex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            << hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a") << QByteArray()
            << hex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33b"
                   "acc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("TEST 2")
            << hex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
            << hex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c") << hex("72")
            << hex("92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e1599"
                   "6e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        QTest::newRow("TEST 3")
            << hex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
            << hex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025") << hex("af82")
            << hex("6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f2"
                   "90ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
    }
    void ed25519Rfc8032()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);

        Result<SigningKeyPair> pair = Signer::fromSeed(SecureBytes::fromBytes(seed));
        QVERIFY(pair.ok());
        QCOMPARE(pair->publicKey.toHex(), publicKey.toHex());
        QCOMPARE(Signer::publicKeyOf(pair->secretKey), publicKey);
        QCOMPARE(Signer::sign(pair->secretKey, message).toHex(), signature.toHex());
        QVERIFY(Signer::verify(publicKey, message, signature));

        for (const qsizetype i : {qsizetype(0), qsizetype(31), qsizetype(63)})
            QVERIFY2(!Signer::verify(publicKey, message, flipBit(signature, i, 3)), "flipped signature bit");
        QVERIFY(!Signer::verify(flipBit(publicKey, 5), message, signature));
        QVERIFY(!Signer::verify(publicKey, QByteArray(message).append('x'), signature));
        if (!message.isEmpty())
            QVERIFY(!Signer::verify(publicKey, flipBit(message, 0, 7), signature));
        QVERIFY(!Signer::verify(publicKey.left(31), message, signature));
        QVERIFY(!Signer::verify(publicKey, message, signature.left(63)));
    }

    void signerRefusesBadSeed()
    {
        QVERIFY(!Signer::fromSeed(SecureBytes(31)).ok());
        QVERIFY(!Signer::fromSeed(SecureBytes(31)).error().isEmpty());
        QVERIFY(Signer::publicKeyOf(SecureBytes(32)).isEmpty());
        QVERIFY(Signer::sign(SecureBytes(32), "message").isEmpty());
    }

    void generatedKeysSignAndVerify()
    {
        const SigningKeyPair alice = Signer::generate();
        const SigningKeyPair bob = Signer::generate();
        QCOMPARE(alice.publicKey.size(), Signer::PublicKeyBytes);
        QCOMPARE(alice.secretKey.size(), Signer::SecretKeyBytes);
        QVERIFY(alice.publicKey != bob.publicKey);
        QCOMPARE(Signer::publicKeyOf(alice.secretKey), alice.publicKey);
        const QByteArray message("Package 42 from village station 110101001001");
        const QByteArray signature = Signer::sign(alice.secretKey, message);
        QCOMPARE(signature.size(), Signer::SignatureBytes);
        QVERIFY(Signer::verify(alice.publicKey, message, signature));
        QVERIFY(!Signer::verify(bob.publicKey, message, signature));
    }

    // RFC 8032 section 7.3, Ed25519ph TEST abc: the streamed signer is the RFC's pre-hashed variant.
    void ed25519phRfc8032()
    {
        const QByteArray seed = hex("833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42");
        const QByteArray publicKey = hex("ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf");
        const QByteArray expected =
            hex("98a70222f0b8121aa9d30f813d683f809e462b469c7ff87639499bb94e6dae4131f85042463c2a"
                "355a2003d062adf5aaa10b8c61e636062aaad11c2a26083406");
        Result<SigningKeyPair> pair = Signer::fromSeed(SecureBytes::fromBytes(seed));
        QVERIFY(pair.ok());
        QCOMPARE(pair->publicKey, publicKey);

        Signer::Stream signer;
        signer.update("a");
        signer.update("bc");
        QCOMPARE(signer.sign(pair->secretKey).toHex(), expected.toHex());

        Signer::Stream verifier;
        verifier.update("abc");
        QVERIFY(verifier.verify(publicKey, expected));
        Signer::Stream wrongMessage;
        wrongMessage.update("abd");
        QVERIFY(!wrongMessage.verify(publicKey, expected));
        Signer::Stream wrongSignature;
        wrongSignature.update("abc");
        QVERIFY(!wrongSignature.verify(publicKey, flipBit(expected, 40)));
        // Not interchangeable with pure Ed25519.
        QVERIFY(!Signer::verify(publicKey, "abc", expected));
    }

    void streamSignsAFile()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("payload.bin"));
        QByteArray content = Crypto::randomBytes(1024 * 1024 + 7);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(content), content.size());
        }
        const SigningKeyPair pair = Signer::generate();
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        Signer::Stream signer;
        signer.update("header");
        QVERIFY(signer.updateFrom(&file).ok());
        const QByteArray signature = signer.sign(pair.secretKey);

        // Same bytes cut differently verify; one changed byte does not.
        Signer::Stream verifier;
        verifier.update("head");
        verifier.update(QByteArray("er").append(content.left(1000)));
        verifier.update(content.mid(1000));
        QVERIFY(verifier.verify(pair.publicKey, signature));

        content[500000] = char(content[500000] ^ 0x20);
        QBuffer changed(&content);
        QVERIFY(changed.open(QIODevice::ReadOnly));
        Signer::Stream tampered;
        tampered.update("header");
        QVERIFY(tampered.updateFrom(&changed).ok());
        QVERIFY(!tampered.verify(pair.publicKey, signature));
    }

    // RFC 7748 section 6.1 (the shared secret is checked in Crypto's self-test).
    void x25519Rfc7748_data()
    {
        QTest::addColumn<QByteArray>("secretKey");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::newRow("Alice") << hex("77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")
                               << hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
        QTest::newRow("Bob") << hex("5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb")
                             << hex("de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");
    }
    void x25519Rfc7748()
    {
        QFETCH(QByteArray, secretKey);
        QFETCH(QByteArray, publicKey);
        const SecureBytes secret = SecureBytes::fromBytes(secretKey);
        QCOMPARE(Sealer::publicKeyOf(secret).toHex(), publicKey.toHex());
        // A sealed box to the RFC public key opens with the RFC secret key.
        const QByteArray sealed = Sealer::seal(publicKey, "stream key");
        Result<SecureBytes> opened = Sealer::open(sealed, publicKey, secret);
        QVERIFY(opened.ok());
        QCOMPARE(opened->toByteArrayUnsafe(), QByteArray("stream key"));
    }

    void sealOpen_data()
    {
        QTest::addColumn<int>("size");
        for (int n : {0, 1, 32, 4096})
            QTest::addRow("%d bytes", n) << n;
    }
    void sealOpen()
    {
        QFETCH(int, size);
        const EncryptionKeyPair station = Sealer::generate();
        const EncryptionKeyPair other = Sealer::generate();
        QCOMPARE(station.publicKey.size(), Sealer::PublicKeyBytes);
        QCOMPARE(station.secretKey.size(), Sealer::SecretKeyBytes);
        QCOMPARE(Sealer::publicKeyOf(station.secretKey), station.publicKey);
        const QByteArray message = Crypto::randomBytes(size);
        const QByteArray sealed = Sealer::seal(station.publicKey, message);
        QCOMPARE(sealed.size(), size + Sealer::Overhead);
        QVERIFY(Sealer::seal(station.publicKey, message) != sealed); // ephemeral key each time

        Result<SecureBytes> opened = Sealer::open(sealed, station.publicKey, station.secretKey);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        QCOMPARE(opened->toByteArrayUnsafe(), message);

        const Result<SecureBytes> wrongKey = Sealer::open(sealed, other.publicKey, other.secretKey);
        QVERIFY(!wrongKey.ok());
        QVERIFY(!wrongKey.error().isEmpty());
        QVERIFY(!Sealer::open(sealed, station.publicKey, other.secretKey).ok());
        QVERIFY(!Sealer::open(flipBit(sealed, sealed.size() - 1), station.publicKey, station.secretKey).ok());
        QVERIFY(!Sealer::open(flipBit(sealed, 0), station.publicKey, station.secretKey).ok());
        QVERIFY(!Sealer::open(sealed.chopped(1), station.publicKey, station.secretKey).ok());
        QVERIFY(!Sealer::open(sealed.left(10), station.publicKey, station.secretKey).ok());
        QVERIFY(Sealer::seal(station.publicKey.left(31), message).isEmpty());
    }

    void fingerprintOfKeys()
    {
        // RFC 8032 TEST 1 public key and RFC 7748 Alice's public key, checked against Python's hashlib.
        const QByteArray sign = hex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
        const QByteArray enc = hex("8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
        QCOMPARE(Fingerprint::of(sign, enc), QStringLiteral("7W3C-50WK-EH0D-E41M"));
        QCOMPARE(Fingerprint::of(enc, sign), QStringLiteral("5S6J-VCYY-0Z80-MGD0"));
        QVERIFY(Fingerprint::of(sign.left(31), enc).isEmpty());
        QVERIFY(Fingerprint::of(sign, QByteArray()).isEmpty());

        const QRegularExpression shape(QStringLiteral("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}$"));
        for (int i = 0; i < 20; ++i) {
            const QString f = Fingerprint::of(Signer::generate().publicKey, Sealer::generate().publicKey);
            QVERIFY2(shape.match(f).hasMatch(), qPrintable(f));
            QVERIFY(Fingerprint::matches(f, f));
        }
    }

    void fingerprintNormalize_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("normalized");
        QTest::addColumn<bool>("matches"); // against 7W3C-50WK-EH0D-E41M
        QTest::newRow("as printed") << QStringLiteral("7W3C-50WK-EH0D-E41M")
                                    << QStringLiteral("7W3C50WKEH0DE41M") << true;
        QTest::newRow("lower case, spaces")
            << QStringLiteral(" 7w3c 50wk eh0d e41m ") << QStringLiteral("7W3C50WKEH0DE41M") << true;
        QTest::newRow("O for zero, l for one")
            << QStringLiteral("7W3C-5OWK-EHOD-E4lM") << QStringLiteral("7W3C50WKEH0DE41M") << true;
        QTest::newRow("I for one, no dashes")
            << QStringLiteral("7W3C50WKEH0DE4IM") << QStringLiteral("7W3C50WKEH0DE41M") << true;
        QTest::newRow("full-width input") << QString::fromUtf8("７Ｗ３Ｃ－５０ＷＫ－ＥＨ０Ｄ－Ｅ４１Ｍ")
                                          << QStringLiteral("7W3C50WKEH0DE41M") << true;
        QTest::newRow("one symbol wrong")
            << QStringLiteral("7W3C-50WK-EH0D-E41N") << QStringLiteral("7W3C50WKEH0DE41N") << false;
        QTest::newRow("one symbol missing")
            << QStringLiteral("7W3C-50WK-EH0D-E41") << QStringLiteral("7W3C50WKEH0DE41") << false;
        QTest::newRow("one symbol extra")
            << QStringLiteral("7W3C-50WK-EH0D-E41MM") << QStringLiteral("7W3C50WKEH0DE41MM") << false;
        QTest::newRow("U is not a symbol")
            << QStringLiteral("7W3C-50WK-EH0D-E41U") << QStringLiteral("7W3C50WKEH0DE41U") << false;
        QTest::newRow("empty") << QString() << QString() << false;
    }
    void fingerprintNormalize()
    {
        QFETCH(QString, typed);
        QFETCH(QString, normalized);
        QFETCH(bool, matches);
        QCOMPARE(Fingerprint::normalize(typed), normalized);
        QCOMPARE(Fingerprint::matches(typed, QStringLiteral("7W3C-50WK-EH0D-E41M")), matches);
    }

    void fingerprintInvalidNeverMatches()
    {
        // Two equal strings that are not a fingerprint do not "match".
        QVERIFY(!Fingerprint::matches(QStringLiteral("hello"), QStringLiteral("hello")));
        QVERIFY(!Fingerprint::matches(QString(), QString()));
        QVERIFY(!Fingerprint::matches(QStringLiteral("UUUU-UUUU-UUUU-UUUU"),
                                      QStringLiteral("UUUU-UUUU-UUUU-UUUU")));
    }
};

QTEST_GUILESS_MAIN(TestCrypto)
#include "TestCrypto.moc"
