#pragma once

#include <QString>

#include <cstdint>
#include <functional>

namespace ui::kiosk {

class KioskSettings;

// The kiosk's guard in front of ResidentRegistry::verifyPin (docs/privacy.md
// T5). Two rules, both local policy:
// - throttle: after the second consecutive wrong entry at this kiosk (any
//   code), the next try waits 2, 4, 8 … up to 60 seconds;
// - lockout: after MaxFailures wrong PINs for one resident code, that code is
//   refused here until a staff member unlocks it (the registry adds its own
//   timed lock behind this one).
// Codes are remembered only as HMAC-SHA256 under a random per-kiosk secret,
// never in clear: nothing typed is stored.
class PinGuard
{
public:
    static constexpr int MaxFailures = 5;
    using Clock = std::function<std::int64_t()>; // ms since epoch

    explicit PinGuard(KioskSettings &settings, Clock clock = {});

    enum class Verdict { Allowed, Wait, Locked };
    struct Check {
        Verdict verdict = Verdict::Allowed;
        int waitSeconds = 0;
    };
    Check check(const QString &residentCode) const;
    // Returns true if this failure locked the code.
    bool recordFailure(const QString &residentCode);
    void recordSuccess(const QString &residentCode);

    void setClock(Clock clock) { m_clock = std::move(clock); } // tests

    int lockedCodes() const;
    void unlockAll(); // staff only

private:
    QString keyFor(const QString &residentCode) const;
    std::int64_t now() const;
    KioskSettings &m_settings;
    Clock m_clock;
    int m_consecutiveFailures = 0;
    std::int64_t m_notBeforeMs = 0;
};

} // namespace ui::kiosk
