// Log replication: Raft §5.3, commitment §5.4.2 (Figure 8), flow control and fast
// back-tracking (dissertation §10.2.1, §5.3 "optimization").
#include "ledger/core/Enforce.h"
#include "ledger/raft/Raft.h"

#include <algorithm>

namespace ledger::raft {

Index Raft::selfMatch() const
{
    // Bug 8: only what is durable here counts toward the leader's own vote.
    return m_cfg.knobs.leaderCountsUnpersisted ? m_log.lastIndex() : m_log.stableLastIndex();
}

bool Raft::sendAppend(NodeId to, bool sendIfEmpty)
{
    auto it = m_progress.find(to);
    if (it == m_progress.end())
        return false;
    Progress &pr = it->second;
    if (pr.paused())
        return false;
    const Index last = m_log.lastIndex();
    const Index prevIndex = std::min(pr.next(), last + 1) - 1;
    Message m;
    m.type = MessageType::Append;
    m.to = to;
    m.index = prevIndex;
    m.logTerm = *m_log.term(prevIndex);
    m.entries = m_log.slice(prevIndex + 1, last + 1, m_cfg.maxMsgBytes, m_cfg.maxMsgEntries);
    m.commit = m_log.committed();
    if (m.entries.empty() && !sendIfEmpty)
        return false;
    if (!m.entries.empty())
        pr.sent(m.entries.back().index);
    else if (pr.state() == Progress::State::Probe)
        pr.sent(prevIndex);
    const bool more = !m.entries.empty();
    send(std::move(m));
    return more;
}

void Raft::sendAppendsTo(NodeId to)
{
    // Replicate state pipelines until the in-flight window is full; Probe sends one.
    bool first = true;
    while (sendAppend(to, first))
        first = false;
}

void Raft::bcastAppend()
{
    for (auto &entry : m_progress)
        sendAppendsTo(entry.first);
}

void Raft::bcastHeartbeat(const QByteArray &context)
{
    for (auto &[id, pr] : m_progress) {
        Message m;
        m.type = MessageType::Heartbeat;
        m.to = id;
        // Bug 5: the follower's log beyond its match may hold obsolete entries, and a
        // heartbeat does no log check, so never let it commit past the match.
        m.commit = m_cfg.knobs.heartbeatCommitUncapped ? m_log.committed()
                                                       : std::min(m_log.committed(), pr.match());
        m.context = context;
        send(std::move(m));
    }
}

bool Raft::maybeCommit()
{
    std::vector<Index> matches;
    for (NodeId v : m_membership.voters()) {
        if (v == m_cfg.id) {
            matches.push_back(selfMatch());
        } else {
            const Progress *pr = progress(v);
            matches.push_back(pr ? pr->match() : 0);
        }
    }
    if (matches.empty())
        return false;
    std::sort(matches.begin(), matches.end(), std::greater<Index>());
    const Index candidate = matches[m_membership.quorum() - 1];
    if (candidate <= m_log.committed())
        return false;
    // Raft §5.4.2 (Figure 8): only an entry of the current term is committed by
    // counting replicas; earlier entries are committed indirectly by it.
    if (m_log.term(candidate) != m_term && !m_cfg.knobs.commitOldTermByCounting)
        return false;
    m_log.commitTo(candidate);
    stepDownIfRemoved();
    return true;
}

void Raft::handleAppend(const Message &m)
{
    Message r;
    r.type = MessageType::AppendResp;
    r.to = m.from;
    const Index committed = m_log.committed();
    if (m.index < committed && !m_cfg.knobs.compareBelowCommit) {
        // Bug 4: everything up to our commit index is known to match the leader; a
        // position inside it is answered with the commit index, never compared.
        r.index = committed;
        send(std::move(r));
        return;
    }
    if (m_log.matchTerm(m.index, m.logTerm)) {
        const Index lastNew = m.index + m.entries.size();
        Index conflict = m_log.findConflict(m.entries);
        if (m_cfg.knobs.truncateOnStaleAppend && !m.entries.empty())
            conflict = m.entries.front().index;
        if (conflict != 0) {
            // Bug 3: truncate only at a real conflict, never for a stale or duplicate
            // message whose entries we already hold.
            std::vector<Entry> tail(m.entries.begin()
                                        + static_cast<std::ptrdiff_t>(conflict - m.index - 1),
                                    m.entries.end());
            appendToLog(tail);
        }
        // Bug 2 / Figure 2: commitIndex = min(leaderCommit, index of last new entry);
        // entries after it were not verified by this message.
        const Index cap = m_cfg.knobs.followerCommitUncapped ? m_log.lastIndex() : lastNew;
        m_log.commitTo(std::min(m.commit, cap));
        r.index = lastNew;
        send(std::move(r));
        return;
    }
    // Fast back-tracking: point the leader at the largest index that may still match,
    // skipping whole terms of our log that cannot.
    const Index hint = m_log.findConflictByTerm(std::min(m.index, m_log.lastIndex()), m.logTerm);
    r.reject = true;
    r.index = m.index;
    r.rejectHint = hint;
    r.logTerm = *m_log.term(hint);
    send(std::move(r));
}

void Raft::handleHeartbeat(const Message &m)
{
    m_log.commitTo(std::min(m.commit, m_log.lastIndex()));
    Message r;
    r.type = MessageType::HeartbeatResp;
    r.to = m.from;
    r.context = m.context;
    if (m.commit > m_log.lastIndex()) {
        // m.commit <= our match at the leader: we acknowledged entries we no longer hold.
        r.reject = true;
        r.index = m_log.lastIndex();
    }
    send(std::move(r));
}

void Raft::handleAppendResp(const Message &m)
{
    auto it = m_progress.find(m.from);
    if (it == m_progress.end())
        return;
    Progress &pr = it->second;
    pr.setRecentActive(true);
    if (m.reject) {
        Index next = m.rejectHint;
        if (m.logTerm > 0)
            next = m_log.findConflictByTerm(m.rejectHint, m.logTerm);
        if (pr.maybeDecrTo(m.index, next)) {
            if (pr.state() == Progress::State::Replicate)
                pr.becomeProbe();
            sendAppendsTo(m.from);
        }
        return;
    }
    const Index acked = std::min(m.index, m_log.lastIndex());
    const bool probeConfirmed = pr.state() == Progress::State::Probe && pr.match() == acked;
    if (!pr.maybeUpdate(acked) && !probeConfirmed)
        return;
    if (pr.state() == Progress::State::Probe)
        pr.becomeReplicate();
    if (maybeCommit()) {
        if (m_role != Role::Leader)
            return;
        bcastAppend();
    } else {
        sendAppendsTo(m.from);
    }
    if (m.from == m_leadTransferee && pr.match() == m_log.lastIndex())
        sendTimeoutNow(m.from);
}

void Raft::handleHeartbeatResp(const Message &m)
{
    auto it = m_progress.find(m.from);
    if (it == m_progress.end())
        return;
    Progress &pr = it->second;
    pr.setRecentActive(true);
    pr.onHeartbeatResp();
    if (m.reject)
        pr.regressTo(m.index);
    if (pr.match() < m_log.lastIndex())
        sendAppendsTo(m.from);
    if (!m.context.isEmpty())
        handleReadAck(m.from, m.context);
}

} // namespace ledger::raft
