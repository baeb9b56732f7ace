#pragma once

#include "ledger/raft/Message.h"
#include "ledger/raft/Types.h"

#include <optional>
#include <vector>

namespace ledger::raft {

// Everything the core wants done, handed out by Raft::ready(). The caller processes
// one Ready at a time, IN THIS ORDER, then calls Raft::advance():
//
//  1. Persist `entries` (if any; Storage::append replaces the stored suffix from
//     entries.front().index), then `hardState` (if set), or both in one transaction,
//     and make them durable (fsync). Never the HardState alone first (Storage.h).
//     Raft §5.1/Figure 2: currentTerm, votedFor and log[] must be on stable storage
//     "before responding to RPCs". A vote granted in `messages` is in `hardState`
//     (bug 12); an AppendResp acknowledges only entries in this or an earlier Ready;
//     the leader counts its own entries toward commit only after advance() (bug 8).
//  2. Send `messages` (after step 1: they may depend on it). Order within the vector
//     does not matter; losing any of them is safe.
//     One exception (dissertation §10.2.1): a leader may send the Append messages of a
//     Ready whose `hardState` is unset or keeps the persisted term, before or while
//     step 1 runs, so its own disk write overlaps the followers'. This is safe only
//     because the leader counts its own entries toward commit after advance() (bug 8).
//  3. Apply `committedEntries` in order, storing with the resulting state the index of
//     the last one applied, atomically (bug 9); pass that index as Config::applied
//     when the node restarts. They are always durable once step 1 is done.
//  4. Serve `readStates`: a read with that context may return state once the applied
//     index is >= ReadState::index (dissertation §6.4).
//  5. Call advance().
//
// A crash anywhere before step 2 completes loses nothing that anyone relied on: no
// message of this Ready left the node.
struct Ready {
    std::optional<SoftState> softState; // set when leader or role changed (display only)
    std::optional<HardState> hardState; // set when it differs from the last persisted one
    std::vector<Entry> entries;
    std::vector<Message> messages;
    std::vector<Entry> committedEntries;
    std::vector<ReadState> readStates;

    bool mustSync() const { return hardState.has_value() || !entries.empty(); }
};

} // namespace ledger::raft
