#pragma once

#include "ledger/core/Result.h"
#include "ledger/crypto/Ed25519.h"
#include "ledger/net/CloseReason.h"
#include "ledger/net/DeskHandler.h"
#include "ledger/net/TlsIdentity.h"
#include "ledger/net/TransportConfig.h"

#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <map>
#include <memory>
#include <optional>

namespace ledger::net {

class PeerConnection;
class Listener;

// What the node's status page shows per peer.
struct PeerStats {
    crypto::PublicKey key;
    bool connected = false;
    bool configured = false; // in setPeers(), so dialed by us
    bool outbound = false; // the live connection was dialed by us
    QString address; // of the live connection, else the configured one
    qint64 msSinceLastContact = -1; // -1: not connected
    qsizetype queuedBytes = 0; // waiting to be sent to this peer
    quint64 droppedFrames = 0; // dropped on queue overflow, this connection
    int reconnectAttempts = 0; // consecutive failed dials
};

// Carries opaque frames between ledger nodes over mutually authenticated
// TLS 1.3 (docs/transport.md). A peer is accepted only if it proves, over
// this very TLS connection, that it holds a node key that config.isMember
// accepts, for this consortium and genesis. Frames carry no identity of
// their own: the sender of every frame is the authenticated key, which is
// what frameReceived reports. The node must disconnectPeer() a peer whose
// messages claim another node id.
//
// Thread affinity: every method must be called on the thread the object
// lives on, which must run an event loop (the node's worker thread, never
// the UI thread); signals are emitted on it. Nothing blocks.
//
// Delivery: frames to one peer arrive in order, but may be lost (queue
// overflow drops the oldest, a connection can drop at any time); nothing is
// retransmitted here. Raft tolerates this.
class PeerTransport : public QObject
{
    Q_OBJECT
public:
    PeerTransport(const crypto::KeyPair &nodeKey, TransportConfig config,
                  QObject *parent = nullptr);
    ~PeerTransport() override;

    // Generates this process's TLS identity and listens (port 0 = any free
    // port, see listenPort()). Errors: Unavailable (port in use, OpenSSL).
    core::Status start(const QHostAddress &address, quint16 port);
    // Closes every connection and stops listening and dialing. start() may
    // be called again afterwards.
    void stop();
    quint16 listenPort() const;
    const crypto::PublicKey &localKey() const { return m_nodeKey.publicKey(); }

    // The peers this node dials (and redials with backoff). Peers not listed
    // may still connect to us if isMember accepts them. Our own key is ignored.
    void setPeers(const std::map<crypto::PublicKey, PeerAddress> &peers);
    // The invitation desk (docs/transport.md §Invitation desk) that answers
    // desk connections; empty (the default): they are refused.
    void setDeskHandler(DeskHandler handler) { m_desk = std::move(handler); }

    // Non-blocking. False if `to` has no authenticated connection, or the
    // payload exceeds the maximum frame (maxFrameLength - 3 bytes).
    bool send(const crypto::PublicKey &to, quint8 channel, const QByteArray &payload);

    bool isConnected(const crypto::PublicKey &key) const;
    QList<crypto::PublicKey> connectedPeers() const;
    std::optional<PeerStats> stats(const crypto::PublicKey &key) const;
    QList<PeerStats> allStats() const; // connected and configured peers
    int pendingConnectionCount() const { return int(m_pending.size()); }

    // Drops the connection to `key` (e.g. its messages claim another node
    // id), logging `reason`; it may reconnect and is re-checked then. Each
    // such drop makes this node redial that peer later (backoff up to
    // reconnectMax).
    void disconnectPeer(const crypto::PublicKey &key, const QString &reason);
    // Asks isMember again for every connected peer and drops the ones it now
    // refuses. Call when membership changes; also runs on every keep-alive tick.
    void recheckMembership();

Q_SIGNALS:
    void frameReceived(const ledger::crypto::PublicKey &from, quint8 channel,
                       const QByteArray &payload);
    // Emitted when a peer gets its first authenticated connection.
    void peerConnected(const ledger::crypto::PublicKey &key);
    // Emitted when a peer's last authenticated connection ends.
    void peerDisconnected(const ledger::crypto::PublicKey &key, const QString &reason);
    // A connection refused before authentication (see CloseReason).
    // `address` is the remote host:port; `detail` names the key if known.
    void connectionRefused(ledger::net::CloseReason reason, const QString &address,
                           const QString &detail);

private:
    struct DialState {
        PeerAddress address;
        std::unique_ptr<QTimer> timer;
        int attempt = 0;
        int strikes = 0; // times disconnectPeer() dropped it (slows its redials)
        QPointer<PeerConnection> outbound;
    };

    void onIncoming(qintptr descriptor);
    void dial(const crypto::PublicKey &key);
    void scheduleDial(const crypto::PublicKey &key, bool afterFailure);
    PeerConnection *adopt(PeerConnection *connection);
    void onAuthenticated(PeerConnection *connection);
    void onClosed(PeerConnection *connection, CloseReason reason, const QString &detail);
    bool prefer(const PeerConnection *candidate, const PeerConnection *existing) const;
    void onTick();

    crypto::KeyPair m_nodeKey;
    TransportConfig m_config;
    DeskHandler m_desk;
    std::optional<TlsIdentity> m_tls;
    std::unique_ptr<Listener> m_listener;
    // Timers, listener and connections are children, so moveToThread()
    // before start() takes all of them along.
    QTimer m_tick;
    std::map<crypto::PublicKey, DialState> m_dial;
    QHash<crypto::PublicKey, PeerConnection *> m_active;
    QList<PeerConnection *> m_pending; // inbound, unauthenticated, oldest first
    bool m_running = false;
};

} // namespace ledger::net
