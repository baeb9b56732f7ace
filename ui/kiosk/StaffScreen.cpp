#include "ui/kiosk/StaffScreen.h"

#include "ui/kiosk/KioskSettings.h"
#include "ui/kiosk/PinGuard.h"
#include "ui/kiosk/ResidentGate.h"
#include "ui/kiosk/input/NumericKeypad.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPrinterInfo>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ui::kiosk {

namespace {
constexpr int MaxPinDigits = 12;
constexpr int MinPinDigits = 6;
constexpr int StaffMaxFailures = 5;
constexpr std::int64_t StaffLockMs = 5 * 60 * 1000;
// Per process: a resident trying staff PINs is slowed down across attempts.
int s_staffFailures = 0;
std::int64_t s_staffLockedUntil = 0;
} // namespace

StaffScreen::StaffScreen(KioskContext &context, QWidget *parent)
    : KioskScreen(context, parent)
{
    auto *layout = new QVBoxLayout(this);
    m_pages = new QStackedWidget(this);
    layout->addWidget(m_pages);

    auto *pinPage = new QWidget(m_pages);
    auto *pinRow = new QHBoxLayout(pinPage);
    auto *side = new QVBoxLayout;
    m_prompt = widgets::label(QString(), "title", pinPage);
    side->addWidget(m_prompt);
    m_error = widgets::label(QString(), "error", pinPage);
    m_error->setObjectName(QStringLiteral("staffErrorLabel"));
    m_error->hide();
    side->addWidget(m_error);
    side->addStretch(1);
    auto *cancel = widgets::button(tr("Back to the kiosk"), QStringLiteral("staffCancelButton"),
                                   nullptr, pinPage);
    connect(cancel, &QPushButton::clicked, this, &KioskScreen::homeRequested);
    side->addWidget(cancel);
    pinRow->addLayout(side, 2);
    auto *pad = new QVBoxLayout;
    m_keypad = new NumericKeypad(MaxPinDigits, true, pinPage);
    m_keypad->setObjectName(QStringLiteral("staffPinKeypad"));
    m_keypad->setPlaceholder(tr("Staff PIN"));
    pad->addWidget(m_keypad, 1);
    auto *ok = widgets::button(tr("OK"), QStringLiteral("staffPinOkButton"), "primary", pinPage);
    connect(ok, &QPushButton::clicked, this, &StaffScreen::pinEntered);
    pad->addWidget(ok);
    pinRow->addLayout(pad, 3);
    m_pages->addWidget(pinPage);

    auto *menu = new QWidget(m_pages);
    auto *m = new QVBoxLayout(menu);
    m->setSpacing(context.metrics.spacingPx);
    m->addWidget(widgets::label(tr("Kiosk settings (staff)"), "title", menu));
    m_unlockCodes = widgets::button(QString(), QStringLiteral("unlockCodesButton"), nullptr, menu);
    connect(m_unlockCodes, &QPushButton::clicked, this, [this] {
        // Both locks: this kiosk's PinGuard and the registry's timed lock.
        this->context().pinGuard.unlockAll();
        m_registryLocked = 0;
        refreshMenu();
        this->context().residents.unlockAll(this, [this](int) {
            m_registryLocked = 0;
            refreshMenu();
        });
    });
    m->addWidget(m_unlockCodes);
    auto *idleRow = new QHBoxLayout;
    auto *shorter
        = widgets::button(tr("− 15 s"), QStringLiteral("idleShorterButton"), nullptr, menu);
    auto *longer = widgets::button(tr("+ 15 s"), QStringLiteral("idleLongerButton"), nullptr, menu);
    m_idle = widgets::label(QString(), "subtitle", menu);
    m_idle->setObjectName(QStringLiteral("idleTimeoutLabel"));
    idleRow->addWidget(m_idle, 1);
    idleRow->addWidget(shorter);
    idleRow->addWidget(longer);
    m->addLayout(idleRow);
    connect(shorter, &QPushButton::clicked, this, [this] {
        this->context().settings.setIdleTimeoutSeconds(this->context().settings.idleTimeoutSeconds()
                                                       - 15);
        refreshMenu();
        Q_EMIT settingsChanged();
    });
    connect(longer, &QPushButton::clicked, this, [this] {
        this->context().settings.setIdleTimeoutSeconds(this->context().settings.idleTimeoutSeconds()
                                                       + 15);
        refreshMenu();
        Q_EMIT settingsChanged();
    });
    m_printer = widgets::button(QString(), QStringLiteral("printerButton"), nullptr, menu);
    connect(m_printer, &QPushButton::clicked, this, [this] {
        // Cycles through "none" and every printer the system knows.
        QStringList choices = QPrinterInfo::availablePrinterNames();
        choices.prepend(QString());
        const qsizetype at = choices.indexOf(this->context().settings.printerName());
        this->context().settings.setPrinterName(choices.at((at + 1) % choices.size()));
        refreshMenu();
    });
    m->addWidget(m_printer);
    auto *changePin = widgets::button(tr("Change the staff PIN"), QStringLiteral("changePinButton"),
                                      nullptr, menu);
    connect(changePin, &QPushButton::clicked, this, &StaffScreen::startPinChange);
    m->addWidget(changePin);
    m->addStretch(1);
    auto *bottom = new QHBoxLayout;
    auto *back = widgets::button(tr("Back to the kiosk"), QStringLiteral("staffBackButton"),
                                 nullptr, menu);
    connect(back, &QPushButton::clicked, this, &KioskScreen::homeRequested);
    auto *leave = widgets::button(tr("Leave kiosk mode"), QStringLiteral("leaveKioskButton"),
                                  "primary", menu);
    connect(leave, &QPushButton::clicked, this, &StaffScreen::leaveKioskRequested);
    bottom->addWidget(back);
    bottom->addStretch(1);
    bottom->addWidget(leave);
    m->addLayout(bottom);
    m_pages->addWidget(menu);

    m_mode = context.settings.hasStaffPin() ? PinMode::Check : PinMode::NewFirst;
    m_prompt->setText(m_mode == PinMode::Check
                          ? tr("Staff PIN")
                          : tr("No staff PIN is set yet. Choose one (6 to 12 digits)."));
}

StaffScreen::~StaffScreen()
{
    m_newPin.fill(u'0');
}

QString StaffScreen::title() const
{
    return tr("Staff");
}

bool StaffScreen::isUnlocked() const
{
    return m_pages->currentIndex() == 1;
}

void StaffScreen::pinEntered()
{
    const QString pin = m_keypad->digits();
    m_keypad->clear();
    const std::int64_t now = QDateTime::currentMSecsSinceEpoch();
    switch (m_mode) {
    case PinMode::Check:
        if (now < s_staffLockedUntil) {
            m_error->setText(tr("Too many wrong PINs. Try again in a few minutes."));
            m_error->show();
            return;
        }
        if (context().settings.checkStaffPin(pin)) {
            s_staffFailures = 0;
            showMenu();
        } else {
            if (++s_staffFailures >= StaffMaxFailures) {
                s_staffFailures = 0;
                s_staffLockedUntil = now + StaffLockMs;
            }
            m_error->setText(tr("Wrong PIN."));
            m_error->show();
        }
        return;
    case PinMode::NewFirst:
        if (pin.size() < MinPinDigits) {
            m_error->setText(tr("Use at least 6 digits."));
            m_error->show();
            return;
        }
        m_newPin = pin;
        m_mode = PinMode::NewSecond;
        m_error->hide();
        m_prompt->setText(tr("Enter the new staff PIN again."));
        return;
    case PinMode::NewSecond:
        if (pin != m_newPin) {
            m_mode = PinMode::NewFirst;
            m_error->setText(tr("The two PINs differ. Choose one again."));
            m_error->show();
            m_prompt->setText(tr("Choose a staff PIN (6 to 12 digits)."));
            return;
        }
        context().settings.setStaffPin(pin);
        m_newPin.fill(u'0');
        m_newPin.clear();
        m_mode = PinMode::Check;
        m_error->hide();
        showMenu();
        return;
    }
}

void StaffScreen::showMenu()
{
    m_registryLocked = 0;
    refreshMenu();
    context().residents.countLocked(this, [this](int locked) {
        m_registryLocked = qMax(0, locked);
        refreshMenu();
    });
    m_pages->setCurrentIndex(1);
}

void StaffScreen::refreshMenu()
{
    // A code can be locked by both guards; the larger count is the better guess.
    const int locked = qMax(context().pinGuard.lockedCodes(), m_registryLocked);
    m_unlockCodes->setText(
        tr("Unlock resident codes locked after wrong PINs (%1 locked)").arg(locked));
    m_unlockCodes->setEnabled(locked > 0);
    m_idle->setText(tr("Return to the start after %1 s without a touch")
                        .arg(context().settings.idleTimeoutSeconds()));
    const QString printer = context().settings.printerName();
    m_printer->setText(printer.isEmpty() ? tr("Receipt printer: none (tap to choose)")
                                         : tr("Receipt printer: %1 (tap to change)").arg(printer));
}

void StaffScreen::startPinChange()
{
    m_mode = PinMode::NewFirst;
    m_prompt->setText(tr("Choose a staff PIN (6 to 12 digits)."));
    m_error->hide();
    m_pages->setCurrentIndex(0);
}

} // namespace ui::kiosk
