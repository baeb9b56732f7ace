#pragma once

#include "ledger/core/Result.h"

#include <QDialog>

class QTextDocument;

namespace ui {

// The slip handed to a resident after registration or a PIN change: their
// name, resident number, resident code (with a QR code of the code only) and
// PIN. Shown once: the registry keeps neither the code nor the PIN in a form
// that can be shown again. Print preview and PDF like the other pages.
// objectNames: slipCodeLabel, slipPinLabel, printPreviewButton, savePdfButton.
class ResidentSlipDialog : public QDialog
{
    Q_OBJECT
public:
    struct Slip {
        QString name;
        std::int64_t residentNo = 0; // 0 while the enrolment is not committed
        QString residentCode; // empty for a PIN change
        QString pin;
        QString community;
    };
    explicit ResidentSlipDialog(Slip slip, QWidget *parent = nullptr);
    ~ResidentSlipDialog() override;

    ledger::core::Status savePdf(const QString &path);

private:
    QTextDocument *buildDocument();
    Slip m_slip;
};

} // namespace ui
