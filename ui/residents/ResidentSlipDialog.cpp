#include "ui/residents/ResidentSlipDialog.h"

#include "ui/residents/SlipQrCode.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

namespace ui {

ResidentSlipDialog::ResidentSlipDialog(Slip slip, QWidget *parent)
    : QDialog(parent)
    , m_slip(std::move(slip))
{
    setObjectName(QStringLiteral("residentSlipDialog"));
    setWindowTitle(tr("Slip for the resident"));
    auto *intro = new QLabel(
        m_slip.residentCode.isEmpty()
            ? tr("The new PIN is shown only now. Print the slip or read the PIN to the resident.")
            : tr("The resident code and PIN are shown only now. Print the slip and hand it to "
                 "the resident: they sign in at the kiosk with both."),
        this);
    intro->setWordWrap(true);

    auto *grid = new QGridLayout;
    auto big = [this](const QString &text, const QString &name) {
        auto *l = new QLabel(text, this);
        l->setObjectName(name);
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        QFont f = l->font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
        f.setBold(true);
        l->setFont(f);
        return l;
    };
    int row = 0;
    grid->addWidget(new QLabel(tr("Name:"), this), row, 0);
    grid->addWidget(new QLabel(m_slip.name, this), row++, 1);
    if (m_slip.residentNo > 0) {
        grid->addWidget(new QLabel(tr("Resident no.:"), this), row, 0);
        grid->addWidget(new QLabel(QString::number(m_slip.residentNo), this), row++, 1);
    }
    if (!m_slip.residentCode.isEmpty()) {
        grid->addWidget(new QLabel(tr("Resident code:"), this), row, 0);
        grid->addWidget(big(m_slip.residentCode, QStringLiteral("slipCodeLabel")), row++, 1);
    }
    grid->addWidget(new QLabel(tr("PIN:"), this), row, 0);
    grid->addWidget(big(m_slip.pin, QStringLiteral("slipPinLabel")), row++, 1);
    if (!m_slip.residentCode.isEmpty()) {
        auto *qr = new QLabel(this);
        qr->setPixmap(QPixmap::fromImage(slipQrCode(m_slip.residentCode.toLatin1(), 5)));
        grid->addWidget(qr, 0, 2, row, 1, Qt::AlignRight | Qt::AlignTop);
    }
    grid->setColumnStretch(1, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *preview = buttons->addButton(tr("Print preview…"), QDialogButtonBox::ActionRole);
    preview->setObjectName(QStringLiteral("printPreviewButton"));
    auto *pdf = buttons->addButton(tr("Save as PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("savePdfButton"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    connect(preview, &QPushButton::clicked, this, [this] {
        QTextDocument *document = buildDocument();
        auto *dialog = new QPrintPreviewDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        document->setParent(dialog);
        connect(dialog, &QPrintPreviewDialog::paintRequested, document,
                [document](QPrinter *printer) { document->print(printer); });
        dialog->open();
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString suggested
            = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
            + tr("resident-slip.pdf");
        const QString path
            = QFileDialog::getSaveFileName(this, tr("Save as PDF"), suggested, tr("PDF (*.pdf)"));
        if (path.isEmpty())
            return;
        if (auto saved = savePdf(path); !saved)
            QMessageBox::warning(this, tr("Save as PDF"),
                                 tr("The PDF could not be written: %1").arg(saved.error().detail));
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(grid);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

ResidentSlipDialog::~ResidentSlipDialog()
{
    m_slip.pin.fill(u'0');
}

QTextDocument *ResidentSlipDialog::buildDocument()
{
    auto *document = new QTextDocument(this);
    QString html = QStringLiteral("<h2>%1</h2>").arg(m_slip.community.toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Keep this slip. Sign in at the self-service "
                        "kiosk with your resident code and PIN.")
                         .toHtmlEscaped());
    html += QStringLiteral("<table cellpadding='6'>");
    auto row = [&html](const QString &label, const QString &value, bool big) {
        html += QStringLiteral("<tr><td>%1</td><td>%2%3%4</td></tr>")
                    .arg(label.toHtmlEscaped(),
                         big ? QStringLiteral("<span style='font-size:20pt;font-weight:bold'>")
                             : QString(),
                         value.toHtmlEscaped(), big ? QStringLiteral("</span>") : QString());
    };
    row(tr("Name:"), m_slip.name, false);
    if (m_slip.residentNo > 0)
        row(tr("Resident no.:"), QString::number(m_slip.residentNo), false);
    if (!m_slip.residentCode.isEmpty())
        row(tr("Resident code:"), m_slip.residentCode, true);
    row(tr("PIN:"), m_slip.pin, true);
    html += QStringLiteral("</table>");
    if (!m_slip.residentCode.isEmpty()) {
        // The QR code carries the code only, never the PIN.
        document->addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("qr:code")),
                              slipQrCode(m_slip.residentCode.toLatin1(), 8));
        html += QStringLiteral("<p><img src='qr:code'></p>");
    }
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Do not show your PIN to anyone. Staff will never ask for it.")
                         .toHtmlEscaped());
    document->setHtml(html);
    return document;
}

ledger::core::Status ResidentSlipDialog::savePdf(const QString &path)
{
    QTextDocument *document = buildDocument();
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A5));
    document->print(&printer);
    delete document;
    if (!QFileInfo(path).isFile())
        return ledger::core::fail(ledger::core::ErrorCode::Io, QStringLiteral("no file written"),
                                  path);
    return {};
}

} // namespace ui
