#include "ui/residents/RegisterResidentDialog.h"

#include "ledger/domain/ConsortiumPayloads.h"
#include "ui/residents/PinEntry.h"
#include "ui/residents/ResidentIdNumber.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace ui {

RegisterResidentDialog::RegisterResidentDialog(QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_idNumber(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_consent(
          new QCheckBox(tr("The resident agrees to show a masked name on public rankings"), this))
    , m_preview(new QLabel(this))
    , m_pin(new PinEntry(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setObjectName(QStringLiteral("registerResidentDialog"));
    setWindowTitle(tr("Register a resident"));
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_idNumber->setObjectName(QStringLiteral("idNumberEdit"));
    m_phone->setObjectName(QStringLiteral("phoneEdit"));
    m_address->setObjectName(QStringLiteral("addressEdit"));
    m_consent->setObjectName(QStringLiteral("consentCheck"));
    m_preview->setObjectName(QStringLiteral("maskedPreviewLabel"));
    m_error->setObjectName(QStringLiteral("registerErrorLabel"));
    m_name->setMaxLength(40);
    m_idNumber->setMaxLength(18);
    m_idNumber->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9]{0,17}[0-9Xx]?")), this));
    m_phone->setMaxLength(20);
    m_phone->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[0-9+ -]{0,20}")), this));
    m_address->setMaxLength(120);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));

    auto *privacy = new QLabel(
        tr("Name, ID number, phone and address stay in this PC's encrypted registry. The ledger "
           "gets only a random pseudonym, and a masked name if the resident agrees."),
        this);
    privacy->setWordWrap(true);
    privacy->setStyleSheet(QStringLiteral("color: #555;"));

    auto *form = new QFormLayout;
    form->addRow(tr("Name:"), m_name);
    form->addRow(tr("ID number:"), m_idNumber);
    form->addRow(tr("Phone:"), m_phone);
    form->addRow(tr("Address:"), m_address);
    form->addRow(QString(), m_consent);
    form->addRow(QString(), m_preview);

    auto *registerButton = m_buttons->addButton(tr("Register"), QDialogButtonBox::AcceptRole);
    registerButton->setObjectName(QStringLiteral("registerButton"));
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        const QString why = problem();
        if (!why.isEmpty()) {
            m_error->setText(why);
            return;
        }
        m_error->setText(tr("Registering…"));
        m_buttons->setEnabled(false);
        Q_EMIT registerRequested();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(privacy);
    layout->addLayout(form);
    layout->addWidget(m_pin);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    setMinimumWidth(520);

    for (QLineEdit *e : { m_name, m_idNumber, m_phone, m_address })
        connect(e, &QLineEdit::textChanged, this, &RegisterResidentDialog::update);
    connect(m_consent, &QCheckBox::toggled, this, &RegisterResidentDialog::update);
    connect(m_pin, &PinEntry::changed, this, &RegisterResidentDialog::update);
    update();
}

void RegisterResidentDialog::update()
{
    const QString masked = ledger::domain::maskName(m_name->text().trimmed());
    if (!m_consent->isChecked())
        m_preview->setText(tr("Rankings show only the resident number."));
    else if (masked.isEmpty() || !ledger::domain::isMaskedName(masked))
        m_preview->setText(tr("Rankings will show a masked name once the name is entered."));
    else
        m_preview->setText(tr("Rankings will show: %1").arg(masked));
    m_error->clear();
}

QString RegisterResidentDialog::problem() const
{
    if (m_name->text().trimmed().isEmpty())
        return tr("Enter the resident's name.");
    if (m_consent->isChecked()
        && !ledger::domain::isMaskedName(ledger::domain::maskName(m_name->text().trimmed())))
        return tr("This name cannot be masked for the rankings (2 to 6 characters).");
    if (!ResidentIdNumber::isValid(m_idNumber->text()))
        return tr("The ID number is not a valid 18-character resident ID (check the last "
                  "character).");
    return m_pin->problem();
}

ledger::state::ResidentRegistry::Details RegisterResidentDialog::details() const
{
    return { m_name->text().trimmed(), ResidentIdNumber::normalize(m_idNumber->text()),
             m_phone->text().trimmed(), m_address->text().trimmed() };
}

QString RegisterResidentDialog::pin() const
{
    return m_pin->pin();
}

bool RegisterResidentDialog::consent() const
{
    return m_consent->isChecked();
}

void RegisterResidentDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_buttons->setEnabled(true);
}

} // namespace ui
