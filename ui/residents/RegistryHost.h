#pragma once

#include "ledger/service/RegistryKeyStore.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QThread;

namespace ledger::service {
class LedgerService;
}
namespace ledger::state {
class ResidentRegistry;
}

namespace ui {

// This organization's resident registry (ledger/state/ResidentRegistry.h)
// for the residents page: finds its key (RegistryKeyStore), opens it and runs
// every call on one thread of its own, because the registry is not
// thread-safe and its SQLite file and Argon2id unlock must not hold up the
// UI thread (like the kiosk's ResidentGate).
//
// States: Loading until the key is found; NoKey when there is none (a new
// registry can be created only if DIR/residents.db does not exist yet, or
// its residents would be sealed under a lost key); NeedsPassphrase for a key
// in the protected file; Ready; Failed with problem().
class RegistryHost : public QObject
{
    Q_OBJECT
public:
    enum class State { Loading, NoKey, NeedsPassphrase, Ready, Failed };
    using Registry = ledger::state::ResidentRegistry;
    using KeyLocation = ledger::service::RegistryKeyStore::Location;

    explicit RegistryHost(ledger::service::LedgerService &ledger, QObject *parent = nullptr);
    ~RegistryHost() override;

    void start();
    State state() const { return m_state; }
    // English, technical; the page composes its own sentence around it.
    QString problem() const { return m_problem; }
    KeyLocation keyLocation() const { return m_location; }
    bool canCreate() const;

    // A new key: into the system keychain; keychainFailed() when it did not
    // take it, then createInProtectedFile() with a passphrase the admin chose.
    void createInKeychain(int timeoutMs = ledger::service::RegistryKeyStore::DefaultTimeoutMs);
    void createInProtectedFile(const QString &passphrase);
    // NeedsPassphrase: unlockFailed() on a wrong passphrase.
    void unlock(const QString &passphrase);

    // Runs `work` on the registry's thread (with null when it is not open) and
    // `done` with its result on the UI thread, unless `receiver` is gone.
    template<class R>
    void run(QObject *receiver, std::function<R(Registry *)> work, std::function<void(R)> done)
    {
        QPointer<QObject> guard(receiver);
        post([work = std::move(work), done = std::move(done), guard](Registry *registry) {
            auto result = std::make_shared<R>(work(registry));
            return std::function<void()>([done, result, guard] {
                if (guard)
                    done(std::move(*result));
            });
        });
    }

Q_SIGNALS:
    void stateChanged();
    void keychainFailed(const QString &why);
    void unlockFailed(const QString &why);

private:
    struct Worker;
    void post(std::function<std::function<void()>(Registry *)> job);
    // On the registry's thread: opens with `key` (and, when `passphrase` is
    // set, first writes the protected file); back here sets the state.
    void openWith(QByteArray key, KeyLocation location, QString newPassphrase = {});
    void setState(State state, const QString &problem = {});

    ledger::service::LedgerService &m_ledger;
    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr;
    State m_state = State::Loading;
    QString m_problem;
    KeyLocation m_location = KeyLocation::PlainFile;
};

} // namespace ui
