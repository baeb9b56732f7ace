#include "ledger/service/NodeHost.h"

#include "ledger/node/ControlServer.h"
#include "ledger/node/InvitationDesk.h"
#include "ledger/node/LedgerNode.h"
#include "ledger/node/NetTransportAdapter.h"

#include <QDir>

namespace ledger::service {

namespace {
constexpr int StatusIntervalMs = 500;
}

NodeHost::NodeHost(QString dataDir, node::NodeConfig config, crypto::KeyPair nodeKey,
                   QObject *parent)
    : QObject(parent)
    , m_dataDir(std::move(dataDir))
    , m_config(std::move(config))
    , m_nodeKey(std::move(nodeKey))
    // Children, so that moveToThread() takes the timers along.
    , m_handoverTimer(new QTimer(this))
    , m_statusTimer(new QTimer(this))
{
    m_handoverTimer->setSingleShot(true);
    connect(m_handoverTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcNode, "leadership hand-over not confirmed in time; stopping anyway");
        finish();
    });
    m_statusTimer->setInterval(StatusIntervalMs);
    connect(m_statusTimer, &QTimer::timeout, this, &NodeHost::publishStatus);
}

NodeHost::~NodeHost()
{
    finish();
    // Destroyed here, not in finish(): finish() may run inside the node's own
    // signal (roleChanged during a hand-over).
    if (m_node)
        m_node->setTransport(nullptr);
    if (m_transport)
        m_transport->attach(nullptr);
    m_control.reset();
    m_transport.reset();
    m_node.reset();
}

core::Status NodeHost::start()
{
    const QDir dir(m_dataDir);
    node::NodeOptions options;
    options.dataDir = dir.absolutePath();
    options.tickMs = m_config.tickMs;
    auto opened = node::LedgerNode::open(options, m_nodeKey, m_clock);
    if (!opened)
        return tl::unexpected(opened.error());
    auto ledgerNode = std::move(*opened);

    // The control socket first: it refuses to start if another node serves
    // this directory, before we bind the peer port.
    auto control = std::make_unique<node::ControlServer>(
        ledgerNode.get(), dir.filePath(QStringLiteral("control.sock")));
    GONGZHI_CHECK(control->start());
    auto transport = std::make_unique<node::NetTransportAdapter>(m_nodeKey, m_config);
    // The invitation desk answers new PCs on the same port (docs/transport.md).
    transport->setDeskHandler(node::InvitationDesk::handlerFor(options.dataDir));
    if (auto s = transport->start(); !s) {
        control->stop();
        return s;
    }
    m_node = std::move(ledgerNode);
    m_transport = std::move(transport);
    m_control = std::move(control);
    m_transport->attach(m_node.get());
    m_node->setTransport(m_transport.get());
    connect(m_node.get(), &node::LedgerNode::blockCommitted, this, &NodeHost::blockCommitted);
    connect(m_node.get(), &node::LedgerNode::halted, this, &NodeHost::halted);
    connect(m_node.get(), &node::LedgerNode::roleChanged, this, [this](int role, quint64) {
        publishStatus();
        if (m_stopping && raft::Role(role) != raft::Role::Leader)
            finish();
    });
    m_node->start();
    m_statusTimer->start();
    publishStatus();
    return {};
}

quint16 NodeHost::listenPort() const
{
    return m_transport ? m_transport->transport().listenPort() : 0;
}

node::NodeStatus NodeHost::status() const
{
    return m_node ? m_node->status() : node::NodeStatus {};
}

bool NodeHost::isConnected(std::uint64_t nodeId) const
{
    return m_transport && m_transport->isConnected(nodeId);
}

void NodeHost::publishStatus()
{
    if (m_node)
        Q_EMIT statusChanged(m_node->status());
}

void NodeHost::shutdown(int handoverMs)
{
    if (m_stopping || !m_node) {
        finish();
        return;
    }
    m_stopping = true;
    if (handOver())
        m_handoverTimer->start(handoverMs);
    else
        finish();
}

bool NodeHost::handOver()
{
    const auto status = m_node->status();
    if (status.role != raft::Role::Leader || status.halted)
        return false;
    const node::PeerStatus *best = nullptr;
    for (const auto &peer : status.peers) {
        // Heard from recently and still connected now (it may be stopping too).
        if (peer.voter && peer.connected && m_transport->isConnected(peer.id)
            && (!best || peer.matchIndex > best->matchIndex))
            best = &peer;
    }
    if (!best)
        return false;
    if (auto s = m_node->transferLeadership(best->id); !s) {
        qCInfo(lcNode).noquote() << "leadership hand-over refused:" << s.error().toString();
        return false;
    }
    return true;
}

void NodeHost::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_handoverTimer->stop();
    m_statusTimer->stop();
    if (m_control)
        m_control->stop();
    if (m_node)
        m_node->stop();
    if (m_transport)
        m_transport->stop();
    Q_EMIT finished();
}

} // namespace ledger::service
