#pragma once

#include "ledger/domain/Types.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

class QThread;

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

private:
    struct Worker;
    bool m_available = false;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
};

} // namespace ui::kiosk
