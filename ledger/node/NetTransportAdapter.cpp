#include "ledger/node/NetTransportAdapter.h"

#include "ledger/core/Error.h"
#include "ledger/node/LedgerNode.h"
#include "ledger/node/NodeIdentity.h"

#include <QHostAddress>

#include <set>

namespace ledger::node {

using core::ErrorCode;

namespace {
bool splitAddress(const QString &text, QString &host, quint16 &port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (colon <= 0 || !ok || p == 0 || p > 65535)
        return false;
    host = text.left(colon);
    port = quint16(p);
    return true;
}
} // namespace

NetTransportAdapter::NetTransportAdapter(const crypto::KeyPair &nodeKey, const NodeConfig &config,
                                         net::TransportConfig base, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_self(nodeKey.publicKey())
    , m_members(std::make_shared<QHash<crypto::PublicKey, raft::NodeId>>())
{
    rebuildMembers();
    base.consortiumId = config.consortium;
    base.genesisHash = config.genesisHash;
    // isMember runs on every handshake and keep-alive tick: a hash lookup in
    // the set this adapter keeps current.
    base.isMember
        = [members = m_members](const crypto::PublicKey &key) { return members->contains(key); };
    m_transport = std::make_unique<net::PeerTransport>(nodeKey, std::move(base));
    connect(m_transport.get(), &net::PeerTransport::frameReceived, this,
            &NetTransportAdapter::onFrame);
}

NetTransportAdapter::~NetTransportAdapter() = default;

void NetTransportAdapter::attach(LedgerNode *node)
{
    if (m_node) {
        disconnect(m_node, &LedgerNode::membershipChanged, this, nullptr);
        disconnect(m_node, &LedgerNode::peerMisbehaved, this, nullptr);
    }
    m_node = node;
    if (!node)
        return;
    connect(node, &LedgerNode::membershipChanged, this,
            [this] { setLedgerNodes(m_node->ledgerNodes()); });
    // Direct: the connection closes before it delivers another frame.
    connect(node, &LedgerNode::peerMisbehaved, this, [this](quint64 peer, const QString &reason) {
        if (const auto it = m_keys.constFind(peer); it != m_keys.cend())
            m_transport->disconnectPeer(*it, reason);
    });
    setLedgerNodes(node->ledgerNodes());
}

void NetTransportAdapter::setLedgerNodes(const std::vector<state::LedgerNodeInfo> &nodes)
{
    m_ledgerNodes = nodes;
    rebuildMembers();
    if (m_started) {
        applyPeers();
        m_transport->recheckMembership(); // a removed node is dropped now
    }
}

void NetTransportAdapter::rebuildMembers()
{
    std::set<crypto::PublicKey> retired;
    for (const auto &n : m_ledgerNodes) {
        if (!n.current)
            retired.insert(n.key);
    }
    m_members->clear();
    m_keys.clear();
    auto add = [this, &retired](const crypto::PublicKey &key) {
        if (retired.count(key) && key != m_self)
            return;
        const raft::NodeId id = nodeIdFor(key);
        m_members->insert(key, id);
        m_keys.insert(id, key);
    };
    add(m_self);
    for (const auto &peer : m_config.peers)
        add(peer.nodeKey);
    for (const auto &n : m_ledgerNodes) {
        if (n.current)
            add(n.key);
    }
}

void NetTransportAdapter::applyPeers()
{
    std::map<crypto::PublicKey, net::PeerAddress> peers;
    for (const auto &peer : m_config.peers) {
        if (peer.nodeKey != m_self && m_members->contains(peer.nodeKey))
            peers[peer.nodeKey] = net::PeerAddress { peer.host, peer.port };
    }
    for (const auto &n : m_ledgerNodes) {
        net::PeerAddress address;
        if (n.current && n.hasEndpoint && n.key != m_self
            && splitAddress(n.address, address.host, address.port))
            peers.emplace(n.key, address); // node.json's address wins (edited by hand)
    }
    m_transport->setPeers(peers);
}

core::Status NetTransportAdapter::start()
{
    QHostAddress address;
    if (!address.setAddress(m_config.listenHost))
        return core::fail(ErrorCode::BadValue,
                          QStringLiteral("listen host is not an IP address: ")
                              + m_config.listenHost,
                          QStringLiteral("listen"));
    if (auto s = m_transport->start(address, m_config.listenPort); !s)
        return s;
    m_started = true;
    applyPeers();
    return {};
}

void NetTransportAdapter::stop()
{
    m_started = false;
    m_transport->stop();
}

void NetTransportAdapter::send(raft::NodeId to, const QByteArray &frame)
{
    const auto it = m_keys.constFind(to);
    if (it == m_keys.cend()) {
        ++m_unroutable;
        return;
    }
    // Best effort (Transport's contract): false means not connected or too
    // large; Raft retransmits.
    m_transport->send(*it, NodeChannel, frame);
}

void NetTransportAdapter::onFrame(const crypto::PublicKey &from, quint8 channel,
                                  const QByteArray &payload)
{
    if (channel != NodeChannel || !m_node)
        return;
    const auto it = m_members->constFind(from);
    if (it == m_members->cend())
        return; // the transport admitted it, so membership changed since
    m_node->receive(*it, payload);
}

} // namespace ledger::node
