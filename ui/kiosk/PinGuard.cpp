#include "ui/kiosk/PinGuard.h"

#include "ui/kiosk/KioskSettings.h"

#include <QDateTime>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace ui::kiosk {

namespace {
const QString SecretKey = QStringLiteral("lockout/secret");
const QString Group = QStringLiteral("lockout_codes");
constexpr int MaxWaitSeconds = 60;
} // namespace

PinGuard::PinGuard(KioskSettings &settings, Clock clock)
    : m_settings(settings)
    , m_clock(std::move(clock))
{
    if (m_settings.store().value(SecretKey).toByteArray().isEmpty()) {
        QByteArray secret(32, Qt::Uninitialized);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()),
                                              secret.size() / 4);
        m_settings.store().setValue(SecretKey, secret.toHex());
        m_settings.store().sync();
    }
}

std::int64_t PinGuard::now() const
{
    return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch();
}

QString PinGuard::keyFor(const QString &residentCode) const
{
    const QByteArray secret
        = QByteArray::fromHex(m_settings.store().value(SecretKey).toByteArray());
    return Group + u'/'
        + QString::fromLatin1(QMessageAuthenticationCode::hash(residentCode.toUtf8(), secret,
                                                               QCryptographicHash::Sha256)
                                  .toHex());
}

PinGuard::Check PinGuard::check(const QString &residentCode) const
{
    if (m_settings.store().value(keyFor(residentCode), 0).toInt() >= MaxFailures)
        return { Verdict::Locked, 0 };
    const std::int64_t left = m_notBeforeMs - now();
    if (left > 0)
        return { Verdict::Wait, int((left + 999) / 1000) };
    return {};
}

bool PinGuard::recordFailure(const QString &residentCode)
{
    const QString key = keyFor(residentCode);
    const int failures = m_settings.store().value(key, 0).toInt() + 1;
    m_settings.store().setValue(key, failures);
    m_settings.store().sync();
    ++m_consecutiveFailures;
    if (m_consecutiveFailures >= 2) {
        const int wait = qMin(MaxWaitSeconds, 1 << qMin(m_consecutiveFailures - 1, 6));
        m_notBeforeMs = now() + std::int64_t(wait) * 1000;
    }
    return failures >= MaxFailures;
}

void PinGuard::recordSuccess(const QString &residentCode)
{
    m_settings.store().remove(keyFor(residentCode));
    m_settings.store().sync();
    m_consecutiveFailures = 0;
    m_notBeforeMs = 0;
}

int PinGuard::lockedCodes() const
{
    QSettings &s = m_settings.store();
    s.beginGroup(Group);
    int locked = 0;
    for (const QString &k : s.childKeys()) {
        if (s.value(k).toInt() >= MaxFailures)
            ++locked;
    }
    s.endGroup();
    return locked;
}

void PinGuard::unlockAll()
{
    m_settings.store().remove(Group);
    m_settings.store().sync();
    m_consecutiveFailures = 0;
    m_notBeforeMs = 0;
}

} // namespace ui::kiosk
