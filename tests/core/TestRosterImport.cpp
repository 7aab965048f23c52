#include "TestDatabase.h"
#include "domain/AreaCatalog.h"
#include "reports/TableExport.h"
#include "roster/NationalForm.h"
#include "roster/RosterImport.h"
#include "roster/RosterMapping.h"
#include "roster/RosterReader.h"
#include "storage/CaseRepository.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTest>

// A roster through the import: every row planned as new, update, unchanged or bad (with the reason, row by
// row) before anything is written; the plan written in one transaction through CaseRepository (audit, clocks,
// the sync sequence), new children suspected; a bad row refusing the whole import with the database exactly
// as before, unless bad rows are skipped. The national form written and read back is the register unchanged.
class TestRosterImport final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(10, 0))};
    using A = RosterImport::Action;

    static QString id(const char* birth, int sequence)
    {
        return TestDatabase::makeId(TestDatabase::kCounty,
                                    QDate::fromString(QString::fromLatin1(birth), Qt::ISODate), sequence);
    }

    static const QString& header()
    {
        static const QString h =
            QStringLiteral("姓名,身份证号,性别,出生日期,民族,就读学校,监护人姓名,监护人电话\n");
        return h;
    }

    // Two children on the register: 王小明 (left-behind) and 李娟 (school 南跃小学).
    std::unique_ptr<CaseDatabase> openWithChildren(const QTemporaryDir& dir, QStringList* ids = nullptr,
                                                   const QString& area = TestDatabase::kVillage,
                                                   const QString& role = QStringLiteral("village"))
    {
        auto db = TestDatabase::open(dir, m_clock, area, role);
        if (!db)
            return db;
        CaseRepository cases(*db);
        ChildFile a =
            TestDatabase::leftBehindChild(QStringLiteral("王小明"), QDate(2016, 3, 5), 13, m_clock.today());
        ChildFile b;
        b.areaCode = TestDatabase::kVillage;
        b.child = {{QStringLiteral("name"), QStringLiteral("李娟")},
                   {QStringLiteral("id_number"), id("2015-06-01", 24)},
                   {QStringLiteral("school_name"), QStringLiteral("南跃小学")}};
        b.persons.insert(QStringLiteral("guardian"),
                         {{QStringLiteral("name"), QStringLiteral("李大山")},
                          {QStringLiteral("phone"), QStringLiteral("13800138000")}});
        for (const ChildFile& f : {a, b}) {
            Result<QString> created = cases.create(f);
            if (!created)
                qWarning() << created.error();
            else if (ids)
                ids->append(created.value());
        }
        return db;
    }

    // Every row of the tables a roster writes, and the station's clock and sequence.
    static QString snapshot(CaseDatabase& db)
    {
        QString out;
        for (const char* table : {"child", "person", "household", "setting"}) {
            QSqlQuery q(db.sql());
            q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY 1").arg(QLatin1String(table)));
            while (q.next()) {
                for (int i = 0; i < q.record().count(); ++i)
                    out += q.value(i).toString() + QLatin1Char('|');
                out += QLatin1Char('\n');
            }
        }
        return out;
    }

    static RosterTable table(const QString& csv)
    {
        Result<RosterTable> t = RosterReader::readBytes(csv.toUtf8());
        if (!t)
            qWarning() << t.error();
        return t ? t.value() : RosterTable{};
    }

    static Result<RosterImport::Plan> plan(CaseDatabase& db, const RosterTable& t)
    {
        return RosterImport(db).plan(t, RosterMapping::guess(t.headers));
    }

    static QString fieldOf(CaseDatabase& db, const QString& sql)
    {
        QSqlQuery q(db.sql());
        q.exec(sql);
        return q.next() ? q.value(0).toString() : QString();
    }

private slots:
    void newUpdateUnchanged()
    {
        QTemporaryDir dir;
        QStringList ids;
        auto db = openWithChildren(dir, &ids);
        QVERIFY(db);
        const QString csv =
            header() +
            // row 2: as on the register
            QStringLiteral("王小明,%1,男,2016-03-05,,,,\n").arg(id("2016-03-05", 13)) +
            // row 3: a new school and guardian phone
            QStringLiteral("李娟,%1,,,汉族,南跃中心小学,李大山,13900139000\n").arg(id("2015-06-01", 24)) +
            // row 4: a new child, birth date as a spreadsheet writes it
            QStringLiteral("陈静,%1,女,2015/3/4,汉,南跃小学,陈大山,13700137000\n").arg(id("2015-03-04", 52));
        const qint64 seqBefore = fieldOf(*db, QStringLiteral("SELECT max(seq) FROM child")).toLongLong();
        Result<RosterImport::Plan> p = plan(*db, table(csv));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->rows.size(), 3);
        QCOMPARE(p->rows.at(0).action, A::Unchanged);
        QCOMPARE(p->rows.at(0).childId, ids.at(0));
        QCOMPARE(p->rows.at(1).action, A::Update);
        QCOMPARE(p->rows.at(1).number, 3);
        QCOMPARE(p->rows.at(1).changed.size(), 3); // ethnicity, school, guardian's phone
        QCOMPARE(p->rows.at(2).action, A::New);

        Result<RosterImport::Outcome> done = RosterImport(*db).apply(p.value(), false);
        QVERIFY2(done.ok(), qPrintable(done.error()));
        QCOMPARE(done->created, 1);
        QCOMPARE(done->updated, 1);
        QCOMPARE(done->unchanged, 1);

        CaseRepository cases(*db);
        Result<ChildFile> b = cases.load(ids.at(1));
        QVERIFY(b.ok());
        QCOMPARE(b->text(QStringLiteral("school_name")), QStringLiteral("南跃中心小学"));
        QCOMPARE(b->text(QStringLiteral("ethnicity")), QStringLiteral("01"));
        QCOMPARE(b->personText(QStringLiteral("guardian"), QStringLiteral("phone")),
                 QStringLiteral("13900139000"));
        QCOMPARE(b->personText(QStringLiteral("guardian"), QStringLiteral("name")), QStringLiteral("李大山"));
        // The new child: suspected until surveyed, written as a typed file is (audit, sequence for sync).
        const QString where = QStringLiteral(" FROM child WHERE id_number = '%1'").arg(id("2015-03-04", 52));
        QCOMPARE(fieldOf(*db, QStringLiteral("SELECT category") + where), QStringLiteral("suspected"));
        QCOMPARE(fieldOf(*db, QStringLiteral("SELECT birth_date") + where), QStringLiteral("2015-03-04"));
        QCOMPARE(fieldOf(*db, QStringLiteral("SELECT sex") + where), QStringLiteral("F"));
        QVERIFY(!fieldOf(*db, QStringLiteral("SELECT created_by") + where).isEmpty());
        QVERIFY(fieldOf(*db, QStringLiteral("SELECT seq") + where).toLongLong() > seqBefore);
        QCOMPARE(fieldOf(*db, QStringLiteral("SELECT count(*) FROM person WHERE child_id = (SELECT id") +
                                  where + QStringLiteral(")")),
                 QStringLiteral("1"));

        // The same roster again changes nothing.
        Result<RosterImport::Plan> again = plan(*db, table(csv));
        QVERIFY(again.ok());
        QCOMPARE(again->count(A::Unchanged), 3);
    }

    void badRowsAreListedAndRefuseEverything_data()
    {
        QTest::addColumn<QString>("row");
        QTest::addColumn<QString>("expected");
        const QString ok = id("2012-05-05", 61);
        QTest::newRow("check character")
            << QStringLiteral("赵六,%1,男,,,,,\n")
                   .arg(ok.left(17) +
                        (ok.endsWith(QLatin1Char('1')) ? QStringLiteral("2") : QStringLiteral("1")))
            << "check character";
        QTest::newRow("birth date disagrees with the ID number")
            << QStringLiteral("赵六,%1,男,2012-05-06,,,,\n").arg(ok) << "does not match the ID number";
        QTest::newRow("sex disagrees with the ID number")
            << QStringLiteral("赵六,%1,女,,,,,\n").arg(ok) << "sex does not match";
        QTest::newRow("impossible date") << QStringLiteral("赵六,,男,2012-02-30,,,,\n") << "Birth date";
        QTest::newRow("unknown sex") << QStringLiteral("赵六,%1,X,,,,,\n").arg(ok)
                                     << "not one of the choices";
        QTest::newRow("unknown ethnicity")
            << QStringLiteral("赵六,%1,,,火星族,,,\n").arg(ok) << "not one of the choices";
        QTest::newRow("bad phone") << QStringLiteral("赵六,%1,,,,,赵大,12\n").arg(ok) << "Phone";
        QTest::newRow("no name") << QStringLiteral(",%1,,,,,,\n").arg(ok) << "name is required";
        QTest::newRow("duplicate row")
            << QStringLiteral("陈静,%1,女,,,,,\n").arg(id("2015-03-04", 52)) << "same child as row 2";
        QTest::newRow("18 or older") << QStringLiteral("赵六,%1,,,,,,\n").arg(id("2005-01-01", 71))
                                     << "18 or older";
    }

    void badRowsAreListedAndRefuseEverything()
    {
        QFETCH(QString, row);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto db = openWithChildren(dir);
        QVERIFY(db);
        const QString csv = header() + QStringLiteral("陈静,%1,女,,,,,\n").arg(id("2015-03-04", 52)) + row +
                            QStringLiteral("李娟,%1,,,,南跃中心小学,,\n").arg(id("2015-06-01", 24));
        Result<RosterImport::Plan> p = plan(*db, table(csv));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        QCOMPARE(p->rows.size(), 3);
        QCOMPARE(p->rows.at(0).action, A::New);
        QCOMPARE(p->rows.at(1).action, A::Bad);
        QCOMPARE(p->rows.at(1).number, 3);
        QVERIFY2(p->rows.at(1).reason.contains(expected), qPrintable(p->rows.at(1).reason));
        QCOMPARE(p->rows.at(2).action, A::Update);

        const QString before = snapshot(*db);
        Result<RosterImport::Outcome> refused = RosterImport(*db).apply(p.value(), false);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().contains(QStringLiteral("row 3")), qPrintable(refused.error()));
        QVERIFY(refused.error().contains(QStringLiteral("nothing was imported")));
        QCOMPARE(snapshot(*db), before);

        Result<RosterImport::Outcome> skipped = RosterImport(*db).apply(p.value(), true);
        QVERIFY2(skipped.ok(), qPrintable(skipped.error()));
        QCOMPARE(skipped->created, 1);
        QCOMPARE(skipped->updated, 1);
        QCOMPARE(skipped->skipped, 1);
        QVERIFY(snapshot(*db) != before);
    }

    // A write that fails half-way (here: a row whose ID number is taken between the plan and the import)
    // rolls the whole import back.
    void aFailureHalfWayWritesNothing()
    {
        QTemporaryDir dir;
        auto db = openWithChildren(dir);
        QVERIFY(db);
        const QString late = id("2013-01-20", 46);
        const QString csv = header() + QStringLiteral("陈静,%1,女,,,,,\n").arg(id("2015-03-04", 52)) +
                            QStringLiteral("孙丽,%1,,,,,,\n").arg(late);
        Result<RosterImport::Plan> p = plan(*db, table(csv));
        QVERIFY(p.ok());
        QCOMPARE(p->count(A::New), 2);
        ChildFile taken;
        taken.areaCode = TestDatabase::kVillage;
        taken.child = {{QStringLiteral("name"), QStringLiteral("孙丽")}, {QStringLiteral("id_number"), late}};
        QVERIFY(CaseRepository(*db).create(taken).ok());
        const QString before = snapshot(*db);
        Result<RosterImport::Outcome> r = RosterImport(*db).apply(p.value(), false);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().startsWith(QStringLiteral("Row 3:")), qPrintable(r.error()));
        QCOMPARE(snapshot(*db), before);
    }

    void missingColumnRefusesThePlan()
    {
        QTemporaryDir dir;
        auto db = openWithChildren(dir);
        Result<RosterImport::Plan> p = plan(*db, table(QStringLiteral("姓名,性别\n陈静,女\n")));
        QVERIFY(!p.ok());
        QVERIFY2(p.error().contains(QStringLiteral("Citizen ID number")), qPrintable(p.error()));
    }

    void gbkRoster()
    {
        QTemporaryDir dir;
        auto db = openWithChildren(dir);
        QStringEncoder gbk("GBK");
        const QByteArray bytes =
            gbk(header() + QStringLiteral("陈静,%1,女,2015年3月4日,汉族,南跃小学,陈大山,13700137000\r\n")
                               .arg(id("2015-03-04", 52)));
        Result<RosterTable> t = RosterReader::readBytes(bytes);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->format, QStringLiteral("csv-gbk"));
        Result<RosterImport::Plan> p = plan(*db, t.value());
        QVERIFY(p.ok());
        QCOMPARE(p->rows.at(0).action, A::New);
        QVERIFY(RosterImport(*db).apply(p.value(), false).ok());
        QCOMPARE(fieldOf(*db, QStringLiteral("SELECT name FROM child WHERE id_number = '%1'")
                                  .arg(id("2015-03-04", 52))),
                 QStringLiteral("陈静"));
    }

    void villagesByNameAtATownship_data()
    {
        QTest::addColumn<QString>("village");
        QTest::addColumn<QString>("expected"); // empty: new child in kVillage
        QTest::newRow("code") << TestDatabase::kVillage << QString();
        QTest::newRow("own name") << AreaCatalog::instance().name(TestDatabase::kVillage) << QString();
        QTest::newRow("full name") << AreaCatalog::instance().fullName(TestDatabase::kVillage) << QString();
        QTest::newRow("unknown name")
            << QStringLiteral("不存在村") << QStringLiteral("not in this station's area");
        QTest::newRow("outside the township") << QStringLiteral("110101001001") << QStringLiteral("outside");
        QTest::newRow("not a village") << TestDatabase::kTownship << QStringLiteral("village");
    }

    void villagesByNameAtATownship()
    {
        QFETCH(QString, village);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        auto db = openWithChildren(dir, nullptr, TestDatabase::kTownship, QStringLiteral("township"));
        QVERIFY(db);
        // Without a village column a township's roster is refused as a whole.
        Result<RosterImport::Plan> none =
            plan(*db, table(QStringLiteral("姓名,身份证号\n陈静,%1\n").arg(id("2015-03-04", 52))));
        QVERIFY(!none.ok());
        QVERIFY(none.error().contains(QStringLiteral("Village")));
        Result<RosterImport::Plan> p = plan(
            *db,
            table(
                QStringLiteral("姓名,身份证号,所在村\n陈静,%1,\"%2\"\n").arg(id("2015-03-04", 52), village)));
        QVERIFY2(p.ok(), qPrintable(p.error()));
        if (expected.isEmpty()) {
            QCOMPARE(p->rows.at(0).action, A::New);
            QCOMPARE(p->rows.at(0).file.areaCode, TestDatabase::kVillage);
        } else {
            QCOMPARE(p->rows.at(0).action, A::Bad);
            QVERIFY2(p->rows.at(0).reason.contains(expected), qPrintable(p->rows.at(0).reason));
        }
    }

    void rememberedMapping()
    {
        QTemporaryDir dir;
        auto db = openWithChildren(dir);
        const QStringList headers{QStringLiteral("名字"), QStringLiteral("证件")};
        QVERIFY(!RosterMapping::remembered(*db, headers));
        RosterMapping m;
        m.set(QStringLiteral("名字"), QStringLiteral("name"));
        m.set(QStringLiteral("证件"), QStringLiteral("id_number"));
        QVERIFY(m.remember(*db, headers).ok());
        const std::optional<RosterMapping> back = RosterMapping::remembered(*db, headers);
        QVERIFY(back);
        QCOMPARE(back->columns(), m.columns());
        QVERIFY(!RosterMapping::remembered(*db, {QStringLiteral("名字")}));
    }

    // The national form, written as CSV and as XLSX and read back with the roster reader, is the register
    // unchanged: every column names its field, every coded answer reads back as its code.
    void nationalFormRoundTrip_data()
    {
        QTest::addColumn<QString>("format");
        QTest::newRow("csv") << "csv";
        QTest::newRow("xlsx") << "xlsx";
    }

    void nationalFormRoundTrip()
    {
        QFETCH(QString, format);
        QTemporaryDir dir;
        auto db = openWithChildren(dir);
        QVERIFY(db);
        // A third child with more of the form filled in.
        ChildFile c;
        c.areaCode = TestDatabase::kVillage;
        c.child = {{QStringLiteral("name"), QStringLiteral("陈静")},
                   {QStringLiteral("id_number"), id("2015-03-04", 52)},
                   {QStringLiteral("ethnicity"), QStringLiteral("08")},
                   {QStringLiteral("health"), QStringLiteral("disabled")},
                   {QStringLiteral("boarding"), 1},
                   {QStringLiteral("schooling"), QStringLiteral("primary")},
                   {QStringLiteral("hukou_address"), QStringLiteral("广东省陆河县水唇镇南跃村")}};
        c.persons.insert(QStringLiteral("mother"),
                         {{QStringLiteral("name"), QStringLiteral("陈母")},
                          {QStringLiteral("phone"), QStringLiteral("13600136000")}});
        Result<QString> created = CaseRepository(*db).create(c);
        QVERIFY2(created.ok(), qPrintable(created.error()));

        const QString path = dir.filePath(QStringLiteral("national.") + format);
        QVERIFY(NationalForm::write(*db, format, path).ok());
        Result<RosterTable> t = RosterReader::read(path);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->rows.size(), 3);
        QCOMPARE(t->headers.size(), NationalForm::columns().size());
        // Every header of the form that is a roster field is guessed as that field.
        const RosterMapping m = RosterMapping::guess(t->headers);
        for (const NationalForm::Column& col : NationalForm::columns()) {
            if (RosterMapping::fieldKeys().contains(col.key))
                QCOMPARE(m.field(col.header), col.key);
        }
        Result<RosterImport::Plan> p = RosterImport(*db).plan(t.value(), m);
        QVERIFY2(p.ok(), qPrintable(p.error()));
        for (const RosterImport::Row& r : p->rows)
            QVERIFY2(r.action == A::Unchanged,
                     qPrintable(QStringLiteral("row %1: %2 %3")
                                    .arg(r.number)
                                    .arg(r.reason, r.changed.join(QLatin1Char(',')))));
        QCOMPARE(p->count(A::Unchanged), 3);
    }

    void nationalFormRefusesAnUnknownFormat()
    {
        QTemporaryDir dir;
        auto db = openWithChildren(dir);
        const Status s =
            NationalForm::write(*db, QStringLiteral("pdf"), dir.filePath(QStringLiteral("x.pdf")));
        QVERIFY(!s.ok());
        QVERIFY(s.error().contains(QStringLiteral("csv or xlsx")));
    }
};

QTEST_GUILESS_MAIN(TestRosterImport)
#include "TestRosterImport.moc"
