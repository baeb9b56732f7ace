// The client model (proposals, linearizable reads, membership changes, transfers),
// the nemesis (partitions, crashes), and the checks once the cluster has healed.
#include "tests/sim/SimCore.h"

namespace sim {

SimNode *Sim::leader()
{
    // The leader of the highest term that has one. (A removed node that never learned
    // of its removal may sit at a higher term, ignored by everyone: not a leader.)
    SimNode *best = nullptr;
    for (auto &[id, n] : m_nodes) {
        if (n.raft && n.raft->role() == Role::Leader
            && (!best || n.raft->term() > best->raft->term()))
            best = &n;
    }
    return best;
}

void Sim::clientAct()
{
    if (m_healed) {
        SimNode *l = leader();
        if (!l)
            return;
        if (!m_barrierAcked) {
            propose(); // an acknowledgement after the heal: every earlier one is committed
            return;
        }
        const Raft &lr = *l->raft;
        for (NodeId id : lr.membership().members()) {
            auto it = m_nodes.find(id);
            if (it == m_nodes.end())
                return fail(QStringLiteral("member %1 was never started").arg(id));
            const SimNode &n = it->second;
            if (!n.raft || n.pending || n.raft->lastIndex() != lr.lastIndex()
                || n.raft->committed() != lr.lastIndex() || n.applied.empty()
                || n.applied.back().index != lr.lastIndex())
                return; // not converged yet
        }
        finalChecks();
        m_done = true;
        return;
    }
    const double perEvent = 0.055; // client events come every 55 ms on average
    if (m_rng.chance(m_faults.confRate * perEvent))
        changeMembership();
    if (m_rng.chance(m_faults.transferRate * perEvent))
        transfer();
    if (m_rng.chance(0.8))
        propose();
    else
        read();
}

void Sim::propose()
{
    // Several clients: most follow the leader hints, some ask any node (and so also
    // reach a deposed leader, or a new one the others do not know yet).
    auto target = m_nodes.find(m_leaderGuess);
    if (target == m_nodes.end() || !target->second.raft || m_rng.chance(0.2)) {
        auto it = m_nodes.begin();
        std::advance(it, static_cast<std::ptrdiff_t>(m_rng.below(m_nodes.size())));
        target = it;
    }
    SimNode &n = target->second;
    if (!n.raft)
        return;
    const QByteArray id = QByteArray("p") + QByteArray::number(m_nextProposal++);
    auto r = n.raft->propose(id);
    if (!r) {
        m_leaderGuess = r.error().leaderHint;
        return;
    }
    ++m_result.stats.proposed;
    m_proposals.emplace(id,
                        Proposal { id, n.id, n.epoch, r->index, r->term, m_highestAcked, false });
    trace(QStringLiteral("propose %1 at %2 -> index %3 term %4")
              .arg(QString::fromLatin1(id))
              .arg(n.id)
              .arg(r->index)
              .arg(r->term));
    pump(n);
}

void Sim::read()
{
    auto it = m_nodes.find(m_leaderGuess);
    if (it == m_nodes.end() || m_rng.chance(0.3)) {
        it = m_nodes.begin();
        std::advance(it, static_cast<std::ptrdiff_t>(m_rng.below(m_nodes.size())));
    }
    if (!it->second.raft)
        return;
    SimNode &n = it->second;
    const QByteArray ctx = QByteArray("r") + QByteArray::number(m_nextRead++);
    auto r = n.raft->readIndex(ctx);
    if (!r) {
        m_leaderGuess = r.error().leaderHint;
        return;
    }
    m_reads.emplace(ctx, PendingRead { n.id, n.epoch, m_highestAcked });
    pump(n);
}

void Sim::onReadState(SimNode &n, const ReadState &rs)
{
    auto it = m_reads.find(rs.context);
    if (it == m_reads.end())
        return;
    if (it->second.node == n.id && it->second.epoch == n.epoch) {
        // A linearizable read sees at least everything acknowledged before it began.
        if (rs.index < it->second.minIndex)
            fail(QStringLiteral("stale read at node %1: index %2 < acknowledged %3")
                     .arg(n.id)
                     .arg(rs.index)
                     .arg(it->second.minIndex));
        ++m_result.stats.reads;
    }
    m_reads.erase(it);
}

void Sim::changeMembership()
{
    SimNode *l = leader();
    if (!l)
        return;
    Raft &r = *l->raft;
    const Membership &m = r.membership();
    const auto learners = m.learners();
    const auto voters = m.voters();
    const auto members = m.members();
    ConfChange cc;
    switch (m_rng.below(3)) {
    case 0:
        if (learners.empty())
            return;
        cc = { ConfChangeType::PromoteLearner, learners[m_rng.below(learners.size())], 0, {} };
        break;
    case 1:
        if (members.size() >= static_cast<std::size_t>(m_opt.nodes) + 2)
            return;
        cc = { ConfChangeType::AddLearner, m_nextId, m_rng.next() | 1, {} };
        break;
    default: {
        const NodeId victim = members[m_rng.below(members.size())];
        if (m.isVoter(victim) && voters.size() <= 3)
            return;
        cc = { ConfChangeType::RemoveNode, victim, 0, {} };
    }
    }
    auto res = r.proposeConfChange(cc);
    trace(QStringLiteral("conf change %1 node %2 at leader %3: %4")
              .arg(int(cc.type))
              .arg(cc.node)
              .arg(l->id)
              .arg(res ? QStringLiteral("index %1").arg(res->index)
                       : QLatin1String(rejectionName(res.error().reason))));
    if (!res)
        return;
    ++m_result.stats.confChanges;
    SimNode &leaderNode = *l;
    if (cc.type == ConfChangeType::AddLearner) {
        ++m_nextId;
        addNode(cc.node, std::make_unique<MemoryStorage>(cc.incarnation));
    }
    pump(leaderNode);
}

void Sim::transfer()
{
    SimNode *l = leader();
    if (!l)
        return;
    const auto voters = l->raft->membership().voters();
    if (voters.size() < 2)
        return;
    const NodeId to = voters[m_rng.below(voters.size())];
    if (to == l->id)
        return;
    if (l->raft->transferLeadership(to)) {
        ++m_result.stats.transfers;
        trace(QStringLiteral("transfer %1 -> %2").arg(l->id).arg(to));
    }
    pump(*l);
}

void Sim::nemesisAct()
{
    const double dt = 0.2;
    std::vector<NodeId> ids;
    for (const auto &entry : m_nodes)
        ids.push_back(entry.first);
    if (m_rng.chance(m_faults.partitionRate * dt)) {
        switch (m_rng.below(4)) {
        case 0: { // symmetric split
            std::set<NodeId> side;
            for (NodeId id : ids) {
                if (m_rng.chance(0.5))
                    side.insert(id);
            }
            for (NodeId a : ids) {
                for (NodeId b : ids) {
                    if (side.count(a) != side.count(b))
                        m_cut.insert({ a, b });
                }
            }
            trace(QStringLiteral("partition: split"));
            break;
        }
        case 1: // isolate the leader
            if (SimNode *l = leader()) {
                for (NodeId b : ids) {
                    m_cut.insert({ l->id, b });
                    m_cut.insert({ b, l->id });
                }
                trace(QStringLiteral("partition: isolate leader %1").arg(l->id));
            }
            break;
        case 2: { // one-way cuts
            const auto k = 1 + m_rng.below(3);
            for (std::uint64_t i = 0; i < k; ++i) {
                const NodeId a = ids[m_rng.below(ids.size())];
                const NodeId b = ids[m_rng.below(ids.size())];
                if (a != b)
                    m_cut.insert({ a, b });
            }
            trace(QStringLiteral("partition: one-way cuts"));
            break;
        }
        default: m_cut.clear(); trace(QStringLiteral("partition: healed"));
        }
    }
    if (!m_cut.empty() && m_rng.chance(0.15)) { // swizzle: links come back one by one
        auto it = m_cut.begin();
        std::advance(it, static_cast<std::ptrdiff_t>(m_rng.below(m_cut.size())));
        m_cut.erase(it);
    }
    if (m_rng.chance(m_faults.crashRate * dt)) {
        // Leaders crash more often than others: their crashes are what Figure 8 needs.
        SimNode *l = leader();
        SimNode &n = (l && m_rng.chance(0.5)) ? *l : m_nodes.at(ids[m_rng.below(ids.size())]);
        if (n.raft) {
            crash(n);
            schedule(Event { m_now + 50 + static_cast<std::int64_t>(m_rng.below(3000)),
                             0,
                             EventType::Restart,
                             n.id,
                             0,
                             {} });
        }
    }
}

void Sim::finalChecks()
{
    SimNode *l = leader();
    const Raft &lr = *l->raft;
    const Index last = lr.lastIndex();
    // Every member holds exactly the leader's log.
    for (NodeId id : lr.membership().members()) {
        const Raft &r = *m_nodes.at(id).raft;
        for (Index i = 1; i <= last; ++i) {
            if (r.log().term(i) != lr.log().term(i))
                return fail(
                    QStringLiteral("after the heal node %1 differs from leader %2 at index %3")
                        .arg(id)
                        .arg(l->id)
                        .arg(i));
        }
    }
    // Every acknowledged proposal is in the chain exactly once; none is there twice.
    std::map<QByteArray, int> count;
    for (Index i = 1; i <= last;) {
        const auto batch = lr.log().slice(i, last + 1, 1 << 20, 4096);
        for (const Entry &e : batch) {
            if (e.type == EntryType::Normal && !e.data.isEmpty())
                ++count[e.data];
        }
        i += batch.size();
    }
    for (const auto &[id, c] : count) {
        if (c > 1)
            return fail(QStringLiteral("proposal %1 committed %2 times")
                            .arg(QString::fromLatin1(id))
                            .arg(c));
    }
    for (const auto &[id, p] : m_proposals) {
        if (p.acked && count[id] != 1)
            return fail(
                QStringLiteral("acknowledged proposal %1 is missing").arg(QString::fromLatin1(id)));
    }
    checkLogMatching();
}

} // namespace sim
