#pragma once

#include "ledger/state/ResidentRegistry.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace ui {

class PinEntry;

// 登记居民 Register a resident: name, ID number (18 characters with a valid
// check character), phone, address, consent to a masked name on public
// rankings (previewed as 张*明), and a PIN. "Register" only asks: the page
// enrols in the registry and either accept()s or showError()s (e.g. the ID
// number is already registered), so the form stays filled on an error.
// objectNames: nameEdit, idNumberEdit, phoneEdit, addressEdit, consentCheck,
// maskedPreviewLabel, registerErrorLabel, registerButton (+ PinEntry's).
class RegisterResidentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RegisterResidentDialog(QWidget *parent = nullptr);

    ledger::state::ResidentRegistry::Details details() const;
    QString pin() const;
    bool consent() const;
    void showError(const QString &message); // and lets the user try again
    // Why the form cannot be sent yet; empty when it can.
    QString problem() const;

Q_SIGNALS:
    void registerRequested();

private:
    void update();

    QLineEdit *m_name;
    QLineEdit *m_idNumber;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QCheckBox *m_consent;
    QLabel *m_preview;
    PinEntry *m_pin;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
