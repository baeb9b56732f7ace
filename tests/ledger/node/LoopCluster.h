#pragma once

#include "ledger/core/Clock.h"
#include "ledger/node/ClusterSetup.h"
#include "ledger/node/LedgerNode.h"
#include "tests/support/TempDir.h"

#include <QSet>

#include <map>
#include <memory>

namespace tests {

// Several LedgerNodes in one process, connected by an in-memory transport that
// delivers frames through the event loop and can cut nodes off. For tests of
// the node's wiring; the Raft core's fault tolerance is proven in tests/sim.
class LoopCluster
{
public:
    explicit LoopCluster(int nodes, int tickMs = 10);
    ~LoopCluster();

    ledger::node::LedgerNode *node(int i) { return m_nodes[i].node.get(); }
    int size() const { return int(m_nodes.size()); }
    // Index of the current leader among running nodes, or -1.
    int leader() const;
    void stop(int i); // like switching the PC off (the data directory stays)
    void restart(int i); // reopen from its data directory
    void isolate(int i, bool cut);
    QString dataDir(int i) const { return m_dir.file(QStringLiteral("node%1").arg(i + 1)); }
    const ledger::crypto::KeyPair &author() const { return m_author; }
    ledger::chain::Transaction makeTx(std::uint64_t sequence, int payloadBytes = 256) const;
    const ledger::chain::ConsortiumId &consortium() const { return m_info.consortium; }

private:
    class Transport;
    struct Slot {
        std::unique_ptr<ledger::node::LedgerNode> node;
        std::unique_ptr<Transport> transport;
        ledger::raft::NodeId id = 0;
    };
    void open(int i);
    void deliver(ledger::raft::NodeId from, ledger::raft::NodeId to, const QByteArray &frame);

    TempDir m_dir;
    int m_tickMs;
    ledger::core::SystemClock m_clock;
    ledger::node::ClusterInfo m_info;
    std::vector<Slot> m_nodes;
    QSet<int> m_isolated;
    ledger::crypto::KeyPair m_author = ledger::crypto::KeyPair::generate();
};

} // namespace tests
