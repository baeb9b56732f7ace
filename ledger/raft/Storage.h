#pragma once

#include "ledger/core/Result.h"
#include "ledger/raft/Types.h"

#include <cstddef>
#include <vector>

namespace ledger::raft {

// Durable state of one Raft node: HardState (currentTerm, votedFor, commitIndex) and
// the log. The core only READS through this interface; the caller WRITES, from Ready,
// before sending the messages of that Ready (see Ready.h). Single-threaded: the core
// and the caller use a Storage from the same thread. The log is never compacted: it
// is the ledger (docs/raft.md).
//
// Errors: reads return a Result; the core treats a read error as fatal for the node
// (GONGZHI_ENFORCE) because it cannot decide anything about a log it cannot read. The
// caller restarts the node, which re-reads its state.
class Storage
{
public:
    struct InitialState {
        HardState hardState;
        // Chosen once when the storage is created, never 0 for a joining node and 0 only
        // for a storage created at genesis (bootstrap). A wiped and recreated storage
        // gets a new value; see ConfChange::incarnation.
        std::uint64_t incarnation = 0;
    };

    virtual ~Storage() = default;

    virtual core::Result<InitialState> initialState() const = 0;
    // 0 for an empty log.
    virtual core::Result<Index> lastIndex() const = 0;
    // Term of the entry at `index`; 0 for index 0. NotFound when index > lastIndex().
    virtual core::Result<Term> term(Index index) const = 0;
    // Entries [lo, hi), lo >= 1, hi <= lastIndex() + 1, stopping early once the total
    // entryBytes() would exceed maxBytes, but always at least one entry when lo < hi.
    virtual core::Result<std::vector<Entry>> entries(Index lo, Index hi,
                                                     std::size_t maxBytes) const = 0;
    // Every ConfChange entry in the log, in index order (the configuration is rebuilt
    // from them at start; an implementation should index them rather than scan).
    virtual core::Result<std::vector<Entry>> confEntries() const = 0;

    // Writes, called by the caller while processing a Ready (never by the core):
    // Replaces every entry at index >= entries.front().index by `entries` (truncating
    // the suffix first); entries are consecutive and entries.front().index <=
    // lastIndex() + 1. Durable when it returns successfully.
    virtual core::Status append(const std::vector<Entry> &entries) = 0;
    // Durable when it returns successfully. ORDER: a Ready's entries must be durable
    // no later than its HardState (append() first, or both in one transaction). A
    // HardState whose commit index covers entries that did not reach the disk would,
    // after a crash, mark the stale entries still stored at those indexes committed
    // (the simulator found exactly this with torn writes).
    virtual core::Status setHardState(const HardState &state) = 0;
};

} // namespace ledger::raft
