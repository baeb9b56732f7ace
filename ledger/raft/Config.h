#pragma once

#include "ledger/raft/Types.h"

#include <cstddef>
#include <cstdint>

namespace ledger::raft {

// Deliberate bugs, for tests only: each switch removes one guard so that a test can
// show the guard matters (the regression test fails, the simulator finds a violation).
// Production code never sets any of them; all default to off.
struct RaftTestKnobs {
    bool commitOldTermByCounting = false; // bug 1: ignore the Figure 8 rule
    bool followerCommitUncapped = false; // bug 2: commit = leaderCommit, not min(.., last new)
    bool truncateOnStaleAppend = false; // bug 3: truncate after prevIndex without a conflict
    bool compareBelowCommit = false; // bug 4: treat prevIndex < commitIndex like any other
    bool heartbeatCommitUncapped = false; // bug 5: heartbeat carries commit beyond the match
    bool confChangeBeforeTermCommit = false; // bug 6: config entry before an own-term commit
    bool multiplePendingConfChanges = false; // bug 6: more than one uncommitted config entry
    bool leaseIgnored = false; // bug 7: grant votes/prevotes during a leader lease
    bool leaderCountsUnpersisted = false; // bug 8: leader counts its own unpersisted entries
    bool ignoreAppliedOnRestart = false; // bug 9: re-deliver entries the caller applied
    bool readWithoutQuorumCheck = false; // bug 10: serve ReadIndex without a heartbeat round
    bool readBeforeTermCommit = false; // bug 10: serve ReadIndex before an own-term commit
    bool wipedNodeVotes = false; // bug 11: a node with wiped storage still votes
    bool forgetPersistVote = false; // bug 12: Ready's HardState omits a new vote
    bool grantVoteToStaleLog = false; // §5.4.1: skip the candidate up-to-date check
};

// Parameters of one node. Times are in ticks; the caller decides the tick period
// (Gongzhi's node uses 100 ms, see docs/raft.md).
struct Config {
    NodeId id = NoNode;
    // T: a follower starts an election after a randomized timeout in [T, 2T) without
    // hearing from a leader; a leader steps down (CheckQuorum) after T ticks without a
    // quorum of responses. Must be > heartbeatTick.
    int electionTick = 10;
    int heartbeatTick = 1;
    // Seeds the node's private PRNG (election jitter only). Give each node a different
    // seed; the same seed and inputs give the same outputs.
    std::uint64_t seed = 1;
    // Highest index the caller's state machine has applied durably, stored atomically
    // with that state (bug 9). Committed entries after it are delivered again.
    Index applied = 0;
    bool preVote = true; // dissertation §9.6
    bool checkQuorum = true; // dissertation §6.2 (and the vote lease of §4.2.3)
    // Replication flow control (dissertation §10.2.1): per AppendEntries message at most
    // maxMsgEntries entries and about maxMsgBytes bytes (always at least one entry);
    // at most maxInflight unacknowledged AppendEntries per follower in Replicate state.
    std::size_t maxMsgEntries = 64;
    std::size_t maxMsgBytes = 1024 * 1024;
    std::size_t maxInflight = 16;
    // Bound on committed entries handed out in one Ready (bytes, at least one entry).
    std::size_t maxApplyBytes = 8 * 1024 * 1024;
    RaftTestKnobs knobs;
};

} // namespace ledger::raft
