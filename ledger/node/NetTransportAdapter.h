#pragma once

#include "ledger/crypto/Types.h"
#include "ledger/net/PeerTransport.h"
#include "ledger/node/NodeConfig.h"
#include "ledger/node/Transport.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

namespace ledger::node {

class LedgerNode;

// Carries a LedgerNode's frames over a net::PeerTransport (mutual TLS, keyed
// by node public key). Raft ids map to keys through nodeIdFor() over the
// configured peers; every frame uses one channel (NodeChannel). A frame that
// arrives is handed to LedgerNode::receive() with the id of the key the TLS
// handshake authenticated, never an id read from the frame.
//
// Membership (TransportConfig::isMember): the keys of node.json's peers and
// this node's own key. (On-ledger membership changes will extend this.)
//
// Thread affinity: the node's thread, which runs an event loop; the adapter,
// the transport and the node must live on it.
class NetTransportAdapter : public QObject, public Transport
{
    Q_OBJECT
public:
    static constexpr quint8 NodeChannel = 1;

    // `config` gives consortium, genesis, listen address and peers. Defaults
    // of `base` other than consortium, genesis and isMember are kept.
    NetTransportAdapter(const crypto::KeyPair &nodeKey, const NodeConfig &config,
                        net::TransportConfig base = {}, QObject *parent = nullptr);
    ~NetTransportAdapter() override;

    // Listens on config.listenHost:listenPort and dials the peers.
    // Errors: Unavailable (address in use, bad host, TLS set-up).
    core::Status start();
    void stop();

    // Frames received from now on go to `node` (may be null: dropped).
    void attach(LedgerNode *node) { m_node = node; }

    void send(raft::NodeId to, const QByteArray &frame) override;

    bool isMember(const crypto::PublicKey &key) const { return m_members.contains(key); }
    // True if the peer with Raft id `id` has an authenticated connection now.
    bool isConnected(raft::NodeId id) const
    {
        const auto it = m_keys.constFind(id);
        return it != m_keys.cend() && m_transport->isConnected(*it);
    }
    const net::PeerTransport &transport() const { return *m_transport; }
    quint64 unroutableFrames() const { return m_unroutable; }

private:
    void onFrame(const crypto::PublicKey &from, quint8 channel, const QByteArray &payload);

    NodeConfig m_config;
    QHash<crypto::PublicKey, raft::NodeId> m_members; // key -> raft id
    QHash<raft::NodeId, crypto::PublicKey> m_keys; // raft id -> key
    std::unique_ptr<net::PeerTransport> m_transport;
    LedgerNode *m_node = nullptr;
    quint64 m_unroutable = 0;
};

} // namespace ledger::node
