#pragma once

#include "ledger/core/Result.h"
#include "ledger/crypto/Ed25519.h"

#include <QObject>
#include <QString>

#include <functional>
#include <vector>

namespace ledger::service {

// The sign-in keys of the persons who use this PC: DIR/keys/*.key, each a
// KeyFile document (ledger/crypto/KeyFile.h) encrypted with its person's
// password (Argon2id "moderate": about a second and 256 MiB per unlock, so
// unlock on a worker thread: unlockAsync()). Demo key files may be
// unprotected; they unlock with any password, and `encrypted` says so.
// The node key (node.key) and the resident registry's key (registry.key) live
// elsewhere and are never listed.
//
// Thread safety: every function reads or writes files only; safe on any
// thread, but slow ones (unlock, save, changePassword) do not belong on the
// UI thread.
class PersonKeys
{
public:
    struct Entry {
        crypto::PublicKey key;
        QString path;
        bool encrypted = true;
    };

    explicit PersonKeys(QString dataDir);

    QString keysDir() const;
    // Key files in keys/ whose public key can be read, by file name.
    std::vector<Entry> list() const;
    bool has(const crypto::PublicKey &key) const;

    // Errors: NotFound (no key file for this person here); BadKey with the
    // detail "wrong password" (the file is intact, the password is not
    // its); Corrupt for a damaged file.
    core::Result<crypto::KeyPair> unlock(const crypto::PublicKey &key,
                                         const QString &password) const;
    // unlock() on the global thread pool; `done` runs on `receiver`'s thread
    // unless the receiver is gone.
    void unlockAsync(const crypto::PublicKey &key, const QString &password, QObject *receiver,
                     std::function<void(core::Result<crypto::KeyPair>)> done) const;

    // Writes keys/person-<first 16 hex digits>.key (0600, atomically),
    // replacing a file for the same key. An empty password writes an
    // unprotected file (demos only). Errors: Io naming the file.
    core::Status save(const crypto::KeyPair &key, const QString &password) const;
    // Re-encrypts with `newPassword` after checking `oldPassword`. Same
    // errors as unlock() and save().
    core::Status changePassword(const crypto::PublicKey &key, const QString &oldPassword,
                                const QString &newPassword) const;

    static QString fileNameFor(const crypto::PublicKey &key);

private:
    std::optional<Entry> find(const crypto::PublicKey &key) const;
    QString m_dataDir;
};

} // namespace ledger::service
