#include "AgreementFixtures.h"
#include "TestDatabase.h"
#include "documents/AgreementDocument.h"
#include "documents/DocumentRenderer.h"
#include "documents/DocumentService.h"
#include "documents/DocumentTemplate.h"
#include "domain/AreaCatalog.h"
#include "domain/CaseReference.h"
#include "storage/AgreementRepository.h"
#include "storage/CaseRepository.h"
#include "storage/ReferralRepository.h"
#include "storage/VisitRepository.h"

#include <QAbstractTextDocumentLayout>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

// The printable documents, rendered for fixed records: their text (from the laid-out document and from the
// PDF), A4 pages, page counts, the case reference on every page, fonts embedded.
class TestDocuments final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2024, 6, 1), QTime(10, 0))};
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    QString m_child;
    QString m_agreement;

    static QString plain(const PrintDocument& d) { return DocumentRenderer::layout(d)->toPlainText(); }

    // Text of a PDF from pdftotext, page by page, as it comes (no folding: 儿 must come out as 儿).
    static QStringList pdfPages(const QString& path)
    {
        QProcess p;
        p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), path, QStringLiteral("-")});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\f'), Qt::SkipEmptyParts);
    }
    // The CJK radicals (U+2E80–U+2FDF) in `text`: a font that shares their glyphs with ideographs makes
    // Qt's PDF writer name 儿 as ⼉.
    static QString radicals(const QString& text)
    {
        QString found;
        for (const QChar c : text) {
            if (c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF)
                found += c;
        }
        return found;
    }
    static QString tool(const QString& name, const QString& path)
    {
        QProcess p;
        p.start(name, {path});
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    static bool havePoppler()
    {
        return !QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());

        m_db = TestDatabase::open(m_dir, m_clock);
        QVERIFY(m_db);
        Result<QString> child = CaseRepository(*m_db).create(AgreementFixtures::childWithGuardian(
            QStringLiteral("王小明"), QDate(2016, 3, 5), 13, m_clock.today()));
        QVERIFY2(child.ok(), qPrintable(child.error()));
        m_child = child.value();
        Result<QString> a =
            AgreementFixtures::addAgreement(*m_db, m_child, QDate(2024, 6, 1), QDate(2025, 5, 31));
        QVERIFY2(a.ok(), qPrintable(a.error()));
        m_agreement = a.value();
    }

    void templateEscapesValues()
    {
        DocumentTemplate t = DocumentTemplate::load(QStringLiteral("agreement")).value();
        t.set(QStringLiteral("father_name"), QStringLiteral("<b>王</b>"));
        QVERIFY(t.html().contains(QStringLiteral("&lt;b&gt;王&lt;/b&gt;")));
        QVERIFY(!t.html().contains(QLatin1String("{{")));
        QVERIFY(!DocumentTemplate::load(QStringLiteral("no-such-template")).ok());
    }

    void agreementText()
    {
        Result<DocumentService::Batch> b = DocumentService(*m_db).agreement(m_child);
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QCOMPARE(b->documents.size(), 1);
        const PrintDocument& d = b->documents.first();
        QCOMPARE(d.reference, CaseReference::of(m_child));
        const QString text = plain(d);
        for (const QString& expected : {QStringLiteral("委托照护协议书"),
                                        QStringLiteral("王小明"),
                                        QStringLiteral("王建国"),
                                        AgreementFixtures::kFatherId,
                                        QStringLiteral("13800138000"),
                                        QStringLiteral("深圳市南山区电子厂"),
                                        QStringLiteral("李秀英"),
                                        QStringLiteral("张桂英"),
                                        AgreementFixtures::kGrandmotherId,
                                        QStringLiteral("祖母"),
                                        QStringLiteral("13912345678"),
                                        QStringLiteral("2016年3月5日"),
                                        QStringLiteral("南跃小学"),
                                        QStringLiteral("自 2024年6月1日 起至 2025年5月31日 止"),
                                        QStringLiteral("委托照护不转移监护职责"),
                                        QStringLiteral("未满八周岁"),
                                        QStringLiteral("无吸毒、酗酒、赌博等恶习"),
                                        QStringLiteral("南跃村民委员会（盖章）"),
                                        QStringLiteral("甲方（父亲）签字"),
                                        QStringLiteral("乙方（受托人）签字"),
                                        d.reference})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QCOMPARE(DocumentRenderer::pageCount(d), 1);
    }

    void failedCheckBlocksPrinting()
    {
        Result<QString> child = CaseRepository(*m_db).create(AgreementFixtures::childWithGuardian(
            QStringLiteral("王小红"), QDate(2017, 7, 7), 24, m_clock.today()));
        AgreementRepository repo(*m_db);
        CareAgreement a = repo.propose(child.value(), QDate(2024, 6, 1), QDate(2025, 5, 31)).value();
        a.fields.insert(QStringLiteral("caregiver_abuse"), 0);
        a.fields.insert(QStringLiteral("caregiver_habits"), 1);
        a.fields.insert(QStringLiteral("caregiver_neglect"), 0);
        for (const char* q : {"caregiver_infringement", "caregiver_abandonment", "caregiver_unsuitable"})
            a.fields.insert(QLatin1String(q), 0);
        QVERIFY(repo.create(a).ok());
        Result<DocumentService::Batch> b = DocumentService(*m_db).agreement(child.value());
        QVERIFY(!b.ok());
        QVERIFY2(b.error().contains(QLatin1String("drug, alcohol or gambling habits")),
                 qPrintable(b.error()));
    }

    void agreementPdf()
    {
        const QString path = m_dir.filePath(QStringLiteral("agreement.pdf"));
        Result<DocumentService::Batch> b = DocumentService(*m_db).agreement(m_child);
        QVERIFY(b.ok());
        Result<int> pages = DocumentRenderer::writePdf(b->documents, path);
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        QCOMPARE(pages.value(), 1);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        // Fonts embedded: a font file stream, and no reference to a font that is not embedded.
        QVERIFY(bytes.contains("/FontFile2") || bytes.contains("/FontFile3"));
        QVERIFY(bytes.contains("ShouhuNotoSerifSC") || bytes.contains("NotoSerifCJK") ||
                bytes.contains("SourceHanSerif") || bytes.contains("SimSun"));
        if (!havePoppler())
            QSKIP("poppler-utils (pdftotext, pdfinfo, pdffonts) are not installed");
        const QString info = tool(QStringLiteral("pdfinfo"), path);
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
        QVERIFY2(info.contains(QLatin1String("595 x 842 pts (A4)")) ||
                     info.contains(QLatin1String("595.276 x 841.89 pts (A4)")),
                 qPrintable(info));
        const QStringList fonts =
            tool(QStringLiteral("pdffonts"), path).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString& line : fonts) {
            // name type encoding emb sub uni object ID: "emb" must be yes for every font.
            const QStringList cols = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            QVERIFY2(cols.size() >= 5 && cols.at(cols.size() - 5) == QLatin1String("yes"), qPrintable(line));
        }
        const QStringList text = pdfPages(path);
        QCOMPARE(text.size(), 1);
        for (const QString& expected :
             {QStringLiteral("王小明"), QStringLiteral("张桂英"), AgreementFixtures::kGrandmotherId,
              QStringLiteral("委托照护不转移监护职责"), CaseReference::of(m_child)})
            QVERIFY2(text.first().contains(expected),
                     qPrintable(expected + QLatin1Char('\n') + text.first()));
    }

    void batchOfAVillage()
    {
        // Four more children in the village: the batch holds one page per unsigned agreement that passes the
        // check, skips the one that fails (王小红, see failedCheckBlocksPrinting), and leaves out signed
        // ones.
        QStringList ids{m_agreement};
        for (int i = 0; i < 4; ++i) {
            Result<QString> child = CaseRepository(*m_db).create(
                AgreementFixtures::childWithGuardian(QStringLiteral("李%1").arg(QChar(u"一二三四"[i])),
                                                     QDate(2014, 1, 10 + i), 31 + 2 * i, m_clock.today()));
            QVERIFY(child.ok());
            Result<QString> a =
                AgreementFixtures::addAgreement(*m_db, child.value(), QDate(2024, 6, 1), QDate(2025, 5, 31));
            QVERIFY(a.ok());
            ids << a.value();
        }
        AgreementRepository repo(*m_db);
        QVERIFY(repo.markPrinted({ids.last()}).ok());
        QVERIFY(repo.sign(ids.last(), m_clock.today(), QStringLiteral("李主任")).ok());
        DocumentService service(*m_db);
        Result<DocumentService::Batch> b = service.unsignedAgreements(TestDatabase::kVillage);
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QCOMPARE(b->documents.size(), 4);
        QCOMPARE(b->skipped.size(), 1);
        QVERIFY(b->skipped.first().startsWith(QStringLiteral("王小红: ")));
        const QString path = m_dir.filePath(QStringLiteral("batch.pdf"));
        Result<int> pages = DocumentRenderer::writePdf(b->documents, path);
        QVERIFY(pages.ok());
        QCOMPARE(pages.value(), 4);
        QVERIFY(service.printed(b->agreementIds).ok());
        for (const QString& id : b->agreementIds)
            QCOMPARE(repo.load(id)->state(m_clock.today()), CareAgreement::State::Printed);
        if (!havePoppler())
            QSKIP("poppler-utils are not installed");
        const QStringList text = pdfPages(path);
        QCOMPARE(text.size(), 4);
        // Every page carries its own child's reference.
        for (int i = 0; i < 4; ++i)
            QVERIFY2(text.at(i).contains(b->documents.at(i).reference),
                     qPrintable(b->documents.at(i).reference));
    }

    void childFile()
    {
        Result<PrintDocument> d = DocumentService(*m_db).childFile(m_child);
        QVERIFY2(d.ok(), qPrintable(d.error()));
        const QString text = plain(d.value());
        for (const QString& expected :
             {QStringLiteral("一人一档"), QStringLiteral("王小明"),
              TestDatabase::makeId(TestDatabase::kCounty, QDate(2016, 3, 5), 13),
              QStringLiteral("2016年3月5日"), QStringLiteral("南跃小学"), QStringLiteral("王建国"),
              AgreementFixtures::kFatherId, QStringLiteral("李秀英"), QStringLiteral("张桂英"),
              AgreementFixtures::kGrandmotherId, QStringLiteral("13912345678"),
              QStringLiteral("南跃村民委员会"), QStringLiteral("2025年5月31日"), CaseReference::of(m_child)})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        const int pages = DocumentRenderer::pageCount(d.value());
        QVERIFY2(pages >= 1 && pages <= 2, qPrintable(QString::number(pages)));
        const QString path = m_dir.filePath(QStringLiteral("child.pdf"));
        QCOMPARE(DocumentRenderer::writePdf({d.value()}, path).value(), pages);
        if (havePoppler()) {
            const QStringList text = pdfPages(path);
            QCOMPARE(text.size(), pages);
            for (const QString& page : text)
                QVERIFY(page.contains(CaseReference::of(m_child)));
        }
    }

    void visitForms()
    {
        Result<PrintDocument> blank = DocumentService(*m_db).visitForm();
        QVERIFY(blank.ok());
        QVERIFY(blank->reference.isEmpty());
        const QString blankText = plain(blank.value());
        QVERIFY(blankText.contains(QStringLiteral("走访记录表")));
        QVERIFY(blankText.contains(QStringLiteral("心理健康")));
        QVERIFY(!blankText.contains(QStringLiteral("王小明")));
        QCOMPARE(DocumentRenderer::pageCount(blank.value()), 1);
        Result<PrintDocument> filled = DocumentService(*m_db).visitForm(m_child);
        QVERIFY(filled.ok());
        const QString text = plain(filled.value());
        for (const QString& expected :
             {QStringLiteral("王小明"), QStringLiteral("张桂英（祖母）"), QStringLiteral("13800138000"),
              QStringLiteral("13912345678"), CaseReference::of(m_child)})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QCOMPARE(DocumentRenderer::pageCount(filled.value()), 1);
        QCOMPARE(DocumentRenderer::pdf({blank.value(), filled.value()}).ok(), true);
    }

    void onePageIsEnforced()
    {
        PrintDocument d{QStringLiteral("long"),
                        QStringLiteral("<p>") + QStringLiteral("很长的备注。").repeated(3000) +
                            QStringLiteral("</p>"),
                        QStringLiteral("0000-0000"), true};
        QVERIFY(DocumentRenderer::pageCount(d) > 1);
        Result<QByteArray> pdf = DocumentRenderer::pdf({d});
        QVERIFY(!pdf.ok());
        QVERIFY(pdf.error().contains(QLatin1String("does not fit on one page")));
        d.onePage = false;
        QVERIFY(DocumentRenderer::pdf({d}).ok());
    }

    // (How fast a preview renders is measured by `shouhu-cli bench print`, not asserted here.)
    void previewRendersTheA4Page()
    {
        Result<DocumentService::Batch> b = DocumentService(*m_db).agreement(m_child);
        QVERIFY(b.ok());
        const QImage page = DocumentRenderer::renderPage(b->documents.first(), 0, 96);
        QCOMPARE(page.width(), 794); // A4 at 96 dpi
        // Ink in the title band and in the footer band.
        const auto ink = [&page](int top, int bottom) {
            int dark = 0;
            for (int y = top; y < bottom; ++y) {
                for (int x = 0; x < page.width(); ++x)
                    dark += qGray(page.pixel(x, y)) < 128 ? 1 : 0;
            }
            return dark;
        };
        QVERIFY(ink(0, page.height() / 10) > 100);
        QVERIFY(ink(page.height() - 60, page.height()) > 50);
    }

    void dropoutReport()
    {
        Result<QString> child = CaseRepository(*m_db).create(AgreementFixtures::childWithGuardian(
            QStringLiteral("赵小刚"), QDate(2011, 9, 12), 57, m_clock.today()));
        QVERIFY2(child.ok(), qPrintable(child.error()));
        Visit v;
        v.childId = child.value();
        v.values = {{QStringLiteral("kind"), QStringLiteral("monthly")},
                    {QStringLiteral("visit_date"), QStringLiteral("2024-05-28")},
                    {QStringLiteral("visitor"), QStringLiteral("陈丽")},
                    {QStringLiteral("schooling"), QStringLiteral("dropped_out")},
                    {QStringLiteral("notes"), QStringLiteral("孩子已两周未到校，在家帮忙务农")}};
        Result<VisitSaved> saved = VisitRepository(*m_db).save(v);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QCOMPARE(saved->referrals.size(), 1);
        const QString referral = saved->referrals.first().referralId;
        ReferralUpdate notified;
        notified.action = QStringLiteral("guardian_notified");
        notified.date = QDate(2024, 5, 30);
        notified.note = QStringLiteral("已电话告知父亲王建国");
        notified.changes = {{QStringLiteral("guardian_notified_on"), QStringLiteral("2024-05-30")}};
        QVERIFY(ReferralRepository(*m_db).update(referral, notified).ok());

        Result<PrintDocument> d = DocumentService(*m_db).dropoutReport(referral);
        QVERIFY2(d.ok(), qPrintable(d.error()));
        QCOMPARE(d->reference, CaseReference::of(child.value()));
        const QString text = plain(d.value());
        for (const QString& expected :
             {QStringLiteral("陆河县教育局"), QStringLiteral("失学辍学"), QStringLiteral("赵小刚"),
              TestDatabase::makeId(TestDatabase::kCounty, QDate(2011, 9, 12), 57),
              QStringLiteral("2011年9月12日"), QStringLiteral("南跃小学"), QStringLiteral("2024年5月28日"),
              QStringLiteral("2024年5月30日"), QStringLiteral("陈丽"), QStringLiteral("孩子已两周未到校"),
              QStringLiteral("王建国"), QStringLiteral("13800138000"), QStringLiteral("张桂英"),
              QStringLiteral("13912345678"), QStringLiteral("已电话告知父亲王建国"),
              QStringLiteral("南跃村民委员会（盖章）"), QStringLiteral("2024年6月1日"), d->reference})
            QVERIFY2(text.contains(expected), qPrintable(expected + QLatin1Char('\n') + text));
        const QString path = m_dir.filePath(QStringLiteral("dropout.pdf"));
        Result<int> pages = DocumentRenderer::writePdf({d.value()}, path);
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        QCOMPARE(pages.value(), DocumentRenderer::pageCount(d.value()));
        QVERIFY(pages.value() <= 2);
        if (havePoppler()) {
            const QStringList text = pdfPages(path);
            QCOMPARE(text.size(), pages.value());
            for (const QString& page : text)
                QVERIFY2(page.contains(d->reference), qPrintable(page));
            QVERIFY(text.first().contains(QStringLiteral("赵小刚")));
        }
        // Only a dropout referral has such a report; an unknown id is refused too.
        v.values = {{QStringLiteral("kind"), QStringLiteral("monthly")},
                    {QStringLiteral("visit_date"), QStringLiteral("2024-05-29")},
                    {QStringLiteral("visitor"), QStringLiteral("陈丽")},
                    {QStringLiteral("safety_concerns"), QStringLiteral("injury")}};
        saved = VisitRepository(*m_db).save(v);
        QVERIFY2(saved.ok(), qPrintable(saved.error()));
        QVERIFY(!DocumentService(*m_db).dropoutReport(saved->referrals.first().referralId).ok());
        QVERIFY(!DocumentService(*m_db).dropoutReport(QStringLiteral("no-such-referral")).ok());
    }

    void worklist()
    {
        // Enough children for the list to run over more than one page.
        for (int i = 0; i < 45; ++i) {
            ChildFile f =
                TestDatabase::leftBehindChild(QStringLiteral("孙%1").arg(i, 2, 10, QLatin1Char('0')),
                                              QDate(2013, 1, 1).addDays(i), 101 + 2 * i, m_clock.today());
            f.child.insert(QStringLiteral("current_address"), QStringLiteral("南跃村一组%1号").arg(i));
            Result<QString> child = CaseRepository(*m_db).create(f);
            QVERIFY2(child.ok(), qPrintable(child.error()));
        }
        DocumentService service(*m_db);
        Result<PrintDocument> d = service.worklist(TestDatabase::kVillage, QDate(2024, 6, 1));
        QVERIFY2(d.ok(), qPrintable(d.error()));
        const QString village = AreaCatalog::instance().name(TestDatabase::kVillage);
        QVERIFY(d->title.contains(village));
        QVERIFY(d->title.contains(QStringLiteral("2024年6月")));
        const QString text = plain(d.value());
        for (const QString& expected :
             {QStringLiteral("2024年6月留守儿童走访任务清单"),
              AreaCatalog::instance().fullName(TestDatabase::kVillage), QStringLiteral("王小明"),
              CaseReference::of(m_child), QStringLiteral("张桂英\n13912345678"),
              QStringLiteral("南跃村一组44号"), QStringLiteral("孙44"), QStringLiteral("走访日期"),
              QStringLiteral("签字")})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        const int pages = DocumentRenderer::pageCount(d.value());
        QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
        const QString path = m_dir.filePath(QStringLiteral("worklist.pdf"));
        QCOMPARE(DocumentRenderer::writePdf({d.value()}, path).value(), pages);
        if (havePoppler()) {
            const QStringList text = pdfPages(path);
            QCOMPARE(text.size(), pages);
            // The column heads and the village and month stand on every page.
            for (const QString& page : text) {
                QVERIFY2(page.contains(QStringLiteral("应访日期")), qPrintable(page));
                QVERIFY2(page.contains(village), qPrintable(page));
                QVERIFY2(page.contains(QStringLiteral("2024年6月")), qPrintable(page));
            }
        }
        // A month before anyone was registered still prints, saying so; a township is not a village.
        Result<PrintDocument> empty = service.worklist(TestDatabase::kVillage, QDate(2023, 1, 1));
        QVERIFY2(empty.ok(), qPrintable(empty.error()));
        QVERIFY(plain(empty.value()).contains(QStringLiteral("本月没有应访或逾期的儿童")));
        QVERIFY(!plain(empty.value()).contains(QStringLiteral("王小明")));
        QVERIFY(!service.worklist(TestDatabase::kTownship).ok());
        QVERIFY(!service.worklist(QStringLiteral("999999999999")).ok());
    }
    // The worklist's table on paper: 走访日期 and 签字 at least 25 mm wide for a pen, and the case
    // reference, the phone number and the dates each on one line.
    void worklistColumns()
    {
        Result<PrintDocument> d = DocumentService(*m_db).worklist(TestDatabase::kVillage, QDate(2024, 6, 1));
        QVERIFY2(d.ok(), qPrintable(d.error()));
        std::unique_ptr<QTextDocument> doc = DocumentRenderer::layout(d.value());
        QTextTable* table = nullptr;
        for (QTextFrame* frame : doc->rootFrame()->childFrames()) {
            if ((table = qobject_cast<QTextTable*>(frame)))
                break;
        }
        QVERIFY(table);
        QCOMPARE(table->columns(), 8);
        QVERIFY(table->rows() > 2);
        QAbstractTextDocumentLayout* layout = doc->documentLayout();
        const auto left = [&](int row, int column) {
            return layout->blockBoundingRect(table->cellAt(row, column).firstCursorPosition().block()).left();
        };
        const qreal mm25 = 25 * 72 / 25.4;
        const qreal tableRight = layout->frameBoundingRect(table).right();
        QCOMPARE(table->cellAt(0, 6).firstCursorPosition().block().text(), QStringLiteral("走访日期"));
        QVERIFY2(left(0, 7) - left(0, 6) >= mm25, qPrintable(QString::number(left(0, 7) - left(0, 6))));
        QVERIFY2(tableRight - left(0, 7) >= mm25, qPrintable(QString::number(tableRight - left(0, 7))));
        // Each line of the name, contact and date cells (a block, or a part of it after <br>) is one laid-out
        // line: nothing is broken.
        for (int row = 1; row < table->rows(); ++row) {
            for (int column : {1, 3, 4, 5}) {
                const QTextTableCell cell = table->cellAt(row, column);
                for (QTextBlock b = cell.firstCursorPosition().block();
                     b.isValid() && b.position() < cell.lastCursorPosition().position() + 1; b = b.next()) {
                    const QString text = b.text();
                    if (text.isEmpty() || (column == 1 && b == cell.firstCursorPosition().block()))
                        continue; // the child's name may wrap; its reference below may not
                    QVERIFY2(
                        b.layout()->lineCount() == text.count(QChar::LineSeparator) + 1,
                        qPrintable(QStringLiteral("row %1 column %2: %3").arg(row).arg(column).arg(text)));
                }
            }
        }
    }

    // The text of the PDF is the text printed: pdftotext (as a search or a copy in a viewer) finds 儿童, the
    // child's name, the reference and the phone digits, and no CJK radical in place of an ideograph.
    void pdfTextIsTheText()
    {
        if (!havePoppler())
            QSKIP("poppler-utils (pdftotext) are not installed");
        Result<QString> child = CaseRepository(*m_db).create(AgreementFixtures::childWithGuardian(
            QStringLiteral("刘思儿"), QDate(2015, 2, 3), 61, m_clock.today()));
        QVERIFY2(child.ok(), qPrintable(child.error()));
        QVERIFY(AgreementFixtures::addAgreement(*m_db, child.value(), QDate(2024, 6, 1), QDate(2025, 5, 31))
                    .ok());
        Result<DocumentService::Batch> agreement = DocumentService(*m_db).agreement(child.value());
        QVERIFY2(agreement.ok(), qPrintable(agreement.error()));
        Result<PrintDocument> worklist =
            DocumentService(*m_db).worklist(TestDatabase::kVillage, QDate(2024, 6, 1));
        QVERIFY2(worklist.ok(), qPrintable(worklist.error()));
        const struct
        {
            QString file;
            PrintDocument document;
        } documents[] = {{QStringLiteral("text-agreement.pdf"), agreement->documents.first()},
                         {QStringLiteral("text-worklist.pdf"), worklist.value()}};
        for (const auto& d : documents) {
            const QString path = m_dir.filePath(d.file);
            QVERIFY(DocumentRenderer::writePdf({d.document}, path).ok());
            const QString text = pdfPages(path).join(QLatin1Char('\n'));
            for (const QString& expected :
                 {QStringLiteral("儿童"), QStringLiteral("刘思儿"), CaseReference::of(child.value()),
                  QStringLiteral("13912345678"), QStringLiteral("2024年6月")})
                QVERIFY2(text.contains(expected), qPrintable(d.file + QLatin1Char(' ') + expected));
            QVERIFY2(radicals(text).isEmpty(), qPrintable(d.file + QLatin1Char(' ') + radicals(text)));
        }
    }

    // A child with long names and addresses still gets an agreement of one page.
    void longAgreementFitsOnePage()
    {
        ChildFile f = AgreementFixtures::childWithGuardian(QStringLiteral("欧阳娜仁托娅格日勒"),
                                                           QDate(2014, 5, 6), 63, m_clock.today());
        const QString address = QStringLiteral(
            "广东省汕尾市陆河县水唇镇南跃村民委员会第十二村民小组新村路东三巷一百二十八号之二");
        f.child.insert(QStringLiteral("hukou_address"), address);
        f.child.insert(QStringLiteral("school_name"),
                       QStringLiteral("陆河县水唇镇南跃村中心小学南跃分校教学点"));
        f.persons[QStringLiteral("father")].insert(QStringLiteral("name"),
                                                   QStringLiteral("欧阳巴特尔额尔敦"));
        f.persons[QStringLiteral("father")].insert(
            QStringLiteral("work_place"), QStringLiteral("浙江省宁波市北仑区大港工业城某某电子科技有限公司"));
        f.persons[QStringLiteral("mother")].insert(QStringLiteral("name"), QStringLiteral("司马乌云其其格"));
        f.persons[QStringLiteral("guardian")].insert(QStringLiteral("name"),
                                                     QStringLiteral("欧阳其木格图雅"));
        f.persons[QStringLiteral("guardian")].insert(QStringLiteral("address"), address);
        Result<QString> child = CaseRepository(*m_db).create(f);
        QVERIFY2(child.ok(), qPrintable(child.error()));
        QVERIFY(AgreementFixtures::addAgreement(*m_db, child.value(), QDate(2024, 6, 1), QDate(2025, 5, 31))
                    .ok());
        Result<DocumentService::Batch> b = DocumentService(*m_db).agreement(child.value());
        QVERIFY2(b.ok(), qPrintable(b.error()));
        const PrintDocument& d = b->documents.first();
        QVERIFY2(plain(d).contains(address), qPrintable(plain(d)));
        QCOMPARE(DocumentRenderer::pageCount(d), 1);
        const QString path = m_dir.filePath(QStringLiteral("long-agreement.pdf"));
        Result<int> pages = DocumentRenderer::writePdf({d}, path);
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        QCOMPARE(pages.value(), 1);
        if (havePoppler()) {
            const QString info = tool(QStringLiteral("pdfinfo"), path);
            QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+1\\n"))), qPrintable(info));
        }
    }
};

QTEST_MAIN(TestDocuments)
#include "TestDocuments.moc"
