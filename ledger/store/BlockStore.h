#pragma once

#include "ledger/chain/Block.h"
#include "ledger/chain/Genesis.h"
#include "ledger/chain/RawBlock.h"
#include "ledger/core/Result.h"
#include "ledger/store/SqlStatement.h"
#include "ledger/store/SqliteDatabase.h"

#include <QFile>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace ledger::merkle {
class CompactRange;
}

namespace ledger::store {

struct ChainHead {
    std::uint64_t height = 0;
    chain::BlockHash hash;
};

using StoredBlock = chain::RawBlock;
using StoredTransaction = chain::RawTransaction;

struct TxLocation {
    std::uint64_t height = 0;
    std::uint32_t position = 0; // leaf index in the block's Merkle tree
    chain::Transaction transaction;
};

// The append-only block store: one SQLite file (DIR/ledger.db).
// - append() writes a block and all its transactions in one SQL transaction
//   (synchronous=FULL): after a crash at any moment the chain is whole.
// - No code path updates or deletes ledger rows; triggers refuse UPDATE and
//   DELETE on the ledger tables as a second line of defence.
// - A small witness file DIR/head records the last appended head, so that
//   removing blocks from the end is detected by verify.
// Opening is cheap (meta and the head row): a read-only store builds the
// history tree over the block hashes only when history() or
// nextHistoryRoot() is first asked for; a writable one builds it at open (it
// needs it for the next append) and checks that the block rows are contiguous.
// Thread affinity: the thread that created or opened it.
class BlockStore : public chain::BlockSource
{
public:
    ~BlockStore();

    // Creates the database and appends `genesis`; fails if the file exists.
    static core::Result<std::unique_ptr<BlockStore>> create(const QString &path,
                                                            const chain::Block &genesis);
    static core::Result<std::unique_ptr<BlockStore>> open(const QString &path,
                                                          bool readOnly = false);

    const chain::ConsortiumId &consortium() const { return m_consortium; }
    const chain::BlockHash &genesisHash() const { return m_genesisHash; }
    const ChainHead &head() const { return m_head; }
    const QString &path() const { return m_db.path(); }

    // RFC 9162 root over the hashes of blocks 0..head: the next block's historyRoot.
    crypto::Digest nextHistoryRoot() const;
    // The compact range over the hashes of blocks 0..head (leaves: leafHash(block hash)).
    const merkle::CompactRange &history() const;

    // Read-only stores: re-reads the head, to see blocks another connection
    // appended since open (SQLite WAL: every read sees the last commit
    // anyway; only head() and the history tree are cached). The history tree
    // then extends by the new block hashes only.
    core::Status refresh();

    // Appends the block after head(). Checks height, previous hash, consortium,
    // history root and that no transaction id or (author, sequence) is already
    // on the chain; signatures are the caller's job (BlockValidator).
    core::Status append(const chain::Block &block);
    // Appends consecutive blocks after head() in one SQL transaction (one fsync),
    // with append()'s checks for each: all land or none does.
    core::Status appendBatch(std::span<const chain::Block> blocks);

    core::Result<chain::Block> block(std::uint64_t height);
    core::Result<chain::BlockHeader> header(std::uint64_t height);
    core::Result<TxLocation> findTransaction(const chain::TxId &id);
    // The height of the block holding `id`, if any: the admission path's
    // duplicate check, one index probe on a prepared statement (no row decoded).
    std::optional<std::uint64_t> transactionHeight(const chain::TxId &id);
    bool containsTransaction(const chain::TxId &id) { return transactionHeight(id).has_value(); }
    bool containsAuthorSequence(const crypto::PublicKey &author, std::uint64_t sequence);
    // The highest sequence number of `author` on the chain (0: none); one probe of
    // the (author, sequence) index.
    std::uint64_t lastSequence(const crypto::PublicKey &author);
    // Runs `reads` (lookups above, nothing that writes) in one read transaction:
    // SQLite then takes its WAL read lock once for all of them instead of once per
    // statement (four fcntl calls each). If the transaction cannot begin, the
    // reads run one by one as usual. Not inside another transaction of this store.
    void batchReads(const std::function<void()> &reads);
    // Block hashes of heights [from, to).
    core::Result<std::vector<chain::BlockHash>> blockHashes(std::uint64_t from, std::uint64_t to);
    // Up to maxBlocks stored blocks from height `from`, raw.
    core::Result<std::vector<StoredBlock>> readRaw(std::uint64_t from,
                                                   std::uint32_t maxBlocks) override;
    // Stored row count of blocks (may differ from head()+1 only if tampered).
    core::Result<std::uint64_t> transactionCount();

    // The head recorded in the witness file, if any.
    std::optional<ChainHead> witnessedHead() const;
    std::optional<std::uint64_t> witnessedHeight() const override
    {
        auto w = witnessedHead();
        return w ? std::optional(w->height) : std::nullopt;
    }
    core::Result<QString> integrityCheck() { return m_db.integrityCheck(); }

    // For a node whose Raft log holds every block before it is committed
    // (docs/raft.md, "The Ready contract"): appends are no longer fsynced on their own
    // (synchronous=NORMAL: still atomic, and kept across a crash of the
    // process; a power cut can take the last blocks, which the node copies
    // back from its log at start). Tools that write blocks outside Raft keep FULL.
    core::Status relyOnRaftLogForDurability();
    // This connection stops checkpointing (a WalCheckpointer does, off its
    // thread), and truncates the WAL file to `walSizeLimit` bytes when it starts
    // it over (-1: never; PRAGMA journal_size_limit).
    core::Status handOverCheckpoints(std::int64_t walSizeLimit);

private:
    BlockStore();
    static core::Result<std::unique_ptr<BlockStore>> createNew(const QString &path,
                                                               const chain::Block &genesis);
    core::Status initSchema();
    core::Status prepareReads();
    core::Status prepareWrites();
    core::Status loadHead();
    // Brings m_history up to head(), reading only the hashes it lacks.
    core::Status ensureHistory() const;
    core::Status writeBlock(const chain::Block &block);
    void writeWitness() const;

    SqliteDatabase m_db;
    chain::ConsortiumId m_consortium;
    chain::BlockHash m_genesisHash;
    ChainHead m_head;
    // Over the hashes of blocks [0, m_history->size()); lags head() in a
    // read-only store until asked for.
    mutable std::unique_ptr<merkle::CompactRange> m_history;
    // Prepared once (after m_db, so finalized before it closes).
    mutable SqlStatement m_readHashes;
    SqlStatement m_readHead;
    SqlStatement m_readBlocks;
    SqlStatement m_readTxs;
    SqlStatement m_txHeight;
    SqlStatement m_authorSequence;
    SqlStatement m_lastSequence;
    SqlStatement m_insertBlock;
    SqlStatement m_insertTx;
    bool m_readOnly = false;
    mutable std::unique_ptr<QFile> m_witness; // writeWitness(), opened on first use
};

} // namespace ledger::store
