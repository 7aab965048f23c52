// Printing and agreements in the GUI, offscreen: the agreement dialog's caregiver check, printing to PDF
// through the PrintController (asked where, named after the job), an agreement from the child's file in
// three actions, the agreement coverage dialog and the main window's menu entries.
#include "AgreementFixtures.h"
#include "MainWindow.h"
#include "TestDatabase.h"
#include "cases/ChildForm.h"
#include "documents/DocumentService.h"
#include "paper/AgreementCoverageDialog.h"
#include "paper/AgreementDialog.h"
#include "paper/PrintController.h"
#include "paper/PrintPreviewDialog.h"
#include "storage/AgreementRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

class TestPrinting final : public QObject
{
    Q_OBJECT

    FixedClock m_clock{QDateTime(QDate(2024, 6, 1), QTime(10, 0))};
    QTemporaryDir m_dir;
    std::unique_ptr<CaseDatabase> m_db;
    int m_children = 0;

    QString addChild(const QString& name)
    {
        Result<QString> id = CaseRepository(*m_db).create(AgreementFixtures::childWithGuardian(
            name, QDate(2015, 4, 1).addDays(m_children), 41 + 2 * m_children, m_clock.today()));
        ++m_children;
        if (!id)
            qWarning() << id.error();
        return id ? id.value() : QString();
    }

    // Hands each modal dialog that opens (a message box or a print preview) to `handle` until it returns
    // true, so that a test is never blocked by exec(). The handler closes the dialogs it is given.
    static void whenModal(const std::function<bool(QWidget*)>& handle)
    {
        auto* poll = new QTimer;
        poll->setInterval(20);
        QObject::connect(poll, &QTimer::timeout, poll, [poll, handle] {
            QWidget* w = QApplication::activeModalWidget();
            if (w && w->isVisible() && handle(w)) {
                poll->stop();
                poll->deleteLater();
            }
        });
        poll->start();
    }

    static void answer(AgreementDialog& d, const char* question, int index)
    {
        auto* combo = d.findChild<QComboBox*>(QLatin1String(question) + QStringLiteral("ComboBox"));
        QVERIFY(combo);
        combo->setCurrentIndex(index); // 0 not answered, 1 yes, 2 no
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // QSettings (the folder used last) away from the user's
        QSettings().clear();
        QVERIFY(m_dir.isValid());
        m_db = TestDatabase::open(m_dir, m_clock);
        QVERIFY(m_db);
    }

    void failedCheckBlocksPrinting()
    {
        const QString child = addChild(QStringLiteral("王小明"));
        QVERIFY(!child.isEmpty());
        AgreementDialog dialog(*m_db, child);
        dialog.show();
        auto* check = dialog.findChild<QLabel*>(QStringLiteral("checkLabel"));
        QVERIFY(check);
        // The proposal from the file fills the caregiver; the exclusions are not answered yet.
        QCOMPARE(dialog.findChild<QLineEdit*>(QStringLiteral("caregiverNameLineEdit"))->text(),
                 QStringLiteral("张桂英"));
        QVERIFY(check->text().contains(QLatin1String("has not been answered")));
        answer(dialog, "caregiver_capable", 1);
        answer(dialog, "caregiver_abuse", 1);
        answer(dialog, "caregiver_habits", 2);
        answer(dialog, "caregiver_neglect", 2);
        for (const char* q : {"caregiver_infringement", "caregiver_abandonment", "caregiver_unsuitable"})
            answer(dialog, q, 2);
        QVERIFY2(check->text().contains(QLatin1String("The caregiver has a record of abuse or violence.")),
                 qPrintable(check->text()));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("drawUpPushButton")), Qt::LeftButton);
        auto* print = dialog.findChild<QPushButton*>(QStringLiteral("printAgreementPushButton"));
        QVERIFY(print->isEnabled());
        QString refusal;
        whenModal([&refusal](QWidget* w) {
            if (auto* box = qobject_cast<QMessageBox*>(w))
                refusal = box->text();
            w->close();
            return true;
        });
        print->click();
        QTRY_VERIFY(!refusal.isEmpty());
        QVERIFY2(refusal.contains(QLatin1String("record of abuse or violence")), qPrintable(refusal));
        const auto current = AgreementRepository(*m_db).current(child);
        QVERIFY(current.ok() && current->has_value());
        QCOMPARE(current->value().state(m_clock.today()), CareAgreement::State::Draft); // not printed
    }

    void passingCheckOpensThePreview()
    {
        const QString child = addChild(QStringLiteral("王小亮"));
        AgreementDialog dialog(*m_db, child);
        dialog.show();
        answer(dialog, "caregiver_capable", 1);
        for (const char* q : {"caregiver_abuse", "caregiver_habits", "caregiver_neglect",
                              "caregiver_infringement", "caregiver_abandonment", "caregiver_unsuitable"})
            answer(dialog, q, 2);
        auto* check = dialog.findChild<QLabel*>(QStringLiteral("checkLabel"));
        QCOMPARE(check->text(), QStringLiteral("The caregiver check passes."));
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("drawUpPushButton")), Qt::LeftButton);
        QVERIFY(DocumentService(*m_db).agreement(child).ok());
        bool previewed = false;
        whenModal([&previewed](QWidget* w) {
            previewed = qobject_cast<PrintPreviewDialog*>(w) != nullptr;
            if (auto* box = qobject_cast<QMessageBox*>(w))
                qWarning() << box->text();
            w->close(); // cancel: nothing is printed
            return true;
        });
        dialog.findChild<QPushButton*>(QStringLiteral("printAgreementPushButton"))->click();
        QTRY_VERIFY(previewed);
        // Cancelled: the draft stays a draft.
        QCOMPARE(AgreementRepository(*m_db).current(child)->value().state(m_clock.today()),
                 CareAgreement::State::Draft);
    }

    void controllerWritesPdf()
    {
        const QString child = addChild(QStringLiteral("王小芳"));
        QVERIFY(AgreementFixtures::addAgreement(*m_db, child, QDate(2024, 6, 1), QDate(2025, 5, 31)).ok());
        Result<DocumentService::Batch> b = DocumentService(*m_db).agreement(child);
        QVERIFY2(b.ok(), qPrintable(b.error()));
        QWidget parent;
        PrintController controller(*m_db, &parent);
        QSignalSpy printed(&controller, &PrintController::agreementsPrinted);
        const QString path = m_dir.filePath(QStringLiteral("agreement.pdf"));
        Result<int> pages = controller.writePdf(b->documents, path, b->agreementIds);
        QVERIFY2(pages.ok(), qPrintable(pages.error()));
        QCOMPARE(pages.value(), 1);
        QVERIFY(QFile::exists(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("%PDF-"));
        QCOMPARE(bytes.count("/Type /Page") - bytes.count("/Type /Pages"), 1);
        QCOMPARE(printed.count(), 1);
        QCOMPARE(AgreementRepository(*m_db).current(child)->value().state(m_clock.today()),
                 CareAgreement::State::Printed);
    }

    // From the child's file: 打印协议书 (1) opens the preview of the current agreement, 保存为 PDF (2) asks
    // where, in the folder used last with the agreement's own name, 保存 (3) writes it there.
    void agreementFromTheChildFileInThreeActions()
    {
        const QString child = addChild(QStringLiteral("王小兰"));
        QVERIFY(AgreementFixtures::addAgreement(*m_db, child, QDate(2024, 6, 1), QDate(2025, 5, 31)).ok());
        const QString folder = m_dir.filePath(QStringLiteral("papers"));
        QVERIFY(QDir().mkpath(folder));
        QSettings().setValue(QStringLiteral("print/lastFolder"), folder);
        ChildForm form(*m_db);
        form.load(CaseRepository(*m_db).load(child).value());
        form.show();
        int actions = 0;
        QString suggestedFolder;
        QString suggestedName;
        bool done = false;
        whenModal([&](QWidget* w) {
            if (auto* preview = qobject_cast<PrintPreviewDialog*>(w)) {
                if (preview->property("clicked").toBool())
                    return false;
                preview->setProperty("clicked", true);
                ++actions; // 保存为 PDF…
                // Queued: a dialog that the click opens must not run inside this handler.
                QMetaObject::invokeMethod(
                    preview->findChild<QPushButton*>(QStringLiteral("savePdfPushButton")), "click",
                    Qt::QueuedConnection);
                return false;
            }
            if (auto* dialog = qobject_cast<QFileDialog*>(w)) {
                suggestedFolder = dialog->directory().absolutePath();
                suggestedName = dialog->selectedFiles().value(0);
                ++actions;                               // 保存
                static_cast<QDialog*>(dialog)->accept(); // as the 保存 button does
                done = true;
                return true;
            }
            if (auto* box = qobject_cast<QMessageBox*>(w))
                qWarning() << box->text();
            w->close();
            return true;
        });
        ++actions; // 打印协议书
        form.findChild<QPushButton*>(QStringLiteral("printAgreementPushButton"))->click();
        QTRY_VERIFY(done);
        QCOMPARE(actions, 3);
        QCOMPARE(suggestedFolder, QDir(folder).absolutePath());
        const QString name = QStringLiteral("委托照护协议书-王小兰-2024-06-01.pdf");
        QCOMPARE(QFileInfo(suggestedName).fileName(), name);
        QTRY_VERIFY(QFile::exists(QDir(folder).filePath(name)));
        QCOMPARE(AgreementRepository(*m_db).current(child)->value().state(m_clock.today()),
                 CareAgreement::State::Printed);
        QCOMPARE(QSettings().value(QStringLiteral("print/lastFolder")).toString(),
                 QDir(folder).absolutePath());
    }

    // A village's batch is offered under the village's name and the date, not its first child's.
    void batchIsNamedAfterTheVillage()
    {
        QWidget parent;
        PrintController controller(*m_db, &parent);
        QString suggested;
        whenModal([&](QWidget* w) {
            if (auto* preview = qobject_cast<PrintPreviewDialog*>(w)) {
                if (!suggested.isEmpty()) {
                    preview->reject(); // the name was offered and the save cancelled: close
                    return true;
                }
                if (!preview->property("clicked").toBool()) {
                    preview->setProperty("clicked", true);
                    // Queued: a dialog that the click opens must not run inside this handler.
                    QMetaObject::invokeMethod(
                        preview->findChild<QPushButton*>(QStringLiteral("savePdfPushButton")), "click",
                        Qt::QueuedConnection);
                }
                return false;
            }
            if (auto* dialog = qobject_cast<QFileDialog*>(w)) {
                suggested = QFileInfo(dialog->selectedFiles().value(0)).fileName();
                dialog->reject();
                return false;
            }
            w->close(); // the note naming the agreement whose caregiver check fails
            return false;
        });
        QVERIFY(!controller.previewUnsignedAgreements(TestDatabase::kVillage)); // cancelled
        QCOMPARE(suggested, QStringLiteral("南跃村-委托照护协议书-2024-06-01.pdf"));
    }

    // Printing goes to a printer of this computer or nowhere: without one, a sentence and no file.
    void printingWithoutAPrinter()
    {
        if (!QPrinterInfo::availablePrinterNames().isEmpty())
            QSKIP("a printer is set up on this computer");
        Result<DocumentService::Batch> b =
            DocumentService(*m_db).agreement(addChild(QStringLiteral("王小军")));
        QVERIFY(!b.ok()); // no agreement yet
        Result<PrintDocument> form = DocumentService(*m_db).visitForm();
        QVERIFY(form.ok());
        QWidget parent;
        PrintController controller(*m_db, &parent);
        QString said;
        whenModal([&](QWidget* w) {
            if (auto* box = qobject_cast<QMessageBox*>(w))
                said = box->text();
            w->close();
            return true;
        });
        QPrinter printer;
        QVERIFY(!controller.print({form.value()}, printer));
        QVERIFY2(said.contains(QLatin1String("No printer is set up")), qPrintable(said));
        QVERIFY(printer.outputFileName().isEmpty());
    }

    void coverageDialogShowsNumbers()
    {
        // One child covered: printed and signed.
        const QString child = addChild(QStringLiteral("王小刚"));
        const QString id =
            AgreementFixtures::addAgreement(*m_db, child, QDate(2024, 6, 1), QDate(2025, 5, 31)).value();
        AgreementRepository repo(*m_db);
        QVERIFY(repo.markPrinted({id}).ok());
        QVERIFY(repo.sign(id, m_clock.today(), QStringLiteral("李主任")).ok());

        AgreementCoverageDialog dialog(*m_db);
        dialog.show();
        auto* total = dialog.findChild<QLabel*>(QStringLiteral("totalLabel"));
        QVERIFY2(total->text().startsWith(QStringLiteral("1 of %1 children").arg(m_children)),
                 qPrintable(total->text()));
        QVERIFY(dialog.totalPercent() > 0 && dialog.totalPercent() < 100);
        auto* areas = dialog.findChild<QTreeWidget*>(QStringLiteral("coverageTreeWidget"));
        QCOMPARE(areas->topLevelItemCount(), 1);           // the township
        QCOMPARE(areas->topLevelItem(0)->childCount(), 1); // its village
        QCOMPARE(areas->topLevelItem(0)->child(0)->text(1), QString::number(m_children));
        QCOMPARE(areas->topLevelItem(0)->child(0)->text(2), QStringLiteral("1"));
        auto* without = dialog.findChild<QTreeWidget*>(QStringLiteral("withoutTreeWidget"));
        QCOMPARE(without->topLevelItemCount(), m_children - 1);
        QSignalSpy open(&dialog, &AgreementCoverageDialog::openChildRequested);
        QTreeWidgetItem* first = without->topLevelItem(0);
        emit without->itemActivated(first, 0);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.first().first().toString(), first->data(0, Qt::UserRole).toString());
    }

    void mainWindowMenus()
    {
        MainWindow window(*m_db);
        window.show();
        QAction* coverage = nullptr;
        QAction* batch = nullptr;
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a->text() == QLatin1String("Agreement &coverage"))
                coverage = a;
            else if (a->text() == QStringLiteral("&Print unsigned agreements of a village…"))
                batch = a;
        }
        QVERIFY(coverage);
        QVERIFY(batch);
        coverage->trigger();
        QTRY_VERIFY(window.findChild<AgreementCoverageDialog*>());
        // The village station prints its own village's unsigned agreements: first a note names the one whose
        // caregiver check fails (王小明), then the preview opens.
        QString skipped;
        bool previewed = false;
        whenModal([&](QWidget* w) {
            if (auto* box = qobject_cast<QMessageBox*>(w))
                skipped = box->text();
            previewed = qobject_cast<PrintPreviewDialog*>(w) != nullptr;
            w->close();
            return previewed;
        });
        batch->trigger();
        QTRY_VERIFY(previewed);
        QVERIFY2(skipped.contains(QStringLiteral("王小明")), qPrintable(skipped));
        QTRY_VERIFY(!window.isRefreshingCategories());
    }
};

QTEST_MAIN(TestPrinting)
#include "TestPrinting.moc"
