#include "tests/ledger/raft/TestCluster.h"

#include "ledger/core/Enforce.h"

namespace ledger::raft::testing {

QByteArray payload(int n)
{
    return QByteArray("op-") + QByteArray::number(n);
}

TestCluster::TestCluster(const std::vector<NodeId> &voters, Tweak tweak)
    : m_tweak(std::move(tweak))
{
    for (NodeId id : voters) {
        TestNode n;
        n.id = id;
        n.config.id = id;
        n.config.seed = 1000 + id;
        if (m_tweak)
            m_tweak(n.config);
        n.storage = std::make_unique<MemoryStorage>(MemoryStorage::genesis(voters));
        m_nodes.emplace(id, std::move(n));
        restart(id);
    }
}

std::vector<NodeId> TestCluster::ids() const
{
    std::vector<NodeId> out;
    for (const auto &entry : m_nodes)
        out.push_back(entry.first);
    return out;
}

void TestCluster::addJoiner(NodeId id, std::uint64_t incarnation, Tweak tweak)
{
    TestNode n;
    n.id = id;
    n.config.id = id;
    n.config.seed = 1000 + id;
    if (m_tweak)
        m_tweak(n.config);
    if (tweak)
        tweak(n.config);
    n.storage = std::make_unique<MemoryStorage>(incarnation);
    m_nodes.emplace(id, std::move(n));
    restart(id);
}

void TestCluster::cut(NodeId a, NodeId b)
{
    m_cut.insert({ a, b });
    m_cut.insert({ b, a });
}

void TestCluster::cutOneWay(NodeId from, NodeId to)
{
    m_cut.insert({ from, to });
}

void TestCluster::isolate(NodeId id)
{
    for (const auto &entry : m_nodes) {
        if (entry.first != id)
            cut(id, entry.first);
    }
}

void TestCluster::heal()
{
    m_cut.clear();
}

bool TestCluster::linkUp(NodeId from, NodeId to) const
{
    return !m_cut.count({ from, to });
}

void TestCluster::record(TestNode &n, const std::vector<Entry> &committed)
{
    for (const Entry &e : committed) {
        n.applied.push_back(e);
        n.appliedAt[e.index] = e;
        auto [it, fresh] = m_committedEver.emplace(e.index, e);
        auto [by, firstSeen] = m_committedBy.emplace(e.index, n.raft->term());
        if (!firstSeen)
            by->second = std::min(by->second, n.raft->term());
        if (!fresh && it->second != e && m_violation.isEmpty()) {
            m_violation
                = QStringLiteral("node %1 applied index %2 term %3, another node applied term %4")
                      .arg(n.id)
                      .arg(e.index)
                      .arg(e.term)
                      .arg(it->second.term);
        }
    }
}

QString TestCluster::describe() const
{
    QString out;
    for (const auto &[id, n] : m_nodes) {
        if (!n.raft) {
            out += QStringLiteral("\n%1 down").arg(id);
            continue;
        }
        const Raft &r = *n.raft;
        out += QStringLiteral("\n%1 %2 term %3 vote %4 last %5 commit %6 voters %7 enabled %8")
                   .arg(id)
                   .arg(QLatin1String(roleName(r.role())))
                   .arg(r.term())
                   .arg(r.vote())
                   .arg(r.lastIndex())
                   .arg(r.committed())
                   .arg(r.membership().voterCount())
                   .arg(r.enabled());
    }
    return out;
}

void TestCluster::checkLeaderCompleteness(const TestNode &n)
{
    if (n.raft->role() != Role::Leader || !m_violation.isEmpty())
        return;
    // Raft §5.4: a leader holds every entry committed in earlier terms.
    for (const auto &[index, e] : m_committedEver) {
        if (n.raft->term() > m_committedBy.at(index) && n.raft->log().term(index) != e.term) {
            m_violation = QStringLiteral("leader %1 of term %2 lacks committed entry %3")
                              .arg(n.id)
                              .arg(n.raft->term())
                              .arg(index);
            return;
        }
    }
}

void TestCluster::flush(NodeId id)
{
    TestNode &n = m_nodes.at(id);
    while (n.raft && !n.held && n.raft->hasReady()) {
        Ready rd = n.raft->ready();
        GONGZHI_ENFORCE(n.storage->append(rd.entries).has_value(), "test storage");
        if (rd.hardState)
            GONGZHI_ENFORCE(n.storage->setHardState(*rd.hardState).has_value(), "test storage");
        for (Message &m : rd.messages)
            m_inFlight.push_back(std::move(m));
        record(n, rd.committedEntries);
        checkLeaderCompleteness(n);
        for (ReadState &r : rd.readStates)
            n.reads.push_back(std::move(r));
        n.raft->advance();
    }
}

void TestCluster::deliverAll()
{
    for (int guard = 0; guard < 200000; ++guard) {
        for (auto &entry : m_nodes)
            flush(entry.first);
        if (m_inFlight.empty())
            return;
        Message m = std::move(m_inFlight.front());
        m_inFlight.pop_front();
        if (!linkUp(m.from, m.to) || (dropIf && dropIf(m)))
            continue;
        auto it = m_nodes.find(m.to);
        if (it == m_nodes.end() || !it->second.raft)
            continue;
        if (mutate)
            mutate(m);
        m_sent.push_back(m);
        it->second.raft->step(m);
    }
    // Only a deliberately broken node (test knob) can livelock like this.
    m_inFlight.clear();
    if (m_violation.isEmpty())
        m_violation = QStringLiteral("messages never settled");
}

void TestCluster::tick(NodeId id, int times)
{
    for (int i = 0; i < times; ++i) {
        if (m_nodes.at(id).raft)
            m_nodes.at(id).raft->tick();
        deliverAll();
    }
}

void TestCluster::tickAll(int times)
{
    for (int i = 0; i < times; ++i) {
        for (auto &entry : m_nodes) {
            if (entry.second.raft)
                entry.second.raft->tick();
        }
        deliverAll();
    }
}

void TestCluster::holdReady(NodeId id)
{
    TestNode &n = m_nodes.at(id);
    GONGZHI_ENFORCE(n.raft->hasReady() && !n.held, "nothing to hold");
    n.held = n.raft->ready();
    std::vector<Message> rest;
    for (Message &m : n.held->messages) {
        if (m.type == MessageType::Append)
            m_inFlight.push_back(std::move(m));
        else
            rest.push_back(std::move(m));
    }
    n.held->messages = std::move(rest);
}

void TestCluster::releaseHeld(NodeId id)
{
    TestNode &n = m_nodes.at(id);
    Ready rd = std::move(*n.held);
    n.held.reset();
    GONGZHI_ENFORCE(n.storage->append(rd.entries).has_value(), "test storage");
    if (rd.hardState)
        GONGZHI_ENFORCE(n.storage->setHardState(*rd.hardState).has_value(), "test storage");
    for (Message &m : rd.messages)
        m_inFlight.push_back(std::move(m));
    record(n, rd.committedEntries);
    n.raft->advance();
}

void TestCluster::crash(NodeId id)
{
    m_nodes.at(id).raft.reset();
    m_nodes.at(id).held.reset();
    std::erase_if(m_inFlight, [id](const Message &m) { return m.to == id; });
}

void TestCluster::restart(NodeId id)
{
    TestNode &n = m_nodes.at(id);
    n.config.applied = n.applied.empty() ? 0 : n.applied.back().index;
    auto raft = Raft::create(n.config, *n.storage);
    GONGZHI_ENFORCE(raft.has_value(), "test node failed to start");
    n.raft = std::move(*raft);
}

void TestCluster::wipe(NodeId id, std::uint64_t newIncarnation)
{
    crash(id);
    TestNode &n = m_nodes.at(id);
    n.storage = std::make_unique<MemoryStorage>(newIncarnation);
    n.applied.clear();
    n.appliedAt.clear();
    restart(id);
}

bool TestCluster::campaign(NodeId id)
{
    int elections = 0;
    for (int step = 0; step < 200 && elections < 6; ++step) {
        Raft &r = raft(id);
        if (r.role() == Role::Leader)
            return true;
        if (r.role() != Role::Follower) {
            tick(id); // a running election times out into the next one
            continue;
        }
        ++elections;
        Message m;
        m.type = MessageType::TimeoutNow;
        // From the leader it follows (a node honours no one else's TimeoutNow).
        m.from = r.leader() != NoNode ? r.leader() : (id == 1 ? 2 : 1);
        m.to = id;
        m.term = r.term();
        r.step(m);
        deliverAll();
    }
    return raft(id).role() == Role::Leader;
}

ProposeResult TestCluster::propose(NodeId id, const QByteArray &data)
{
    auto r = raft(id).propose(data);
    deliverAll();
    return r;
}

SoloNode::SoloNode(NodeId id, const std::vector<NodeId> &voters,
                   const std::vector<Term> &extraTerms, TestCluster::Tweak tweak, Term term)
    : m_storage(MemoryStorage::genesis(voters))
{
    config.id = id;
    config.seed = 77 + id;
    if (tweak)
        tweak(config);
    std::vector<Entry> entries;
    Term last = 1;
    for (Term t : extraTerms) {
        entries.push_back(Entry { t, entries.size() + 2, EntryType::Normal,
                                  payload(static_cast<int>(entries.size()) + 2) });
        last = t;
    }
    GONGZHI_ENFORCE(m_storage.append(entries).has_value(), "test storage");
    GONGZHI_ENFORCE(
        m_storage.setHardState(HardState { std::max(term, last), NoNode, 1 }).has_value(),
        "test storage");
    restart();
}

void SoloNode::restart()
{
    config.applied = committed.empty() ? 0 : committed.back().index;
    auto r = Raft::create(config, m_storage);
    GONGZHI_ENFORCE(r.has_value(), "test node failed to start");
    m_raft = std::move(*r);
}

std::vector<Message> SoloNode::drain()
{
    std::vector<Message> out;
    while (m_raft->hasReady()) {
        Ready rd = m_raft->ready();
        GONGZHI_ENFORCE(m_storage.append(rd.entries).has_value(), "test storage");
        if (rd.hardState)
            GONGZHI_ENFORCE(m_storage.setHardState(*rd.hardState).has_value(), "test storage");
        out.insert(out.end(), rd.messages.begin(), rd.messages.end());
        committed.insert(committed.end(), rd.committedEntries.begin(), rd.committedEntries.end());
        reads.insert(reads.end(), rd.readStates.begin(), rd.readStates.end());
        m_raft->advance();
    }
    return out;
}

void SoloNode::step(Message m)
{
    m_raft->step(m);
}

std::vector<Message> SoloNode::exchange(Message m)
{
    m_raft->step(m);
    return drain();
}

Message msg(MessageType type, NodeId from, NodeId to, Term term)
{
    Message m;
    m.type = type;
    m.from = from;
    m.to = to;
    m.term = term;
    return m;
}

std::vector<Message> ofType(const std::vector<Message> &ms, MessageType type)
{
    std::vector<Message> out;
    for (const Message &m : ms) {
        if (m.type == type)
            out.push_back(m);
    }
    return out;
}

} // namespace ledger::raft::testing
