#pragma once

#include "ledger/chain/Block.h"
#include "ledger/core/Result.h"
#include "ledger/raft/Types.h"

#include <functional>

namespace ledger::store {
class BlockStore;
class RaftLogStore;
} // namespace ledger::store

namespace ledger::node {

// Calls visit(index, block) for each block in the log's entries after
// `afterIndex`, in order, until it returns false. Configuration changes and a
// new leader's blank entries hold no block.
core::Status forEachLoggedBlock(const store::RaftLogStore &log, raft::Index afterIndex,
                                const std::function<bool(raft::Index, chain::Block &&)> &visit);

// The highest height, at most `upTo`, to which the log's blocks continue the
// store's chain: each the next height, each linked to the one before by its hash,
// the first to the store's head. A node whose block store lost its last blocks in
// a power cut restores them from its log when it starts (LedgerNode::open); until
// then `gongzhi-cli verify` finds them here instead of calling them removed.
core::Result<std::uint64_t> heightLinkedInLog(const store::RaftLogStore &log,
                                              store::BlockStore &store, std::uint64_t upTo);

} // namespace ledger::node
