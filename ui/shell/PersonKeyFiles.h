#pragma once

#include "ledger/core/Result.h"
#include "ledger/crypto/Ed25519.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>
#include <vector>

namespace ui {

// The signing keys of people enrolled at this PC: gongzhi-key-v1 files in the
// data directory's keys/ folder (ledger/crypto/KeyFile.h), each protected by
// its owner's password (Argon2id). Written by the setup wizard and the CLI.
class PersonKeyFiles
{
public:
    struct Entry {
        QString path;
        QByteArray publicKey; // 32 bytes
        bool encrypted = true;
    };

    explicit PersonKeyFiles(const QString &dataDir);
    QString folder() const { return m_folder; }

    // Every readable key file; files that are not keys are skipped.
    std::vector<Entry> entries() const;

    // Decrypts `entry` with `password` on a worker thread (Argon2 takes about a
    // second) and calls `done` on `receiver`'s thread, unless it was destroyed.
    static void unlock(const Entry &entry, const QString &password, QObject *receiver,
                       std::function<void(ledger::core::Result<ledger::crypto::KeyPair>)> done);

private:
    QString m_folder;
};

} // namespace ui
