#include "ui/shell/SettingsDialog.h"

#include "ui/shell/ShellSettings.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
    , m_language(new QComboBox(this))
    , m_autoLock(new QSpinBox(this))
    , m_kiosk(new QCheckBox(tr("Start as the residents' self-service kiosk"), this))
    , m_restartNotice(new QLabel(this))
    , m_initialLanguage(ShellSettings::language())
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(460);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("Same as the system"), QString());
    // Language names in their own language, so anyone can find theirs.
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(qMax(0, m_language->findData(m_initialLanguage)));
    m_autoLock->setObjectName(QStringLiteral("autoLockSpin"));
    m_autoLock->setRange(0, 240);
    m_autoLock->setSuffix(tr(" min"));
    m_autoLock->setSpecialValueText(tr("Never"));
    m_autoLock->setValue(ShellSettings::autoLockMinutes());
    m_kiosk->setObjectName(QStringLiteral("kioskCheck"));
    m_kiosk->setChecked(ShellSettings::kioskAtStart());
    m_restartNotice->setObjectName(QStringLiteral("restartNotice"));
    m_restartNotice->setText(tr("The new language is used the next time Gongzhi starts."));
    m_restartNotice->setStyleSheet(QStringLiteral("color: #b9770e;"));
    m_restartNotice->setWordWrap(true);
    m_restartNotice->hide();
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        m_restartNotice->setVisible(m_language->currentData().toString() != m_initialLanguage);
    });

    auto *form = new QFormLayout;
    form->setSpacing(12);
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), m_restartNotice);
    form->addRow(tr("Lock after inactivity:"), m_autoLock);
    form->addRow(QString(), m_kiosk);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 16);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    ShellSettings::setLanguage(m_language->currentData().toString());
    ShellSettings::setAutoLockMinutes(m_autoLock->value());
    ShellSettings::setKioskAtStart(m_kiosk->isChecked());
    QDialog::accept();
}

} // namespace ui
