#pragma once

#include "ledger/domain/Types.h"
#include "ui/kiosk/KioskScreen.h"

class QLabel;
class QPushButton;
class QStackedWidget;

namespace ui::kiosk {

class NumericKeypad;

// Resident code, then PIN, on the big keypad; checked through PinGuard (rate
// limit, lockout) and the organization's registry. Used by "my points" and by
// identified feedback. Emits verified() with the pseudonym and forgets both
// code and PIN.
class ResidentSignIn : public QWidget
{
    Q_OBJECT
public:
    ResidentSignIn(KioskContext &context, const QString &purpose, QWidget *parent = nullptr);
    ~ResidentSignIn() override;
    bool isBusy() const { return m_busy; }
    QString message() const;

Q_SIGNALS:
    void verified(const ledger::domain::Pseudonym &pseudonym);

private:
    void showCodeStep();
    void showPinStep();
    void submit();
    void showError(const QString &text);

    KioskContext &m_context;
    QStackedWidget *m_steps = nullptr;
    NumericKeypad *m_code = nullptr;
    NumericKeypad *m_pin = nullptr;
    QPushButton *m_codeNext = nullptr;
    QPushButton *m_pinSubmit = nullptr;
    QLabel *m_error = nullptr;
    QString m_enteredCode;
    bool m_busy = false;
};

} // namespace ui::kiosk
