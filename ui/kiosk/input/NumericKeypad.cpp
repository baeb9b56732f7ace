#include "ui/kiosk/input/NumericKeypad.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ui::kiosk {

NumericKeypad::NumericKeypad(int maxLength, bool masked, QWidget *parent)
    : QWidget(parent)
    , m_maxLength(maxLength)
    , m_masked(masked)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_display = new QLabel(this);
    m_display->setObjectName(QStringLiteral("keypadDisplayLabel"));
    m_display->setProperty("role", QStringLiteral("keypadDisplay"));
    m_display->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_display);

    auto *grid = new QGridLayout;
    layout->addLayout(grid, 1);
    auto makeKey = [this](const QString &label, const QString &name) {
        auto *b = new QPushButton(label, this);
        b->setObjectName(name);
        b->setProperty("role", QStringLiteral("digitKey"));
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
        b->setFocusPolicy(Qt::NoFocus);
        b->setAutoRepeat(false);
        return b;
    };
    for (int d = 1; d <= 9; ++d) {
        const QChar digit(u'0' + d);
        auto *b = makeKey(QString(digit), QStringLiteral("key%1Button").arg(d));
        connect(b, &QPushButton::clicked, this, [this, digit] { press(digit); });
        grid->addWidget(b, (d - 1) / 3, (d - 1) % 3);
    }
    auto *clearKey = makeKey(tr("Clear"), QStringLiteral("keyClearButton"));
    connect(clearKey, &QPushButton::clicked, this, &NumericKeypad::clear);
    grid->addWidget(clearKey, 3, 0);
    auto *zero = makeKey(QStringLiteral("0"), QStringLiteral("key0Button"));
    connect(zero, &QPushButton::clicked, this, [this] { press(u'0'); });
    grid->addWidget(zero, 3, 1);
    auto *back = makeKey(tr("⌫ Delete"), QStringLiteral("keyBackspaceButton"));
    connect(back, &QPushButton::clicked, this, &NumericKeypad::backspace);
    grid->addWidget(back, 3, 2);
    updateDisplay();
}

NumericKeypad::~NumericKeypad()
{
    m_digits.fill(u'0');
}

void NumericKeypad::setPlaceholder(const QString &text)
{
    m_placeholder = text;
    updateDisplay();
}

void NumericKeypad::clear()
{
    m_digits.fill(u'0');
    m_digits.clear();
    updateDisplay();
    Q_EMIT changed();
}

void NumericKeypad::press(QChar digit)
{
    if (m_digits.size() >= m_maxLength)
        return;
    m_digits.append(digit);
    updateDisplay();
    Q_EMIT changed();
    if (m_digits.size() == m_maxLength)
        Q_EMIT completed();
}

void NumericKeypad::backspace()
{
    if (m_digits.isEmpty())
        return;
    m_digits[m_digits.size() - 1] = u'0';
    m_digits.chop(1);
    updateDisplay();
    Q_EMIT changed();
}

void NumericKeypad::updateDisplay()
{
    if (m_digits.isEmpty()) {
        m_display->setText(m_placeholder);
        m_display->setProperty("empty", true);
    } else {
        // Groups of four (codes) or dots (PINs): easier to check by eye.
        QString shown;
        for (int i = 0; i < m_digits.size(); ++i) {
            if (i > 0 && i % 4 == 0 && !m_masked)
                shown += u' ';
            shown += m_masked ? QChar(u'●') : m_digits.at(i);
        }
        m_display->setText(shown);
        m_display->setProperty("empty", false);
    }
    // The style sheet greys an empty display: re-polish after the property.
    m_display->style()->unpolish(m_display);
    m_display->style()->polish(m_display);
}

} // namespace ui::kiosk
