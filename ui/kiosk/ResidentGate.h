#pragma once

#include "ledger/domain/Types.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace ledger::state {
class ResidentRegistry;
}

namespace ui::kiosk {

// The organization's resident registry (ledger/state/ResidentRegistry.h),
// opened on a thread of its own: verifying a PIN reads and writes its SQLite
// file, which the UI thread must not wait on, and the registry is not
// thread-safe, so every call runs on that one thread.
//
// The registry key: DATA_DIR/keys/registry.key (hex), as `gongzhi-cli
// demo-data` and a kiosk provisioned by docs/kiosk.md write it. Without the
// file or DATA_DIR/residents.db, isAvailable() is false and the kiosk offers
// only what needs no resident (notices, ranking, anonymous feedback, tracking).
class ResidentGate : public QObject
{
    Q_OBJECT
public:
    ResidentGate(const QString &dataDir, std::uint32_t orgId, QObject *parent = nullptr);
    ~ResidentGate() override;

    bool isAvailable() const { return m_available; }

    enum class Outcome {
        Verified, // pseudonym set
        Wrong, // unknown code or wrong PIN
        Locked, // the registry's timed lock
        Unavailable, // no registry, wrong key, I/O
    };
    // Calls `done` on the UI thread unless `receiver` is gone. The PIN copy
    // is overwritten once checked.
    void verify(const QString &residentCode, const QString &pin, QObject *receiver,
                std::function<void(Outcome, ledger::domain::Pseudonym)> done);

    // Staff: how many codes the registry has locked now, and clearing every
    // lock (with the PinGuard's own, StaffScreen). `done` gets the count, or
    // -1 when the registry is unavailable; on the UI thread unless `receiver`
    // is gone.
    void countLocked(QObject *receiver, std::function<void(int)> done);
    void unlockAll(QObject *receiver, std::function<void(int)> done);

private:
    struct Worker;
    // Runs `work` on the registry's thread and hands its result to `done`.
    void runCount(std::function<int(ledger::state::ResidentRegistry &, std::int64_t)> work,
                  QObject *receiver, std::function<void(int)> done);
    bool m_available = false;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
};

} // namespace ui::kiosk
