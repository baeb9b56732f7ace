#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QSpinBox;

namespace ui {

// Language (applies at the next start), minutes before auto-lock, and
// whether the app starts as the self-service kiosk. Saved on OK.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    void accept() override;

private:
    QComboBox *m_language;
    QSpinBox *m_autoLock;
    QCheckBox *m_kiosk;
    QLabel *m_restartNotice;
    QString m_initialLanguage;
};

} // namespace ui
