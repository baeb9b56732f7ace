#pragma once

#include <QMetaType>

namespace ledger::net {

// Why a connection ended. The first group are refusals: they happen before
// the peer is authenticated, so no application frame from that connection
// was ever delivered. Each is logged (category gongzhi.net) with its detail.
enum class CloseReason {
    // Refusals.
    TlsFailed, // TLS handshake failed: no client certificate, TLS < 1.3, not TLS at all
    CertificateRejected, // a certificate error other than "self-signed"
    HandshakeTimeout, // TLS + binding handshake not done in time (silent or slow peer)
    TooManyPending, // evicted or refused because unauthenticated slots were full
    ProtocolViolation, // malformed or unexpected frame before authentication
    FrameTooLarge, // a frame length above the limit (also after authentication)
    WrongVersion, // another protocol version
    WrongConsortium, // another consortium id
    WrongGenesis, // another genesis hash
    NotMember, // key not accepted by isMember (unknown or removed)
    UnexpectedKey, // the node itself, or not the key the address was dialed for
    BadSignature, // the binding signature does not verify (replay, MITM)
    // Ends of a connection that is not (or not yet) a refusal.
    ConnectFailed, // our outbound TCP/TLS connect failed (peer down)
    PeerClosed, // the peer closed the connection
    Silence, // nothing received for silenceTimeout
    NoLongerMember, // isMember turned false for an authenticated peer
    Duplicate, // another connection to the same peer was kept
    ClosedByNode, // PeerTransport::disconnectPeer
    Stopped, // PeerTransport::stop
    DeskDone, // an invitation desk connection ended after its one exchange
};

// True for the refusal group above.
bool isRefusal(CloseReason reason);
// Stable English name for logs and status output, e.g. "not a member".
const char *closeReasonName(CloseReason reason);

} // namespace ledger::net

Q_DECLARE_METATYPE(ledger::net::CloseReason)
