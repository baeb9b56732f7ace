#pragma once

#include "ledger/chain/Transaction.h"
#include "ledger/core/Result.h"
#include "ledger/service/LedgerService.h"
#include "ledger/store/SqliteDatabase.h"

#include <QHash>
#include <QString>

#include <memory>
#include <vector>

namespace ledger::service {

// The durable outbox, DIR/outbox.db (SQLite, WAL, synchronous=FULL): every
// transaction signed through the service is stored, with its exact bytes,
// before it goes to the node, and stays until its fate is final. After a
// restart the not-final ones are sent again, byte for byte: the chain
// deduplicates by transaction id, so each takes effect exactly once.
//
// It also remembers the last sequence used per author, so that a new one is
// above it even while earlier ones are not yet on the ledger (the state's
// author_seq only knows committed ones).
//
// Thread affinity: the thread that opened it (the node thread).
class Outbox
{
public:
    struct Entry {
        chain::Transaction tx;
        std::int64_t createdMs = 0;
    };

    // Creates the file on first use. Errors: Io naming the file; BadVersion
    // for a file of another format.
    static core::Result<std::unique_ptr<Outbox>> open(const QString &path);

    // Stores `tx` and raises its author's last sequence, in one SQL
    // transaction; on disk when this returns. Storing the same id again is a
    // no-op.
    core::Status add(const chain::Transaction &tx, std::int64_t createdMs);
    // Its fate is final: it is not sent again.
    core::Status remove(const chain::TxId &id);

    // Not final, oldest first.
    core::Result<std::vector<Entry>> pending();
    core::Result<QHash<crypto::PublicKey, std::uint64_t>> lastSequences();

    const QString &path() const { return m_db.path(); }

private:
    Outbox() = default;
    core::Status initSchema();
    store::SqliteDatabase m_db;
};

} // namespace ledger::service
