#pragma once

#include "ui/kiosk/KioskScreen.h"

class QLabel;
class QPushButton;
class QStackedWidget;

namespace ui::kiosk {

class NumericKeypad;

// Reached only by the hidden gesture: the staff PIN, then the kiosk's
// settings (idle timeout, printer), unlocking resident codes, changing the
// staff PIN, and leaving kiosk mode. On first use no PIN exists yet: the
// staff member installing the kiosk sets one (docs/kiosk.md).
class StaffScreen : public KioskScreen
{
    Q_OBJECT
public:
    StaffScreen(KioskContext &context, QWidget *parent = nullptr);
    ~StaffScreen() override;
    QString title() const override;
    bool isUnlocked() const;

Q_SIGNALS:
    void leaveKioskRequested();
    void settingsChanged();

private:
    void pinEntered();
    void showMenu();
    void refreshMenu();
    void startPinChange();

    QStackedWidget *m_pages = nullptr;
    QLabel *m_prompt = nullptr;
    QLabel *m_error = nullptr;
    NumericKeypad *m_keypad = nullptr;
    QPushButton *m_unlockCodes = nullptr;
    int m_registryLocked = 0; // codes the resident registry reports locked
    QLabel *m_idle = nullptr;
    QPushButton *m_printer = nullptr;
    enum class PinMode { Check, NewFirst, NewSecond } m_mode = PinMode::Check;
    QString m_newPin;
};

} // namespace ui::kiosk
