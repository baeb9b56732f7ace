// Proposals, membership changes (dissertation §4.1, §4.2.2, §4.3 and the 2015 fix) and
// leadership transfer (dissertation §3.10).
#include "ledger/raft/Raft.h"

namespace ledger::raft {

namespace {
tl::unexpected<Rejected> reject(Rejection why, NodeId leader = NoNode)
{
    return tl::unexpected<Rejected>(Rejected { why, leader });
}
} // namespace

ProposeResult Raft::propose(QByteArray data)
{
    if (m_role != Role::Leader)
        return reject(Rejection::NotLeader, m_leader);
    if (m_leadTransferee != NoNode)
        return reject(Rejection::TransferInProgress, m_leadTransferee);
    const Proposed p { m_log.lastIndex() + 1, m_term };
    appendToLog({ Entry { p.term, p.index, EntryType::Normal, std::move(data) } });
    bcastAppend();
    return p;
}

ProposeResult Raft::proposeConfChange(const ConfChange &change)
{
    if (m_role != Role::Leader)
        return reject(Rejection::NotLeader, m_leader);
    if (m_leadTransferee != NoNode)
        return reject(Rejection::TransferInProgress, m_leadTransferee);
    // Single-server changes are safe only one at a time: every majority of the old
    // configuration overlaps every majority of the new one, which fails for two steps.
    if (lastConfIndex() > m_log.committed() && !m_cfg.knobs.multiplePendingConfChanges)
        return reject(Rejection::PendingConfChange, m_cfg.id);
    // Ongaro, raft-dev 2015 ("bug in single-server membership changes"): a leader may
    // append a configuration entry only after committing an entry of its own term, or
    // an uncommitted change from a deposed leader's diverging log can yield two
    // leaders whose configurations do not overlap.
    if (!committedInTerm() && !m_cfg.knobs.confChangeBeforeTermCommit)
        return reject(Rejection::NoCommitInTerm, m_cfg.id);
    if (change.type == ConfChangeType::Bootstrap || !m_membership.validate(change))
        return reject(Rejection::InvalidConfChange, m_cfg.id);
    // A learner promoted before it holds its own AddLearner entry would not yet know it
    // may vote (ConfChange::incarnation) while the quorum already counts on it: with one
    // more failure the cluster could elect nobody (found by the simulator). Promote only
    // a learner whose log reaches the commit index.
    if (change.type == ConfChangeType::PromoteLearner) {
        const Progress *pr = progress(change.node);
        if (!pr || pr->match() < m_log.committed())
            return reject(Rejection::LearnerBehind, m_cfg.id);
    }
    const Proposed p { m_log.lastIndex() + 1, m_term };
    appendToLog({ Entry { p.term, p.index, EntryType::ConfChange, change.encode() } });
    bcastAppend();
    return p;
}

void Raft::stepDownIfRemoved()
{
    // Dissertation §4.2.2: a leader removed from the configuration manages the cluster
    // until the change commits, without counting itself, then steps down.
    if (m_role == Role::Leader && !m_membership.isVoter(m_cfg.id)
        && lastConfIndex() <= m_log.committed()) {
        bcastAppend(); // let the others learn the commit before we fall silent
        const std::vector<Message> farewell = std::move(m_msgs);
        becomeFollower(m_term, NoNode);
        m_msgs = farewell;
    }
}

RequestResult Raft::transferLeadership(NodeId to)
{
    if (m_role != Role::Leader)
        return reject(Rejection::NotLeader, m_leader);
    if (to == m_cfg.id)
        return {};
    if (!m_membership.isVoter(to) || !m_progress.count(to))
        return reject(Rejection::NotVoter, m_cfg.id);
    if (m_leadTransferee == to)
        return {};
    // Proposals stop until the transfer ends; it is abandoned after an election timeout.
    m_leadTransferee = to;
    m_electionElapsed = 0;
    const Progress &pr = m_progress.at(to);
    if (pr.match() == m_log.lastIndex())
        sendTimeoutNow(to);
    else
        sendAppendsTo(to);
    return {};
}

void Raft::sendTimeoutNow(NodeId to)
{
    Message m;
    m.type = MessageType::TimeoutNow;
    m.to = to;
    send(std::move(m));
}

} // namespace ledger::raft
