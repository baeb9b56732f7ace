#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace ui {

// The passphrase of the registry key file (RegistryKeyStore), for a PC
// without a system keychain. Create: chosen by the administrator, typed
// twice, with why it matters. Unlock: typed once; showError() on a wrong one.
// objectNames: passphraseEdit, passphraseRepeatEdit, passphraseErrorLabel.
class RegistryKeyDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Create, Unlock };
    RegistryKeyDialog(Mode mode, const QString &reason, QWidget *parent = nullptr);
    QString passphrase() const;
    void showError(const QString &message);

private:
    Mode m_mode;
    QLineEdit *m_passphrase;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error;
};

} // namespace ui
