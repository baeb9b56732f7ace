#pragma once

#include "ledger/raft/Types.h"

#include <QByteArray>

#include <vector>

namespace ledger::raft {

enum class MessageType : std::uint8_t {
    PreVote, // dissertation §9.6: would you vote for me at `term`? (term not adopted)
    PreVoteResp,
    Vote, // Raft §5.2 RequestVote
    VoteResp,
    Append, // Raft §5.3 AppendEntries carrying entries
    AppendResp,
    Heartbeat, // AppendEntries without entries or log check (commit + read context)
    HeartbeatResp,
    TimeoutNow, // dissertation §3.10: start an election now (leadership transfer)
};

const char *messageTypeName(MessageType type);

// One message between two nodes. The fields used depend on `type`:
//  Vote/PreVote:   index/logTerm = candidate's last log index/term; context = "transfer"
//                  when the election was started by TimeoutNow (bypasses the lease).
//  *Resp to votes: reject.
//  Append:         index/logTerm = prevLogIndex/prevLogTerm, entries, commit = leaderCommit.
//  AppendResp:     success: index = highest index known to match the leader.
//                  reject:  index = the rejected prevLogIndex, rejectHint/logTerm = the
//                  follower's hint (largest index <= hint whose term <= logTerm) for
//                  fast back-tracking (dissertation §5.3 "optimization").
//  Heartbeat:      commit = min(leaderCommit, follower's match); context = read-index round.
//  HeartbeatResp:  context echoed.
// The network layer must deliver `entries` and `context` unchanged; it may drop, delay,
// duplicate or reorder messages freely (Raft tolerates all four).
struct Message {
    MessageType type = MessageType::Heartbeat;
    NodeId from = NoNode;
    NodeId to = NoNode;
    Term term = 0;
    Term logTerm = 0;
    Index index = 0;
    Index commit = 0;
    Index rejectHint = 0;
    bool reject = false;
    std::vector<Entry> entries;
    QByteArray context;
};

} // namespace ledger::raft
