#include "TestDatabase.h"
#include "storage/SqliteStatement.h"
#include "sync/ItemValidator.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

// The hand-written checks and the C API statements of the import's hot path give exactly what the slower
// forms they replace give (the regular expressions of the format, Qt's SQLite driver).
class TestImportFastPaths final : public QObject
{
    Q_OBJECT

private slots:
    void uuid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("canonical") << QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e") << true;
        QTest::newRow("uppercase") << QStringLiteral("0F8FAD5B-D9CB-469F-A165-70867728950E") << false;
        QTest::newRow("braces") << QStringLiteral("{0f8fad5b-d9cb-469f-a165-70867728950e}") << false;
        QTest::newRow("dash moved") << QStringLiteral("0f8fad5bd-9cb-469f-a165-70867728950e") << false;
        QTest::newRow("no dashes") << QStringLiteral("0f8fad5bd9cb469fa16570867728950e") << false;
        QTest::newRow("g") << QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950g") << false;
        QTest::newRow("short") << QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950") << false;
        QTest::newRow("fullwidth digit") << QStringLiteral("0f8fad5b-d9cb-469f-a165-7086772895０e") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void uuid()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        static const QRegularExpression re(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"));
        QCOMPARE(ItemValidator::isUuid(text), valid);
        QCOMPARE(re.match(text).hasMatch(), valid); // the form docs/sync-format.md gives
    }

    void timestamp_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::newRow("seconds") << QStringLiteral("2026-11-28T10:00:00") << true;
        QTest::newRow("ms") << QStringLiteral("2026-11-28T10:00:00.123") << true;
        QTest::newRow("one digit ms") << QStringLiteral("2026-11-28T10:00:00.1") << true;
        QTest::newRow("Z") << QStringLiteral("2026-11-28T10:00:00.123Z") << true;
        QTest::newRow("offset") << QStringLiteral("2026-11-28T10:00:00.123+08:00") << true;
        QTest::newRow("negative offset") << QStringLiteral("2026-11-28T10:00:00-05:30") << true;
        QTest::newRow("four digit ms") << QStringLiteral("2026-11-28T10:00:00.1234") << false;
        QTest::newRow("dot only") << QStringLiteral("2026-11-28T10:00:00.") << false;
        QTest::newRow("no seconds") << QStringLiteral("2026-11-28T10:00") << false;
        QTest::newRow("space") << QStringLiteral("2026-11-28 10:00:00") << false;
        QTest::newRow("offset without colon") << QStringLiteral("2026-11-28T10:00:00+0800") << false;
        QTest::newRow("trailing") << QStringLiteral("2026-11-28T10:00:00Zx") << false;
        QTest::newRow("month 13") << QStringLiteral("2026-13-28T10:00:00") << false;
        QTest::newRow("30 February") << QStringLiteral("2026-02-30T10:00:00") << false;
        QTest::newRow("29 February of a leap year") << QStringLiteral("2028-02-29T10:00:00") << true;
        QTest::newRow("minute 60") << QStringLiteral("2026-11-28T10:60:00") << false;
        QTest::newRow("fullwidth digits") << QStringLiteral("２026-11-28T10:00:00") << false;
        QTest::newRow("arabic-indic digit")
            << QString(QChar(0x0662)) + QStringLiteral("026-11-28T10:00:00") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void timestamp()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QCOMPARE(ItemValidator::isTimestamp(text), valid);
        // The slower definition it replaces: the regular expression, then Qt's reading of the time.
        static const QRegularExpression re(QStringLiteral(
            "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})?$"));
        const bool slow = text.size() <= 29 && re.match(text).hasMatch() &&
                          QDateTime::fromString(text, Qt::ISODateWithMs).isValid();
        QCOMPARE(ItemValidator::isTimestamp(text), slow);
    }

    void statementAsQt()
    {
        QTemporaryDir dir;
        FixedClock clock{QDateTime(QDate(2026, 11, 28), QTime(10, 0))};
        std::unique_ptr<CaseDatabase> db = TestDatabase::open(dir, clock);
        QVERIFY(db);
        QSqlQuery(db->sql()).exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, a, b, c, d)"));
        SqliteStatement insert(db->sql(), QStringLiteral("INSERT INTO t (a, b, c, d) VALUES (?, ?, ?, ?)"));
        QVERIFY(insert.isValid());
        insert.add(QStringLiteral("儿童 ü")).add(QString()).add(QVariant(qint64(42))).add(QVariant());
        QVERIFY(!insert.exec());
        QVERIFY(insert.ok());
        QCOMPARE(insert.changes(), 1);
        insert.reset();
        QSqlQuery q(db->sql());
        QVERIFY(q.exec(QStringLiteral("SELECT a, b IS NULL, c, typeof(c), d IS NULL FROM t")) && q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("儿童 ü"));
        QCOMPARE(q.value(1).toInt(), 1); // a null QString is SQL NULL, as with QSqlQuery
        QCOMPARE(q.value(2).toLongLong(), 42);
        QCOMPARE(q.value(3).toString(), QStringLiteral("integer"));
        QCOMPARE(q.value(4).toInt(), 1);

        SqliteStatement read(db->sql(), QStringLiteral("SELECT a, b, c FROM t WHERE a = ?"));
        read.add(QStringLiteral("儿童 ü"));
        QVERIFY(read.exec());
        QCOMPARE(read.text(0), QStringLiteral("儿童 ü"));
        QVERIFY(read.textEquals(0, QStringLiteral("儿童 ü").toUtf8()));
        QVERIFY(!read.textEquals(0, QByteArray("儿童")));
        QVERIFY(read.value(1).isNull());
        QCOMPARE(read.value(2).typeId(), QMetaType::LongLong);
        QVERIFY(!read.next());
        read.reset();

        SqliteStatement bad(db->sql(), QStringLiteral("SELECT nothing FROM nowhere"));
        QVERIFY(!bad.isValid());
        QVERIFY(!bad.exec());
        QVERIFY(!bad.ok());
        QVERIFY(!bad.lastError().nativeErrorCode().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestImportFastPaths)
#include "TestImportFastPaths.moc"
