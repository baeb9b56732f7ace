#pragma once

#include "ledger/core/Result.h"
#include "ledger/crypto/Ed25519.h"
#include "ledger/store/BlockStore.h"

#include <QCommandLineParser>
#include <QDir>
#include <QString>

#include <memory>

namespace app::cli {

// The files of one node's data directory:
//   ledger.db, ledger.head   the block store and its head witness
//   node.key                 the node's Ed25519 key (gongzhi-key-v1, file mode 0600)
//   node.json                the node's configuration (consortium, organization, network)
//   keys/                    key files of people enrolled on this PC (CLI set-ups)
class DataDir
{
public:
    explicit DataDir(const QString &path);

    QString path() const { return m_dir.absolutePath(); }
    QString ledgerPath() const { return m_dir.filePath(QStringLiteral("ledger.db")); }
    QString nodeKeyPath() const { return m_dir.filePath(QStringLiteral("node.key")); }
    QString configPath() const { return m_dir.filePath(QStringLiteral("node.json")); }
    QString keysDir() const { return m_dir.filePath(QStringLiteral("keys")); }
    QString statePath() const { return m_dir.filePath(QStringLiteral("state.db")); }

    bool hasLedger() const;
    // Creates the directory (and keys/); fails if a ledger already exists there.
    ledger::core::Status prepareNew() const;
    ledger::core::Result<std::unique_ptr<ledger::store::BlockStore>> openStore(bool readOnly) const;
    ledger::core::Result<ledger::crypto::KeyPair> loadNodeKey() const;

private:
    QDir m_dir;
};

// The --data-dir option every ledger command takes, with its check.
void addDataDirOption(QCommandLineParser &parser);
ledger::core::Result<DataDir> dataDirFrom(const QCommandLineParser &parser);

} // namespace app::cli
