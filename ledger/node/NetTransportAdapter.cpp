#include "ledger/node/NetTransportAdapter.h"

#include "ledger/core/Error.h"
#include "ledger/node/LedgerNode.h"
#include "ledger/node/NodeIdentity.h"

#include <QHostAddress>

namespace ledger::node {

using core::ErrorCode;

NetTransportAdapter::NetTransportAdapter(const crypto::KeyPair &nodeKey, const NodeConfig &config,
                                         net::TransportConfig base, QObject *parent)
    : QObject(parent)
    , m_config(config)
{
    auto addMember = [this](const crypto::PublicKey &key) {
        const raft::NodeId id = nodeIdFor(key);
        m_members.insert(key, id);
        m_keys.insert(id, key);
    };
    addMember(nodeKey.publicKey());
    for (const auto &peer : config.peers)
        addMember(peer.nodeKey);

    base.consortiumId = config.consortium;
    base.genesisHash = config.genesisHash;
    // A copy of the set: isMember runs on every handshake and keep-alive tick.
    base.isMember
        = [members = m_members](const crypto::PublicKey &key) { return members.contains(key); };
    m_transport = std::make_unique<net::PeerTransport>(nodeKey, std::move(base));
    connect(m_transport.get(), &net::PeerTransport::frameReceived, this,
            &NetTransportAdapter::onFrame);
}

NetTransportAdapter::~NetTransportAdapter() = default;

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
    std::map<crypto::PublicKey, net::PeerAddress> peers;
    for (const auto &peer : m_config.peers) {
        if (peer.nodeKey != m_transport->localKey())
            peers[peer.nodeKey] = net::PeerAddress { peer.host, peer.port };
    }
    m_transport->setPeers(peers);
    return {};
}

void NetTransportAdapter::stop()
{
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
    const auto it = m_members.constFind(from);
    if (it == m_members.cend())
        return; // the transport admitted it, so membership changed since
    m_node->receive(*it, payload);
}

} // namespace ledger::node
