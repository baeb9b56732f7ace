// Linearizable reads without writing to the log: ReadIndex (dissertation §6.4).
#include "ledger/raft/Raft.h"

namespace ledger::raft {

RequestResult Raft::readIndex(QByteArray context)
{
    if (m_role != Role::Leader)
        return tl::unexpected<Rejected>(Rejected { Rejection::NotLeader, m_leader });
    // §6.4 step 1: until the leader has committed an entry of its term it does not know
    // the latest commit index (earlier leaders may have committed more than it has).
    if (!committedInTerm() && !m_cfg.knobs.readBeforeTermCommit)
        return tl::unexpected<Rejected>(Rejected { Rejection::NoCommitInTerm, m_cfg.id });
    const Index index = m_log.committed();
    const bool soleVoter = m_membership.voterCount() == 1 && m_membership.isVoter(m_cfg.id);
    if (soleVoter || m_cfg.knobs.readWithoutQuorumCheck) {
        m_readStates.push_back(ReadState { index, std::move(context) });
        return {};
    }
    // §6.4 steps 2-3: record the commit index, then confirm with a heartbeat round that
    // no newer leader existed when the read arrived (a deposed leader never gets a quorum).
    PendingRead read { context, index, {} };
    if (m_membership.isVoter(m_cfg.id))
        read.acks.insert(m_cfg.id);
    m_pendingReads.push_back(std::move(read));
    bcastHeartbeat(context);
    return {};
}

void Raft::handleReadAck(NodeId from, const QByteArray &context)
{
    if (!m_membership.isVoter(from))
        return;
    auto it = std::find_if(m_pendingReads.begin(), m_pendingReads.end(),
                           [&](const PendingRead &r) { return r.context == context; });
    if (it == m_pendingReads.end())
        return;
    it->acks.insert(from);
    if (it->acks.size() < m_membership.quorum())
        return;
    // A quorum answered a heartbeat sent after this read (and all earlier ones) arrived.
    const auto end = std::next(it);
    for (auto r = m_pendingReads.begin(); r != end; ++r)
        m_readStates.push_back(ReadState { r->index, r->context });
    m_pendingReads.erase(m_pendingReads.begin(), end);
}

} // namespace ledger::raft
