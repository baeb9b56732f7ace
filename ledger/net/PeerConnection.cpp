#include "ledger/net/PeerConnection.h"

#include "ledger/core/Enforce.h"
#include "ledger/net/Log.h"

#include <QSslConfiguration>
#include <QSslSocket>

#include <openssl/rand.h>

namespace ledger::net {

namespace {
// Bytes read from the socket per step: bounds how much is buffered beyond
// the frame being decoded (a hostile length is rejected after 4 bytes).
constexpr qint64 kReadChunk = 64 * 1024;
// Frames move from our queue into the socket only while the socket holds
// less than this, so the queue (bounded, drop-oldest) is where backlog lives.
constexpr qint64 kSocketHighWater = 256 * 1024;
constexpr qsizetype kWriteSlice = 64 * 1024;

Nonce randomNonce()
{
    std::array<std::uint8_t, Nonce::Size> bytes {};
    const bool ok = RAND_bytes(bytes.data(), int(bytes.size())) == 1;
    GONGZHI_ENFORCE(ok, "OpenSSL has no random source for handshake nonces");
    return Nonce(bytes);
}

QSslConfiguration tlsConfiguration(const TlsIdentity &tls)
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setProtocol(QSsl::TlsV1_3OrLater);
    c.setLocalCertificate(tls.certificate());
    c.setPrivateKey(tls.privateKey());
    // Both directions: the server must ask for the client's certificate
    // explicitly (Qt's server default is not to). No CA is trusted; the
    // certificate is checked by the binding handshake instead.
    c.setPeerVerifyMode(QSslSocket::VerifyPeer);
    c.setCaCertificates({});
    return c;
}

// The only verification errors a self-signed, handshake-bound certificate
// can legitimately produce. Anything else (expired, malformed, wrong
// purpose, a chain) is refused.
bool ignorable(const QSslError &e)
{
    return e.error() == QSslError::SelfSignedCertificate
        || e.error() == QSslError::CertificateUntrusted;
}
} // namespace

PeerConnection::PeerConnection(QSslSocket *socket, Role role, const Context &context,
                               std::optional<crypto::PublicKey> expectedKey, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_role(role)
    , m_context(context)
    , m_expectedKey(expectedKey)
    , m_decoder(HandshakeMaxFrameLength)
    , m_handshakeTimer(this)
    , m_localNonce(randomNonce())
{
    m_socket->setParent(this);
    m_socket->setSslConfiguration(tlsConfiguration(*context.tls));
    // No QSslSocket::setReadBufferSize: onReadyRead drains the socket on
    // every pass, so Qt holds only what arrived since the last pass; the
    // frame decoder is where sizes are bounded.
    m_lastReceive.start();
    m_lastSend.start();

    connect(m_socket, &QSslSocket::encrypted, this, &PeerConnection::onEncrypted);
    connect(m_socket, &QSslSocket::sslErrors, this, &PeerConnection::onSslErrors);
    connect(m_socket, &QSslSocket::errorOccurred, this, &PeerConnection::onSocketError);
    connect(m_socket, &QSslSocket::readyRead, this, &PeerConnection::onReadyRead);
    connect(m_socket, &QSslSocket::bytesWritten, this, &PeerConnection::flush);
    connect(m_socket, &QSslSocket::encryptedBytesWritten, this, &PeerConnection::flush);
    connect(m_socket, &QSslSocket::disconnected, this, [this] {
        if (m_state == State::DeskAnswered) {
            close(CloseReason::DeskDone, QStringLiteral("answer delivered"));
            return;
        }
        close(m_state == State::Tls && m_role == Role::Server ? CloseReason::TlsFailed
                                                              : CloseReason::PeerClosed,
              QStringLiteral("connection closed by the remote side"));
    });

    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        close(CloseReason::HandshakeTimeout,
              QStringLiteral("not authenticated within %1 ms")
                  .arg(m_context.config->handshakeTimeout.count()));
    });
    m_handshakeTimer.start(m_context.config->handshakeTimeout);
}

PeerConnection::~PeerConnection() = default;

void PeerConnection::connectTo(const PeerAddress &address)
{
    m_address = address.host + QLatin1Char(':') + QString::number(address.port);
    m_socket->connectToHostEncrypted(address.host, address.port, TlsIdentity::commonName());
}

void PeerConnection::startServer()
{
    m_address = peerAddress();
    m_socket->startServerEncryption();
}

QString PeerConnection::peerAddress() const
{
    if (!m_address.isEmpty())
        return m_address;
    return m_socket->peerAddress().toString() + QLatin1Char(':')
        + QString::number(m_socket->peerPort());
}

qsizetype PeerConnection::queuedBytes() const
{
    return m_queuedBytes + qsizetype(m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite());
}

void PeerConnection::onSslErrors(const QList<QSslError> &errors)
{
    for (const QSslError &e : errors) {
        if (!ignorable(e)) {
            close(CloseReason::CertificateRejected, e.errorString());
            return;
        }
    }
    m_socket->ignoreSslErrors(errors);
}

void PeerConnection::onEncrypted()
{
    if (m_state != State::Tls)
        return;
    // Raft messages are small and latency-bound: without TCP_NODELAY a heartbeat
    // or an append acknowledgement can wait for the peer's delayed ACK (Nagle).
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    const QSslCertificate peer = m_socket->peerCertificate();
    if (m_socket->sessionProtocol() != QSsl::TlsV1_3 || peer.isNull()
        || m_socket->peerCertificateChain().size() != 1) {
        close(CloseReason::TlsFailed,
              QStringLiteral("TLS 1.3 with exactly one peer certificate is required"));
        return;
    }
    const crypto::Digest local = m_context.tls->certificateDigest();
    const crypto::Digest remote = certificateDigest(peer);
    m_clientCertificate = m_role == Role::Client ? local : remote;
    m_serverCertificate = m_role == Role::Client ? remote : local;
    if (m_deskRequest) {
        // A desk connection speaks first and asks at once: the desk reveals
        // nothing about itself unless the request names a good code.
        m_decoder.setMaxFrameLength(DeskMaxFrameLength);
        m_state = State::DeskAwaitAnswer;
        sendDeskHello();
        sendControl(FrameType::Data, QByteArray(QByteArray(1, char(DeskChannel)) + *m_deskRequest));
        onReadyRead();
        return;
    }
    m_state = State::AwaitHello;
    // The dialer speaks first; the acceptor reveals nothing about itself
    // until the dialer has named the right consortium, genesis and a member.
    if (m_role == Role::Client)
        sendHello();
    onReadyRead();
}

void PeerConnection::onSocketError()
{
    const QAbstractSocket::SocketError error = m_socket->error();
    if (m_state == State::DeskAnswered) { // the requester hung up after reading
        close(CloseReason::DeskDone, m_socket->errorString());
        return;
    }
    CloseReason reason = CloseReason::PeerClosed;
    if (m_state == State::Tls) {
        const bool tcpUp = m_socket->state() == QAbstractSocket::ConnectedState
            || error == QAbstractSocket::SslHandshakeFailedError
            || error == QAbstractSocket::RemoteHostClosedError;
        if (m_role == Role::Server || tcpUp)
            reason = CloseReason::TlsFailed;
        else
            reason = CloseReason::ConnectFailed;
    }
    close(reason, m_socket->errorString());
}

void PeerConnection::onReadyRead()
{
    if (m_state == State::Tls || m_state == State::Closed)
        return;
    while (m_state != State::Closed) {
        const QByteArray chunk = m_socket->read(kReadChunk);
        if (chunk.isEmpty())
            return;
        m_lastReceive.restart();
        m_decoder.feed(chunk);
        for (;;) {
            auto frame = m_decoder.next();
            if (!frame) {
                close(frame.error().code == core::ErrorCode::TooLarge
                          ? CloseReason::FrameTooLarge
                          : CloseReason::ProtocolViolation,
                      frame.error().toString());
                return;
            }
            if (!*frame)
                break;
            if (!handleFrame(std::move(**frame)))
                return;
        }
    }
}

bool PeerConnection::handleFrame(Frame frame)
{
    switch (m_state) {
    case State::AwaitHello:
        if (frame.type != FrameType::Hello)
            break;
        return handleHello(frame.body);
    case State::AwaitAuth:
        if (frame.type != FrameType::Auth)
            break;
        return handleAuth(frame.body);
    case State::Authenticated:
        if (frame.type == FrameType::Data) {
            const auto channel = quint8(frame.body.at(0));
            frame.body.remove(0, 1);
            emit frameReceived(this, channel, frame.body);
        } else if (frame.type == FrameType::Ping) {
            sendControl(FrameType::Pong);
        } else if (frame.type == FrameType::Hello || frame.type == FrameType::Auth) {
            close(CloseReason::ProtocolViolation,
                  QStringLiteral("handshake frame after handshake"));
        }
        return m_state != State::Closed;
    case State::DeskAwaitRequest: return handleDeskRequest(frame);
    case State::DeskAwaitAnswer: return handleDeskAnswerFrame(frame);
    case State::DeskAnswered: // one exchange per desk connection: the rest is ignored
    case State::Tls:
    case State::Closed: return false;
    }
    close(CloseReason::ProtocolViolation,
          QStringLiteral("frame type %1 during the handshake").arg(int(frame.type)));
    return false;
}

bool PeerConnection::handleHello(const QByteArray &body)
{
    auto hello = decodeHello(body);
    if (!hello) {
        close(CloseReason::ProtocolViolation, hello.error().toString());
        return false;
    }
    const TransportConfig &config = *m_context.config;
    const crypto::PublicKey &ownKey = m_context.nodeKey->publicKey();
    const QString who = crypto::fingerprint(hello->nodeKey);
    const bool desk
        = m_role == Role::Server && isDeskHello(*hello) && m_context.desk && bool(*m_context.desk);
    if (desk && hello->version == ProtocolVersion && hello->nodeKey != ownKey) {
        // Not a peer: never authenticated, never a Data frame to the node.
        // Our own Hello waits until the desk accepts the request's code.
        m_peerHello = *hello;
        m_state = State::DeskAwaitRequest;
        m_decoder.setMaxFrameLength(DeskMaxFrameLength);
        return true;
    }
    if (hello->version != ProtocolVersion) {
        close(CloseReason::WrongVersion,
              QStringLiteral("peer %1 speaks version %2, we speak %3")
                  .arg(who)
                  .arg(hello->version)
                  .arg(ProtocolVersion));
    } else if (hello->consortiumId != config.consortiumId) {
        close(CloseReason::WrongConsortium,
              QStringLiteral("peer %1 claims consortium %2").arg(who, hello->consortiumId.toHex()));
    } else if (hello->genesisHash != config.genesisHash) {
        close(CloseReason::WrongGenesis,
              QStringLiteral("peer %1 claims genesis %2").arg(who, hello->genesisHash.toHex()));
    } else if (hello->nodeKey == ownKey) {
        close(CloseReason::UnexpectedKey, QStringLiteral("peer presents our own node key"));
    } else if (m_expectedKey && hello->nodeKey != *m_expectedKey) {
        close(CloseReason::UnexpectedKey,
              QStringLiteral("dialed %1 but %2 answered")
                  .arg(crypto::fingerprint(*m_expectedKey), who));
    } else if (!config.isMember(hello->nodeKey)) {
        close(CloseReason::NotMember,
              QStringLiteral("key %1 (%2) is not a member").arg(who, hello->nodeKey.toHex()));
    }
    if (m_state == State::Closed)
        return false;
    m_peerHello = *hello;
    m_state = State::AwaitAuth;
    if (!m_helloSent)
        sendHello();
    sendAuth();
    return true;
}

bool PeerConnection::handleAuth(const QByteArray &body)
{
    auto signature = decodeAuth(body);
    if (!signature) {
        close(CloseReason::ProtocolViolation, signature.error().toString());
        return false;
    }
    const Role peerRole = m_role == Role::Client ? Role::Server : Role::Client;
    if (!crypto::verify(m_peerHello->nodeKey, transcriptBytes(transcript(), peerRole),
                        *signature)) {
        close(CloseReason::BadSignature,
              QStringLiteral("key %1 did not sign this connection's certificates and nonces")
                  .arg(crypto::fingerprint(m_peerHello->nodeKey)));
        return false;
    }
    m_handshakeTimer.stop();
    m_peerKey = m_peerHello->nodeKey;
    m_state = State::Authenticated;
    m_decoder.setMaxFrameLength(m_context.config->maxFrameLength);
    emit authenticated(this);
    return m_state != State::Closed;
}

bool PeerConnection::handleDeskRequest(const Frame &frame)
{
    if (frame.type != FrameType::Data || quint8(frame.body.at(0)) != DeskChannel) {
        close(CloseReason::ProtocolViolation,
              QStringLiteral("desk connection sent frame type %1").arg(int(frame.type)));
        return false;
    }
    const DeskAnswer answer = (*m_context.desk)(frame.body.mid(1), peerAddress());
    if (answer.body.size() > maxPayloadFor(DeskMaxFrameLength)) {
        close(CloseReason::ProtocolViolation, QStringLiteral("desk answer too large"));
        return false;
    }
    if (answer.revealIdentity) {
        sendHello();
        sendAuth();
    }
    sendControl(FrameType::Data, QByteArray(QByteArray(1, char(DeskChannel)) + answer.body));
    m_state = State::DeskAnswered;
    // Graceful: the answer is flushed first; `disconnected` then closes us,
    // and the handshake timer still bounds a requester that never reads.
    m_socket->disconnectFromHost();
    return false;
}

bool PeerConnection::handleDeskAnswerFrame(const Frame &frame)
{
    if (frame.type == FrameType::Hello && !m_peerHello) {
        auto hello = decodeHello(frame.body);
        if (!hello || hello->version != ProtocolVersion || isDeskHello(*hello)) {
            close(CloseReason::ProtocolViolation, QStringLiteral("bad Hello from the desk"));
            return false;
        }
        m_peerHello = *hello;
        return true;
    }
    if (frame.type == FrameType::Auth && m_peerHello && !m_deskServerVerified) {
        auto signature = decodeAuth(frame.body);
        if (!signature
            || !crypto::verify(m_peerHello->nodeKey, transcriptBytes(transcript(), Role::Server),
                               *signature)) {
            close(CloseReason::BadSignature,
                  QStringLiteral("the desk did not sign this connection's certificates"));
            return false;
        }
        m_deskServerVerified = true;
        return true;
    }
    if (frame.type == FrameType::Data && quint8(frame.body.at(0)) == DeskChannel) {
        m_handshakeTimer.stop();
        emit deskAnswered(this, frame.body.mid(1), m_deskServerVerified,
                          m_peerHello.value_or(Hello {}));
        close(CloseReason::DeskDone, QStringLiteral("answer received"));
        return false;
    }
    close(CloseReason::ProtocolViolation,
          QStringLiteral("desk sent frame type %1").arg(int(frame.type)));
    return false;
}

void PeerConnection::sendDeskHello()
{
    Hello h; // consortium id and genesis hash all zero: "not a member, at the desk"
    h.nodeKey = m_context.nodeKey->publicKey();
    h.nonce = m_localNonce;
    sendControl(FrameType::Hello, encodeHello(h));
    m_helloSent = true;
}

Transcript PeerConnection::transcript() const
{
    const crypto::PublicKey &own = m_context.nodeKey->publicKey();
    const bool client = m_role == Role::Client;
    Transcript t;
    t.consortiumId = m_context.config->consortiumId;
    t.genesisHash = m_context.config->genesisHash;
    if (m_deskRequest) { // a desk client learns them from the desk's Hello
        t.consortiumId = m_peerHello->consortiumId;
        t.genesisHash = m_peerHello->genesisHash;
    }
    t.clientCertificate = m_clientCertificate;
    t.serverCertificate = m_serverCertificate;
    t.clientKey = client ? own : m_peerHello->nodeKey;
    t.serverKey = client ? m_peerHello->nodeKey : own;
    t.clientNonce = client ? m_localNonce : m_peerHello->nonce;
    t.serverNonce = client ? m_peerHello->nonce : m_localNonce;
    return t;
}

void PeerConnection::sendHello()
{
    Hello h;
    h.consortiumId = m_context.config->consortiumId;
    h.genesisHash = m_context.config->genesisHash;
    h.nodeKey = m_context.nodeKey->publicKey();
    h.nonce = m_localNonce;
    sendControl(FrameType::Hello, encodeHello(h));
    m_helloSent = true;
}

void PeerConnection::sendAuth()
{
    const crypto::Signature sig = m_context.nodeKey->sign(transcriptBytes(transcript(), m_role));
    sendControl(FrameType::Auth, sig.view());
}

void PeerConnection::sendControl(FrameType type, QByteArrayView body)
{
    // Control frames jump the data queue (a pong must not wait behind
    // megabytes), but never into the middle of a data frame being written.
    if (m_writing) {
        m_control.push_back(encodeFrame(type, body));
        return;
    }
    m_socket->write(encodeFrame(type, body));
    m_lastSend.restart();
}

bool PeerConnection::sendData(quint8 channel, const QByteArray &payload)
{
    if (m_state != State::Authenticated
        || payload.size() > maxPayloadFor(m_context.config->maxFrameLength))
        return false;
    Queued q { dataFramePrefix(channel, payload.size()), payload };
    m_queuedBytes += q.prefix.size() + q.payload.size();
    m_queue.push_back(std::move(q));
    // Drop-oldest: the newest Raft message supersedes older ones, and Raft
    // retransmits whatever a follower still lacks.
    // A frame already partly on the wire (m_writing) must be finished.
    const std::size_t keep = m_writing ? 2 : 1;
    while (m_queuedBytes > m_context.config->maxQueuedBytes && m_queue.size() > keep) {
        auto victim = m_queue.begin() + (m_writing ? 1 : 0);
        m_queuedBytes -= victim->prefix.size() + victim->payload.size();
        m_queue.erase(victim);
        ++m_droppedFrames;
    }
    // QSslSocket::write only buffers: encryption and the write to the kernel wait for
    // the next event-loop turn, i.e. until after the caller's fsync and apply.
    // QSslSocket::flush() pushes them out now, so an Append leaves before the leader's
    // own disk write and an acknowledgement before the follower applies blocks
    // (issue 5: latency at one in flight). Only here, for new frames, and never from
    // within itself: the socket's bytesWritten slots, which run inside its flush, only
    // top up the socket and let it carry on (a nested flush stalled 12 MiB frames).
    if (writeQueued() && !m_pushing) {
        m_pushing = true;
        m_socket->flush();
        m_pushing = false;
    }
    return true;
}

void PeerConnection::flush()
{
    if (m_state != State::Authenticated)
        return;
    writeQueued();
}

bool PeerConnection::writeQueued()
{
    bool wrote = false;
    // Frames go into the socket in slices of at most kWriteSlice, and only
    // while the socket holds less than kSocketHighWater: with Qt 6.4.2 a
    // 12 MiB block handed to QSslSocket::write at once never reached the peer
    // in our tests, and the backlog belongs in our bounded queue anyway, not
    // in Qt's unbounded buffers. Once a
    // frame has started it is finished before any other frame is written.
    while (!m_queue.empty()) {
        const qint64 inSocket = m_socket->bytesToWrite() + m_socket->encryptedBytesToWrite();
        if (inSocket >= kSocketHighWater)
            return wrote;
        wrote = true;
        Queued &q = m_queue.front();
        if (!q.prefix.isEmpty()) {
            m_socket->write(q.prefix);
            m_queuedBytes -= q.prefix.size();
            q.prefix.clear();
        }
        const qsizetype n = std::min<qsizetype>(kWriteSlice, q.payload.size() - q.written);
        m_socket->write(q.payload.constData() + q.written, n);
        q.written += n;
        m_queuedBytes -= n;
        m_lastSend.restart();
        if (q.written == q.payload.size()) {
            m_queue.pop_front();
            m_writing = false;
            for (const QByteArray &control : m_control)
                m_socket->write(control);
            m_control.clear();
        } else {
            m_writing = true;
        }
    }
    return wrote;
}

void PeerConnection::tick()
{
    if (m_state != State::Authenticated)
        return;
    if (m_lastReceive.elapsed() > m_context.config->silenceTimeout.count()) {
        close(CloseReason::Silence,
              QStringLiteral("nothing received for %1 ms").arg(m_lastReceive.elapsed()));
        return;
    }
    if (m_lastSend.elapsed() >= m_context.config->pingInterval.count())
        sendControl(FrameType::Ping);
}

void PeerConnection::close(CloseReason reason, const QString &detail)
{
    if (m_state == State::Closed)
        return;
    m_state = State::Closed;
    m_handshakeTimer.stop();
    m_socket->disconnect(this);
    m_socket->abort();
    m_queue.clear();
    m_control.clear();
    m_queuedBytes = 0;
    emit closed(this, reason, detail);
    deleteLater();
}

} // namespace ledger::net
