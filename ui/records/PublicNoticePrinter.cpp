#include "ui/records/PublicNoticePrinter.h"

#include <QFile>
#include <QPageLayout>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

namespace ui::PublicNoticePrinter {

namespace {

const QMarginsF NoticeMargins(20, 20, 20, 20); // millimetres

void render(const QString &html, QPagedPaintDevice *device)
{
    QTextDocument doc;
    doc.setHtml(html);
    // No page size of our own: print() lays the text out on the device's page.
    doc.print(device);
}

} // namespace

void preview(const QString &html, QWidget *parent)
{
    auto *dialog = new QPrintPreviewDialog(parent);
    dialog->setObjectName(QStringLiteral("noticePrintPreviewDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->printer()->setPageSize(QPageSize(QPageSize::A4));
    dialog->printer()->setPageMargins(NoticeMargins, QPageLayout::Millimeter);
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
                     [html](QPrinter *printer) { render(html, printer); });
    dialog->resize(900, 700);
    dialog->open();
}

ledger::core::Status savePdf(const QString &html, const QString &path)
{
    {
        QFile probe(path);
        if (!probe.open(QIODevice::WriteOnly))
            return ledger::core::fail(ledger::core::ErrorCode::Io, probe.errorString(), path);
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(NoticeMargins, QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(QStringLiteral("Gongzhi public notice"));
    render(html, &writer);
    return {};
}

} // namespace ui::PublicNoticePrinter
