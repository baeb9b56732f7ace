#pragma once

#include <QString>
#include <QWidget>

class QLabel;

namespace ui::kiosk {

// A big numeric keypad for resident codes, PINs and tracking codes, with its
// own display (digits grouped for reading, or dots for a PIN). The digits are
// overwritten in memory on clear() and destruction: a PIN must not linger.
class NumericKeypad : public QWidget
{
    Q_OBJECT
public:
    NumericKeypad(int maxLength, bool masked, QWidget *parent = nullptr);
    ~NumericKeypad() override;

    QString digits() const { return m_digits; }
    void clear();
    void setPlaceholder(const QString &text);

Q_SIGNALS:
    void changed();
    void completed(); // maxLength digits entered

private:
    void press(QChar digit);
    void backspace();
    void updateDisplay();
    QLabel *m_display = nullptr;
    QString m_digits;
    QString m_placeholder;
    int m_maxLength;
    bool m_masked;
};

} // namespace ui::kiosk
