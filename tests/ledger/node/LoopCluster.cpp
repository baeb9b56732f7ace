#include "tests/ledger/node/LoopCluster.h"

#include "ledger/crypto/KeyFile.h"
#include "ledger/node/NodeIdentity.h"

#include <QDir>
#include <QTimer>

using namespace ledger;

namespace tests {

class LoopCluster::Transport : public node::Transport
{
public:
    Transport(LoopCluster *cluster, raft::NodeId self)
        : m_cluster(cluster)
        , m_self(self)
    {
    }
    void send(raft::NodeId to, const QByteArray &frame) override
    {
        m_cluster->deliver(m_self, to, frame);
    }

private:
    LoopCluster *m_cluster;
    raft::NodeId m_self;
};

LoopCluster::LoopCluster(int nodes, int tickMs)
    : m_tickMs(tickMs)
{
    node::ClusterPlan plan;
    plan.communityName = QStringLiteral("测试社区");
    plan.adminName = QStringLiteral("管理员");
    plan.secretaryName = QStringLiteral("书记");
    plan.timestampMs = m_clock.nowMs();
    for (int i = 0; i < nodes; ++i) {
        plan.nodes.push_back(
            { dataDir(i), QStringLiteral("组织%1").arg(i + 1),
              i == 0 ? chain::OrgKind::PartyCommittee : chain::OrgKind::ResidentsCommittee,
              QStringLiteral("127.0.0.1"), quint16(0) });
    }
    auto info = node::createCluster(plan);
    if (!info)
        qFatal("createCluster: %s", qPrintable(info.error().toString()));
    m_info = *info;
    m_nodes.resize(std::size_t(nodes));
    for (int i = 0; i < nodes; ++i)
        open(i);
}

LoopCluster::~LoopCluster() = default;

void LoopCluster::open(int i)
{
    auto key
        = crypto::KeyFile::load(QDir(dataDir(i)).filePath(QStringLiteral("node.key")), QString());
    if (!key)
        qFatal("node key: %s", qPrintable(key.error().toString()));
    node::NodeOptions options;
    options.dataDir = dataDir(i);
    options.tickMs = m_tickMs;
    auto n = node::LedgerNode::open(options, *key, m_clock);
    if (!n)
        qFatal("open node %d: %s", i, qPrintable(n.error().toString()));
    Slot &s = m_nodes[std::size_t(i)];
    s.id = (*n)->id();
    s.transport = std::make_unique<Transport>(this, s.id);
    s.node = std::move(*n);
    s.node->setTransport(s.transport.get());
    s.node->start();
}

void LoopCluster::deliver(raft::NodeId from, raft::NodeId to, const QByteArray &frame)
{
    for (int i = 0; i < size(); ++i) {
        const Slot &s = m_nodes[std::size_t(i)];
        if (s.id != to)
            continue;
        int fromIndex = -1;
        for (int j = 0; j < size(); ++j) {
            if (m_nodes[std::size_t(j)].id == from)
                fromIndex = j;
        }
        if (m_isolated.contains(i) || m_isolated.contains(fromIndex))
            return;
        // Through the event loop, as a network would: never re-entrant.
        QTimer::singleShot(0, [this, i, from, frame] {
            if (m_nodes[std::size_t(i)].node && !m_isolated.contains(i))
                m_nodes[std::size_t(i)].node->receive(from, frame);
        });
    }
}

int LoopCluster::leader() const
{
    for (int i = 0; i < size(); ++i) {
        const auto &n = m_nodes[std::size_t(i)].node;
        if (n && !m_isolated.contains(i) && n->raft().role() == raft::Role::Leader)
            return i;
    }
    return -1;
}

void LoopCluster::stop(int i)
{
    m_nodes[std::size_t(i)].node.reset();
    m_nodes[std::size_t(i)].transport.reset();
}

void LoopCluster::restart(int i)
{
    stop(i);
    open(i);
}

void LoopCluster::isolate(int i, bool cut)
{
    if (cut)
        m_isolated.insert(i);
    else
        m_isolated.remove(i);
}

chain::Transaction LoopCluster::makeTx(std::uint64_t sequence, int payloadBytes) const
{
    chain::TxBody body;
    body.type = chain::TxType::FeedbackSubmitted;
    body.consortium = m_info.consortium;
    body.sequence = sequence;
    body.timestampMs = m_clock.nowMs();
    body.payload = QByteArray(payloadBytes, char('a' + sequence % 26));
    return chain::Transaction::sign(body, m_author);
}

} // namespace tests
