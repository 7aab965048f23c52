#include "TestDatabase.h"
#include "TestSupport.h"
#include "roster/RosterMapping.h"
#include "roster/RosterReader.h"
#include "roster/RosterReconciler.h"
#include "storage/CaseRepository.h"

#include <QTest>

// A national export (tests/fixtures/roster/national.csv) compared with a register of three children: each
// case once (the same in both, differing fields, only in the list, only here), and the result as a table.
class TestRosterReconciler final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2026, 11, 28), QTime(10, 0))};
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QStringList m_ids;

    using K = RosterReconciler::Kind;

    static QString id(int y, int m, int d, int sequence)
    {
        return TestDatabase::makeId(TestDatabase::kCounty, QDate(y, m, d), sequence);
    }

private slots:
    void initTestCase()
    {
        m_db = TestDatabase::open(m_dir, m_clock);
        QVERIFY(m_db);
        CaseRepository cases(*m_db);
        ChildFile a =
            TestDatabase::leftBehindChild(QStringLiteral("王小明"), QDate(2016, 3, 5), 13, m_clock.today());
        ChildFile b;
        b.areaCode = TestDatabase::kVillage;
        b.child = {{QStringLiteral("name"), QStringLiteral("李娟")},
                   {QStringLiteral("id_number"), id(2015, 6, 1, 24)},
                   {QStringLiteral("school_name"), QStringLiteral("南跃小学")}};
        b.persons.insert(QStringLiteral("guardian"),
                         {{QStringLiteral("name"), QStringLiteral("李大山")},
                          {QStringLiteral("phone"), QStringLiteral("13800138000")}});
        ChildFile c;
        c.areaCode = TestDatabase::kVillage;
        c.child = {{QStringLiteral("name"), QStringLiteral("陈静")},
                   {QStringLiteral("id_number"), id(2015, 3, 4, 52)}};
        for (const ChildFile& f : {a, b, c}) {
            Result<QString> created = cases.create(f);
            QVERIFY2(created.ok(), qPrintable(created.error()));
            m_ids << created.value();
        }
    }

    void eachCase()
    {
        Result<RosterTable> t =
            RosterReader::read(TestSupport::fixturesDir() + QStringLiteral("/roster/national.csv"));
        QVERIFY2(t.ok(), qPrintable(t.error()));
        Result<RosterReconciler::Report> r =
            RosterReconciler(*m_db).compare(t.value(), RosterMapping::guess(t->headers));
        QVERIFY2(r.ok(), qPrintable(r.error()));
        QCOMPARE(r->same, 1);
        QCOMPARE(r->differing, 1);
        QCOMPARE(r->onlyNational, 2);
        QCOMPARE(r->onlyHere, 1);

        QHash<QString, RosterReconciler::Item> differences;
        QStringList onlyNational;
        for (const RosterReconciler::Item& i : r->items) {
            if (i.kind == K::Same) {
                QCOMPARE(i.childId, m_ids.at(0));
                QCOMPARE(i.row, 2);
            } else if (i.kind == K::Differs) {
                QCOMPARE(i.childId, m_ids.at(1));
                differences.insert(i.fieldKey, i);
            } else if (i.kind == K::OnlyNational) {
                onlyNational << i.name;
            } else {
                QCOMPARE(i.childId, m_ids.at(2));
                QCOMPARE(i.name, QStringLiteral("陈静"));
            }
        }
        // Only the school and the guardian's phone differ: the sex (女), the birth date written 2015/6/1 and
        // the guardian's name read as the register has them.
        QCOMPARE(differences.size(), 2);
        QCOMPARE(differences.value(QStringLiteral("school_name")).national, QStringLiteral("南跃中心小学"));
        QCOMPARE(differences.value(QStringLiteral("school_name")).here, QStringLiteral("南跃小学"));
        QCOMPARE(differences.value(QStringLiteral("guardian.phone")).here, QStringLiteral("13800138000"));
        QCOMPARE(differences.value(QStringLiteral("guardian.phone")).row, 3);
        QCOMPARE(onlyNational, (QStringList{QStringLiteral("孙丽"), QStringLiteral("周平")}));

        const TableExport::Table table = RosterReconciler::table(r.value());
        QCOMPARE(table.rows.size(), r->items.size());
        QCOMPARE(table.highlightedRows.size(), int(r->items.size()) - 1); // all but the one the same
        // Written and read back.
        const QString out = m_dir.filePath(QStringLiteral("result.xlsx"));
        QVERIFY(TableExport::writeXlsx(table, out).ok());
        Result<RosterTable> back = RosterReader::read(out);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->rows.size(), table.rows.size());
        QCOMPARE(back->headers, table.headers);
    }

    void refusesAListWithoutIdNumbers()
    {
        Result<RosterTable> t = RosterReader::readBytes(QByteArray("姓名,性别\n王小明,男\n"));
        QVERIFY(t.ok());
        Result<RosterReconciler::Report> r =
            RosterReconciler(*m_db).compare(t.value(), RosterMapping::guess(t->headers));
        QVERIFY(!r.ok());
        QVERIFY(r.error().contains(QStringLiteral("ID numbers")));
    }
};

QTEST_GUILESS_MAIN(TestRosterReconciler)
#include "TestRosterReconciler.moc"
