#pragma once

#include "ledger/crypto/Ed25519.h"
#include "ledger/net/Frame.h"
#include "ledger/net/Handshake.h"
#include "ledger/net/PeerTransport.h"
#include "ledger/net/TlsIdentity.h"

#include <QSet>
#include <QSignalSpy>
#include <QSslSocket>

#include <memory>
#include <optional>

namespace tests::net {

using ledger::crypto::KeyPair;
using ledger::crypto::PublicKey;

// The membership a test controls: isMember reads it at every call.
using Members = std::shared_ptr<QSet<PublicKey>>;

// One consortium (random id and genesis) with short timers for tests.
struct Consortium {
    ledger::chain::ConsortiumId id;
    ledger::chain::BlockHash genesis;
    Members members = std::make_shared<QSet<PublicKey>>();

    static Consortium random();
    ledger::net::TransportConfig config() const;
};

// A PeerTransport on 127.0.0.1 with spies on its signals.
struct Node {
    KeyPair key = KeyPair::generate();
    std::unique_ptr<ledger::net::PeerTransport> transport;
    std::unique_ptr<QSignalSpy> frames;
    std::unique_ptr<QSignalSpy> connected;
    std::unique_ptr<QSignalSpy> disconnected;
    std::unique_ptr<QSignalSpy> refused;

    // Creates and starts the transport (port 0 = ephemeral). Adds the key to
    // the consortium's members unless `member` is false.
    bool start(const Consortium &c, quint16 port = 0, bool member = true,
               const std::function<void(ledger::net::TransportConfig &)> &tweak = {});
    void stop();
    quint16 port() const { return transport->listenPort(); }
    ledger::net::PeerAddress address() const { return { QStringLiteral("127.0.0.1"), port() }; }
    // Refusal reasons seen so far.
    QList<ledger::net::CloseReason> refusals() const;
};

// A hand-driven client for hostile-peer tests: raw TLS (or plain TCP) with
// full control over what it sends.
class RawPeer
{
public:
    struct Options {
        bool withCertificate = true;
        QSsl::SslProtocol protocol = QSsl::TlsV1_3OrLater;
    };
    RawPeer();
    explicit RawPeer(Options options);

    // TLS to 127.0.0.1:port; true once encrypted.
    bool connectTls(quint16 port, int timeoutMs = 5000);
    // Plain TCP; true once connected.
    bool connectPlain(quint16 port, int timeoutMs = 5000);
    void write(const QByteArray &bytes);
    bool isConnected() const;
    bool waitClosed(int timeoutMs);
    // The next frame from the transport, or nullopt on timeout/close/garbage.
    std::optional<ledger::net::Frame> readFrame(int timeoutMs);
    // Sends Hello, reads the server's Hello and Auth and sends our Auth. The
    // signature covers `signedClientCertificate` if given (a binding made on
    // another connection) instead of our real certificate. True if every
    // step happened; whether the server accepted shows afterwards.
    bool handshake(const KeyPair &key, const ledger::chain::ConsortiumId &consortium,
                   const ledger::chain::BlockHash &genesis,
                   std::optional<ledger::crypto::Digest> signedClientCertificate = {},
                   int timeoutMs = 5000);
    // The Hello and Auth frames the last handshake() sent, for replays.
    const QByteArray &sentHello() const { return m_sentHello; }
    const QByteArray &sentAuth() const { return m_sentAuth; }
    const ledger::net::TlsIdentity &identity() const { return m_identity; }
    QSslSocket &socket() { return *m_socket; }

private:
    ledger::net::TlsIdentity m_identity;
    std::unique_ptr<QSslSocket> m_socket;
    ledger::net::FrameDecoder m_decoder;
    Options m_options;
    QByteArray m_sentHello;
    QByteArray m_sentAuth;
};

} // namespace tests::net
