#pragma once

#include "ledger/core/Result.h"

#include <atomic>
#include <cstdint>
#include <functional>

namespace ledger::state {
class StateMachine;
}
namespace ledger::store {
class BlockStore;
}

namespace ledger::node {

// Applies to `state` the blocks of `blocks` after its applied height, in
// batches of 64 blocks (about 2 MB of transactions at demo density; one SQL
// transaction each, the same digest as block by block). The one chain replay
// of the code base: LedgerNode::open runs it for whatever a crash left the
// state behind, and the desktop runs it first on a worker thread with a
// progress window (service::catchUpStateFiles).
//
// `progress(applied, head)` after each batch, from the calling thread; a set
// `cancel` stops between batches (what was applied stays). Errors: Corrupt
// when the state is ahead of the chain (it is written after the block store
// and never leads it), else the store's or the state's.
core::Status replayIntoState(state::StateMachine &state, store::BlockStore &blocks,
                             const std::function<void(std::uint64_t, std::uint64_t)> &progress = {},
                             const std::atomic<bool> *cancel = nullptr);

} // namespace ledger::node
