#pragma once

#include "documents/PrintDocument.h"

#include <QDialog>
#include <QList>
#include <QPrinter>

class QPrintPreviewWidget;
class QPushButton;

// The print preview: the documents as they come out on A4 (DocumentRenderer), and the two ways on, each a
// button: 打印… (printRequested: a printer of this computer) and 保存为 PDF… (saveRequested: a file the
// user names). Nothing is printed or saved here: PrintController answers the signals and closes the
// dialog with accept() when the paper went out. The size follows the screen.
class PrintPreviewDialog final : public QDialog
{
    Q_OBJECT
public:
    PrintPreviewDialog(const QList<PrintDocument>& documents, QWidget* parent = nullptr);

    // The printer the preview lays out for; printing goes to it.
    QPrinter& printer() { return m_printer; }
    // Why the documents could not be laid out (empty when they could).
    QString failure() const { return m_failure; }

signals:
    void printRequested();
    void saveRequested();

private:
    QList<PrintDocument> m_documents;
    QPrinter m_printer;
    QPrintPreviewWidget* m_preview;
    QString m_failure;
};
