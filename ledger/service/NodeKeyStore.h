#pragma once

#include "ledger/core/Result.h"
#include "ledger/crypto/Ed25519.h"
#include "ledger/node/NodeConfig.h"

#include <QObject>
#include <QString>

#include <functional>

namespace ledger::service {

// Where a data directory's node key lives.
//  - DIR/node.key (unprotected KeyFile, 0600) when it exists: the form
//    gongzhi-node and every existing data directory use; it always wins.
//  - Otherwise the system keychain (QtKeychain: Secret Service on Linux,
//    Credential Manager on Windows), under the service "gongzhi" and the
//    namespaced key "node-key/<consortium hex>/<node public key hex>".
// Saving tries the keychain first; when no keychain answers (no D-Bus, no
// Secret Service, or a locked keyring waiting on an invisible prompt: every
// job is bounded by a timeout, PLATFORM.md) it writes node.key and reports
// Location::File so the UI can show that the key is protected only by the
// file's permissions.
//
// Thread affinity: a thread with an event loop (the UI thread); callbacks
// run on `receiver`'s thread unless it is gone. Never blocks.
class NodeKeyStore
{
public:
    enum class Location { Keychain, File };
    static constexpr int DefaultTimeoutMs = 5000;

    static QString keychainService() { return QStringLiteral("gongzhi"); }
    static QString keychainKey(const node::NodeConfig &config);

    using SaveDone = std::function<void(core::Result<Location>)>;
    using LoadDone = std::function<void(core::Result<crypto::KeyPair>, Location)>;

    // `config` names the consortium and the key. `forceFile` skips the
    // keychain (tests, headless set-ups).
    static void save(const QString &dataDir, const node::NodeConfig &config,
                     const crypto::KeyPair &key, QObject *receiver, SaveDone done,
                     int timeoutMs = DefaultTimeoutMs, bool forceFile = false);
    // Errors: NotFound when neither node.key nor the keychain holds it;
    // Unavailable when the keychain did not answer; Conflict when the key
    // found is not config.nodeKey.
    static void load(const QString &dataDir, const node::NodeConfig &config, QObject *receiver,
                     LoadDone done, int timeoutMs = DefaultTimeoutMs);
};

} // namespace ledger::service
