// Invariants checked after every simulator event (Raft §5.4 Figure 3 properties, plus
// durability and the client-visible history).
#include "tests/sim/SimCore.h"

namespace sim {

void Sim::fail(const QString &what)
{
    if (m_result.violation.isEmpty()) {
        m_result.violation = QStringLiteral("t=%1ms: %2").arg(m_now).arg(what);
        trace(QStringLiteral("VIOLATION ") + what);
    }
}

void Sim::checkAfterEvent()
{
    for (auto &[id, n] : m_nodes) {
        if (!n.raft)
            continue;
        const Raft &r = *n.raft;
        // Commit index never moves backwards (within one process lifetime).
        if (r.committed() < n.commitSeen)
            fail(QStringLiteral("node %1 commit index went back from %2 to %3")
                     .arg(id)
                     .arg(n.commitSeen)
                     .arg(r.committed()));
        if (r.committed() > n.commitSeen) {
            onCommitAdvanced(n);
            n.commitSeen = r.committed();
        }
        const Role role = r.role();
        if (role == Role::Leader) {
            // Election safety: at most one leader per term, ever.
            auto [it, fresh] = m_leaderOfTerm.emplace(r.term(), id);
            if (!fresh && it->second != id)
                fail(QStringLiteral("two leaders in term %1: %2 and %3")
                         .arg(r.term())
                         .arg(it->second)
                         .arg(id));
            if (m_roles[id] != Role::Leader) {
                trace(QStringLiteral("leader %1 term %2 last %3 commit %4")
                          .arg(id)
                          .arg(r.term())
                          .arg(r.lastIndex())
                          .arg(r.committed()));
                checkLeaderCompleteness(n);
                if (!m_healed && m_rng.chance(m_faults.leaderCrash)) {
                    // Short-lived leaders whose new entries stay local (Figure 8 (b)).
                    if (m_rng.chance(0.5)) {
                        for (const auto &other : m_nodes) {
                            m_cut.insert({ id, other.first });
                            m_cut.insert({ other.first, id });
                        }
                        trace(QStringLiteral("partition: isolate new leader %1").arg(id));
                    } else {
                        schedule(Event { m_now + static_cast<std::int64_t>(m_rng.below(300)),
                                         0,
                                         EventType::Crash,
                                         id,
                                         n.epoch,
                                         {} });
                    }
                }
                if (m_healed && m_result.stats.healedLeaderMs < 0)
                    m_result.stats.healedLeaderMs = m_now - m_healedAt;
            }
        }
        m_roles[id] = role;
    }
    if (m_healed && m_result.stats.healedLeaderMs < 0 && leader())
        m_result.stats.healedLeaderMs = m_now - m_healedAt;
    if (m_result.stats.events % 4096 == 0)
        checkLogMatching();
}

void Sim::checkPersist(SimNode &n, const Ready &rd)
{
    if (rd.hardState) {
        const HardState &hs = *rd.hardState;
        // Persisted state never regresses; a vote, once durable, is never changed.
        if (hs.term < n.persisted.term)
            fail(QStringLiteral("node %1 persists term %2 after %3")
                     .arg(n.id)
                     .arg(hs.term)
                     .arg(n.persisted.term));
        if (hs.term == n.persisted.term && n.persisted.vote != NoNode
            && hs.vote != n.persisted.vote)
            fail(QStringLiteral("node %1 changes its durable vote in term %2")
                     .arg(n.id)
                     .arg(hs.term));
        if (hs.commit < n.persisted.commit)
            fail(QStringLiteral("node %1 persists commit %2 after %3")
                     .arg(n.id)
                     .arg(hs.commit)
                     .arg(n.persisted.commit));
    }
    if (!rd.entries.empty()) {
        const Index stored = n.storage->log().size();
        for (const Entry &e : rd.entries) {
            if (e.index <= std::min(n.persisted.commit, stored)
                && n.storage->log()[e.index - 1].term != e.term)
                fail(QStringLiteral("node %1 overwrites durable committed entry %2")
                         .arg(n.id)
                         .arg(e.index));
            // Log matching (first half): one entry per (index, term), cluster-wide.
            auto [it, fresh] = m_entryAt.emplace(std::make_pair(e.index, e.term), e.data);
            if (!fresh && it->second != e.data)
                fail(QStringLiteral("two different entries at index %1 term %2")
                         .arg(e.index)
                         .arg(e.term));
        }
    }
}

void Sim::checkRestart(SimNode &n)
{
    const auto init = n.storage->initialState();
    if (!init)
        return;
    const HardState &hs = init->hardState;
    if (hs.term < n.persisted.term
        || (hs.term == n.persisted.term && n.persisted.vote != NoNode
            && hs.vote != n.persisted.vote))
        fail(QStringLiteral("node %1 restarted with regressed term/vote").arg(n.id));
    n.persisted = hs;
}

void Sim::onVoteSent(const Message &m)
{
    // No node grants two candidates a vote in one term, across crashes and restarts.
    auto [it, fresh] = m_votes.emplace(std::make_pair(m.from, m.term), m.to);
    if (!fresh && it->second != m.to)
        fail(QStringLiteral("node %1 voted for %2 and %3 in term %4")
                 .arg(m.from)
                 .arg(it->second)
                 .arg(m.to)
                 .arg(m.term));
}

void Sim::onCommitAdvanced(SimNode &n)
{
    const Raft &r = *n.raft;
    for (Index i = n.commitSeen + 1; i <= r.committed(); ++i) {
        const auto t = r.log().term(i);
        if (!t)
            continue;
        auto [it, fresh] = m_committed.emplace(i, Entry { *t, i, EntryType::Normal, {} });
        if (fresh)
            m_committedSeenAt[i] = r.term();
        else
            m_committedSeenAt[i] = std::min(m_committedSeenAt[i], r.term());
        if (!fresh && it->second.term != *t)
            fail(QStringLiteral("index %1 committed with term %2 on node %3 but term %4 elsewhere")
                     .arg(i)
                     .arg(*t)
                     .arg(n.id)
                     .arg(it->second.term));
    }
}

void Sim::onApplied(SimNode &n, const Entry &e)
{
    // State-machine safety: every node applies the same entry at the same index.
    auto [it, fresh] = m_appliedAt.emplace(e.index, e);
    if (!fresh && it->second != e)
        fail(QStringLiteral("node %1 applied a different entry at index %2 (term %3 vs %4)")
                 .arg(n.id)
                 .arg(e.index)
                 .arg(e.term)
                 .arg(it->second.term));
    if (e.type != EntryType::Normal || e.data.isEmpty())
        return;
    auto p = m_proposals.find(e.data);
    if (p == m_proposals.end())
        return;
    Proposal &prop = p->second;
    if (prop.acked || prop.node != n.id || prop.epoch != n.epoch || prop.index != e.index
        || prop.term != e.term)
        return;
    // Acknowledged to the client. If A was acknowledged before B was proposed, A < B.
    prop.acked = true;
    ++m_result.stats.acknowledged;
    if (e.index <= prop.ackedBefore)
        fail(QStringLiteral("proposal at index %1 acknowledged below the earlier acknowledged %2")
                 .arg(e.index)
                 .arg(prop.ackedBefore));
    m_highestAcked = std::max(m_highestAcked, e.index);
    if (m_healed)
        m_barrierAcked = true;
}

void Sim::checkLeaderCompleteness(SimNode &n)
{
    // Raft §5.4.1: a leader of term T holds every entry committed before T.
    const Raft &r = *n.raft;
    for (const auto &[index, e] : m_committed) {
        if (m_committedSeenAt[index] < r.term() && r.log().term(index) != e.term) {
            fail(QStringLiteral("leader %1 of term %2 lacks committed entry %3")
                     .arg(n.id)
                     .arg(r.term())
                     .arg(index));
            return;
        }
    }
}

void Sim::checkLogMatching()
{
    // Log matching (second half): same (index, term) implies identical prefixes. Each
    // node's prefix is summarized by a running hash of its terms.
    std::map<std::pair<Index, Term>, std::pair<std::uint64_t, NodeId>> prefix;
    for (auto &[id, n] : m_nodes) {
        if (!n.raft)
            continue;
        const RaftLog &log = n.raft->log();
        std::uint64_t h = 1469598103934665603ULL;
        for (Index i = 1; i <= log.lastIndex(); ++i) {
            const Term t = *log.term(i);
            h = (h ^ t) * 1099511628211ULL;
            auto [it, fresh] = prefix.emplace(std::make_pair(i, t), std::make_pair(h, id));
            if (!fresh && it->second.first != h) {
                fail(
                    QStringLiteral(
                        "log matching: nodes %1 and %2 agree on (index %3, term %4) but not before")
                        .arg(it->second.second)
                        .arg(id)
                        .arg(i)
                        .arg(t));
                return;
            }
        }
    }
}

} // namespace sim
