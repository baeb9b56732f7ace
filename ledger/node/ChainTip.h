#pragma once

#include "ledger/chain/Block.h"
#include "ledger/merkle/CompactRange.h"
#include "ledger/raft/Types.h"

#include <QSet>

#include <deque>
#include <utility>

namespace ledger::node {

// The end of the chain as this node's Raft log sees it: the committed chain in
// the block store followed by blocks that are in the log but not yet committed
// (the "tail"). A leader builds its next block on the tail's last block; a
// follower checks that a received block links to the block before it.
// The tail changes when the log is appended to (possibly replacing a suffix,
// Raft §5.3) and shrinks from the front as blocks are committed.
// Thread affinity: the node's thread.
class ChainTip
{
public:
    // A transaction's author and sequence number: unique on the chain (the block
    // store refuses a block that repeats one, and a node halts on that).
    struct AuthorSequence {
        crypto::PublicKey author;
        std::uint64_t sequence = 0;
        friend bool operator==(const AuthorSequence &, const AuthorSequence &) = default;
        friend size_t qHash(const AuthorSequence &a, size_t seed = 0) noexcept
        {
            return qHash(a.author, seed) ^ size_t(a.sequence * 0x9E3779B97F4A7C15ULL);
        }
    };
    struct TailBlock {
        raft::Index index = 0;
        chain::BlockHeader header;
        chain::BlockHash hash;
        std::vector<chain::TxId> txIds;
        std::vector<AuthorSequence> authorSequences;
    };

    // Starts from the committed chain: its head and the compact range over it.
    void reset(const chain::BlockHeader &head, const chain::BlockHash &headHash,
               const merkle::CompactRange &history);

    // The log replaced everything from `first` on (called with the first index of
    // every batch of entries written to the log).
    void truncateFrom(raft::Index first);
    void append(raft::Index index, const chain::Block &block);
    // Blocks up to `index` are now in the block store; `history` covers them.
    void committed(raft::Index index, const chain::BlockHeader &head,
                   const chain::BlockHash &headHash, const merkle::CompactRange &history);

    // The last block in the log and what the next block must carry.
    const chain::BlockHeader &lastHeader() const;
    const chain::BlockHash &lastHash() const;
    crypto::Digest nextHistoryRoot() const { return m_history.root(); }
    std::size_t tailSize() const { return m_tail.size(); }
    bool tailContains(const chain::TxId &id) const { return m_tailTxIds.contains(id); }
    bool tailContains(const AuthorSequence &as) const { return m_tailAuthorSequences.contains(as); }
    // Whether the tail's blocks before log index `index` hold a transaction with
    // this id or this author's sequence number: what blocks from `index` on must
    // not repeat (the tail from `index` on is what an Append re-sends or replaces).
    bool tailBeforeRepeats(raft::Index index, const chain::Transaction &tx) const;

    // The block at or before `index` in the log (committed head or tail), with the
    // history root the block after it must carry; nullopt if it lies before the
    // committed head (already committed: nothing to check).
    struct Anchor {
        chain::BlockHeader header;
        chain::BlockHash hash;
        merkle::CompactRange history; // over every block up to and including this one
    };
    std::optional<Anchor> anchorAt(raft::Index index) const;

private:
    void rebuild();

    chain::BlockHeader m_headHeader;
    chain::BlockHash m_headHash;
    merkle::CompactRange m_base; // over the committed chain
    merkle::CompactRange m_history; // m_base + the tail's hashes
    std::deque<TailBlock> m_tail;
    QSet<chain::TxId> m_tailTxIds;
    QSet<AuthorSequence> m_tailAuthorSequences;
    raft::Index m_committedIndex = 0;
};

} // namespace ledger::node
