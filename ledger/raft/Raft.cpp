#include "ledger/raft/Raft.h"

#include "ledger/core/Enforce.h"

#include <algorithm>

namespace ledger::raft {

const char *roleName(Role role)
{
    switch (role) {
    case Role::Follower: return "follower";
    case Role::PreCandidate: return "pre-candidate";
    case Role::Candidate: return "candidate";
    case Role::Leader: return "leader";
    }
    return "?";
}

const char *messageTypeName(MessageType type)
{
    switch (type) {
    case MessageType::PreVote: return "PreVote";
    case MessageType::PreVoteResp: return "PreVoteResp";
    case MessageType::Vote: return "Vote";
    case MessageType::VoteResp: return "VoteResp";
    case MessageType::Append: return "Append";
    case MessageType::AppendResp: return "AppendResp";
    case MessageType::Heartbeat: return "Heartbeat";
    case MessageType::HeartbeatResp: return "HeartbeatResp";
    case MessageType::TimeoutNow: return "TimeoutNow";
    }
    return "?";
}

const char *rejectionName(Rejection r)
{
    switch (r) {
    case Rejection::NotLeader: return "not-leader";
    case Rejection::TransferInProgress: return "transfer-in-progress";
    case Rejection::PendingConfChange: return "pending-conf-change";
    case Rejection::NoCommitInTerm: return "no-commit-in-term";
    case Rejection::InvalidConfChange: return "invalid-conf-change";
    case Rejection::NotVoter: return "not-voter";
    case Rejection::LearnerBehind: return "learner-behind";
    }
    return "?";
}

core::Result<std::unique_ptr<Raft>> Raft::create(const Config &config, const Storage &storage)
{
    using core::ErrorCode;
    if (config.id == NoNode)
        return core::fail(ErrorCode::BadValue, QStringLiteral("node id 0 is reserved"),
                          QStringLiteral("id"));
    if (config.heartbeatTick <= 0 || config.electionTick <= config.heartbeatTick)
        return core::fail(ErrorCode::BadValue,
                          QStringLiteral("need 0 < heartbeatTick < electionTick"),
                          QStringLiteral("electionTick"));
    const auto init = GONGZHI_TRY(storage.initialState());
    const auto last = GONGZHI_TRY(storage.lastIndex());
    // Storage.h: entries are durable no later than the HardState that refers to them.
    // A commit index beyond the log means that order was broken; the entries below it
    // may be stale ones, so no clamping can make the node safe again.
    if (init.hardState.commit > last || config.applied > last)
        return core::fail(ErrorCode::Corrupt,
                          QStringLiteral("commit or applied index beyond the stored log"),
                          QStringLiteral("commit"));
    std::unique_ptr<Raft> raft(new Raft(config, storage, init));
    const auto confs = GONGZHI_TRY(storage.confEntries());
    for (const Entry &e : confs) {
        auto cc = ConfChange::decode(e.data);
        if (cc)
            raft->m_confLog.emplace_back(e.index, *cc);
    }
    raft->rebuildMembership();
    return raft;
}

Raft::Raft(const Config &config, const Storage &storage, const Storage::InitialState &init)
    : m_cfg(config)
    , m_storage(storage)
    , m_log(storage, std::max(init.hardState.commit, config.applied),
            config.knobs.ignoreAppliedOnRestart ? 0 : config.applied)
    , m_rng(config.seed ^ (config.id * 0x9E3779B97F4A7C15ULL))
    , m_incarnation(init.incarnation)
    , m_term(init.hardState.term)
    , m_vote(init.hardState.vote)
    , m_persistedHardState(init.hardState)
{
    const RaftTestKnobs &k = m_cfg.knobs;
    m_log.setEnforceCommittedImmutable(
        !(k.truncateOnStaleAppend || k.compareBelowCommit || k.commitOldTermByCounting
          || k.followerCommitUncapped || k.heartbeatCommitUncapped || k.leaderCountsUnpersisted
          || k.grantVoteToStaleLog || k.forgetPersistVote || k.confChangeBeforeTermCommit
          || k.multiplePendingConfChanges || k.wipedNodeVotes));
    m_handedHardState = m_persistedHardState;
    reset(m_term);
}

void Raft::send(Message m)
{
    m.from = m_cfg.id;
    if (m.term == 0)
        m.term = m_term;
    m_msgs.push_back(std::move(m));
}

HardState Raft::hardStateToPersist() const
{
    HardState hs { m_term, m_vote, m_log.committed() };
    if (m_cfg.knobs.forgetPersistVote)
        hs.vote = m_persistedHardState.term == m_term ? m_persistedHardState.vote : NoNode;
    return hs;
}

void Raft::reset(Term term)
{
    if (term != m_term) {
        m_term = term;
        m_vote = NoNode;
    }
    m_leader = NoNode;
    m_electionElapsed = 0;
    m_heartbeatElapsed = 0;
    // Raft §5.2: randomized election timeouts in [T, 2T) make split votes rare.
    m_randomizedTimeout = m_cfg.electionTick
        + static_cast<int>(m_rng.below(static_cast<std::uint64_t>(m_cfg.electionTick)));
    m_votes.clear();
    m_progress.clear();
    m_leadTransferee = NoNode;
    m_pendingReads.clear();
}

void Raft::appendToLog(const std::vector<Entry> &entries)
{
    if (entries.empty())
        return;
    const Index first = entries.front().index;
    bool changed = false;
    // Dissertation §4.1: a configuration is used as soon as it is in the log, and the
    // previous one is restored when its entry is truncated.
    while (!m_confLog.empty() && m_confLog.back().first >= first) {
        m_confLog.pop_back();
        changed = true;
    }
    m_log.append(entries);
    for (const Entry &e : entries) {
        if (e.type != EntryType::ConfChange)
            continue;
        if (auto cc = ConfChange::decode(e.data)) {
            m_confLog.emplace_back(e.index, *cc);
            changed = true;
        }
    }
    if (changed)
        rebuildMembership();
}

void Raft::rebuildMembership()
{
    Membership m;
    for (const auto &entry : m_confLog)
        m.apply(entry.second);
    if (m == m_membership)
        return;
    m_membership = std::move(m);
    onMembershipChanged();
}

void Raft::onMembershipChanged()
{
    if (m_role != Role::Leader)
        return;
    for (auto it = m_progress.begin(); it != m_progress.end();) {
        it = m_membership.isMember(it->first) ? std::next(it) : m_progress.erase(it);
    }
    for (NodeId id : m_membership.members()) {
        if (id != m_cfg.id && !m_progress.count(id)) {
            Progress pr(m_log.lastIndex() + 1, m_cfg.maxInflight);
            pr.setRecentActive(true);
            m_progress.emplace(id, pr);
        }
    }
    if (m_leadTransferee != NoNode && !m_membership.isVoter(m_leadTransferee))
        m_leadTransferee = NoNode;
}

bool Raft::enabled() const
{
    for (const auto &[index, cc] : m_confLog) {
        if (cc.type == ConfChangeType::Bootstrap && m_incarnation == 0
            && std::find(cc.voters.begin(), cc.voters.end(), m_cfg.id) != cc.voters.end())
            return true;
        if (cc.type == ConfChangeType::AddLearner && cc.node == m_cfg.id
            && cc.incarnation == m_incarnation)
            return true;
    }
    return m_cfg.knobs.wipedNodeVotes;
}

bool Raft::promotable() const
{
    return m_membership.isVoter(m_cfg.id) && enabled();
}

Index Raft::lastConfIndex() const
{
    return m_confLog.empty() ? 0 : m_confLog.back().first;
}

bool Raft::committedInTerm() const
{
    return m_log.term(m_log.committed()) == m_term;
}

const Progress *Raft::progress(NodeId id) const
{
    auto it = m_progress.find(id);
    return it == m_progress.end() ? nullptr : &it->second;
}

void Raft::tick()
{
    if (m_role == Role::Leader)
        tickHeartbeat();
    else
        tickElection();
}

void Raft::step(const Message &m)
{
    if (m.to != m_cfg.id || m.from == m_cfg.id || m.from == NoNode)
        return;
    if (!stepTerm(m))
        return;
    switch (m.type) {
    case MessageType::PreVote:
    case MessageType::Vote: handleVote(m); return;
    case MessageType::PreVoteResp:
    case MessageType::VoteResp: handleVoteResp(m); return;
    case MessageType::Append:
    case MessageType::Heartbeat:
        if (m_role == Role::Leader)
            return; // Raft §5.2: at most one leader per term; cannot come from it
        if (m_leader != NoNode && m_leader != m.from)
            return; // a second leader in this term: a hostile or replayed message
        if (m_role != Role::Follower)
            becomeFollower(m.term, m.from);
        m_leader = m.from;
        m_electionElapsed = 0;
        if (m.type == MessageType::Append)
            handleAppend(m);
        else
            handleHeartbeat(m);
        return;
    case MessageType::AppendResp:
        if (m_role == Role::Leader)
            handleAppendResp(m);
        return;
    case MessageType::HeartbeatResp:
        if (m_role == Role::Leader)
            handleHeartbeatResp(m);
        return;
    case MessageType::TimeoutNow:
        // Dissertation §3.10: the transferee starts an election at once, bypassing
        // PreVote and the other nodes' leases (its Vote says "transfer").
        // Only from the leader this node follows (or while it knows none): anyone
        // else asking is not handing over leadership it has.
        if (m_role == Role::Follower && promotable() && (m_leader == NoNode || m_leader == m.from))
            campaign(Campaign::Transfer);
        return;
    }
}

bool Raft::hasReady() const
{
    if (m_readyOutstanding)
        return false;
    return SoftState { m_leader, m_role } != m_prevSoftState
        || hardStateToPersist() != m_persistedHardState || !m_log.unstable().empty()
        || !m_msgs.empty() || m_log.hasNextCommitted() || !m_readStates.empty();
}

Ready Raft::ready()
{
    GONGZHI_ENFORCE(!m_readyOutstanding, "ready() called twice without advance()");
    Ready rd;
    const SoftState soft { m_leader, m_role };
    if (soft != m_prevSoftState) {
        rd.softState = soft;
        m_prevSoftState = soft;
    }
    m_handedHardState = hardStateToPersist();
    if (m_handedHardState != m_persistedHardState)
        rd.hardState = m_handedHardState;
    rd.entries = m_log.unstable();
    m_handedLastEntry.reset();
    if (!rd.entries.empty())
        m_handedLastEntry = std::make_pair(rd.entries.back().index, rd.entries.back().term);
    rd.messages = std::move(m_msgs);
    m_msgs.clear();
    rd.committedEntries = m_log.nextCommitted(m_cfg.maxApplyBytes);
    if (!rd.committedEntries.empty())
        m_log.appliedTo(rd.committedEntries.back().index);
    rd.readStates = std::move(m_readStates);
    m_readStates.clear();
    m_readyOutstanding = true;
    return rd;
}

void Raft::advance()
{
    GONGZHI_ENFORCE(m_readyOutstanding, "advance() without ready()");
    m_readyOutstanding = false;
    m_persistedHardState = m_handedHardState;
    if (m_handedLastEntry)
        m_log.stableTo(m_handedLastEntry->first, m_handedLastEntry->second);
    m_handedLastEntry.reset();
    // Bug 8: the leader's own entries count toward a quorum only now that they are durable.
    if (m_role == Role::Leader && maybeCommit())
        bcastAppend();
}

} // namespace ledger::raft
