#pragma once

#include "ledger/chain/Genesis.h"
#include "ledger/chain/RawBlock.h"
#include "ledger/core/Result.h"

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace ledger::chain {

// Which node keys may propose a block, as the chain evolves. The default
// knows the genesis founders only; the domain layer supplies rules that
// follow organizations joining, leaving and rotating node keys.
class MembershipRules
{
public:
    virtual ~MembershipRules() = default;
    virtual void reset(const GenesisPayload &genesis) = 0;
    // Is `key` a current node key for a block at `height` (before applying it)?
    virtual bool isNodeKey(const crypto::PublicKey &key, std::uint64_t height) const = 0;
    // Called after each block has been verified, in height order.
    virtual void apply(const Block &block) = 0;
};

class GenesisMembership final : public MembershipRules
{
public:
    void reset(const GenesisPayload &genesis) override;
    bool isNodeKey(const crypto::PublicKey &key, std::uint64_t height) const override;
    void apply(const Block &) override { }

private:
    std::vector<crypto::PublicKey> m_keys;
};

struct VerifyReport {
    std::uint64_t height = 0; // head height verified
    std::uint64_t transactions = 0; // transactions verified
    BlockHash headHash;
    // Set when the witnessed head is beyond `height` and the blocks up to it are
    // restorable (VerifyOptions::restorableUpTo): the head the node will have.
    std::optional<std::uint64_t> restorableUpTo;
};

struct VerifyOptions {
    int threads = 0; // 0: one per core
    // Called from the calling thread after each chunk: (verified height, transactions so far).
    std::function<void(std::uint64_t, std::uint64_t)> progress;
    const std::atomic<bool> *cancel = nullptr;
    MembershipRules *membership = nullptr; // nullptr: GenesisMembership
    // Asked only when the chain ends below the witnessed head (given): up to which
    // height the missing blocks are held elsewhere, durably and linked to the
    // verified head, to be restored (a node's block store after a power cut: its
    // Raft log holds them). At or above the witnessed head, the chain verifies.
    std::function<std::uint64_t(std::uint64_t witnessed)> restorableUpTo;
};

// Full-chain verification (docs/ledger-format.md §Verification): every hash
// link, Merkle root, history root, block and transaction signature, the
// store's index columns against the bytes, the genesis rules, unique
// transaction ids and (author, sequence) pairs, non-decreasing block
// timestamps, proposers that are current node keys, and a chain no shorter
// than the witnessed head. Signatures are checked on all cores; the error
// returned is the one at the lowest height, naming block, transaction and reason.
core::Result<VerifyReport> verifyChain(BlockSource &source, const VerifyOptions &options = {});

// The per-block checks that need no other block, for one decoded-or-not block:
// header and index columns, proposer signature, every transaction, Merkle root.
// Returns the decoded block.
core::Result<Block> checkRawBlock(const RawBlock &raw);

} // namespace ledger::chain
