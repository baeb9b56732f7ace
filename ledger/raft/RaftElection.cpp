// Leader election: Raft §5.2 and §5.4.1, PreVote (dissertation §9.6), CheckQuorum and
// the vote lease (dissertation §6.2 and §4.2.3).
#include "ledger/core/Enforce.h"
#include "ledger/raft/Raft.h"

namespace ledger::raft {

namespace {
const QByteArray kTransfer = QByteArrayLiteral("transfer");
}

void Raft::tickElection()
{
    ++m_electionElapsed;
    if (promotable() && m_electionElapsed >= m_randomizedTimeout) {
        m_electionElapsed = 0;
        campaign(m_cfg.preVote ? Campaign::PreElection : Campaign::Election);
    }
}

void Raft::tickHeartbeat()
{
    ++m_heartbeatElapsed;
    ++m_electionElapsed;
    if (m_electionElapsed >= m_cfg.electionTick) {
        m_electionElapsed = 0;
        if (m_cfg.checkQuorum) {
            // Dissertation §6.2: a leader that has not heard from a quorum within an
            // election timeout steps down, so clients can find the real leader.
            std::size_t active = 0;
            for (NodeId v : m_membership.voters()) {
                const Progress *pr = progress(v);
                active += (v == m_cfg.id || (pr && pr->recentActive())) ? 1 : 0;
            }
            for (auto &entry : m_progress)
                entry.second.setRecentActive(false);
            if (active < m_membership.quorum()) {
                becomeFollower(m_term, NoNode);
                return;
            }
        }
        m_leadTransferee = NoNode; // a transfer that did not finish in time is abandoned
    }
    if (m_heartbeatElapsed >= m_cfg.heartbeatTick) {
        m_heartbeatElapsed = 0;
        bcastHeartbeat(m_pendingReads.empty() ? QByteArray() : m_pendingReads.back().context);
    }
}

void Raft::becomeFollower(Term term, NodeId leader)
{
    reset(term);
    m_role = Role::Follower;
    m_leader = leader;
}

void Raft::becomePreCandidate()
{
    // PreVote changes neither term nor vote: a node cut off from the cluster cannot
    // inflate its term and later depose a healthy leader.
    m_votes.clear();
    m_role = Role::PreCandidate;
    m_leader = NoNode;
}

void Raft::becomeCandidate()
{
    GONGZHI_ENFORCE(m_term < MaxTerm, "term overflow");
    reset(m_term + 1);
    m_vote = m_cfg.id;
    m_role = Role::Candidate;
}

void Raft::becomeLeader()
{
    GONGZHI_ENFORCE(m_role == Role::Candidate, "only a candidate becomes leader");
    const Term term = m_term;
    reset(term);
    m_role = Role::Leader;
    m_leader = m_cfg.id;
    onMembershipChanged();
    for (auto &entry : m_progress)
        entry.second = Progress(m_log.lastIndex() + 1, m_cfg.maxInflight);
    for (auto &entry : m_progress)
        entry.second.setRecentActive(true);
    // Raft §8: a blank entry of the new term lets earlier entries commit (Figure 8
    // forbids counting replicas of older terms) and enables ReadIndex.
    appendToLog({ Entry { m_term, m_log.lastIndex() + 1, EntryType::Normal, {} } });
    bcastAppend();
}

void Raft::campaign(Campaign kind)
{
    // A node at MaxTerm cannot start another term (only a hostile peer or a corrupt
    // disk gets it there, see acceptableTerm): it stays a follower rather than wrap.
    if (!promotable() || m_term >= MaxTerm)
        return;
    Term voteTerm = 0;
    MessageType type = MessageType::Vote;
    if (kind == Campaign::PreElection) {
        becomePreCandidate();
        voteTerm = m_term + 1;
        type = MessageType::PreVote;
    } else {
        becomeCandidate();
        voteTerm = m_term;
    }
    if (poll(m_cfg.id, true) == Poll::Won) {
        if (kind == Campaign::PreElection)
            campaign(Campaign::Election);
        else
            becomeLeader();
        return;
    }
    for (NodeId v : m_membership.voters()) {
        if (v == m_cfg.id)
            continue;
        Message m;
        m.type = type;
        m.to = v;
        m.term = voteTerm;
        m.index = m_log.lastIndex();
        m.logTerm = m_log.lastTerm();
        if (kind == Campaign::Transfer)
            m.context = kTransfer;
        send(std::move(m));
    }
}

Raft::Poll Raft::poll(NodeId from, bool granted)
{
    if (!m_membership.isVoter(from))
        return Poll::Pending;
    m_votes.emplace(from, granted);
    std::size_t yes = 0;
    std::size_t no = 0;
    for (const auto &entry : m_votes)
        (entry.second ? yes : no) += 1;
    if (yes >= m_membership.quorum())
        return Poll::Won;
    if (no > m_membership.voterCount() - m_membership.quorum())
        return Poll::Lost;
    return Poll::Pending;
}

// Term bookkeeping common to all messages (Raft §5.1). False: drop the message.
bool Raft::stepTerm(const Message &m)
{
    const bool isVote = m.type == MessageType::Vote || m.type == MessageType::PreVote;
    if (!acceptableTerm(m_term, m.term))
        return false; // a hostile or corrupt term: never adopted, never answered
    if (m.term > m_term) {
        // Only the leader of this node's own term hands leadership over; a TimeoutNow
        // of a later term comes from no leader this node followed.
        if (m.type == MessageType::TimeoutNow)
            return false;
        if (isVote) {
            // Dissertation §4.2.3: while a node hears from a live leader it ignores vote
            // requests (a removed or partitioned node cannot disrupt), unless the
            // election was asked for by the leader itself (transfer). A transfer
            // election is exactly one term above the leader's, which this node shares
            // while in the lease: a peer that merely claims "transfer" cannot raise
            // the term further. (The leader itself asking disrupts no one else.)
            const bool inLease = m_cfg.checkQuorum && m_leader != NoNode
                && m_electionElapsed < m_cfg.electionTick && !m_cfg.knobs.leaseIgnored;
            const bool transfer = m.context == kTransfer && m.term == m_term + 1;
            if (inLease && !transfer && m.from != m_leader)
                return false;
        }
        if (m.type == MessageType::PreVote || (m.type == MessageType::PreVoteResp && !m.reject)) {
            // a PreVote carries a term nobody has entered yet; a granted answer echoes it
        } else if (m.type == MessageType::Append || m.type == MessageType::Heartbeat
                   || m.type == MessageType::TimeoutNow) {
            becomeFollower(m.term, m.from);
        } else {
            becomeFollower(m.term, NoNode);
        }
        return true;
    }
    if (m.term < m_term) {
        if ((m_cfg.checkQuorum || m_cfg.preVote)
            && (m.type == MessageType::Append || m.type == MessageType::Heartbeat)) {
            // A stale leader would otherwise never learn the new term if this node's
            // PreVotes fail (it is in nobody's lease): tell it, so it steps down.
            Message r;
            r.type = MessageType::AppendResp;
            r.to = m.from;
            send(std::move(r));
        } else if (m.type == MessageType::PreVote) {
            Message r;
            r.type = MessageType::PreVoteResp;
            r.to = m.from;
            r.reject = true;
            send(std::move(r));
        }
        return false;
    }
    return true;
}

void Raft::handleVote(const Message &m)
{
    const bool pre = m.type == MessageType::PreVote;
    // Raft §5.2: one vote per term, first come first served; a node that knows the
    // leader of this term votes for nobody else.
    const bool canVote
        = m_vote == m.from || (m_vote == NoNode && m_leader == NoNode) || (pre && m.term > m_term);
    // Raft §5.4.1: only for a candidate whose log is at least as up-to-date.
    const bool upToDate = m_cfg.knobs.grantVoteToStaleLog || m_log.isUpToDate(m.index, m.logTerm);
    Message r;
    r.type = pre ? MessageType::PreVoteResp : MessageType::VoteResp;
    r.to = m.from;
    if (canVote && upToDate && enabled()) {
        r.term = m.term;
        if (!pre) {
            // Persisted with the next Ready before this answer leaves (bug 12).
            m_vote = m.from;
            m_electionElapsed = 0;
        }
    } else {
        r.term = m_term;
        r.reject = true;
    }
    send(std::move(r));
}

void Raft::handleVoteResp(const Message &m)
{
    const bool pre = m.type == MessageType::PreVoteResp;
    if ((pre && m_role != Role::PreCandidate) || (!pre && m_role != Role::Candidate))
        return;
    if (pre && !m.reject && m.term != m_term + 1)
        return; // answers an earlier pre-election
    switch (poll(m.from, !m.reject)) {
    case Poll::Won:
        if (pre)
            campaign(Campaign::Election);
        else
            becomeLeader();
        break;
    case Poll::Lost: becomeFollower(m_term, NoNode); break;
    case Poll::Pending: break;
    }
}

} // namespace ledger::raft
