#include "ledger/net/CloseReason.h"

namespace ledger::net {

bool isRefusal(CloseReason reason)
{
    return reason <= CloseReason::BadSignature;
}

const char *closeReasonName(CloseReason reason)
{
    switch (reason) {
    case CloseReason::TlsFailed: return "tls handshake failed";
    case CloseReason::CertificateRejected: return "certificate rejected";
    case CloseReason::HandshakeTimeout: return "handshake timeout";
    case CloseReason::TooManyPending: return "too many unauthenticated connections";
    case CloseReason::ProtocolViolation: return "protocol violation";
    case CloseReason::FrameTooLarge: return "frame too large";
    case CloseReason::WrongVersion: return "wrong protocol version";
    case CloseReason::WrongConsortium: return "wrong consortium";
    case CloseReason::WrongGenesis: return "wrong genesis";
    case CloseReason::NotMember: return "not a member";
    case CloseReason::UnexpectedKey: return "unexpected key";
    case CloseReason::BadSignature: return "bad binding signature";
    case CloseReason::ConnectFailed: return "connect failed";
    case CloseReason::PeerClosed: return "closed by peer";
    case CloseReason::Silence: return "silence timeout";
    case CloseReason::NoLongerMember: return "no longer a member";
    case CloseReason::Duplicate: return "duplicate connection";
    case CloseReason::ClosedByNode: return "closed by node";
    case CloseReason::Stopped: return "transport stopped";
    case CloseReason::DeskDone: return "invitation desk exchange done";
    }
    return "unknown";
}

} // namespace ledger::net
