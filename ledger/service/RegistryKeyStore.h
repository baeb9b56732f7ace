#pragma once

#include "ledger/core/Result.h"
#include "ledger/node/NodeConfig.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

namespace ledger::service {

// Where a data directory's resident-registry key lives (the 32-byte key that
// seals ResidentRegistry's personal fields; docs/privacy.md "The registry key").
// Looked up in this order:
//  1. DIR/keys/registry.key: the key in hex, unprotected (0600). Written by
//     `gongzhi-cli demo-data` and by kiosk provisioning (docs/kiosk.md); it
//     always wins, so existing data directories keep working.
//  2. The key unlocked earlier in this process (rememberUnlocked): a key
//     from the passphrase-protected file, unlocked once by staff.
//  3. The system keychain (QtKeychain), service "gongzhi", key
//     "registry-key/<consortium hex>/<org id>"; every job bounded by a
//     timeout (a locked keyring hangs on an invisible prompt, PLATFORM.md).
//  4. DIR/keys/registry-key.json: a KeyFile document (ledger/crypto/KeyFile.h,
//     Argon2id + XSalsa20-Poly1305) whose seed is the registry key, for PCs
//     without a keychain; load() then fails with NeedsPassphrase and the
//     caller unlocks it with loadProtectedFile().
// A new key goes to the keychain (saveToKeychain); where that fails, to the
// protected file (saveProtectedFile) and the UI shows a warning.
//
// Thread affinity: load() and saveToKeychain() on a thread with an event loop
// (the UI thread), callbacks on `receiver`'s thread unless it is gone, never
// blocking. The *ProtectedFile functions take about a second (Argon2id): call
// them on a worker thread. The others are quick and thread-safe.
class RegistryKeyStore
{
public:
    enum class Location { PlainFile, Memory, Keychain, ProtectedFile };
    static constexpr int DefaultTimeoutMs = 5000;
    static constexpr int KeySize = 32;

    static QString plainKeyPath(const QString &dataDir);
    static QString protectedKeyPath(const QString &dataDir);
    static QString keychainKey(const node::NodeConfig &config);

    // 32 random bytes (libsodium).
    static QByteArray generate();

    using LoadDone = std::function<void(core::Result<QByteArray>, Location)>;
    // Errors: NotFound when no key exists anywhere (a new registry may be
    // made); BadKey with detail "passphrase required" (isNeedsPassphrase) when
    // only the protected file holds it; BadEncoding for a malformed plain
    // file.
    static void load(const QString &dataDir, const node::NodeConfig &config, QObject *receiver,
                     LoadDone done, int timeoutMs = DefaultTimeoutMs);
    static bool isNeedsPassphrase(const core::Error &error);

    // Errors: Unavailable when the keychain did not answer or refused.
    using SaveDone = std::function<void(core::Status)>;
    static void saveToKeychain(const node::NodeConfig &config, const QByteArray &key,
                               QObject *receiver, SaveDone done, int timeoutMs = DefaultTimeoutMs);

    // Writes keys/registry-key.json (0600, atomically). `passphrase` must not
    // be empty. Errors: BadValue, Io.
    static core::Status saveProtectedFile(const QString &dataDir, const QByteArray &key,
                                          const QString &passphrase);
    // Errors: NotFound, BadKey ("wrong passphrase"), BadEncoding.
    static core::Result<QByteArray> loadProtectedFile(const QString &dataDir,
                                                      const QString &passphrase);
    // Errors: NotFound, BadEncoding (not 64 hex digits).
    static core::Result<QByteArray> readPlainFile(const QString &dataDir);

    // Keeps an unlocked key for this process, so the credit page's directory
    // finds the key the residents page unlocked. Never written anywhere.
    static void rememberUnlocked(const QString &dataDir, const QByteArray &key);
    static void forgetUnlocked();
};

} // namespace ledger::service
