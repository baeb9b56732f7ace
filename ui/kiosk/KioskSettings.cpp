#include "ui/kiosk/KioskSettings.h"

#include <QCryptographicHash>
#include <QPasswordDigestor>
#include <QRandomGenerator>

namespace ui::kiosk {

namespace {

const QString IdleKey = QStringLiteral("kiosk/idle_timeout_seconds");
const QString PinHashKey = QStringLiteral("kiosk/staff_pin_hash");
const QString PinSaltKey = QStringLiteral("kiosk/staff_pin_salt");
const QString PrinterKey = QStringLiteral("kiosk/printer");
// OWASP's 2023 figure for PBKDF2-HMAC-SHA256: a stolen kiosk.ini makes each
// guess of a short PIN cost this many hashes.
constexpr int Iterations = 600000;

QByteArray derive(const QString &pin, const QByteArray &salt)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, pin.toUtf8(), salt,
                                              Iterations, 32);
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace

KioskSettings::KioskSettings(const QString &dataDir)
    : m_settings(dataDir + QStringLiteral("/kiosk.ini"), QSettings::IniFormat)
{
}

int KioskSettings::idleTimeoutSeconds() const
{
    return qBound(15, m_settings.value(IdleKey, DefaultIdleSeconds).toInt(), 3600);
}

void KioskSettings::setIdleTimeoutSeconds(int seconds)
{
    m_settings.setValue(IdleKey, qBound(15, seconds, 3600));
    m_settings.sync();
}

bool KioskSettings::hasStaffPin() const
{
    return !m_settings.value(PinHashKey).toByteArray().isEmpty();
}

bool KioskSettings::checkStaffPin(const QString &pin) const
{
    const QByteArray stored = QByteArray::fromHex(m_settings.value(PinHashKey).toByteArray());
    const QByteArray salt = QByteArray::fromHex(m_settings.value(PinSaltKey).toByteArray());
    if (stored.isEmpty() || salt.isEmpty())
        return false;
    return equalConstantTime(derive(pin, salt), stored);
}

void KioskSettings::setStaffPin(const QString &pin)
{
    QByteArray salt(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()),
                                          salt.size() / 4);
    m_settings.setValue(PinSaltKey, salt.toHex());
    m_settings.setValue(PinHashKey, derive(pin, salt).toHex());
    m_settings.sync();
}

QString KioskSettings::printerName() const
{
    return m_settings.value(PrinterKey).toString();
}

void KioskSettings::setPrinterName(const QString &name)
{
    m_settings.setValue(PrinterKey, name);
    m_settings.sync();
}

} // namespace ui::kiosk
