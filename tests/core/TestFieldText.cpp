#include "Localization.h"
#include "TestDatabase.h"
#include "storage/EntitySchema.h"
#include "storage/FieldText.h"
#include "sync/StationName.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTest>

// What a user reads for a stored value: words for codes, yes/no for booleans, place names for area codes,
// never a record's or a station's id.
class TestFieldText final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(10, 0))};

private slots:
    void initTestCase() { Localization::install(*QCoreApplication::instance(), QStringLiteral("zh_CN")); }

    void storedValueInWords_data()
    {
        QTest::addColumn<QString>("entity");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<QString>("shown");
        const auto row = [](const char* name, const char* entity, const char* field, const QVariant& v,
                            const QString& shown) {
            QTest::newRow(name) << QString::fromLatin1(entity) << QString::fromLatin1(field) << v << shown;
        };
        row("bool yes", "child", "abuse_suspected", 1, FieldText::yesNo(true));
        row("bool no", "child", "abuse_suspected", 0, FieldText::yesNo(false));
        row("bool as text", "child", "boarding", QStringLiteral("1"), FieldText::yesNo(true));
        row("empty", "child", "abuse_suspected", QVariant(), FieldText::empty());
        row("code", "child", "hukou_type", QStringLiteral("rural"),
            QCoreApplication::translate("Vocabulary", "Rural"));
        row("date", "child", "birth_date", QStringLiteral("2015-03-04"), QStringLiteral("2015-03-04"));
        row("date with time", "child", "exit_date", QStringLiteral("2015-03-04T10:00:00.000Z"),
            QStringLiteral("2015-03-04"));
        row("text", "child", "name", QStringLiteral("王小明"), QStringLiteral("王小明"));
    }

    void storedValueInWords()
    {
        QFETCH(QString, entity);
        QFETCH(QString, field);
        QFETCH(QVariant, stored);
        QFETCH(QString, shown);
        const EntitySchema* schema = EntitySchema::byTable(entity);
        QVERIFY(schema);
        const FieldSpec* spec = schema->field(field);
        QVERIFY2(spec, qPrintable(field));
        QCOMPARE(FieldText::value(spec, stored), shown);
    }

    void labelledBooleanIsNotADigit()
    {
        const FieldSpec* spec = EntitySchema::child().field(QStringLiteral("abuse_suspected"));
        const QString text = FieldText::labelled(*spec, 1);
        QVERIFY2(text.startsWith(QStringLiteral("疑似遭受虐待或遗弃")), qPrintable(text));
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("[01]"))), qPrintable(text));
    }

    void areaCodeIsAPlaceName()
    {
        const FieldSpec* spec = EntitySchema::child().field(QStringLiteral("hukou_county"));
        QVERIFY(spec);
        const QString text = FieldText::value(spec, TestDatabase::kCounty);
        QVERIFY(!text.isEmpty());
        QVERIFY2(!text.contains(TestDatabase::kCounty), qPrintable(text));
    }

    void referenceIsNotAnId()
    {
        const FieldSpec* spec = EntitySchema::child().field(QStringLiteral("household_id"));
        QVERIFY(spec);
        const QString id = QStringLiteral("0f1e2d3c4b5a69788796a5b4c3d2e1f0");
        QVERIFY(!FieldText::value(spec, id).contains(id));
    }

    void stationIsNamedNotNumbered()
    {
        QTemporaryDir dir;
        auto db = TestDatabase::open(dir, m_clock);
        QVERIFY(db);
        const QString me = db->station()->id;
        QVERIFY(StationName::of(*db, me).contains(QStringLiteral("Test station")));
        QVERIFY(!StationName::of(*db, me).contains(me));
        const QString stranger = QStringLiteral("ffffeeeeddddcccc");
        QVERIFY(!StationName::of(*db, stranger).isEmpty());
        QVERIFY(!StationName::of(*db, stranger).contains(stranger));
    }
};

QTEST_GUILESS_MAIN(TestFieldText)
#include "TestFieldText.moc"
