#pragma once

#include "ledger/chain/Block.h"
#include "ledger/chain/Genesis.h"
#include "ledger/chain/RawBlock.h"
#include "ledger/merkle/CompactRange.h"
#include "ledger/store/BlockStore.h"

#include <QRandomGenerator>

#include <memory>
#include <optional>
#include <vector>

namespace tests {

// Builds realistic chains for tests and benchmarks, deterministically from a
// seed: the same seed gives the same keys, transactions and blocks (byte for
// byte) on every run.
//
//   ChainBuilder b(42);              // founding keys and genesis block
//   b.addBlock(10);                  // block 1: 10 signed transactions
//   auto store = b.createStore(dir.file("ledger.db"));  // genesis + block 1 on disk
//   MemoryBlockSource src = b.source();                 // or kept in memory
//
// Founding set: a party committee (whose node key proposes every block) and a
// residents committee; a founder who is secretary and administrator and signs
// the genesis transaction; `authors` staff members who sign the ordinary
// transactions, round robin, each with sequence numbers 1, 2, 3, ...
// Transactions are about 300 bytes (RecordSubmitted payloads of Chinese text
// and figures); block timestamps advance by 5 s per block.
// Not thread-safe.
class ChainBuilder
{
public:
    static constexpr int DefaultAuthors = 16;
    static constexpr qsizetype TargetTxSize = 300;

    explicit ChainBuilder(quint64 seed = 1, int authors = DefaultAuthors);

    const ledger::chain::ConsortiumId &consortium() const { return m_consortium; }
    const ledger::chain::GenesisPayload &genesisPayload() const { return m_payload; }
    const ledger::crypto::KeyPair &founder() const { return m_founder; }
    // The party committee's node key: the proposer of every block.
    const ledger::crypto::KeyPair &node() const { return m_node; }
    const ledger::crypto::KeyPair &author(int i) const { return m_authors.at(std::size_t(i)); }
    int authorCount() const { return int(m_authors.size()); }
    // A new key from the builder's generator, listed nowhere in the genesis.
    ledger::crypto::KeyPair freshKey();

    // The next transaction of the next author (round robin, next sequence).
    ledger::chain::Transaction nextTransaction();
    std::vector<ledger::chain::Transaction> nextTransactions(int n);
    // A transaction of `key` with `sequence` and a realistic payload of about
    // TargetTxSize bytes in total; does not touch the round-robin state.
    ledger::chain::Transaction
    transaction(const ledger::crypto::KeyPair &key, std::uint64_t sequence,
                ledger::chain::TxType type = ledger::chain::TxType::RecordSubmitted);

    // The chain built so far, blocks()[0] is the genesis block.
    const std::vector<ledger::chain::Block> &blocks() const { return m_blocks; }
    const ledger::chain::Block &genesis() const { return m_blocks.front(); }
    const ledger::chain::Block &tip() const { return m_blocks.back(); }
    // The header of a valid block after tip(): consortium, height, prevHash,
    // historyRoot and timestamp set (Block::seal fills the rest).
    ledger::chain::BlockHeader nextHeader() const;
    // Seals `n` new transactions (or the given ones) after tip() with node().
    const ledger::chain::Block &addBlock(int n);
    const ledger::chain::Block &addBlock(std::vector<ledger::chain::Transaction> transactions);
    // Takes any block, valid or not, as the new tip (for broken fixtures).
    const ledger::chain::Block &addSealed(ledger::chain::Block block);

    // The chain as raw rows, as a BlockStore would return them.
    std::vector<ledger::chain::RawBlock> rawBlocks() const;
    // Creates a BlockStore at `path` (DIR/ledger.db) holding every block built so far.
    ledger::core::Result<std::unique_ptr<ledger::store::BlockStore>>
    createStore(const QString &path) const;
    // Appends the built blocks above the store's head, in order.
    ledger::core::Status appendTo(ledger::store::BlockStore &store) const;
    // A valid block after the head of `store` (which may hold blocks this
    // builder did not make, e.g. in another process), sealed by node().
    ledger::core::Result<ledger::chain::Block>
    blockAfter(ledger::store::BlockStore &store,
               std::vector<ledger::chain::Transaction> transactions) const;

private:
    ledger::crypto::KeyPair makeKey();
    QByteArray payload(qsizetype size);

    QRandomGenerator m_rng;
    ledger::chain::ConsortiumId m_consortium;
    ledger::crypto::KeyPair m_founder;
    ledger::crypto::KeyPair m_node;
    ledger::crypto::KeyPair m_node2;
    std::vector<ledger::crypto::KeyPair> m_authors;
    std::vector<std::uint64_t> m_sequences;
    int m_nextAuthor = 0;
    ledger::chain::GenesisPayload m_payload;
    std::vector<ledger::chain::Block> m_blocks;
    ledger::merkle::CompactRange m_history;
};

// The raw rows of one block, as BlockStore::readRaw returns them.
ledger::chain::RawBlock toRaw(const ledger::chain::Block &block);

// A BlockSource over raw blocks in memory; tests edit `blocks` freely.
// readRaw() behaves like the store's: blocks with from <= height < from + max,
// ordered by height.
class MemoryBlockSource : public ledger::chain::BlockSource
{
public:
    MemoryBlockSource() = default;
    explicit MemoryBlockSource(std::vector<ledger::chain::RawBlock> b)
        : blocks(std::move(b))
    {
    }
    ledger::core::Result<std::vector<ledger::chain::RawBlock>>
    readRaw(std::uint64_t from, std::uint32_t maxBlocks) override;
    std::optional<std::uint64_t> witnessedHeight() const override { return witness; }

    std::vector<ledger::chain::RawBlock> blocks;
    std::optional<std::uint64_t> witness;
};

} // namespace tests
