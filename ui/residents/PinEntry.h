#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;

namespace ui {

// A resident's new 6-digit PIN: typed twice, or generated (shown here once,
// and on the slip). objectNames: pinEdit, pinRepeatEdit, generatePinButton.
class PinEntry : public QWidget
{
    Q_OBJECT
public:
    explicit PinEntry(QWidget *parent = nullptr);
    // Six digits, typed the same twice; empty otherwise.
    QString pin() const;
    // Why pin() is empty, for the dialog's message; empty when it is set.
    QString problem() const;
    void clear();

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_pin;
    QLineEdit *m_repeat;
    QLabel *m_generated;
};

} // namespace ui
