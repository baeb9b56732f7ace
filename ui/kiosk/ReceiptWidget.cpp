#include "ui/kiosk/ReceiptWidget.h"

#include "ui/kiosk/KioskContext.h"
#include "ui/kiosk/KioskScreen.h"
#include "ui/kiosk/KioskSettings.h"
#include "ui/kiosk/QrCode.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPrinter>
#include <QPrinterInfo>
#include <QVBoxLayout>

namespace ui::kiosk {

using Stage = ledger::service::Submission::Stage;

ReceiptWidget::ReceiptWidget(KioskContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("receiptWidget"));
    auto *row = new QHBoxLayout(this);
    row->setSpacing(context.metrics.spacingPx * 2);
    auto *text = new QVBoxLayout;
    text->addWidget(widgets::label(tr("Thank you! Your receipt number is:"), "title", this));
    m_digits = widgets::label(QString(), "bigDigits", this);
    m_digits->setObjectName(QStringLiteral("trackingCodeLabel"));
    m_digits->setTextInteractionFlags(Qt::NoTextInteraction);
    text->addWidget(m_digits);
    m_stage = widgets::label(QString(), "banner", this);
    m_stage->setObjectName(QStringLiteral("submissionStageLabel"));
    text->addWidget(m_stage);
    text->addWidget(widgets::label(tr("Please write this number down or take a photo of the code. "
                                      "With it you can see the answer under \"Track my "
                                      "feedback\"."),
                                   nullptr, this));
    text->addStretch(1);
    row->addLayout(text, 3);
    m_qr = new QLabel(this);
    m_qr->setObjectName(QStringLiteral("trackingQrLabel"));
    m_qr->setAlignment(Qt::AlignCenter);
    row->addWidget(m_qr, 2);
}

void ReceiptWidget::setTrackingCode(const QString &code)
{
    m_code = code;
    m_digits->setText(KioskText::grouped(code));
    const int module = qMax(4, m_context.metrics.touchPx / 8);
    m_qr->setPixmap(QPixmap::fromImage(qrCodeImage(code.toLatin1(), module)));
}

void ReceiptWidget::setStage(Stage stage)
{
    switch (stage) {
    case Stage::Queued:
        m_stage->setText(tr("Queued: the community network cannot be reached right now. Your "
                            "feedback is saved on this kiosk and will be sent automatically."));
        break;
    case Stage::Sent: m_stage->setText(tr("Sending…")); break;
    case Stage::Applied:
    case Stage::HeldForApproval:
        m_stage->setText(tr("Sent. The organization in charge has received it."));
        break;
    case Stage::Rejected:
        m_stage->setText(tr("Sorry, it could not be accepted. Please ask the staff for help."));
        break;
    }
}

QString ReceiptWidget::stageText() const
{
    return m_stage->text();
}

QString ReceiptWidget::readAloudText() const
{
    QStringList digits;
    for (QChar c : m_code)
        digits << QString(c);
    return tr("Your receipt number is %1.").arg(digits.join(QStringLiteral("，")))
        + m_stage->text();
}

bool ReceiptWidget::print()
{
    const QString name = m_context.settings.printerName();
    if (name.isEmpty() || m_code.isEmpty() || QPrinterInfo::printerInfo(name).isNull())
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPrinterName(name);
    // An 80 mm receipt roll; ordinary printers centre it on their page.
    printer.setPageSize(QPageSize(QSizeF(80, 140), QPageSize::Millimeter));
    printer.setPageMargins(QMarginsF(4, 4, 4, 4), QPageLayout::Millimeter);
    QPainter p;
    if (!p.begin(&printer))
        return false;
    const QRect page = printer.pageLayout().paintRectPixels(printer.resolution());
    const int dpmm = printer.resolution() * 10 / 254;
    int y = 0;
    QFont font = p.font();
    font.setPixelSize(5 * dpmm);
    p.setFont(font);
    p.drawText(QRect(0, y, page.width(), 8 * dpmm), Qt::AlignCenter, tr("Feedback receipt"));
    y += 9 * dpmm;
    font.setPixelSize(9 * dpmm);
    font.setBold(true);
    p.setFont(font);
    p.drawText(QRect(0, y, page.width(), 12 * dpmm), Qt::AlignCenter, KioskText::grouped(m_code));
    y += 13 * dpmm;
    const QImage qr = qrCodeImage(m_code.toLatin1(), qMax(1, dpmm));
    p.drawImage(QPoint((page.width() - qr.width()) / 2, y), qr);
    y += qr.height() + 2 * dpmm;
    font.setPixelSize(4 * dpmm);
    font.setBold(false);
    p.setFont(font);
    p.drawText(QRect(0, y, page.width(), 40 * dpmm), Qt::AlignHCenter | Qt::TextWordWrap,
               KioskText::dateTime(QDateTime::currentMSecsSinceEpoch()) + u'\n' + m_stage->text());
    return p.end();
}

} // namespace ui::kiosk
