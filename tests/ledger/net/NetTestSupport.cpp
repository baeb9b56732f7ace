#include "tests/ledger/net/NetTestSupport.h"

#include <QRandomGenerator>
#include <QSslConfiguration>
#include <QTest>

namespace tests::net {

using namespace ledger::net;

namespace {
template<class Fixed>
Fixed randomFixed()
{
    std::array<std::uint8_t, Fixed::Size> bytes {};
    for (auto &b : bytes)
        b = std::uint8_t(QRandomGenerator::global()->bounded(256));
    return Fixed(bytes);
}
} // namespace

Consortium Consortium::random()
{
    Consortium c;
    c.id = randomFixed<ledger::chain::ConsortiumId>();
    c.genesis = randomFixed<ledger::chain::BlockHash>();
    return c;
}

TransportConfig Consortium::config() const
{
    TransportConfig config;
    config.consortiumId = id;
    config.genesisHash = genesis;
    config.isMember = [m = members](const PublicKey &k) { return m->contains(k); };
    config.handshakeTimeout = std::chrono::seconds(3);
    config.pingInterval = std::chrono::milliseconds(300);
    config.silenceTimeout = std::chrono::milliseconds(3000);
    config.reconnectBase = std::chrono::milliseconds(50);
    config.reconnectMax = std::chrono::milliseconds(800);
    return config;
}

bool Node::start(const Consortium &c, quint16 listenPort, bool member,
                 const std::function<void(TransportConfig &)> &tweak)
{
    if (member)
        c.members->insert(key.publicKey());
    TransportConfig config = c.config();
    if (tweak)
        tweak(config);
    transport = std::make_unique<PeerTransport>(key, config);
    frames = std::make_unique<QSignalSpy>(transport.get(), &PeerTransport::frameReceived);
    connected = std::make_unique<QSignalSpy>(transport.get(), &PeerTransport::peerConnected);
    disconnected = std::make_unique<QSignalSpy>(transport.get(), &PeerTransport::peerDisconnected);
    refused = std::make_unique<QSignalSpy>(transport.get(), &PeerTransport::connectionRefused);
    auto started = transport->start(QHostAddress::LocalHost, listenPort);
    if (!started)
        qWarning().noquote() << "start failed:" << started.error().toString();
    return bool(started);
}

void Node::stop()
{
    frames.reset();
    connected.reset();
    disconnected.reset();
    refused.reset();
    transport.reset();
}

QList<CloseReason> Node::refusals() const
{
    QList<CloseReason> out;
    for (const QList<QVariant> &args : *refused)
        out.append(args.at(0).value<CloseReason>());
    return out;
}

RawPeer::RawPeer()
    : RawPeer(Options {})
{
}

RawPeer::RawPeer(Options options)
    : m_identity(*TlsIdentity::generate())
    , m_socket(std::make_unique<QSslSocket>())
    , m_decoder(DefaultMaxFrameLength)
    , m_options(options)
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    c.setProtocol(options.protocol);
    if (options.withCertificate) {
        c.setLocalCertificate(m_identity.certificate());
        c.setPrivateKey(m_identity.privateKey());
    }
    c.setPeerVerifyMode(QSslSocket::VerifyNone);
    m_socket->setSslConfiguration(c);
}

bool RawPeer::connectTls(quint16 port, int timeoutMs)
{
    m_socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
    return QTest::qWaitFor([&] { return m_socket->isEncrypted(); }, timeoutMs);
}

bool RawPeer::connectPlain(quint16 port, int timeoutMs)
{
    m_socket->connectToHost(QStringLiteral("127.0.0.1"), port);
    return QTest::qWaitFor([&] { return m_socket->state() == QAbstractSocket::ConnectedState; },
                           timeoutMs);
}

void RawPeer::write(const QByteArray &bytes)
{
    m_socket->write(bytes);
    m_socket->flush();
}

bool RawPeer::isConnected() const
{
    return m_socket->state() == QAbstractSocket::ConnectedState;
}

bool RawPeer::waitClosed(int timeoutMs)
{
    return QTest::qWaitFor([&] { return !isConnected(); }, timeoutMs);
}

std::optional<Frame> RawPeer::readFrame(int timeoutMs)
{
    std::optional<Frame> out;
    (void)QTest::qWaitFor(
        [&] {
            m_decoder.feed(m_socket->readAll());
            auto next = m_decoder.next();
            if (next && *next)
                out = std::move(**next);
            return out.has_value() || !next || !isConnected();
        },
        timeoutMs);
    if (!out) {
        m_decoder.feed(m_socket->readAll());
        if (auto next = m_decoder.next(); next && *next)
            out = std::move(**next);
    }
    return out;
}

bool RawPeer::handshake(const KeyPair &key, const ledger::chain::ConsortiumId &consortium,
                        const ledger::chain::BlockHash &genesis,
                        std::optional<ledger::crypto::Digest> signedClientCertificate,
                        int timeoutMs)
{
    Hello mine;
    mine.consortiumId = consortium;
    mine.genesisHash = genesis;
    mine.nodeKey = key.publicKey();
    mine.nonce = randomFixed<Nonce>();
    m_sentHello = encodeFrame(FrameType::Hello, encodeHello(mine));
    write(m_sentHello);

    auto helloFrame = readFrame(timeoutMs);
    if (!helloFrame || helloFrame->type != FrameType::Hello)
        return false;
    auto theirs = decodeHello(helloFrame->body);
    auto authFrame = readFrame(timeoutMs);
    if (!theirs || !authFrame || authFrame->type != FrameType::Auth)
        return false;

    Transcript t;
    t.consortiumId = consortium;
    t.genesisHash = genesis;
    t.clientCertificate = signedClientCertificate.value_or(m_identity.certificateDigest());
    t.serverCertificate = certificateDigest(m_socket->peerCertificate());
    t.clientKey = key.publicKey();
    t.serverKey = theirs->nodeKey;
    t.clientNonce = mine.nonce;
    t.serverNonce = theirs->nonce;
    // Check the server's binding the way the transport would.
    auto serverSig = decodeAuth(authFrame->body);
    if (!serverSig
        || !ledger::crypto::verify(theirs->nodeKey, transcriptBytes(t, Role::Server), *serverSig)) {
        if (!signedClientCertificate)
            return false;
    }
    m_sentAuth = encodeFrame(FrameType::Auth, key.sign(transcriptBytes(t, Role::Client)).view());
    write(m_sentAuth);
    return true;
}

} // namespace tests::net
