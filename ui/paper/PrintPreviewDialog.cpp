#include "PrintPreviewDialog.h"
#include "shared/WindowGeometry.h"

#include "documents/DocumentRenderer.h"

#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QScreen>
#include <QVBoxLayout>

PrintPreviewDialog::PrintPreviewDialog(const QList<PrintDocument>& documents, QWidget* parent)
    : QDialog(parent)
    , m_documents(documents)
    , m_printer(QPrinter::HighResolution)
{
    setObjectName(QStringLiteral("printPreviewDialog"));
    setWindowTitle(documents.isEmpty() ? tr("Print preview")
                                       : tr("Print preview: %1").arg(documents.first().title));
    m_printer.setPageLayout(QPageLayout(DocumentRenderer::pageSize(), QPageLayout::Portrait, QMarginsF()));
    m_printer.setFullPage(true);
    if (!documents.isEmpty())
        m_printer.setDocName(documents.first().title);

    m_preview = new QPrintPreviewWidget(&m_printer, this);
    m_preview->setObjectName(QStringLiteral("printPreviewWidget"));
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter* p) {
        if (Result<int> pages = DocumentRenderer::paint(m_documents, *p); !pages)
            m_failure = pages.error();
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    QPushButton* print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printPushButton"));
    QPushButton* save = buttons->addButton(tr("&Save as PDF…"), QDialogButtonBox::ActionRole);
    save->setObjectName(QStringLiteral("savePdfPushButton"));
    save->setDefault(true);
    connect(print, &QPushButton::clicked, this, &PrintPreviewDialog::printRequested);
    connect(save, &QPushButton::clicked, this, &PrintPreviewDialog::saveRequested);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_preview, 1);
    layout->addWidget(buttons);

    // A page's width on a tall screen; never more than the screen has, frame included.
    WindowGeometry::fit(this, QSize(900, 1000));
    m_preview->fitToWidth();
}
