#include "ui/residents/PinEntry.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>

namespace ui {

namespace {
bool isSixDigits(const QString &s)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]{6}$"));
    return digits.match(s).hasMatch();
}
} // namespace

PinEntry::PinEntry(QWidget *parent)
    : QWidget(parent)
    , m_pin(new QLineEdit(this))
    , m_repeat(new QLineEdit(this))
    , m_generated(new QLabel(this))
{
    auto *validator
        = new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,6}")), this);
    for (QLineEdit *e : { m_pin, m_repeat }) {
        e->setValidator(validator);
        e->setEchoMode(QLineEdit::Password);
        e->setMaxLength(6);
        connect(e, &QLineEdit::textChanged, this, [this] {
            m_generated->clear();
            Q_EMIT changed();
        });
    }
    m_pin->setObjectName(QStringLiteral("pinEdit"));
    m_repeat->setObjectName(QStringLiteral("pinRepeatEdit"));
    m_pin->setPlaceholderText(tr("6 digits"));
    auto *generate = new QPushButton(tr("Generate a PIN"), this);
    generate->setObjectName(QStringLiteral("generatePinButton"));
    connect(generate, &QPushButton::clicked, this, [this] {
        // The system's cryptographic source: a guessable PIN would undo the
        // registry's lock-out (docs/privacy.md).
        const QString pin = QStringLiteral("%1").arg(QRandomGenerator::system()->bounded(1000000),
                                                     6, 10, QLatin1Char('0'));
        QSignalBlocker b1(m_pin), b2(m_repeat);
        m_pin->setText(pin);
        m_repeat->setText(pin);
        m_generated->setText(tr("PIN: %1 (also printed on the slip)").arg(pin));
        Q_EMIT changed();
    });
    m_generated->setObjectName(QStringLiteral("generatedPinLabel"));
    m_generated->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *row = new QHBoxLayout;
    row->addWidget(m_pin, 1);
    row->addWidget(generate);
    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("PIN:"), row);
    form->addRow(tr("PIN again:"), m_repeat);
    form->addRow(QString(), m_generated);
}

QString PinEntry::pin() const
{
    return problem().isEmpty() ? m_pin->text() : QString();
}

QString PinEntry::problem() const
{
    if (!isSixDigits(m_pin->text()))
        return tr("The PIN has 6 digits.");
    if (m_repeat->text() != m_pin->text())
        return tr("The two PINs differ.");
    return {};
}

void PinEntry::clear()
{
    m_pin->clear();
    m_repeat->clear();
    m_generated->clear();
}

} // namespace ui
