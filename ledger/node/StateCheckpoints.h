#pragma once

#include "ledger/chain/Types.h"
#include "ledger/core/Result.h"
#include "ledger/crypto/Types.h"
#include "ledger/node/NodeStatus.h"
#include "ledger/raft/Types.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>
#include <QThread>

#include <atomic>
#include <functional>
#include <map>
#include <vector>

namespace ledger::node {

// What a node claims about itself at a checkpoint height: the hash of its block
// at that height and the digest of its state right after applying it.
struct Checkpoint {
    std::uint64_t height = 0;
    chain::BlockHash headHash;
    crypto::Digest stateDigest;
    friend bool operator==(const Checkpoint &, const Checkpoint &) = default;
};

// Payload of a LedgerNode::CheckpointFrame (docs/raft.md §Divergence):
//   u8 version=1 | u32 count | count × (u64 height | 32 head hash | 32 state digest)
// heights strictly increasing; at most MaxCheckpoints; nothing after the last.
namespace CheckpointCodec {
constexpr std::uint32_t MaxCheckpoints = 16;
QByteArray encode(const std::vector<Checkpoint> &checkpoints);
core::Result<std::vector<Checkpoint>> decode(QByteArrayView bytes);
} // namespace CheckpointCodec

// The votes at checkpoint heights: this node's own checkpoints and the latest
// ones each peer sent, a few of each (bounded). Pure logic, no I/O.
class CheckpointVotes
{
public:
    static constexpr std::size_t Keep = 8;

    struct Verdict {
        enum class Kind {
            Unknown, // no own checkpoint, or no voter reported that height
            Agreed, // every reporting voter has the same checkpoint as this node
            NoMajority, // some disagree, but no value has a majority yet
            PeersDiverged, // this node is with the majority; `diverged` are not
            SelfDiverged, // a majority of reporting voters has another checkpoint
        } kind
            = Kind::Unknown;
        Checkpoint own;
        Checkpoint majority; // SelfDiverged / PeersDiverged: the majority's checkpoint
        std::vector<raft::NodeId> agreeing; // peers with the same checkpoint as this node
        std::vector<raft::NodeId> differing; // peers with another checkpoint
        std::vector<raft::NodeId> majorityPeers; // SelfDiverged: the peers holding `majority`
        bool fork = false; // a differing checkpoint has another head hash
    };

    void recordOwn(const Checkpoint &cp);
    void recordPeer(raft::NodeId peer, const std::vector<Checkpoint> &cps);
    void forgetPeersExcept(const std::vector<raft::NodeId> &members);
    // Up to `n` of this node's latest checkpoints, in height order.
    std::vector<Checkpoint> latestOwn(std::size_t n) const;
    bool hasOwn(std::uint64_t height) const { return m_own.count(height) != 0; }
    // This node's checkpoint at `height` against the peers among `voters` that
    // reported the same height (this node counts as one voter).
    Verdict evaluate(std::uint64_t height, const std::vector<raft::NodeId> &voters,
                     raft::NodeId self) const;

private:
    std::map<std::uint64_t, Checkpoint> m_own;
    QHash<raft::NodeId, std::map<std::uint64_t, Checkpoint>> m_peers;
};

class DigestWorker;

// Divergence detection (docs/raft.md §Divergence). At every `everyBlocks`-th
// height, and at the head once no block was applied for `idleTicks` ticks, a
// worker thread opens a read transaction on state.db (SQLite WAL: the worker's
// snapshot is the state exactly at that height) while the state thread waits
// between two batches (Hooks::snapshot), and computes the digest at leisure. The node sends
// its latest checkpoints to its peers and compares them with theirs: when a
// majority of the reporting voters hold another checkpoint at a height, this
// node's state (or chain) diverged and it halts rather than serve or spread it.
// Thread affinity: the node's thread (child of the LedgerNode).
class StateCheckpoints : public QObject
{
    Q_OBJECT
public:
    struct Hooks {
        std::function<void(raft::NodeId to, const QByteArray &payload)> send;
        std::function<std::vector<raft::NodeId>()> voters;
        std::function<std::vector<raft::NodeId>()> members; // voters and learners
        std::function<void(const QString &reason)> halt;
        // Runs `take` on the state's thread (StateApplier::post) once every block
        // handed over so far is applied, and before any later one is.
        std::function<void(std::function<void()> take)> snapshot;
    };

    StateCheckpoints(QString statePath, raft::NodeId self, int everyBlocks, int idleTicks,
                     Hooks hooks, QObject *parent = nullptr);
    ~StateCheckpoints() override;

    // After the node handed block `height` over to the state: at a checkpoint
    // height, the digest of the state right after it.
    void blockHandedOver(std::uint64_t height, const chain::BlockHash &hash);
    // After the state applied (or at open, holds) block `height`.
    void blockApplied(std::uint64_t height, const chain::BlockHash &hash);
    // Each node tick: the idle checkpoint and a periodic resend to peers.
    void tick();
    void receive(raft::NodeId from, QByteArrayView payload);
    // No more digests, votes or frames (the node halted).
    void stop();
    CheckpointStatus status() const { return m_status; }
    // Whether `height` is a checkpoint height: the node ends a batch of
    // applied blocks there, so the digest sees the state exactly at it.
    bool isCheckpointHeight(std::uint64_t height) const
    {
        return m_everyBlocks > 0 && height % std::uint64_t(m_everyBlocks) == 0;
    }

private:
    void startDigest(std::uint64_t height, const chain::BlockHash &hash);
    void snapshotTaken(std::uint64_t height, const chain::BlockHash &hash,
                       const core::Status &began, double pauseMs);
    void digestDone(const core::Result<Checkpoint> &cp, double ms);
    void broadcast();
    void judge(std::uint64_t height);

    const raft::NodeId m_self;
    const int m_everyBlocks;
    const int m_idleTicks;
    Hooks m_hooks;
    QThread m_thread;
    DigestWorker *m_worker = nullptr;
    std::atomic<bool> m_cancel { false };
    bool m_stopped = false;
    bool m_busy = false; // a digest is being computed
    std::uint64_t m_height = 0; // last applied block
    chain::BlockHash m_hash;
    bool m_haveHead = false;
    std::uint64_t m_lastStarted = 0;
    bool m_startedAny = false;
    int m_idle = 0; // ticks since the last applied block
    int m_sinceBroadcast = 0;
    CheckpointVotes m_votes;
    CheckpointStatus m_status;
    QSet<QPair<raft::NodeId, quint64>> m_warned; // (peer or 0, height) already logged
};

} // namespace ledger::node
