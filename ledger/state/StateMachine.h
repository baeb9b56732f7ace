#pragma once

#include "ledger/chain/Block.h"
#include "ledger/core/Result.h"
#include "ledger/crypto/Types.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>
#include <optional>
#include <span>

namespace ledger::state {

class Applier;

// The governance state derived from committed blocks (docs/domain.md).
//
// Owns one SQLite file, separate from the block store (WAL, synchronous=FULL).
// apply() takes blocks strictly in height order, starting at 0; each block's
// effects and the new applied height commit in one SQL transaction, so after
// a crash the state is exactly that of some block boundary. State is derived
// data: reset() + applying from genesis rebuilds it, and digest() is the same
// on every node at the same height.
//
// Preconditions: blocks have passed the ChainVerifier (hash links, Merkle
// root, signatures); the state machine checks authority, sequences and every
// domain rule, and records each transaction's outcome (applied, held for
// approval, rejected with a reason) by transaction id.
//
// Thread affinity: one thread (the Qt Sql connection belongs to it).
// StateQueries reads through the same connection.
class StateMachine
{
public:
    ~StateMachine();
    StateMachine(const StateMachine &) = delete;
    StateMachine &operator=(const StateMachine &) = delete;

    // Full: synchronous=FULL, every applied block is on disk when apply()
    // returns. Fast: synchronous=NORMAL: each block stays atomic, but after a
    // power cut the last few blocks may have to be applied again from the
    // block store: for rebuild-state, tests and benchmarks.
    enum class Durability { Full, Fast };

    // Opens or creates the state file. A file of another schema version is
    // emptied (rebuild from genesis).
    static core::Result<std::unique_ptr<StateMachine>>
    open(const QString &path, Durability durability = Durability::Full);

    // Height of the last applied block, or nullopt before genesis.
    std::optional<std::uint64_t> appliedHeight() const { return m_applied; }
    const chain::BlockHash &lastBlockHash() const { return m_lastHash; }

    // Applies the next block. Errors: Conflict if block.height() is not the
    // next height, or its consortium/prevHash do not continue the applied
    // chain; Invalid for a bad genesis block; Io if SQLite fails (nothing of
    // the block is kept). Rejected transactions are not errors.
    core::Status apply(const chain::Block &block);
    // Applies consecutive blocks in one SQL transaction (catch-up and
    // rebuild: SQLite writes each touched page once per transaction, not once
    // per block). All or nothing: the applied height moves to the last block
    // only if every block applied. Same errors as apply().
    core::Status applyBatch(std::span<const chain::Block> blocks);

    // Drops every table and starts over before genesis.
    core::Status reset();

    // SHA-256 over a canonical dump of every table in a defined order
    // (Schema.cpp digestTables(); docs/domain.md §State digest).
    core::Result<crypto::Digest> digest() const;

    // Membership at a height, for the ChainVerifier and the network: true if
    // `key` could sign in the state after block `height` was applied (so the
    // proposer of block h+1 is checked at h). A rotated or removed key is not
    // current from the block that retired it. Error Unavailable if `height`
    // is above the applied height.
    core::Result<bool> isCurrentNodeKey(const crypto::PublicKey &key, std::uint64_t height) const;
    core::Result<bool> isCurrentPersonKey(const crypto::PublicKey &key, std::uint64_t height) const;
    // The organization of a current node key, or 0.
    std::uint32_t organizationOfNodeKey(const crypto::PublicKey &key) const;

    QSqlDatabase database() const;
    // 0: this connection never checkpoints (a store::WalCheckpointer does, off its thread).
    core::Status handOverCheckpoints(std::int64_t walSizeLimit);
    QString path() const { return m_path; }
    // True once the apply caches are in memory (the first apply loads them;
    // open and a rollback do not): lets tests check that opening stays cheap.
    bool applyCachesLoaded() const { return m_applier != nullptr; }

private:
    StateMachine() = default;
    core::Status createSchema();
    core::Status loadMeta();
    // The Applier with its caches loaded from the tables (SqlFailure on error).
    Applier &loadedApplier();
    core::Status applyLocked(Applier &applier, const chain::Block &block);

    QString m_path;
    QString m_connection;
    std::unique_ptr<Applier> m_applier;
    std::optional<std::uint64_t> m_applied;
    chain::BlockHash m_lastHash;
    chain::ConsortiumId m_consortium;
};

} // namespace ledger::state
