#pragma once

#include <QDialog>

class QLabel;

namespace ui {

class PinEntry;

// A resident forgot their PIN: a new one, typed twice or generated. The page
// then asks the registry for a new verifier and submits ResidentPinChanged.
// objectNames: changePinDialog, changePinOkButton (+ PinEntry's).
class ChangePinDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePinDialog(const QString &residentLabel, QWidget *parent = nullptr);
    QString pin() const;

private:
    PinEntry *m_pin;
    QLabel *m_error;
};

} // namespace ui
