#pragma once

#include "ledger/crypto/Ed25519.h"
#include "ledger/net/CloseReason.h"
#include "ledger/net/DeskHandler.h"
#include "ledger/net/Frame.h"
#include "ledger/net/Handshake.h"
#include "ledger/net/TlsIdentity.h"
#include "ledger/net/TransportConfig.h"

#include <QElapsedTimer>
#include <QObject>
#include <QSslError>
#include <QTimer>

#include <deque>
#include <optional>

class QSslSocket;

namespace ledger::net {

// One TLS connection to one peer, from TCP connect/accept to close: TLS 1.3
// with mutual certificates, the binding handshake (Handshake.h), then framed
// traffic with keep-alives and a bounded send queue. Internal to
// PeerTransport; the node only sees PeerTransport.
//
// Thread affinity: the thread that created it (PeerTransport's). Closing is
// final: closed() is emitted exactly once and the object deletes itself later.
class PeerConnection : public QObject
{
    Q_OBJECT
public:
    // Shared, read-only state owned by PeerTransport; must outlive this.
    struct Context {
        const crypto::KeyPair *nodeKey = nullptr;
        const TlsIdentity *tls = nullptr;
        const TransportConfig *config = nullptr;
        const DeskHandler *desk = nullptr; // the invitation desk, if this node runs one
    };

    // Takes ownership of `socket`. For Role::Client, `expectedKey` is the
    // key the address was dialed for: anyone else answering is refused.
    PeerConnection(QSslSocket *socket, Role role, const Context &context,
                   std::optional<crypto::PublicKey> expectedKey, QObject *parent);
    ~PeerConnection() override;

    // Client: connect and start TLS. Server: the socket already holds an
    // accepted descriptor; start TLS on it.
    void connectTo(const PeerAddress &address);
    void startServer();
    // Client only, before connectTo(): make this a desk connection (Handshake.h)
    // that sends `request` and ends with deskAnswered() or closed().
    void setDeskRequest(const QByteArray &request) { m_deskRequest = request; }

    Role role() const { return m_role; }
    bool isAuthenticated() const { return m_state == State::Authenticated; }
    bool isClosed() const { return m_state == State::Closed; }
    // The peer's node key: valid once authenticated.
    const crypto::PublicKey &peerKey() const { return m_peerKey; }
    QString peerAddress() const;
    qint64 msSinceLastReceive() const { return m_lastReceive.elapsed(); }
    qsizetype queuedBytes() const;
    quint64 droppedFrames() const { return m_droppedFrames; }

    // Queues a Data frame. False if not authenticated or the payload exceeds
    // the maximum frame. Drops the oldest queued frames beyond maxQueuedBytes.
    bool sendData(quint8 channel, const QByteArray &payload);
    // Keep-alive: sends a ping when idle, closes on silence. Called by the
    // transport's timer.
    void tick();
    // Idempotent. Aborts the socket (unsent data is discarded).
    void close(CloseReason reason, const QString &detail);

Q_SIGNALS:
    void authenticated(ledger::net::PeerConnection *connection);
    void frameReceived(ledger::net::PeerConnection *connection, quint8 channel,
                       const QByteArray &payload);
    void closed(ledger::net::PeerConnection *connection, ledger::net::CloseReason reason,
                const QString &detail);
    // A desk client's answer. `serverVerified`: the server sent its Hello and
    // a valid Auth for this connection, so `server` names who answered.
    void deskAnswered(ledger::net::PeerConnection *connection, const QByteArray &body,
                      bool serverVerified, const ledger::net::Hello &server);

private:
    enum class State {
        Tls,
        AwaitHello,
        AwaitAuth,
        Authenticated,
        DeskAwaitRequest, // server: a desk Hello came; only the request may follow
        DeskAnswered, // server: answer written, closing once it is flushed
        DeskAwaitAnswer, // client: Hello and request sent
        Closed
    };
    struct Queued {
        QByteArray prefix; // emptied once written
        QByteArray payload;
        qsizetype written = 0; // payload bytes already in the socket
    };

    void onEncrypted();
    void onSslErrors(const QList<QSslError> &errors);
    void onSocketError();
    void onReadyRead();
    bool handleFrame(Frame frame); // false once closed
    bool handleHello(const QByteArray &body);
    bool handleAuth(const QByteArray &body);
    bool handleDeskRequest(const Frame &frame);
    bool handleDeskAnswerFrame(const Frame &frame);
    void sendDeskHello();
    void sendControl(FrameType type, QByteArrayView body = {});
    void sendHello();
    void sendAuth();
    void flush();
    bool writeQueued(); // false if nothing was written
    Transcript transcript() const;

    QSslSocket *m_socket;
    const Role m_role;
    const Context m_context;
    const std::optional<crypto::PublicKey> m_expectedKey;
    State m_state = State::Tls;
    FrameDecoder m_decoder;
    QTimer m_handshakeTimer;
    QElapsedTimer m_lastReceive;
    QElapsedTimer m_lastSend;
    bool m_pushing = false; // inside sendData's m_socket->flush()

    Nonce m_localNonce;
    std::optional<Hello> m_peerHello;
    bool m_helloSent = false;
    crypto::Digest m_clientCertificate;
    crypto::Digest m_serverCertificate;
    crypto::PublicKey m_peerKey;
    QString m_address;
    std::optional<QByteArray> m_deskRequest; // client desk connection
    bool m_deskServerVerified = false;

    std::deque<Queued> m_queue;
    qsizetype m_queuedBytes = 0;
    quint64 m_droppedFrames = 0;
    bool m_writing = false; // the front frame is partly written
    std::deque<QByteArray> m_control; // control frames held while m_writing
};

} // namespace ledger::net
