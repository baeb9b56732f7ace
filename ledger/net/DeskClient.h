#pragma once

#include "ledger/core/Result.h"
#include "ledger/crypto/Ed25519.h"
#include "ledger/net/Handshake.h"
#include "ledger/net/TransportConfig.h"

#include <QByteArray>
#include <QObject>

#include <chrono>
#include <memory>
#include <optional>

namespace ledger::net {

class PeerConnection;
class TlsIdentity;

// Who answered a desk request, proved over that very TLS connection: the
// desk's Hello and its Auth signature over the certificates and nonces.
struct DeskServer {
    chain::ConsortiumId consortiumId;
    chain::BlockHash genesisHash;
    crypto::PublicKey nodeKey;
};

struct DeskResponse {
    QByteArray body;
    // Set only when the desk proved its node key (it does so only for a good
    // code); a refusal comes from an unproven server.
    std::optional<DeskServer> server;
};

// The requester's side of the invitation desk (docs/transport.md §Invitation
// desk): one TLS 1.3 connection to a node's own port, a desk Hello from a
// throw-away key, one request, one answer. Nothing blocks: exchange() returns
// at once and finished() follows on this object's thread, which must run an
// event loop (a wizard's UI thread is fine: all waiting is on the socket).
class DeskClient : public QObject
{
    Q_OBJECT
public:
    explicit DeskClient(QObject *parent = nullptr);
    ~DeskClient() override;

    // Starts an exchange; a running one is abandoned (no finished() for it).
    // `timeout` bounds everything from the TCP connect to the answer.
    void exchange(const PeerAddress &address, const QByteArray &request,
                  std::chrono::milliseconds timeout = std::chrono::seconds(15));
    bool isRunning() const { return bool(m_connection); }
    // The outcome once finished(): the answer, or Unavailable (cannot connect,
    // timeout, closed), BadSignature (a server that failed its own proof),
    // Invalid (it spoke something else than the desk protocol).
    const core::Result<DeskResponse> &result() const { return m_result; }

    // For command-line use: runs exchange() in a local event loop until it ends.
    static core::Result<DeskResponse>
    exchangeBlocking(const PeerAddress &address, const QByteArray &request,
                     std::chrono::milliseconds timeout = std::chrono::seconds(15));

Q_SIGNALS:
    void finished();

private:
    void finish(core::Result<DeskResponse> result);

    std::unique_ptr<crypto::KeyPair> m_key;
    std::unique_ptr<TlsIdentity> m_tls;
    TransportConfig m_config;
    PeerConnection *m_connection = nullptr; // the running exchange (a child)
    core::Result<DeskResponse> m_result;
};

} // namespace ledger::net
