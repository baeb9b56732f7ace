#pragma once

#include "ledger/crypto/Types.h"
#include "ledger/net/PeerTransport.h"
#include "ledger/node/NodeConfig.h"
#include "ledger/node/Transport.h"
#include "ledger/state/queries/MembershipQueries.h"

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
// Membership (TransportConfig::isMember): this node's own key, node.json's
// peers and the current node keys on the ledger (joined and approved nodes),
// less any key the ledger has retired (a removed node or organization).
// Dialed: node.json's peers and the ledger's addresses of joined nodes. The
// attached node's membershipChanged() refreshes both and drops connections of
// keys no longer members (docs/transport.md §Membership).
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

    // Frames received from now on go to `node` (may be null: dropped); follows
    // the node's on-ledger membership (LedgerNode::ledgerNodes()).
    void attach(LedgerNode *node);
    // Sets the on-ledger node keys (normally from the attached node).
    void setLedgerNodes(const std::vector<state::LedgerNodeInfo> &nodes);
    // Answers new PCs' desk connections on this node's port (InvitationDesk).
    void setDeskHandler(net::DeskHandler handler)
    {
        m_transport->setDeskHandler(std::move(handler));
    }

    void send(raft::NodeId to, const QByteArray &frame) override;

    bool isMember(const crypto::PublicKey &key) const { return m_members->contains(key); }
    // True if the peer with Raft id `id` has an authenticated connection now.
    bool isLinked(raft::NodeId id) const override { return isConnected(id); }
    bool isConnected(raft::NodeId id) const
    {
        const auto it = m_keys.constFind(id);
        return it != m_keys.cend() && m_transport->isConnected(*it);
    }
    const net::PeerTransport &transport() const { return *m_transport; }
    quint64 unroutableFrames() const { return m_unroutable; }

private:
    void onFrame(const crypto::PublicKey &from, quint8 channel, const QByteArray &payload);
    void rebuildMembers();
    void applyPeers();

    NodeConfig m_config;
    crypto::PublicKey m_self;
    std::vector<state::LedgerNodeInfo> m_ledgerNodes;
    // key -> raft id; shared with the transport's isMember (same thread)
    std::shared_ptr<QHash<crypto::PublicKey, raft::NodeId>> m_members;
    QHash<raft::NodeId, crypto::PublicKey> m_keys; // raft id -> key
    std::unique_ptr<net::PeerTransport> m_transport;
    LedgerNode *m_node = nullptr;
    quint64 m_unroutable = 0;
    bool m_started = false;
};

} // namespace ledger::node
