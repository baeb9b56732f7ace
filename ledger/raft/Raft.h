#pragma once

#include "ledger/core/Result.h"
#include "ledger/raft/ConfChange.h"
#include "ledger/raft/Config.h"
#include "ledger/raft/Message.h"
#include "ledger/raft/Progress.h"
#include "ledger/raft/RaftLog.h"
#include "ledger/raft/Random.h"
#include "ledger/raft/Ready.h"
#include "ledger/raft/Storage.h"

#include <tl/expected.hpp>

#include <deque>
#include <map>
#include <memory>
#include <set>

namespace ledger::raft {

// Why a request to the core was refused. Never an error of the node: the caller retries
// (elsewhere, later) or reports it to the user.
enum class Rejection : std::uint8_t {
    NotLeader, // ask `leaderHint` (NoNode when unknown)
    TransferInProgress, // leadership is being handed over; retry at the new leader
    PendingConfChange, // an earlier configuration entry is not committed yet
    NoCommitInTerm, // a new leader has not yet committed an entry of its term
    InvalidConfChange, // the change does not apply to the current configuration
    NotVoter, // transfer target is not a voter
    LearnerBehind, // promote only a learner whose log reaches the commit index
};

const char *rejectionName(Rejection r);

struct Rejected {
    Rejection reason = Rejection::NotLeader;
    NodeId leaderHint = NoNode;
};

struct Proposed {
    Index index = 0; // where the entry was appended in the leader's log; it is committed
    Term term = 0; // iff an entry with this index AND term is later committed
};

using ProposeResult = tl::expected<Proposed, Rejected>;
using RequestResult = tl::expected<void, Rejected>;

// One Raft node as a pure state machine (etcd-raft style): no I/O, clock, thread or
// system randomness. Drive it with tick() every tick period and step() for every
// message received, then drain ready()/advance() (Ready.h). Not thread-safe: call
// every function from one thread. Broken invariants stop the process (GONGZHI_ENFORCE).
class Raft
{
public:
    // Loads HardState and configuration from `storage`, which must outlive the node.
    static core::Result<std::unique_ptr<Raft>> create(const Config &config, const Storage &storage);

    void tick();
    // Any message, from any node, in any order, any number of times.
    void step(const Message &message);

    ProposeResult propose(QByteArray data);
    ProposeResult proposeConfChange(const ConfChange &change);
    // Linearizable read (dissertation §6.4): on success a ReadState with `context` comes
    // out in a later Ready once leadership is confirmed by a quorum heartbeat round.
    // Contexts must be unique among outstanding reads. Leader only.
    RequestResult readIndex(QByteArray context);
    // Dissertation §3.10: hand leadership to `to` (a voter) within one election timeout.
    RequestResult transferLeadership(NodeId to);

    bool hasReady() const;
    // Precondition: hasReady(). At most one Ready is outstanding until advance().
    Ready ready();
    void advance();

    NodeId id() const { return m_cfg.id; }
    Role role() const { return m_role; }
    NodeId leader() const { return m_leader; }
    Term term() const { return m_term; }
    NodeId vote() const { return m_vote; }
    Index committed() const { return m_log.committed(); }
    Index lastIndex() const { return m_log.lastIndex(); }
    const RaftLog &log() const { return m_log; }
    const Membership &membership() const { return m_membership; }
    // Whether this node may vote and stand for election (see ConfChange::incarnation).
    bool enabled() const;
    // Leader only: the follower's progress, or nullptr.
    const Progress *progress(NodeId id) const;
    NodeId leadTransferee() const { return m_leadTransferee; }

private:
    enum class Campaign { PreElection, Election, Transfer };
    enum class Poll { Pending, Won, Lost };
    struct PendingRead {
        QByteArray context;
        Index index = 0;
        std::set<NodeId> acks;
    };

    Raft(const Config &config, const Storage &storage, const Storage::InitialState &init);

    // Raft.cpp
    void send(Message m);
    HardState hardStateToPersist() const;
    void reset(Term term);
    void appendToLog(const std::vector<Entry> &entries);
    void rebuildMembership();
    void onMembershipChanged();
    bool promotable() const;
    Index lastConfIndex() const;
    bool committedInTerm() const;

    // RaftElection.cpp
    void tickElection();
    void tickHeartbeat();
    void becomeFollower(Term term, NodeId leader);
    void becomePreCandidate();
    void becomeCandidate();
    void becomeLeader();
    void campaign(Campaign kind);
    Poll poll(NodeId from, bool granted);
    void handleVote(const Message &m);
    void handleVoteResp(const Message &m);
    bool stepTerm(const Message &m);

    // RaftReplication.cpp
    bool sendAppend(NodeId to, bool sendIfEmpty);
    void sendAppendsTo(NodeId to);
    void bcastAppend();
    void bcastHeartbeat(const QByteArray &context);
    bool maybeCommit();
    void handleAppend(const Message &m);
    void handleHeartbeat(const Message &m);
    void handleAppendResp(const Message &m);
    void handleHeartbeatResp(const Message &m);
    Index selfMatch() const;

    // RaftMembership.cpp / RaftReadIndex.cpp
    void sendTimeoutNow(NodeId to);
    void stepDownIfRemoved();
    void handleReadAck(NodeId from, const QByteArray &context);

    Config m_cfg;
    const Storage &m_storage;
    RaftLog m_log;
    SplitMix64 m_rng;
    std::uint64_t m_incarnation = 0;

    Term m_term = 0;
    NodeId m_vote = NoNode;
    NodeId m_leader = NoNode;
    Role m_role = Role::Follower;
    int m_electionElapsed = 0;
    int m_heartbeatElapsed = 0;
    int m_randomizedTimeout = 0;
    std::map<NodeId, bool> m_votes;

    Membership m_membership;
    std::vector<std::pair<Index, ConfChange>> m_confLog;
    std::map<NodeId, Progress> m_progress; // leader only, every member but this node
    NodeId m_leadTransferee = NoNode;
    std::deque<PendingRead> m_pendingReads;

    std::vector<Message> m_msgs;
    std::vector<ReadState> m_readStates;
    HardState m_persistedHardState;
    SoftState m_prevSoftState;
    bool m_readyOutstanding = false;
    HardState m_handedHardState;
    std::optional<std::pair<Index, Term>> m_handedLastEntry;
};

} // namespace ledger::raft
