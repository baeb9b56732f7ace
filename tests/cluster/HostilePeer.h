#pragma once

#include "ledger/crypto/Ed25519.h"
#include "ledger/net/PeerTransport.h"
#include "ledger/node/NodeConfig.h"
#include "ledger/raft/Message.h"

#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace tests {

class ClusterProcesses;

// The test itself speaking to real gongzhi-node processes over the real
// transport (mutual TLS), with the key of a member whose node is NOT running
// (it takes that member's place: its key, its listen port) or with a key no
// one knows. It sends whatever frames the test crafts and records the Raft
// messages it receives. It answers heartbeats (an honest "I am alive", no
// claim about its log) so that a leader keeps sending it Appends with real
// blocks; it never acknowledges or votes.
// Thread affinity: the test's thread; waits must run its event loop
// (QTRY_VERIFY), since the transport is driven by it.
class HostilePeer : public QObject
{
    Q_OBJECT
public:
    // As the member whose data directory is `dataDir` (node.key, node.json).
    static std::unique_ptr<HostilePeer> asMember(const QString &dataDir);
    // With a fresh key, configured from `dataDir`'s node.json (consortium,
    // genesis and the peers it dials); listens on a free port.
    static std::unique_ptr<HostilePeer> withUnknownKey(const QString &dataDir);
    ~HostilePeer() override;

    bool start(QString *error);
    void stop();

    ledger::raft::NodeId id() const { return m_id; }
    // The Raft ids of the peers in node.json other than this one, in file order.
    const std::vector<ledger::raft::NodeId> &peerIds() const { return m_peerIds; }
    bool isConnected(ledger::raft::NodeId peer) const;
    int refusals() const { return m_refusals; }

    // A frame as LedgerNode sends it: kind byte + payload. False if not sent.
    bool sendFrame(ledger::raft::NodeId to, quint8 kind, const QByteArray &payload);
    // A Raft message, encoded with MessageCodec; `from` is sent as set.
    bool sendRaft(const ledger::raft::Message &m);

    // Every Raft message received so far (decoded), oldest first.
    const std::vector<ledger::raft::Message> &received() const { return m_received; }
    // The last received message of `type` from `from`, or nullptr.
    const ledger::raft::Message *lastReceived(ledger::raft::MessageType type,
                                              ledger::raft::NodeId from) const;
    // The most recent Append received that carried at least one block.
    const ledger::raft::Message *lastAppendWithBlocks() const;
    const ledger::crypto::KeyPair &key() const { return m_key; }

private:
    HostilePeer(const ledger::crypto::KeyPair &key, const ledger::node::NodeConfig &config,
                bool listenOnConfiguredPort);
    void onFrame(const ledger::crypto::PublicKey &from, quint8 channel, const QByteArray &payload);

    ledger::crypto::KeyPair m_key;
    ledger::node::NodeConfig m_config;
    bool m_listenOnConfiguredPort = false;
    ledger::raft::NodeId m_id = 0;
    std::vector<ledger::raft::NodeId> m_peerIds;
    std::map<ledger::raft::NodeId, ledger::crypto::PublicKey> m_keys;
    std::unique_ptr<ledger::net::PeerTransport> m_transport;
    std::vector<ledger::raft::Message> m_received;
    int m_refusals = 0;
};

// The end checks of the hostile-peer tests on the nodes in `nodes` (which
// may be fewer than the cluster's): each holds every id of ackFile, their
// heads are identical, `verify` passes on each, and none halted. Empty if all
// hold, else what failed (with the node's log tail).
QString convergenceOf(const ClusterProcesses &c, const QString &ackFile,
                      const std::vector<int> &nodes, int timeoutMs);

} // namespace tests
