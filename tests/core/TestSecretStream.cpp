#include "sync/Crypto.h"
#include "sync/SecretStream.h"
#include "sync/SecretStreamReader.h"
#include "sync/SecretStreamWriter.h"

#include <QBuffer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr qsizetype Chunk = SecretStream::DefaultChunkSize;
constexpr qsizetype FrameBytes = SecretStream::LengthBytes + SecretStream::ChunkOverhead;

const char* const Truncated = "ends too early";
const char* const Damaged = "damaged or altered";
const char* const Trailing = "extra bytes";

QByteArray encrypt(const SecureBytes& key, const QByteArray& plain, qsizetype piece = 10000)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    SecretStreamWriter writer(key, &buffer);
    for (qsizetype at = 0; at < plain.size(); at += piece)
        if (!writer.write(QByteArrayView(plain).sliced(at, qMin(piece, plain.size() - at))).ok())
            return {};
    if (!writer.finish().ok())
        return {};
    return out;
}

Result<QByteArray> decrypt(const SecureBytes& key, QByteArray cipher)
{
    QBuffer buffer(&cipher);
    buffer.open(QIODevice::ReadOnly);
    return SecretStreamReader::readAll(key, &buffer);
}

// A 3-chunk stream for the damage tables: chunks of Chunk, Chunk and 100 bytes.
qsizetype streamSize()
{
    return SecretStream::HeaderBytes + 3 * FrameBytes + 2 * Chunk + 100;
}

} // namespace

class TestSecretStream final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(Crypto::initialize().ok()); }

    void generateKey()
    {
        const SecureBytes a = SecretStream::generateKey();
        QCOMPARE(a.size(), SecretStream::KeyBytes);
        QVERIFY(!a.equals(SecretStream::generateKey()));
    }

    void roundTrip_data()
    {
        QTest::addColumn<qsizetype>("size");
        QTest::addColumn<qsizetype>("piece");
        QTest::addColumn<int>("chunks");
        QTest::newRow("0") << qsizetype(0) << qsizetype(1000) << 1;
        QTest::newRow("1") << qsizetype(1) << qsizetype(1000) << 1;
        QTest::newRow("chunk-1") << Chunk - 1 << qsizetype(1000) << 1;
        QTest::newRow("chunk") << Chunk << qsizetype(1000) << 1;
        QTest::newRow("chunk, one write") << Chunk << Chunk << 1;
        QTest::newRow("chunk+1") << Chunk + 1 << qsizetype(1000) << 2;
        QTest::newRow("2 chunks in 7-byte writes") << 2 * Chunk << qsizetype(7) << 2;
        QTest::newRow("3 MB in one write") << qsizetype(3 * 1024 * 1024) << qsizetype(3 * 1024 * 1024) << 48;
        QTest::newRow("3 MB + 5 in 100000-byte writes")
            << qsizetype(3 * 1024 * 1024 + 5) << qsizetype(100000) << 49;
    }
    void roundTrip()
    {
        QFETCH(qsizetype, size);
        QFETCH(qsizetype, piece);
        QFETCH(int, chunks);
        const SecureBytes key = SecretStream::generateKey();
        const QByteArray plain = Crypto::randomBytes(int(size));
        const QByteArray cipher = encrypt(key, plain, piece);
        QCOMPARE(cipher.size(), SecretStream::HeaderBytes + chunks * FrameBytes + size);

        const Result<QByteArray> back = decrypt(key, cipher);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->size(), plain.size());
        QVERIFY(*back == plain);

        // Chunk by chunk: no chunk larger than the chunk size, and the reader stops after FINAL.
        QByteArray copy = cipher;
        QBuffer in(&copy);
        QVERIFY(in.open(QIODevice::ReadOnly));
        SecretStreamReader reader(key, &in);
        int seen = 0;
        while (!reader.atEnd()) {
            const Result<QByteArray> chunk = reader.readChunk();
            QVERIFY(chunk.ok());
            QVERIFY(chunk->size() <= Chunk);
            ++seen;
        }
        QCOMPARE(seen, chunks);
        QVERIFY(reader.readChunk()->isEmpty());

        // The same plaintext never encrypts to the same bytes.
        QVERIFY(encrypt(key, plain, piece) != cipher);
    }

    void throughFiles()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const SecureBytes key = SecretStream::generateKey();
        const QByteArray plain = Crypto::randomBytes(300000);
        QFile out(dir.filePath(QStringLiteral("payload.enc")));
        QVERIFY(out.open(QIODevice::WriteOnly));
        SecretStreamWriter writer(key, &out);
        QVERIFY(writer.write(plain).ok());
        QVERIFY(writer.finish().ok());
        QCOMPARE(writer.bytesWritten(), out.size());
        out.close();

        QFile in(out.fileName());
        QVERIFY(in.open(QIODevice::ReadOnly));
        const Result<QByteArray> back = SecretStreamReader::readAll(key, &in);
        QVERIFY(back.ok());
        QVERIFY(*back == plain);
    }

    void wrongKeyIsRefused()
    {
        const QByteArray cipher = encrypt(SecretStream::generateKey(), "payload");
        const Result<QByteArray> r = decrypt(SecretStream::generateKey(), cipher);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String(Damaged)), qPrintable(r.error()));
    }

    void truncatedIsRefused_data()
    {
        QTest::addColumn<qsizetype>("keep");
        const qsizetype afterFirst = SecretStream::HeaderBytes + FrameBytes + Chunk;
        QTest::newRow("empty file") << qsizetype(0);
        QTest::newRow("inside the header") << qsizetype(10);
        QTest::newRow("header only") << SecretStream::HeaderBytes;
        QTest::newRow("inside the first length") << SecretStream::HeaderBytes + 2;
        QTest::newRow("inside the first chunk") << SecretStream::HeaderBytes + 4 + 1000;
        QTest::newRow("first chunk minus one byte") << afterFirst - 1;
        QTest::newRow("exactly after the first chunk") << afterFirst;
        QTest::newRow("exactly after the second chunk (before FINAL)") << afterFirst + FrameBytes + Chunk;
        QTest::newRow("inside the final chunk") << streamSize() - 50;
        QTest::newRow("last byte missing") << streamSize() - 1;
    }
    void truncatedIsRefused()
    {
        QFETCH(qsizetype, keep);
        const SecureBytes key = SecretStream::generateKey();
        const QByteArray cipher = encrypt(key, Crypto::randomBytes(int(2 * Chunk + 100)));
        QCOMPARE(cipher.size(), streamSize());
        const Result<QByteArray> r = decrypt(key, cipher.left(keep));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String(Truncated)), qPrintable(r.error()));
    }

    void alteredIsRefused_data()
    {
        QTest::addColumn<qsizetype>("at");
        QTest::newRow("header first byte") << qsizetype(0);
        QTest::newRow("header last byte") << SecretStream::HeaderBytes - 1;
        QTest::newRow("first chunk length") << SecretStream::HeaderBytes + 3;
        QTest::newRow("first chunk tag") << SecretStream::HeaderBytes + 4;
        QTest::newRow("first chunk middle") << SecretStream::HeaderBytes + 4 + Chunk / 2;
        QTest::newRow("first chunk MAC") << SecretStream::HeaderBytes + FrameBytes + Chunk - 1;
        QTest::newRow("final chunk middle") << streamSize() - 60;
        QTest::newRow("last byte") << streamSize() - 1;
    }
    void alteredIsRefused()
    {
        QFETCH(qsizetype, at);
        const SecureBytes key = SecretStream::generateKey();
        QByteArray cipher = encrypt(key, Crypto::randomBytes(int(2 * Chunk + 100)));
        cipher[at] = char(cipher[at] ^ 0x01);
        const Result<QByteArray> r = decrypt(key, cipher);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String(Damaged)), qPrintable(r.error()));
    }

    void chunksSwappedAreRefused()
    {
        const SecureBytes key = SecretStream::generateKey();
        const QByteArray cipher = encrypt(key, Crypto::randomBytes(int(3 * Chunk)));
        const qsizetype frame = FrameBytes + Chunk;
        const QByteArray header = cipher.left(SecretStream::HeaderBytes);
        const QByteArray swapped = header + cipher.mid(SecretStream::HeaderBytes + frame, frame) +
                                   cipher.mid(SecretStream::HeaderBytes, frame) +
                                   cipher.mid(SecretStream::HeaderBytes + 2 * frame);
        QCOMPARE(swapped.size(), cipher.size());
        QVERIFY(!decrypt(key, swapped).ok());
    }

    void hugeLengthIsRefusedWithoutAllocating()
    {
        const SecureBytes key = SecretStream::generateKey();
        QByteArray cipher = encrypt(key, "payload");
        cipher[SecretStream::HeaderBytes] = char(0x7f); // length ~2 GB
        const Result<QByteArray> r = decrypt(key, cipher);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String(Damaged)), qPrintable(r.error()));
    }

    void appendedBytesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("extra");
        QTest::newRow("one zero byte") << QByteArray(1, '\0');
        QTest::newRow("a newline") << QByteArray("\n");
        QTest::newRow("a whole other stream") << encrypt(SecretStream::generateKey(), "more");
    }
    void appendedBytesAreRefused()
    {
        QFETCH(QByteArray, extra);
        const SecureBytes key = SecretStream::generateKey();
        const QByteArray plain = Crypto::randomBytes(int(Chunk + 5));
        const QByteArray cipher = encrypt(key, plain);
        QVERIFY(decrypt(key, cipher).ok());
        const Result<QByteArray> r = decrypt(key, cipher + extra);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String(Trailing)), qPrintable(r.error()));
    }

    void writerReportsAFailingDevice()
    {
        QByteArray target;
        QBuffer readOnly(&target);
        QVERIFY(readOnly.open(QIODevice::ReadOnly)); // writes fail
        SecretStreamWriter writer(SecretStream::generateKey(), &readOnly);
        QVERIFY(writer.write("some bytes").ok()); // still buffered
        QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): ReadOnly device");
        const Status finished = writer.finish();
        QVERIFY(!finished.ok());
        QVERIFY(!finished.error().isEmpty());
        QVERIFY(!writer.write("more").ok()); // the failure sticks
    }

    void wrongSizedKeyIsRefused()
    {
        // A key of the wrong length (say, from a hostile package) is refused, never used.
        QByteArray target;
        QBuffer out(&target);
        QVERIFY(out.open(QIODevice::WriteOnly));
        SecretStreamWriter writer(SecureBytes::fromBytes("short key"), &out);
        QVERIFY(!writer.finish().ok());
        QVERIFY(target.isEmpty());

        const Result<QByteArray> r =
            decrypt(SecureBytes::fromBytes("short key"), encrypt(SecretStream::generateKey(), "x"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String(Damaged)), qPrintable(r.error()));
    }

    void writerRefusesUseAfterFinish()
    {
        QByteArray target;
        QBuffer out(&target);
        QVERIFY(out.open(QIODevice::WriteOnly));
        SecretStreamWriter writer(SecretStream::generateKey(), &out);
        QVERIFY(writer.finish().ok());
        QVERIFY(!writer.finish().ok());
        QVERIFY(!writer.write("late").ok());
    }

    void unfinishedWriterIsTruncated()
    {
        const SecureBytes key = SecretStream::generateKey();
        QByteArray cipher;
        {
            QBuffer out(&cipher);
            QVERIFY(out.open(QIODevice::WriteOnly));
            SecretStreamWriter writer(key, &out);
            QVERIFY(writer.write(Crypto::randomBytes(int(2 * Chunk + 3))).ok()); // never finished
        }
        QCOMPARE(cipher.size(), SecretStream::HeaderBytes + 2 * (FrameBytes + Chunk));
        const Result<QByteArray> r = decrypt(key, cipher);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().contains(QLatin1String(Truncated)), qPrintable(r.error()));
    }
};

QTEST_GUILESS_MAIN(TestSecretStream)
#include "TestSecretStream.moc"
