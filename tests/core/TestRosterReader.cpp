#include "TestSupport.h"
#include "ZipForger.h"
#include "reports/TableExport.h"
#include "roster/RosterMapping.h"
#include "roster/RosterReader.h"
#include "roster/RosterValues.h"
#include "roster/ZipReader.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

// RosterReader: CSV in UTF-8 (with and without a byte order mark), UTF-16 and GBK, XLSX made by hand (shared
// and inline strings, numbers, dates as serials under a date style, a title row above the header, phonetic
// runs) and by TableExport (libxlsxwriter); every broken or hostile file refused with its sentence. Then the
// column mapping: guesses from Chinese and English headers, the JSON form, the required columns.
class TestRosterReader final : public QObject
{
    Q_OBJECT

    static QByteArray gbk(const QString& text)
    {
        QStringEncoder e("GBK");
        return e(text);
    }

    static const QString& csvText()
    {
        static const QString t = QStringLiteral("姓名,身份证号,性别,出生日期\r\n"
                                                "张佳怡,11010519491231002X,女,1949-12-31\r\n"
                                                "\"李, 小明\",440524188001010014,男,\"1880/1/1\"\r\n");
        return t;
    }

    static QByteArray handXlsx()
    {
        // Row 1: a title; row 2: headers (shared strings, one with a phonetic run); row 3: a child with an
        // inline string, a number and a date serial under a date style; row 5 (row 4 missing): sparse cells.
        const QByteArray sst = R"(<si><t>姓名</t></si><si><r><t>身份</t></r><r><t>证号</t></r></si>)"
                               R"(<si><t>出生日期</t><rPh sb="0" eb="1"><t>しゅっせい</t></rPh></si>)"
                               R"(<si><t>农村留守儿童花名册</t></si><si><t>联系电话</t></si>)";
        const QByteArray styles =
            R"(<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>)"
            R"(<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="164"/><xf numFmtId="14"/></cellXfs>)";
        const QByteArray sheet =
            R"(<row r="1"><c r="A1" t="s"><v>3</v></c></row>)"
            R"(<row r="2"><c r="A2" t="s"><v>0</v></c><c r="B2" t="s"><v>1</v></c><c r="C2" t="s"><v>2</v></c><c r="D2" t="s"><v>4</v></c></row>)"
            R"(<row r="3"><c r="A3" t="inlineStr"><is><t>王小明</t></is></c><c r="B3" t="str"><v>440524188001010014</v></c><c r="C3" s="1"><v>42067</v></c><c r="D3"><v>13800138000</v></c></row>)"
            R"(<row r="5"><c r="A5" t="inlineStr"><is><t> 陈静 </t></is></c><c r="C5" s="2"><v>42068.5</v></c></row>)";
        return ZipForger::xlsx(sheet, sst, styles);
    }

    static QByteArray exportedXlsx()
    {
        TableExport::Table t;
        t.sheetName = QStringLiteral("花名册");
        t.title = QStringLiteral("南跃村花名册");
        t.headers = {QStringLiteral("姓名"), QStringLiteral("公民身份号码"), QStringLiteral("联系电话")};
        t.rows = {{QStringLiteral("张佳怡"), QStringLiteral("11010519491231002X"), 13800138000.0},
                  {QStringLiteral("王小明"), QStringLiteral("440524188001010014"), 42}};
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("t.xlsx"));
        if (!TableExport::writeXlsx(t, path))
            return {};
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void reads_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("format");
        QTest::addColumn<int>("headerRow");
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<int>("rows");
        QTest::addColumn<int>("row");    // index of the data row checked
        QTest::addColumn<int>("number"); // its row number
        QTest::addColumn<QStringList>("cells");

        const QStringList csvHeaders{QStringLiteral("姓名"), QStringLiteral("身份证号"),
                                     QStringLiteral("性别"), QStringLiteral("出生日期")};
        const QStringList quoted{QStringLiteral("李, 小明"), QStringLiteral("440524188001010014"),
                                 QStringLiteral("男"), QStringLiteral("1880/1/1")};
        QTest::newRow("csv utf-8") << csvText().toUtf8() << "csv-utf8" << 1 << csvHeaders << 2 << 1 << 3
                                   << quoted;
        QTest::newRow("csv utf-8 bom") << QByteArray("\xEF\xBB\xBF") + csvText().toUtf8() << "csv-utf8" << 1
                                       << csvHeaders << 2 << 1 << 3 << quoted;
        QTest::newRow("csv gbk") << gbk(csvText()) << "csv-gbk" << 1 << csvHeaders << 2 << 1 << 3 << quoted;
        {
            QStringEncoder e(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
            QString tabbed = csvText();
            tabbed.replace(QLatin1Char(','), QLatin1Char('\t'))
                .replace(QStringLiteral("李\t 小明"), QStringLiteral("李, 小明"));
            QTest::newRow("tab-separated utf-16")
                << QByteArray(e(tabbed)) << "csv-utf16" << 1 << csvHeaders << 2 << 1 << 3 << quoted;
        }
        QTest::newRow("csv semicolons, title line, blank lines, quoted newline")
            << QStringLiteral(
                   "南跃村花名册;;\n\n姓名;身份证号;备注\n张三;11010519491231002X;\"第一行\n第二行\"\n\n")
                   .toUtf8()
            << "csv-utf8" << 3
            << QStringList{QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("备注")} << 1
            << 0 << 4
            << QStringList{QStringLiteral("张三"), QStringLiteral("11010519491231002X"),
                           QStringLiteral("第一行\n第二行")};
        const QStringList xlsxHeaders{QStringLiteral("姓名"), QStringLiteral("身份证号"),
                                      QStringLiteral("出生日期"), QStringLiteral("联系电话")};
        QTest::newRow("xlsx by hand")
            << handXlsx() << "xlsx" << 2 << xlsxHeaders << 2 << 0 << 3
            << QStringList{QStringLiteral("王小明"), QStringLiteral("440524188001010014"),
                           QStringLiteral("2015-03-04"), QStringLiteral("13800138000")};
        QTest::newRow("xlsx sparse row")
            << handXlsx() << "xlsx" << 2 << xlsxHeaders << 2 << 1 << 5
            << QStringList{QStringLiteral("陈静"), QString(), QStringLiteral("2015-03-05")};
        QTest::newRow("xlsx by libxlsxwriter")
            << exportedXlsx() << "xlsx" << 3
            << QStringList{QStringLiteral("姓名"), QStringLiteral("公民身份号码"), QStringLiteral("联系电话")}
            << 2 << 0 << 4
            << QStringList{QStringLiteral("张佳怡"), QStringLiteral("11010519491231002X"),
                           QStringLiteral("13800138000")};
    }

    void reads()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, format);
        QFETCH(int, headerRow);
        QFETCH(QStringList, headers);
        QFETCH(int, rows);
        QFETCH(int, row);
        QFETCH(int, number);
        QFETCH(QStringList, cells);
        QVERIFY(!bytes.isEmpty());
        Result<RosterTable> t = RosterReader::readBytes(bytes);
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QCOMPARE(t->format, format);
        QCOMPARE(t->headerRow, headerRow);
        QCOMPARE(t->headers, headers);
        QCOMPARE(t->rows.size(), rows);
        QCOMPARE(t->rows.at(row).number, number);
        QCOMPARE(t->rows.at(row).cells, cells);
    }

    void refuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");

        const QByteArray good = handXlsx();
        QTest::newRow("empty file") << QByteArray() << "holds no rows";
        QTest::newRow("binary, not a zip") << QByteArray("\x7F"
                                                         "ELF\x02\x01\x01\0\0\0",
                                                         10)
                                           << "neither a spreadsheet";
        QTest::newRow("neither utf-8 nor gbk")
            << QByteArray("\xC8\xFF\xFF,\x81\x20\n") << "neither UTF-8 nor GBK";
        QTest::newRow("bom but not utf-8") << QByteArray("\xEF\xBB\xBF\xC3\x28") << "not UTF-8";
        QTest::newRow("truncated zip") << good.left(good.size() / 2) << "not a complete XLSX";
        QTest::newRow("zip without a central directory")
            << good.left(good.size() - 22) + QByteArray(22, '\0') << "not a complete XLSX";
        {
            // A byte inside the sheet's deflated data (after its local header and name).
            QByteArray flipped = good;
            const qsizetype at = flipped.indexOf("xl/worksheets/roster.xml") + 24 + 20;
            flipped[at] = char(flipped[at] ^ 0x55);
            QTest::newRow("crc mismatch") << flipped << "not a complete XLSX";
        }
        QTest::newRow("zip with no sheet")
            << ZipForger::zip({{QStringLiteral("hello.txt"), "hello"}}) << "not an XLSX workbook";
        const QByteArray zeros(8 * 1024 * 1024, '\0');
        QTest::newRow("zip bomb, honest headers")
            << ZipForger::zip(
                   {{QStringLiteral("xl/worksheets/sheet1.xml"), QByteArray(80 * 1024 * 1024, ' ')}})
            << "zip bomb";
        QTest::newRow("zip bomb, ratio")
            << ZipForger::zip({{QStringLiteral("xl/worksheets/sheet1.xml"), zeros}}) << "zip bomb";
        QTest::newRow("zip bomb, lying headers")
            << ZipForger::zip({{QStringLiteral("xl/worksheets/sheet1.xml"), zeros, true, 0, 1000}})
            << "zip bomb";
        QTest::newRow("encrypted entry")
            << ZipForger::zip({{QStringLiteral("xl/worksheets/sheet1.xml"), "<x/>", true, 1}}) << "encrypted";
        QTest::newRow("zip64") << ZipForger::zip({{QStringLiteral("xl/worksheets/sheet1.xml"), "<x/>"}}, true)
                               << "ZIP64";
        QTest::newRow("xml with a DTD")
            << ZipForger::zip(
                   {{QStringLiteral("xl/worksheets/sheet1.xml"),
                     R"(<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa">]><worksheet><sheetData><row><c t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>)"}})
            << "damaged";
        QTest::newRow("shared string out of range")
            << ZipForger::xlsx(R"(<row r="1"><c r="A1" t="s"><v>7</v></c></row>)", "<si><t>x</t></si>")
            << "damaged";
        QTest::newRow("cell too long, xlsx")
            << ZipForger::xlsx(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>)" + QByteArray(5000, 'a') +
                               "</t></is></c></row>")
            << "more than 4000 characters";
        QTest::newRow("cell too long, csv") << QByteArray("姓名\n") + QByteArray(5000, 'a') + "\n"
                                            << "more than 4000 characters";
        QTest::newRow("too many columns, xlsx")
            << ZipForger::xlsx(R"(<row r="1"><c r="ZZ1" t="inlineStr"><is><t>x</t></is></c></row>)")
            << "columns";
        QTest::newRow("too many columns, csv") << QByteArray(300, ',') << "columns";
        QTest::newRow("too many rows, csv")
            << QByteArray(RosterReader::MaxRows + 10, 'a').replace('a', "a\n") << "more than 100000 rows";
    }

    void refuses()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        Result<RosterTable> t = RosterReader::readBytes(bytes);
        QVERIFY2(!t.ok(), "read a file that should be refused");
        QVERIFY2(t.error().contains(expected), qPrintable(t.error()));
        QVERIFY(!t.error().contains(QLatin1Char('\n')));
    }

    // The fuzz corpus (tests/fuzz-corpus/roster-reader/, tools/roster/make-fuzz-corpus.py): ok-* files are
    // read with a header naming the child's name and ID number, bad-* files refused in one sentence.
    void fuzzCorpus_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(TestSupport::fixturesDir() + QStringLiteral("/../fuzz-corpus/roster-reader"));
        const QStringList files = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY(files.size() >= 10);
        for (const QString& f : files)
            QTest::newRow(qPrintable(f)) << dir.filePath(f);
    }

    void fuzzCorpus()
    {
        QFETCH(QString, path);
        const QString name = QFileInfo(path).fileName();
        QVERIFY2(name.startsWith(QLatin1String("ok-")) || name.startsWith(QLatin1String("bad-")),
                 qPrintable(name));
        Result<RosterTable> t = RosterReader::read(path);
        if (name.startsWith(QLatin1String("bad-"))) {
            QVERIFY2(!t.ok(), "a bad file was read");
            QVERIFY(TestSupport::isOneSentence(t.error().toUtf8()));
            return;
        }
        QVERIFY2(t.ok(), qPrintable(t.error()));
        QVERIFY(RosterMapping::guess(t->headers).checkRequired(t->headers, true).ok());
        QCOMPARE(t->rows.size(), 2);
        QCOMPARE(t->rows.first().cell(0), QStringLiteral("陈静"));
    }

    void refusesAMissingFile()
    {
        Result<RosterTable> t = RosterReader::read(QStringLiteral("/nonexistent/roster.csv"));
        QVERIFY(!t.ok());
        QVERIFY(t.error().contains(QStringLiteral("does not exist")));
    }

    void excelDates_data()
    {
        QTest::addColumn<double>("serial");
        QTest::addColumn<QDate>("date");
        QTest::newRow("1") << 1.0 << QDate(1900, 1, 1);
        QTest::newRow("59") << 59.0 << QDate(1900, 2, 28);
        QTest::newRow("60, Excel's 29 February 1900") << 60.0 << QDate();
        QTest::newRow("61") << 61.0 << QDate(1900, 3, 1);
        QTest::newRow("42067") << 42067.0 << QDate(2015, 3, 4);
        QTest::newRow("with a time") << 42067.75 << QDate(2015, 3, 4);
        QTest::newRow("negative") << -3.0 << QDate();
        QTest::newRow("beyond 9999") << 3e6 << QDate();
    }

    void excelDates()
    {
        QFETCH(double, serial);
        QFETCH(QDate, date);
        QCOMPARE(RosterReader::excelDate(serial), date);
    }

    void cellValues_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("value");
        QTest::newRow("sex 男") << "sex"
                                << "男"
                                << "M";
        QTest::newRow("sex female") << "sex"
                                    << "Female"
                                    << "F";
        QTest::newRow("sex 2") << "sex"
                               << "2"
                               << "F";
        QTest::newRow("sex unknown") << "sex"
                                     << "未知"
                                     << "";
        QTest::newRow("ethnicity 汉族") << "ethnicity"
                                        << "汉族"
                                        << "01";
        QTest::newRow("ethnicity 汉") << "ethnicity"
                                      << "汉"
                                      << "01";
        QTest::newRow("ethnicity code") << "ethnicity"
                                        << "08"
                                        << "08";
        QTest::newRow("date iso") << "date"
                                  << "2015-03-04"
                                  << "2015-03-04";
        QTest::newRow("date slashes") << "date"
                                      << "2015/3/4"
                                      << "2015-03-04";
        QTest::newRow("date chinese") << "date"
                                      << "2015年3月4日"
                                      << "2015-03-04";
        QTest::newRow("date serial") << "date"
                                     << "42067"
                                     << "2015-03-04";
        QTest::newRow("date compact") << "date"
                                      << "20150304"
                                      << "2015-03-04";
        QTest::newRow("date impossible") << "date"
                                         << "2015-02-30"
                                         << "2015-02-30";
        QTest::newRow("yes") << "bool"
                             << "是"
                             << "1";
        QTest::newRow("no") << "bool"
                            << "否"
                            << "0";
        QTest::newRow("neither") << "bool"
                                 << "也许"
                                 << "";
    }

    void cellValues()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QString, value);
        if (kind == QLatin1String("date"))
            QCOMPARE(RosterValues::date(text), value);
        else if (kind == QLatin1String("bool"))
            QCOMPARE(RosterValues::boolean(text), value);
        else
            QCOMPARE(RosterValues::code(kind, text), value);
    }

    void guessesTheMapping_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("field");
        QTest::newRow("姓名") << "姓名"
                              << "name";
        QTest::newRow("公民身份号码") << "公民身份号码"
                                      << "id_number";
        QTest::newRow("身份证号（必填）") << "身份证号（必填）"
                                          << "id_number";
        QTest::newRow("* 性别：") << "* 性别："
                                  << "sex";
        QTest::newRow("Date of birth") << "Date of birth"
                                       << "birth_date";
        QTest::newRow("村（居）委会") << "村（居）委会"
                                      << "village";
        QTest::newRow("监护人电话") << "监护人电话"
                                    << "guardian.phone";
        QTest::newRow("Father name") << "Father name"
                                     << "father.name";
        QTest::newRow("母亲身份证号码") << "母亲身份证号码"
                                        << "mother.id_number";
        QTest::newRow("unknown") << "爱好"
                                 << "";
    }

    void guessesTheMapping()
    {
        QFETCH(QString, header);
        QFETCH(QString, field);
        QCOMPARE(RosterMapping::fieldForHeader(header), field);
        if (!field.isEmpty())
            QVERIFY(RosterMapping::fieldKeys().contains(field));
    }

    void mappingEachFieldOnce()
    {
        const RosterMapping m = RosterMapping::guess({QStringLiteral("姓名"), QStringLiteral("儿童姓名"),
                                                      QStringLiteral("身份证号"), QStringLiteral("电话")});
        QCOMPARE(m.field(QStringLiteral("姓名")), QStringLiteral("name"));
        QCOMPARE(m.field(QStringLiteral("儿童姓名")), QString());
        QCOMPARE(m.field(QStringLiteral("电话")), QStringLiteral("guardian.phone"));
    }

    void mappingJsonRoundTrip()
    {
        RosterMapping m = RosterMapping::guess({QStringLiteral("姓名"), QStringLiteral("身份证号")});
        m.set(QStringLiteral("学号"), QStringLiteral("notes"));
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.json"));
        QVERIFY(m.save(path).ok());
        Result<RosterMapping> back = RosterMapping::load(path);
        QVERIFY2(back.ok(), qPrintable(back.error()));
        QCOMPARE(back->columns(), m.columns());
    }

    void mappingRefusals_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{") << "not a JSON object";
        QTest::newRow("other format")
            << QByteArray(R"({"format":"x","version":1})") << "not a column mapping";
        QTest::newRow("version") << QByteArray(R"({"format":"shouhu-roster-mapping","version":9})")
                                 << "version";
        QTest::newRow("unknown field")
            << QByteArray(R"({"format":"shouhu-roster-mapping","version":1,"columns":{"姓名":"password"}})")
            << "no field a roster fills";
    }

    void mappingRefusals()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("m.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(json);
        f.close();
        Result<RosterMapping> m = RosterMapping::load(f.fileName());
        QVERIFY(!m.ok());
        QVERIFY2(m.error().contains(expected), qPrintable(m.error()));
    }

    void requiredColumns_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<bool>("village");
        QTest::addColumn<QString>("expected"); // empty: accepted
        QTest::newRow("complete at a village")
            << QStringList{QStringLiteral("姓名"), QStringLiteral("身份证号")} << true << QString();
        QTest::newRow("no name") << QStringList{QStringLiteral("身份证号"), QStringLiteral("性别")} << true
                                 << QStringLiteral("\"Name\"");
        QTest::newRow("no ID number") << QStringList{QStringLiteral("姓名"), QStringLiteral("性别")} << true
                                      << QStringLiteral("\"Citizen ID number\"");
        QTest::newRow("no village at a township")
            << QStringList{QStringLiteral("姓名"), QStringLiteral("身份证号")} << false
            << QStringLiteral("Village");
        QTest::newRow("village at a township")
            << QStringList{QStringLiteral("姓名"), QStringLiteral("身份证号"), QStringLiteral("所在村")}
            << false << QString();
    }

    void requiredColumns()
    {
        QFETCH(QStringList, headers);
        QFETCH(bool, village);
        QFETCH(QString, expected);
        const Status s = RosterMapping::guess(headers).checkRequired(headers, village);
        QCOMPARE(s.ok(), expected.isEmpty());
        if (!expected.isEmpty())
            QVERIFY2(s.error().contains(expected), qPrintable(s.error()));
    }
};

QTEST_GUILESS_MAIN(TestRosterReader)
#include "TestRosterReader.moc"
