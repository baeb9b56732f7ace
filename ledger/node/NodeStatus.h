#pragma once

#include "ledger/crypto/Types.h"
#include "ledger/raft/Types.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <vector>

namespace ledger::node {

// A snapshot of a node for status displays (`gongzhi-cli status`, the app's
// status bar and network page). Plain values; safe to copy across threads.
struct PeerStatus {
    raft::NodeId id = 0;
    bool voter = false;
    bool connected = false; // heard from within the last election timeout
    raft::Index matchIndex = 0; // leader only: highest log index known replicated
    std::int64_t lag = 0; // leader only: entries behind the leader's log
    std::int64_t lastContactMs = -1; // ms since we last heard from it; -1: never
    bool linked = false; // a live transport connection to it (Transport::isLinked)
};

// The divergence check (StateCheckpoints): this node's latest checkpoint and
// the last one it compared with peers' reports of the same height.
struct CheckpointStatus {
    bool hasOwn = false;
    std::uint64_t latestOwnHeight = 0;
    bool compared = false; // some voter reported comparedHeight
    std::uint64_t comparedHeight = 0;
    QString headHash; // hex, at comparedHeight
    QString stateDigest; // hex, this node's at comparedHeight
    std::vector<raft::NodeId> agreedWith;
    std::vector<raft::NodeId> disagreedWith;
    double lastDigestMs = 0; // on the worker thread
    double lastHandoffMs = 0; // the node thread's pause to start the snapshot
};

struct NodeStatus {
    raft::NodeId id = 0;
    raft::Role role = raft::Role::Follower;
    raft::Term term = 0;
    raft::NodeId leader = 0;
    raft::Index commitIndex = 0;
    raft::Index lastIndex = 0;
    std::uint64_t commitHeight = 0; // height of the last committed block
    std::uint64_t appliedHeight = 0; // height of the last block applied to the store
    std::size_t pooled = 0; // leader: admitted transactions waiting for a block
    std::size_t pending = 0; // submitted through this node, not yet committed
    bool halted = false;
    // In Raft's configuration: false on a joining node until the cluster has
    // admitted it (its log holds the AddLearner entry); voter once promoted.
    bool member = false;
    bool voter = false;
    std::vector<PeerStatus> peers;
    CheckpointStatus checkpoint;

    // Whether the leader can be reached now: this node leads, or it heard from
    // the leader within the last election timeout. `leader` alone does not
    // say so: a learner (a kiosk) never campaigns, so Raft keeps naming a
    // leader that went away until another one speaks up.
    bool leaderReachable() const;

    // JSON with keys role, term, leader, commit_height, applied_height, peers, ...
    QJsonObject toJson() const;
};

} // namespace ledger::node

Q_DECLARE_METATYPE(ledger::node::NodeStatus)
