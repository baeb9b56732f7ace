#pragma once

#include "ledger/service/LedgerService.h"

#include <QWidget>

class QLabel;

namespace ui::kiosk {

struct KioskContext;

// The feedback receipt: the tracking code in large digits and as a QR code,
// what happens next, and whether the feedback is sent or still queued on
// this kiosk (待发送). Printed when a printer is configured.
class ReceiptWidget : public QWidget
{
    Q_OBJECT
public:
    ReceiptWidget(KioskContext &context, QWidget *parent = nullptr);

    void setTrackingCode(const QString &code);
    void setStage(ledger::service::Submission::Stage stage);
    QString trackingCode() const { return m_code; }
    QString stageText() const;
    QString readAloudText() const;
    // Prints on the configured printer; false if there is none or it fails.
    bool print();

private:
    KioskContext &m_context;
    QString m_code;
    QLabel *m_digits = nullptr;
    QLabel *m_qr = nullptr;
    QLabel *m_stage = nullptr;
};

} // namespace ui::kiosk
