// Raft benchmark (scripts/bench-raft; not a test): entries committed per CPU second
// with zero-cost I/O, and election time after a leader crash, for 3 and 5 nodes.
// Time is virtual for elections (ticks; 100 ms per tick by default, docs/raft.md).
#include "ledger/raft/MemoryStorage.h"
#include "ledger/raft/Raft.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <deque>
#include <map>
#include <memory>

using namespace ledger::raft;

namespace {

constexpr int kTickMs = 100;

struct Node {
    std::unique_ptr<MemoryStorage> storage;
    std::unique_ptr<Raft> raft;
    Index applied = 0;
};

class Cluster
{
public:
    Cluster(int n, std::uint64_t seed)
    {
        std::vector<NodeId> voters;
        for (int i = 1; i <= n; ++i)
            voters.push_back(static_cast<NodeId>(i));
        for (NodeId id : voters) {
            Node node;
            node.storage = std::make_unique<MemoryStorage>(MemoryStorage::genesis(voters));
            m_configs[id].id = id;
            m_configs[id].seed = seed * 1000 + id;
            m_configs[id].maxMsgEntries = 256;
            m_configs[id].maxInflight = 64;
            m_nodes.emplace(id, std::move(node));
            start(id);
        }
    }

    void start(NodeId id)
    {
        m_nodes.at(id).raft = std::move(*Raft::create(m_configs.at(id), *m_nodes.at(id).storage));
    }
    void crash(NodeId id) { m_nodes.at(id).raft.reset(); }
    Raft *raft(NodeId id) { return m_nodes.at(id).raft.get(); }

    void settle()
    {
        for (;;) {
            bool any = false;
            for (auto &[id, n] : m_nodes) {
                while (n.raft && n.raft->hasReady()) {
                    any = true;
                    Ready rd = n.raft->ready();
                    (void)n.storage->append(rd.entries);
                    if (rd.hardState)
                        (void)n.storage->setHardState(*rd.hardState);
                    for (Message &m : rd.messages)
                        m_queue.push_back(std::move(m));
                    if (!rd.committedEntries.empty())
                        n.applied = rd.committedEntries.back().index;
                    n.raft->advance();
                }
            }
            while (!m_queue.empty()) {
                any = true;
                Message m = std::move(m_queue.front());
                m_queue.pop_front();
                if (Raft *r = raft(m.to))
                    r->step(m);
            }
            if (!any)
                return;
        }
    }

    void tickAll()
    {
        for (auto &[id, n] : m_nodes) {
            if (n.raft)
                n.raft->tick();
        }
        settle();
    }

    NodeId leader()
    {
        for (auto &[id, n] : m_nodes) {
            if (n.raft && n.raft->role() == Role::Leader)
                return id;
        }
        return NoNode;
    }

    Index minApplied()
    {
        Index m = ~Index(0);
        for (auto &[id, n] : m_nodes)
            m = std::min(m, n.applied);
        return m;
    }

private:
    std::map<NodeId, Node> m_nodes;
    std::map<NodeId, Config> m_configs;
    std::deque<Message> m_queue;
};

double cpuSeconds()
{
    return static_cast<double>(std::clock()) / CLOCKS_PER_SEC;
}

void throughput(QTextStream &out, int nodes, int entries, int payloadBytes)
{
    Cluster c(nodes, 7);
    while (c.leader() == NoNode)
        c.tickAll();
    Raft *l = c.raft(c.leader());
    const QByteArray data(payloadBytes, 'x');
    const double start = cpuSeconds();
    Index last = 0;
    for (int done = 0; done < entries;) {
        for (int i = 0; i < 64 && done < entries; ++i, ++done)
            last = l->propose(data)->index;
        c.settle();
    }
    c.tickAll(); // the followers learn the last commit index
    const double cpu = cpuSeconds() - start;
    out << QStringLiteral("  %1 nodes: %2 entries of %3 bytes committed and applied on every node "
                          "in %4 s CPU: %5 entries/s\n")
               .arg(nodes)
               .arg(entries)
               .arg(payloadBytes)
               .arg(cpu, 0, 'f', 2)
               .arg(static_cast<qint64>(entries / std::max(cpu, 1e-9)))
        << (c.minApplied() >= last ? "" : "  (not all applied!)\n");
}

void elections(QTextStream &out, int nodes, int trials)
{
    std::vector<int> ticks;
    for (int t = 1; t <= trials; ++t) {
        Cluster c(nodes, static_cast<std::uint64_t>(t));
        while (c.leader() == NoNode)
            c.tickAll();
        for (int i = 0; i < 5; ++i)
            c.tickAll(); // steady state: followers hear heartbeats
        const NodeId old = c.leader();
        const Term term = c.raft(old)->term();
        c.crash(old);
        int n = 0;
        for (;;) {
            c.tickAll();
            ++n;
            const NodeId now = c.leader();
            if (now != NoNode && c.raft(now)->term() > term)
                break;
        }
        ticks.push_back(n);
    }
    std::sort(ticks.begin(), ticks.end());
    auto pct = [&ticks](double p) {
        return ticks[std::min(ticks.size() - 1,
                              static_cast<std::size_t>(p * static_cast<double>(ticks.size())))];
    };
    out << QStringLiteral("  %1 nodes, %2 leader crashes: median %3 ticks (%4 ms), p99 %5 ticks "
                          "(%6 ms), max %7 ticks\n")
               .arg(nodes)
               .arg(trials)
               .arg(pct(0.5))
               .arg(pct(0.5) * kTickMs)
               .arg(pct(0.99))
               .arg(pct(0.99) * kTickMs)
               .arg(ticks.back());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    out << "Raft throughput, zero-cost I/O (in-memory storage, instant network, one thread)\n";
    for (int nodes : { 3, 5 })
        throughput(out, nodes, quick ? 20000 : 200000, 256);
    out << "Election time after a leader crash (electionTick 10, heartbeatTick 1, PreVote + "
           "CheckQuorum, "
        << kTickMs << " ms per tick)\n";
    for (int nodes : { 3, 5 })
        elections(out, nodes, quick ? 100 : 1000);
    out.flush();
    return 0;
}
