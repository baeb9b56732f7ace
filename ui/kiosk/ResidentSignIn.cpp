#include "ui/kiosk/ResidentSignIn.h"

#include "ui/kiosk/PinGuard.h"
#include "ui/kiosk/ResidentGate.h"
#include "ui/kiosk/input/NumericKeypad.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ui::kiosk {

namespace {
constexpr int CodeDigits = 10;
constexpr int PinDigits = 6;
} // namespace

ResidentSignIn::ResidentSignIn(KioskContext &context, const QString &purpose, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{
    setObjectName(QStringLiteral("residentSignInWidget"));
    auto *layout = new QHBoxLayout(this);
    layout->setSpacing(context.metrics.spacingPx * 2);
    auto *side = new QVBoxLayout;
    side->addWidget(widgets::label(purpose, "subtitle", this));
    side->addWidget(widgets::label(tr("Your resident code is on the card the community office "
                                      "gave you. If you forgot your PIN, please ask the staff."),
                                   "note", this));
    m_error = widgets::label(QString(), "error", this);
    m_error->setObjectName(QStringLiteral("signInErrorLabel"));
    m_error->hide();
    side->addWidget(m_error);
    side->addStretch(1);
    layout->addLayout(side, 2);

    m_steps = new QStackedWidget(this);
    auto *codePage = new QWidget(m_steps);
    auto *codeLayout = new QVBoxLayout(codePage);
    codeLayout->addWidget(
        widgets::label(tr("1. Enter your resident code (10 digits)"), "title", codePage));
    m_code = new NumericKeypad(CodeDigits, false, codePage);
    m_code->setObjectName(QStringLiteral("residentCodeKeypad"));
    m_code->setPlaceholder(tr("Resident code"));
    codeLayout->addWidget(m_code, 1);
    m_codeNext
        = widgets::button(tr("Next ▶"), QStringLiteral("codeNextButton"), "primary", codePage);
    codeLayout->addWidget(m_codeNext);
    connect(m_code, &NumericKeypad::changed, this,
            [this] { m_codeNext->setEnabled(m_code->digits().size() == CodeDigits); });
    connect(m_codeNext, &QPushButton::clicked, this, &ResidentSignIn::showPinStep);
    m_codeNext->setEnabled(false);
    m_steps->addWidget(codePage);

    auto *pinPage = new QWidget(m_steps);
    auto *pinLayout = new QVBoxLayout(pinPage);
    pinLayout->addWidget(widgets::label(tr("2. Enter your PIN (6 digits)"), "title", pinPage));
    m_pin = new NumericKeypad(PinDigits, true, pinPage);
    m_pin->setObjectName(QStringLiteral("residentPinKeypad"));
    m_pin->setPlaceholder(tr("PIN"));
    pinLayout->addWidget(m_pin, 1);
    auto *pinButtons = new QHBoxLayout;
    auto *back = widgets::button(tr("◀ Change code"), QStringLiteral("changeCodeButton"), nullptr,
                                 pinPage);
    connect(back, &QPushButton::clicked, this, &ResidentSignIn::showCodeStep);
    m_pinSubmit
        = widgets::button(tr("Confirm"), QStringLiteral("pinSubmitButton"), "primary", pinPage);
    m_pinSubmit->setEnabled(false);
    connect(m_pin, &NumericKeypad::changed, this,
            [this] { m_pinSubmit->setEnabled(!m_busy && m_pin->digits().size() == PinDigits); });
    connect(m_pinSubmit, &QPushButton::clicked, this, &ResidentSignIn::submit);
    pinButtons->addWidget(back);
    pinButtons->addWidget(m_pinSubmit, 1);
    pinLayout->addLayout(pinButtons);
    m_steps->addWidget(pinPage);
    layout->addWidget(m_steps, 3);
}

ResidentSignIn::~ResidentSignIn()
{
    m_enteredCode.fill(u'0');
}

QString ResidentSignIn::message() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void ResidentSignIn::showCodeStep()
{
    m_pin->clear();
    m_steps->setCurrentIndex(0);
}

void ResidentSignIn::showPinStep()
{
    if (m_code->digits().size() != CodeDigits)
        return;
    m_enteredCode.fill(u'0');
    m_enteredCode = m_code->digits();
    m_code->clear();
    m_pin->clear();
    m_error->hide();
    m_steps->setCurrentIndex(1);
}

void ResidentSignIn::showError(const QString &text)
{
    m_error->setText(text);
    m_error->show();
}

void ResidentSignIn::submit()
{
    if (m_busy || m_pin->digits().size() != PinDigits)
        return;
    const PinGuard::Check check = m_context.pinGuard.check(m_enteredCode);
    if (check.verdict == PinGuard::Verdict::Locked) {
        m_pin->clear();
        showError(tr("This resident code is locked after too many wrong PINs. Please ask the "
                     "staff to unlock it."));
        return;
    }
    if (check.verdict == PinGuard::Verdict::Wait) {
        showError(tr("Please wait %n second(s), then try again.", nullptr, check.waitSeconds));
        return;
    }
    m_busy = true;
    m_pinSubmit->setEnabled(false);
    const QString code = m_enteredCode;
    m_context.residents.verify(
        code, m_pin->digits(), this,
        [this, code](ResidentGate::Outcome outcome, ledger::domain::Pseudonym pseudonym) {
            m_busy = false;
            m_pin->clear();
            switch (outcome) {
            case ResidentGate::Outcome::Verified:
                m_context.pinGuard.recordSuccess(code);
                m_error->hide();
                Q_EMIT verified(pseudonym);
                break;
            case ResidentGate::Outcome::Wrong:
                if (m_context.pinGuard.recordFailure(code))
                    showError(tr("This resident code is now locked after too many wrong PINs. "
                                 "Please ask the staff to unlock it."));
                else
                    showError(tr("The resident code or the PIN is not right. Please check and "
                                 "try again."));
                break;
            case ResidentGate::Outcome::Locked:
                showError(tr("This resident code is locked for a while after too many wrong "
                             "PINs. Please ask the staff."));
                break;
            case ResidentGate::Outcome::Unavailable:
                showError(tr("Checking resident codes is not possible at this kiosk right now. "
                             "Please ask the staff."));
                break;
            }
        });
}

} // namespace ui::kiosk
