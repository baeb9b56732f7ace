#pragma once

#include <QSettings>
#include <QString>

namespace ui::kiosk {

// The kiosk's local settings, in DATA_DIR/kiosk.ini (local policy, never on
// the ledger): idle timeout, the staff PIN (only its salted PBKDF2 hash),
// the receipt printer, and the resident-code lockouts kept by PinGuard.
class KioskSettings
{
public:
    static constexpr int DefaultIdleSeconds = 60;
    explicit KioskSettings(const QString &dataDir);

    int idleTimeoutSeconds() const;
    void setIdleTimeoutSeconds(int seconds); // 15..3600

    bool hasStaffPin() const;
    bool checkStaffPin(const QString &pin) const;
    void setStaffPin(const QString &pin); // 4..12 digits

    QString printerName() const; // empty: no printer
    void setPrinterName(const QString &name);

    QSettings &store() { return m_settings; }

private:
    mutable QSettings m_settings;
};

} // namespace ui::kiosk
