#pragma once

#include "ledger/core/Result.h"

#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>

namespace ledger::service {

// Brings DATA_DIR/state.db up to the block store's head before the node
// opens: upgrades an older state schema in place or, where it cannot, empties
// it, then applies the missing blocks in batches. The node does the same in
// LedgerNode::open (both through node::replayIntoState), but on the node thread while the app waits
// for it; run this first on a worker thread with a progress window, and the
// node finds nothing left to do. Typical cases: a new version's schema change
// (a rebuild from genesis: ten minutes at 2.6 M transactions), a state file
// deleted or damaged, a crash that left the state behind the chain.
//
// Must run before anything opens the data directory's node; not thread-safe
// against a running node on the same files. `progress(applied, head)` is
// called from the calling thread after each batch. `cancel` stops between
// batches (what was applied stays; the node continues from there).
core::Status catchUpStateFiles(const QString &dataDir,
                               const std::function<void(std::uint64_t, std::uint64_t)> &progress,
                               const std::atomic<bool> &cancel);

} // namespace ledger::service
