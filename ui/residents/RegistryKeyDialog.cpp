#include "ui/residents/RegistryKeyDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace ui {

namespace {
constexpr int MinPassphrase = 8;
}

RegistryKeyDialog::RegistryKeyDialog(Mode mode, const QString &reason, QWidget *parent)
    : QDialog(parent)
    , m_mode(mode)
    , m_passphrase(new QLineEdit(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("registryKeyDialog"));
    setWindowTitle(mode == Mode::Create ? tr("Protect the resident registry")
                                        : tr("Unlock the resident registry"));
    auto *intro = new QLabel(this);
    intro->setWordWrap(true);
    if (mode == Mode::Create) {
        intro->setText(tr("No system keychain took the resident registry's key (%1). It will be "
                          "kept in a file on this PC, protected by a passphrase you choose now. "
                          "Staff need the passphrase each time the app starts to see residents' "
                          "names. Without it the names cannot be recovered: write it down and "
                          "keep it safe.")
                           .arg(reason));
    } else {
        intro->setText(tr("The resident registry's key is protected by a passphrase on this PC. "
                          "Enter it to see and register residents."));
    }
    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("Passphrase:"), m_passphrase);
    if (mode == Mode::Create) {
        m_repeat = new QLineEdit(this);
        m_repeat->setObjectName(QStringLiteral("passphraseRepeatEdit"));
        m_repeat->setEchoMode(QLineEdit::Password);
        form->addRow(tr("Passphrase again:"), m_repeat);
    }
    m_error->setObjectName(QStringLiteral("passphraseErrorLabel"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b3261e;"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_mode == Mode::Create && m_passphrase->text().size() < MinPassphrase)
            m_error->setText(tr("Choose at least %1 characters.").arg(MinPassphrase));
        else if (m_mode == Mode::Create && m_repeat->text() != m_passphrase->text())
            m_error->setText(tr("The two passphrases differ."));
        else if (m_passphrase->text().isEmpty())
            m_error->setText(tr("Enter the passphrase."));
        else
            accept();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
}

QString RegistryKeyDialog::passphrase() const
{
    return m_passphrase->text();
}

void RegistryKeyDialog::showError(const QString &message)
{
    m_error->setText(message);
}

} // namespace ui
